package org.sitrep.lists;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One XML element read with StAX into memory: a list's record (an {@code INDIVIDUAL}, a {@code sdnEntry}) is small,
 * so importers stream the file record by record and look at each record as a little tree. Names are local names;
 * namespaces do not matter to the importers.
 */
final class XmlNode {

    final String name;
    final Map<String, String> attributes;
    final List<XmlNode> children = new ArrayList<>();
    final int line;
    private final StringBuilder text = new StringBuilder();

    private XmlNode(String name, Map<String, String> attributes, int line) {
        this.name = name;
        this.attributes = attributes;
        this.line = line;
    }

    /** A StAX factory that never reads a DTD or resolves an external entity (no XXE). */
    static XMLInputFactory safeFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setXMLResolver((publicId, systemId, base, ns) -> {
            throw new XMLStreamException("external entity refused: " + systemId);
        });
        return factory;
    }

    /** Receives each record element of a streamed file. */
    @FunctionalInterface
    interface RecordHandler {
        void record(XmlNode node) throws ListFormatException;
    }

    /**
     * Streams {@code bytes} and hands every element named one of {@code recordNames} to {@code handler} as a tree.
     * Returns the root element's local name. Malformed XML fails with the file and line.
     */
    static String stream(Path file, byte[] bytes, List<String> recordNames, RecordHandler handler)
            throws ListFormatException {
        XMLStreamReader reader = null;
        try {
            reader = safeFactory().createXMLStreamReader(new ByteArrayInputStream(bytes));
            String root = null;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new ListFormatException(file, reader.getLocation().getLineNumber(),
                            "document type declarations are not allowed in list files");
                }
                if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw new ListFormatException(file, reader.getLocation().getLineNumber(),
                            "entity reference &" + reader.getLocalName() + "; is not allowed in list files");
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (root == null) {
                        root = reader.getLocalName();
                    }
                    if (recordNames.contains(reader.getLocalName())) {
                        handler.record(readElement(file, reader));
                    }
                }
            }
            return root;
        } catch (XMLStreamException e) {
            int line = e.getLocation() != null ? e.getLocation().getLineNumber() : 0;
            throw new ListFormatException(file, Math.max(line, 0), "malformed XML: " + cleanMessage(e), e);
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // Closing a reader over bytes in memory cannot lose data.
                }
            }
        }
    }

    /** Reads the element the reader is on (at START_ELEMENT) with everything inside it. */
    private static XmlNode readElement(Path file, XMLStreamReader reader) throws XMLStreamException, ListFormatException {
        XmlNode node = open(reader);
        List<XmlNode> stack = new ArrayList<>();
        stack.add(node);
        while (!stack.isEmpty()) {
            int event = reader.next();
            XmlNode top = stack.get(stack.size() - 1);
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    XmlNode child = open(reader);
                    top.children.add(child);
                    stack.add(child);
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        top.text.append(reader.getText());
                case XMLStreamConstants.ENTITY_REFERENCE -> throw new ListFormatException(file,
                        reader.getLocation().getLineNumber(),
                        "entity reference &" + reader.getLocalName() + "; is not allowed in list files");
                case XMLStreamConstants.END_ELEMENT -> stack.remove(stack.size() - 1);
                default -> {
                }
            }
        }
        return node;
    }

    private static XmlNode open(XMLStreamReader reader) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
        }
        return new XmlNode(reader.getLocalName(), attributes, reader.getLocation().getLineNumber());
    }

    private static String cleanMessage(XMLStreamException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        // The JDK prefixes "ParseError at [row,col]:[..]\nMessage: "; the line is reported separately.
        int at = message.indexOf("Message: ");
        return (at >= 0 ? message.substring(at + "Message: ".length()) : message).strip();
    }

    /** The element's own text, trimmed; null when blank. */
    String text() {
        return EntityBuilder.clean(text.toString());
    }

    /** The first child named {@code name}, or null. */
    XmlNode child(String childName) {
        for (XmlNode c : children) {
            if (c.name.equals(childName)) {
                return c;
            }
        }
        return null;
    }

    /** Every child named {@code name}. */
    List<XmlNode> children(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).toList();
    }

    /** The text of the first child named {@code name}, or null. */
    String text(String childName) {
        XmlNode c = child(childName);
        return c == null ? null : c.text();
    }

    /** Every descendant reached by the path of child names, e.g. {@code all("akaList", "aka")}. */
    List<XmlNode> all(String... path) {
        List<XmlNode> current = List.of(this);
        for (String step : path) {
            List<XmlNode> next = new ArrayList<>();
            for (XmlNode n : current) {
                next.addAll(n.children(step));
            }
            current = next;
        }
        return current;
    }

    /** Every descendant (at any depth) named {@code name}. */
    List<XmlNode> descendants(String descendantName) {
        List<XmlNode> out = new ArrayList<>();
        for (XmlNode c : children) {
            if (c.name.equals(descendantName)) {
                out.add(c);
            }
            out.addAll(c.descendants(descendantName));
        }
        return out;
    }

    String attribute(String attributeName) {
        String v = attributes.get(attributeName);
        return v == null || v.isBlank() ? null : v.strip();
    }
}
