package org.sitrep.exchange;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sitrep.store.EvidenceStore;
import tech.followthemoney.model.Model;
import tech.followthemoney.model.Property;
import tech.followthemoney.model.Schema;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Writes the knowledge base as FollowTheMoney entities, one JSON object per line, the way FtM tooling reads them
 * ({@code ftm validate}, Aleph, yente): parties with their properties, Sanction entities, and one relationship
 * entity (Ownership, Directorship, Membership, ... or UnknownLink) per link. Values a schema has no property for are
 * left out and counted; an organisation a link says is owned is written as a Company, FtM's organisation that can
 * be an asset, so its Ownership fits the schema. Evidence travels along: relationship entities carry the evidence quote as {@code summary}
 * and the list record as {@code recordId}; every entity lists the datasets (lists, {@code documents}) it came from.
 */
public final class FtmExport {

    /** How many entities of each kind were written, and how many values did not fit their schema. */
    public record Counts(int entities, int relationships, int skippedValues) {
    }

    private record LinkSchema(String schema, String subjectProperty, String objectProperty) {
    }

    private final Model model;
    private final Map<String, LinkSchema> linkSchemata = new HashMap<>();
    private final ObjectMapper json = new ObjectMapper();

    public FtmExport() {
        try {
            this.model = Model.loadDefault();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the FollowTheMoney model", e);
        }
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                FtmExport.class.getResourceAsStream("link-schemata.tsv"), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t");
                linkSchemata.put(c[0], new LinkSchema(c[1], c[2], c[3]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes every entity and link of {@code store} to {@code out}. */
    public Counts write(EvidenceStore store, Writer out) {
        return store.query(c -> {
            Map<String, String> schemata = new HashMap<>();
            Set<String> owned = owned(c);
            int[] counts = new int[3];
            try (PreparedStatement ps = c.prepareStatement("SELECT e.id, e.schema_name, s.prop, s.prop_value, s.dataset, e.caption"
                    + " FROM entity e LEFT JOIN statement s ON s.entity_id = e.id ORDER BY e.id");
                 ResultSet rs = ps.executeQuery()) {
                String current = null;
                Schema schema = null;
                String caption = null;
                Map<String, Set<String>> props = new LinkedHashMap<>();
                Set<String> datasets = new LinkedHashSet<>();
                while (rs.next()) {
                    String id = rs.getString(1);
                    if (!id.equals(current)) {
                        if (current != null) {
                            writeEntity(out, current, schema, named(schema, props, caption), datasets);
                            counts[0]++;
                        }
                        current = id;
                        caption = rs.getString(6);
                        schema = schemaOf(rs.getString(2));
                        if (owned.contains(id) && schema.getName().equals("Organization")) {
                            // what someone owns is an asset; FtM's Company is the organisation that can be one
                            schema = model.getSchema("Company");
                        }
                        schemata.put(id, schema.getName());
                        props = new LinkedHashMap<>();
                        datasets = new LinkedHashSet<>();
                    }
                    String prop = rs.getString(3);
                    if (prop == null) {
                        continue;
                    }
                    datasets.add(rs.getString(5));
                    if (schema.hasProperty(prop)) {
                        props.computeIfAbsent(prop, k -> new LinkedHashSet<>()).add(rs.getString(4));
                    } else {
                        counts[2]++;
                    }
                }
                if (current != null) {
                    writeEntity(out, current, schema, named(schema, props, caption), datasets);
                    counts[0]++;
                }
            }
            counts[1] = writeLinks(c, out, schemata);
            try {
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Counts(counts[0], counts[1], counts[2]);
        });
    }

    /** Parties that some link says are owned. */
    private static Set<String> owned(Connection c) throws SQLException {
        Set<String> out = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT object_id FROM link WHERE link_type = 'ownership'");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private int writeLinks(Connection c, Writer out, Map<String, String> schemata) throws SQLException {
        int n = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT l.id, l.link_type, l.subject_id, l.object_id, l.modality,"
                + " l.document_id, l.span_start, l.span_end, l.list_id, l.record_id, d.text FROM link l"
                + " LEFT JOIN document d ON d.id = l.document_id WHERE l.link_type <> 'sanctioned_by' ORDER BY l.id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String type = rs.getString(2);
                String subject = rs.getString(3);
                String object = rs.getString(4);
                LinkSchema mapped = linkSchemata.get(type);
                Schema schema;
                String subjectProp;
                String objectProp;
                if (mapped != null && fits(mapped.schema(), mapped.subjectProperty(), schemata.get(subject))
                        && fits(mapped.schema(), mapped.objectProperty(), schemata.get(object))) {
                    schema = model.getSchema(mapped.schema());
                    subjectProp = mapped.subjectProperty();
                    objectProp = mapped.objectProperty();
                } else {
                    schema = model.getSchema("UnknownLink");
                    subjectProp = "subject";
                    objectProp = "object";
                }
                Map<String, Set<String>> props = new LinkedHashMap<>();
                props.put(subjectProp, Set.of(subject));
                props.put(objectProp, Set.of(object));
                if (schema.hasProperty("role")) {
                    props.put("role", Set.of(type.replace('_', ' ')));
                }
                String text = rs.getString(11);
                if (text != null) {
                    int from = text.offsetByCodePoints(0, rs.getInt(7));
                    int to = text.offsetByCodePoints(from, rs.getInt(8) - rs.getInt(7));
                    props.put("summary", Set.of(text.substring(from, to)));
                }
                if (rs.getString(10) != null) {
                    props.put("recordId", Set.of(rs.getString(10)));
                }
                props.put("description", Set.of("modality: " + rs.getString(5)));
                Set<String> datasets = new LinkedHashSet<>();
                datasets.add(rs.getString(9) != null ? rs.getString(9) : "documents");
                writeEntity(out, rs.getString(1), schema, props, datasets);
                n++;
            }
        }
        return n;
    }

    /** Parties known only by their caption (designating authorities) still need a name in FtM. */
    private static Map<String, Set<String>> named(Schema schema, Map<String, Set<String>> props, String caption) {
        if (schema.hasProperty("name") && !props.containsKey("name") && caption != null && !caption.isBlank()) {
            props.put("name", new LinkedHashSet<>(Set.of(caption)));
        }
        return props;
    }

    private boolean fits(String schemaName, String propertyName, String partySchema) {
        if (partySchema == null) {
            return false;
        }
        Property p = model.getSchema(schemaName).getProperty(propertyName);
        return p != null && p.getRange().map(range -> model.getSchema(partySchema).isA(range)).orElse(true);
    }

    private Schema schemaOf(String name) {
        Schema s = model.getSchema(name);
        return s != null ? s : model.getSchema("LegalEntity");
    }

    private void writeEntity(Writer out, String id, Schema schema, Map<String, Set<String>> props, Set<String> datasets) {
        ObjectNode entity = json.createObjectNode();
        entity.put("id", id);
        entity.put("schema", schema.getName());
        ObjectNode properties = entity.putObject("properties");
        props.forEach((k, values) -> {
            ArrayNode array = properties.putArray(k);
            values.forEach(array::add);
        });
        ArrayNode ds = entity.putArray("datasets");
        datasets.forEach(ds::add);
        try {
            out.write(json.writeValueAsString(entity));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
