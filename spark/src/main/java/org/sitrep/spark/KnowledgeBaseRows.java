package org.sitrep.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.sitrep.model.Hashing;
import org.sitrep.model.Provenance;
import org.sitrep.model.Span;
import org.sitrep.model.Statement;
import org.sitrep.resolve.KnowledgeBase;
import org.sitrep.resolve.NameKeys;
import org.sitrep.store.BulkLoader;
import org.sitrep.store.Limits;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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

    static final double LIST_MATCH = 0.9;
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
                String schema = schemaOf(e.path("type").asText());
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
            String prefix = doc.substring(0, 16) + ":";
            documents.add(new BulkLoader.DocumentRow(doc, d.title(), day(d.dateValue()), d.datePrecision(),
                    d.dateSource(), d.mediaType(), d.text()));
            Map<String, String> kbIds = new HashMap<>();
            Set<String> statementIds = new HashSet<>();
            for (JsonNode e : x.path("entities")) {
                String schema = schemaOf(e.path("type").asText());
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
            for (JsonNode c : x.path("claims")) {
                JsonNode neg = c.path("negation");
                JsonNode pronoun = c.path("pronoun");
                String referent = pronoun.isObject() ? kbIds.get(pronoun.path("entity").asText()) : null;
                claims.add(new BulkLoader.ClaimRow(prefix + c.path("id").asText(), doc,
                        c.hasNonNull("source") ? kbIds.get(c.get("source").asText()) : null, text(c, "source_text"),
                        c.path("cue").path("start").asInt(), c.path("cue").path("end").asInt(),
                        c.path("content").path("start").asInt(), c.path("content").path("end").asInt(),
                        c.path("stance").asText(), neg.isObject() ? neg.path("start").asInt() : null,
                        neg.isObject() ? neg.path("end").asInt() : null,
                        referent == null ? null : pronoun.path("span").path("start").asInt(),
                        referent == null ? null : pronoun.path("span").path("end").asInt(), referent));
            }
            for (JsonNode r : x.path("relations")) {
                String subject = kbIds.get(r.path("subject").asText());
                String object = kbIds.get(r.path("object").asText());
                if (subject != null && object != null) {
                    links.add(new BulkLoader.LinkRow(prefix + r.path("id").asText(),
                            r.path("type").asText().toLowerCase(Locale.ROOT), subject, object, r.path("modality").asText(),
                            r.hasNonNull("claim") ? prefix + r.get("claim").asText() : null, doc,
                            r.path("evidence").path("start").asInt(), r.path("evidence").path("end").asInt()));
                }
            }
            for (JsonNode v : x.path("events")) {
                String id = prefix + v.path("id").asText();
                JsonNode loc = v.path("location");
                JsonNode f = v.path("fatalities");
                boolean hasLoc = loc.isObject();
                boolean hasF = f.isObject();
                List<String> tags = new ArrayList<>();
                v.path("tags").forEach(t -> tags.add(t.asText()));
                events.add(new BulkLoader.EventRow(id, doc, v.path("type").asText(), text(v, "subtype"),
                        day(v.path("date").path("value").asText(null)),
                        v.path("date").path("precision").asText("unknown"),
                        hasLoc && loc.hasNonNull("entity") ? kbIds.get(loc.get("entity").asText()) : null,
                        hasLoc ? text(loc, "name") : null,
                        hasLoc && loc.hasNonNull("country") ? loc.get("country").asText().toUpperCase(Locale.ROOT) : null,
                        hasLoc && loc.hasNonNull("lat") ? loc.get("lat").asDouble() : null,
                        hasLoc && loc.hasNonNull("lon") ? loc.get("lon").asDouble() : null,
                        hasLoc && loc.hasNonNull("precision") ? loc.get("precision").asText() : "unknown",
                        hasF && f.hasNonNull("low") ? f.get("low").asInt() : null,
                        hasF && f.hasNonNull("best") ? f.get("best").asInt() : null,
                        hasF && f.hasNonNull("high") ? f.get("high").asInt() : null,
                        v.hasNonNull("count") ? v.get("count").asInt() : null, String.join(",", tags),
                        v.path("modality").asText(), v.hasNonNull("claim") ? prefix + v.get("claim").asText() : null,
                        v.path("evidence").path("start").asInt(), v.path("evidence").path("end").asInt()));
                Set<String> seen = new HashSet<>();
                for (String role : List.of("actor", "target")) {
                    for (JsonNode local : v.path(role + "s")) {
                        String kb = kbIds.get(local.asText());
                        if (kb != null && seen.add(role + kb)) {
                            participants.add(new BulkLoader.ParticipantRow(id, kb, role));
                        }
                    }
                }
            }
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
            if (link.path("score").asDouble() >= LIST_MATCH) {
                return KnowledgeBase.listedEntityId(link.path("list").asText(), link.path("id").asText());
            }
        }
        return null;
    }

    /** FtM schema for an extracted entity type (the contract's label); null for types that are not parties. */
    static String schemaOf(String type) {
        return switch (type) {
            case "Person" -> "Person";
            case "Organization", "ArmedGroup" -> "Organization";
            case "Company" -> "Company";
            case "GovernmentBody" -> "PublicBody";
            case "Country", "Place", "Facility" -> "Address";
            case "Other" -> "LegalEntity";
            default -> null;
        };
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }

    private static LocalDate day(String iso) {
        if (iso == null || iso.isBlank()) {
            return null;
        }
        try {
            return switch (iso.length()) {
                case 4 -> LocalDate.of(Integer.parseInt(iso), 1, 1);
                case 7 -> LocalDate.parse(iso + "-01");
                default -> LocalDate.parse(iso.substring(0, 10));
            };
        } catch (RuntimeException ex) {
            return null;
        }
    }

    private static JsonNode parse(Loaded d) {
        try {
            return MAPPER.readTree(d.extraction());
        } catch (IOException e) {
            throw new UncheckedIOException("document " + d.hash() + ": unreadable extraction", e);
        }
    }
}
