package org.sitrep.exchange;

import org.sitrep.store.EvidenceStore;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.Writer;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.Set;

/**
 * Writes the network as GraphML (for Gephi, yEd, Cytoscape): every linked party a node (caption, schema,
 * designated), every link an edge (type, modality, evidence quote or list record). Text is escaped by the XML writer.
 */
public final class GraphMlExport {

    /** Nodes and edges written. */
    public record Counts(int nodes, int edges) {
    }

    public Counts write(EvidenceStore store, Writer out) {
        return store.query(c -> {
            try {
                XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
                xml.writeStartDocument("UTF-8", "1.0");
                xml.writeStartElement("graphml");
                xml.writeDefaultNamespace("http://graphml.graphdrawing.org/xmlns");
                key(xml, "label", "node", "label");
                key(xml, "schema", "node", "schema");
                key(xml, "designated", "node", "designated", "boolean");
                key(xml, "type", "edge", "type");
                key(xml, "modality", "edge", "modality");
                key(xml, "evidence", "edge", "evidence");
                xml.writeStartElement("graph");
                xml.writeAttribute("edgedefault", "directed");

                Set<String> designated = new HashSet<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT entity_id FROM statement WHERE list_id IS NOT NULL");
                     ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        designated.add(rs.getString(1));
                    }
                }
                int nodes = 0;
                try (PreparedStatement ps = c.prepareStatement("SELECT id, caption, schema_name FROM entity e WHERE"
                        + " EXISTS (SELECT 1 FROM link l WHERE l.subject_id = e.id OR l.object_id = e.id) ORDER BY id");
                     ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        xml.writeStartElement("node");
                        xml.writeAttribute("id", rs.getString(1));
                        data(xml, "label", rs.getString(2));
                        data(xml, "schema", rs.getString(3));
                        data(xml, "designated", String.valueOf(designated.contains(rs.getString(1))));
                        xml.writeEndElement();
                        nodes++;
                    }
                }
                int edges = 0;
                try (PreparedStatement ps = c.prepareStatement("SELECT l.id, l.subject_id, l.object_id, l.link_type,"
                        + " l.modality, l.span_start, l.span_end, l.list_id, l.record_id, d.text FROM link l"
                        + " LEFT JOIN document d ON d.id = l.document_id ORDER BY l.id");
                     ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        xml.writeStartElement("edge");
                        xml.writeAttribute("id", rs.getString(1));
                        xml.writeAttribute("source", rs.getString(2));
                        xml.writeAttribute("target", rs.getString(3));
                        data(xml, "type", rs.getString(4));
                        data(xml, "modality", rs.getString(5));
                        String text = rs.getString(10);
                        if (text != null) {
                            int from = text.offsetByCodePoints(0, rs.getInt(6));
                            data(xml, "evidence", text.substring(from, text.offsetByCodePoints(from, rs.getInt(7) - rs.getInt(6))));
                        } else {
                            data(xml, "evidence", rs.getString(8) + " record " + rs.getString(9));
                        }
                        xml.writeEndElement();
                        edges++;
                    }
                }
                xml.writeEndElement();
                xml.writeEndElement();
                xml.writeEndDocument();
                xml.flush();
                return new Counts(nodes, edges);
            } catch (XMLStreamException e) {
                throw new IllegalStateException("writing GraphML failed: " + e.getMessage(), e);
            }
        });
    }

    private static void key(XMLStreamWriter xml, String id, String forWhat, String name) throws XMLStreamException {
        key(xml, id, forWhat, name, "string");
    }

    private static void key(XMLStreamWriter xml, String id, String forWhat, String name, String type)
            throws XMLStreamException {
        xml.writeEmptyElement("key");
        xml.writeAttribute("id", id);
        xml.writeAttribute("for", forWhat);
        xml.writeAttribute("attr.name", name);
        xml.writeAttribute("attr.type", type);
    }

    private static void data(XMLStreamWriter xml, String key, String value) throws XMLStreamException {
        xml.writeStartElement("data");
        xml.writeAttribute("key", key);
        xml.writeCharacters(value == null ? "" : value);
        xml.writeEndElement();
    }
}
