package org.sitrep.resolve;

import com.fasterxml.jackson.databind.JsonNode;
import org.sitrep.store.BulkLoader;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The knowledge base's rows for one document's claims, relations and events, read from its extraction as
 * {@code ExtractionJson} writes it. The one mapping of extracted fields to columns: the per-document writer and the
 * bulk load of the Spark job both take their rows from here and only write them, each with its own SQL, so a field
 * added to the knowledge base is mapped once. Entities come in resolved: {@code kbIds} maps the extraction's entity
 * ids to knowledge-base ids, and what refers to an entity the knowledge base does not keep is dropped (relations) or
 * left empty (claim sources, event places).
 */
public final class ExtractionRows {

    /** List matches at least this sure resolve an extracted entity to the listed party. */
    public static final double LIST_MATCH = 0.9;

    private final String documentId;
    private final String prefix;

    /** Rows of the document {@code documentId}; their ids are its id prefix plus the extraction's own ids. */
    public ExtractionRows(String documentId) {
        this.documentId = documentId;
        this.prefix = documentId.substring(0, 16) + ":";
    }

    /** FtM schema for an extracted entity type (the contract's label); null for types that are not parties. */
    public static String schemaOf(String type) {
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

    /** The first day of an ISO date cut to any precision ("2016", "2016-02", "2016-02-25"), or null. */
    public static LocalDate dayOf(String iso) {
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

    public List<BulkLoader.ClaimRow> claims(JsonNode extraction, Map<String, String> kbIds) {
        return rows(extraction.path("claims"), c -> claim(c, kbIds));
    }

    /** Relations between two entities the knowledge base keeps. */
    public List<BulkLoader.LinkRow> links(JsonNode extraction, Map<String, String> kbIds) {
        return rows(extraction.path("relations"), r -> link(r, kbIds));
    }

    public List<BulkLoader.EventRow> events(JsonNode extraction, Map<String, String> kbIds) {
        return rows(extraction.path("events"), v -> event(v, kbIds));
    }

    /** The events' actors and targets the knowledge base keeps; two document entities may be one of its entities. */
    public List<BulkLoader.ParticipantRow> participants(JsonNode extraction, Map<String, String> kbIds) {
        List<BulkLoader.ParticipantRow> rows = new ArrayList<>();
        for (JsonNode v : extraction.path("events")) {
            String id = prefix + v.path("id").asText();
            Set<String> seen = new HashSet<>();
            for (String role : List.of("actor", "target")) {
                for (JsonNode local : v.path(role + "s")) {
                    String kb = kbIds.get(local.asText());
                    if (kb != null && seen.add(role + kb)) {
                        rows.add(new BulkLoader.ParticipantRow(id, kb, role));
                    }
                }
            }
        }
        return rows;
    }

    private BulkLoader.ClaimRow claim(JsonNode c, Map<String, String> kbIds) {
        JsonNode neg = c.path("negation");
        JsonNode pronoun = c.path("pronoun");
        String referent = pronoun.isObject() ? kbIds.get(pronoun.path("entity").asText()) : null;
        return new BulkLoader.ClaimRow(prefix + c.path("id").asText(), documentId,
                c.hasNonNull("source") ? kbIds.get(c.get("source").asText()) : null, text(c, "source_text"),
                c.path("cue").path("start").asInt(), c.path("cue").path("end").asInt(),
                c.path("content").path("start").asInt(), c.path("content").path("end").asInt(),
                c.path("stance").asText(), neg.isObject() ? neg.path("start").asInt() : null,
                neg.isObject() ? neg.path("end").asInt() : null,
                referent == null ? null : pronoun.path("span").path("start").asInt(),
                referent == null ? null : pronoun.path("span").path("end").asInt(), referent);
    }

    /** Null when the knowledge base does not keep the subject or the object. */
    private BulkLoader.LinkRow link(JsonNode r, Map<String, String> kbIds) {
        String subject = kbIds.get(r.path("subject").asText());
        String object = kbIds.get(r.path("object").asText());
        if (subject == null || object == null) {
            return null;
        }
        return new BulkLoader.LinkRow(prefix + r.path("id").asText(), r.path("type").asText().toLowerCase(Locale.ROOT),
                subject, object, r.path("modality").asText(),
                r.hasNonNull("claim") ? prefix + r.get("claim").asText() : null, documentId,
                r.path("evidence").path("start").asInt(), r.path("evidence").path("end").asInt());
    }

    private BulkLoader.EventRow event(JsonNode v, Map<String, String> kbIds) {
        JsonNode loc = v.path("location");
        JsonNode f = v.path("fatalities");
        boolean hasLoc = loc.isObject();
        boolean hasF = f.isObject();
        List<String> tags = new ArrayList<>();
        v.path("tags").forEach(t -> tags.add(t.asText()));
        return new BulkLoader.EventRow(prefix + v.path("id").asText(), documentId, v.path("type").asText(),
                text(v, "subtype"), dayOf(v.path("date").path("value").asText(null)),
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
                v.path("evidence").path("start").asInt(), v.path("evidence").path("end").asInt());
    }

    /** A row for each item, leaving out those {@code row} gives none for. */
    private static <T> List<T> rows(JsonNode items, Function<JsonNode, T> row) {
        List<T> out = new ArrayList<>();
        for (JsonNode item : items) {
            T r = row.apply(item);
            if (r != null) {
                out.add(r);
            }
        }
        return out;
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }
}
