package org.sitrep.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.sitrep.model.Hashing;
import org.sitrep.model.Provenance;
import org.sitrep.model.Span;
import org.sitrep.model.Statement;
import org.sitrep.resolve.ExtractionRows;
import org.sitrep.resolve.KnowledgeBase;
import org.sitrep.resolve.NameKeys;
import org.sitrep.store.BulkLoader;
import org.sitrep.store.Limits;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns extract lines into the knowledge base's rows the way ingest's extraction writer does for one document at a
 * time: an entity becomes the listed party it was linked to (score 0.9 and up), else whoever already holds one of
 * its name keys, else a new entity named by its first key (so the same name in two documents is one entity); each
 * mention is a {@code name} statement with its span; relations, events and claims keep their evidence, under ids
 * made of the document's id prefix and the extraction's own ids. Descriptions ("two soldiers") stay the document's
 * own party. What the per-document writer adds beyond this (one-word surname and across-kind lookups, hedges,
 * truce and supply readings, claim subjects and deaths) is left out of the bulk path: cross-document resolution,
 * run after the load, makes the folds that matter.
 */
final class KnowledgeBaseRows {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final NameKeys keys = new NameKeys();
    private final String origin;

    KnowledgeBaseRows(String origin) {
        this.origin = origin;
    }

    /** A stored document: its hash (the knowledge-base id), what it is, and its extract line. */
    record Loaded(String hash, String title, String dateValue, String datePrecision, String dateSource,
                  String mediaType, String text, String extraction) {
    }

    /** The name keys the documents' entities would be known by, to look their owners up in one query. */
    Set<String> keysOf(List<Loaded> docs) {
        Set<String> out = new LinkedHashSet<>();
        for (Loaded d : docs) {
            for (JsonNode e : parse(d).path("entities")) {
                String schema = ExtractionRows.schemaOf(e.path("type").asText());
                if (schema != null) {
                    out.addAll(nameKeys(schema, e));
                }
            }
        }
        return out;
    }

    /** The batch for {@code docs}, given who holds which name key now. */
    BulkLoader.Batch batch(List<Loaded> docs, Map<String, String> keyOwners, Instant now) {
        List<BulkLoader.DocumentRow> documents = new ArrayList<>();
        Map<String, BulkLoader.EntityRow> entities = new java.util.LinkedHashMap<>();
        Map<String, BulkLoader.KeyRow> keyRows = new java.util.LinkedHashMap<>();
        List<BulkLoader.MentionRow> mentions = new ArrayList<>();
        List<BulkLoader.ClaimRow> claims = new ArrayList<>();
        List<BulkLoader.LinkRow> links = new ArrayList<>();
        List<BulkLoader.EventRow> events = new ArrayList<>();
        List<BulkLoader.ParticipantRow> participants = new ArrayList<>();
        Map<String, String> owners = new HashMap<>(keyOwners);
        for (Loaded d : docs) {
            JsonNode x = parse(d);
            String doc = d.hash();
            documents.add(new BulkLoader.DocumentRow(doc, d.title(), ExtractionRows.dayOf(d.dateValue()), d.datePrecision(),
                    d.dateSource(), d.mediaType(), d.text()));
            Map<String, String> kbIds = new HashMap<>();
            Set<String> statementIds = new HashSet<>();
            for (JsonNode e : x.path("entities")) {
                String schema = ExtractionRows.schemaOf(e.path("type").asText());
                String name = e.path("name").asText();
                if (schema == null || name.length() > Limits.MAX_NAME) {
                    continue;
                }
                boolean described = e.path("described").asBoolean(false) || NameKeys.isDescription(name);
                for (JsonNode m : e.path("mentions")) {
                    described |= m.path("text").asText().equalsIgnoreCase(name)
                            && NameKeys.isDescription(m.path("text").asText());
                }
                String kbId;
                if (described) {
                    kbId = "e-" + Hashing.sha256(doc + "|" + schema + "|" + name).substring(0, 20);
                } else {
                    kbId = listed(e);
                    List<String> nameKeys = nameKeys(schema, e);
                    for (int i = 0; kbId == null && i < nameKeys.size(); i++) {
                        kbId = owners.get(nameKeys.get(i));
                    }
                    if (kbId == null) {
                        kbId = "e-" + Hashing.sha256(nameKeys.isEmpty() ? schema + "|" + name : nameKeys.getFirst())
                                .substring(0, 20);
                    }
                    for (String k : nameKeys) {
                        if (owners.putIfAbsent(k, kbId) == null) { // first come, first kept
                            keyRows.put(k, new BulkLoader.KeyRow(k, kbId));
                        }
                    }
                }
                kbIds.put(e.path("id").asText(), kbId);
                entities.putIfAbsent(kbId, new BulkLoader.EntityRow(kbId, schema, name));
                for (JsonNode m : e.path("mentions")) {
                    String text = m.path("text").asText();
                    if (!described && NameKeys.isDescription(text)) {
                        continue; // "he", "the businessman": the entity's mentions, but not names of it
                    }
                    Span span = new Span(m.path("start").asInt(), m.path("end").asInt(), text);
                    String id = new Statement(kbId, schema, "name", text, "documents",
                            new Provenance.FromText(doc, span, origin, now)).id();
                    if (statementIds.add(id)) {
                        mentions.add(new BulkLoader.MentionRow(id, kbId, schema, text, doc, span.start(), span.end()));
                    }
                }
            }
            ExtractionRows rows = new ExtractionRows(doc);
            claims.addAll(rows.claims(x, kbIds));
            links.addAll(rows.links(x, kbIds));
            events.addAll(rows.events(x, kbIds));
            participants.addAll(rows.participants(x, kbIds));
        }
        return new BulkLoader.Batch(documents, List.copyOf(entities.values()), List.copyOf(keyRows.values()), mentions,
                claims, links, events, participants);
    }

    private List<String> nameKeys(String schema, JsonNode e) {
        Set<String> names = new LinkedHashSet<>();
        names.add(e.path("name").asText());
        e.path("aliases").forEach(a -> names.add(a.asText()));
        return names.stream().map(n -> keys.key(schema, n)).filter(k -> !k.isEmpty()).toList();
    }

    private static String listed(JsonNode e) {
        for (JsonNode link : e.path("links")) {
            if (link.path("score").asDouble() >= ExtractionRows.LIST_MATCH) {
                return KnowledgeBase.listedEntityId(link.path("list").asText(), link.path("id").asText());
            }
        }
        return null;
    }

    private static JsonNode parse(Loaded d) {
        try {
            return MAPPER.readTree(d.extraction());
        } catch (IOException e) {
            throw new UncheckedIOException("document " + d.hash() + ": unreadable extraction", e);
        }
    }
}
