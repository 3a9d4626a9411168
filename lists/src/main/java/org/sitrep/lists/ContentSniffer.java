package org.sitrep.lists;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Recognises a list format from the first few kilobytes of a file. */
final class ContentSniffer {

    /** What a file holds. */
    enum Kind {
        OFAC_SDN_CSV, OFAC_ALT_CSV, OFAC_ADD_CSV, OFAC_COMMENTS_CSV, OFAC_XML, OFAC_ADVANCED_XML, UN_XML, EU_XML,
        UK_CSV, FTM_JSON, TREASURY_TEXT, UNKNOWN
    }

    private static final int HEAD = 16 * 1024;

    private ContentSniffer() {
    }

    static Kind kind(Path file) throws ListFormatException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD);
        } catch (IOException e) {
            throw new ListFormatException(file, 0, "cannot read: " + e.getMessage(), e);
        }
        for (byte b : head) {
            if (b == 0) {
                return Kind.UNKNOWN;
            }
        }
        String text = ListFiles.decode(head.length == HEAD ? trimPartialChar(head) : head);
        if (text.stripLeading().startsWith("<")) {
            return xmlKind(file, head);
        }
        return kind(text);
    }

    /** The kind of an XML file, from its root element. */
    private static Kind xmlKind(Path file, byte[] head) throws ListFormatException {
        XMLStreamReader reader = null;
        try {
            reader = XmlNode.safeFactory().createXMLStreamReader(new ByteArrayInputStream(head));
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    return switch (reader.getLocalName()) {
                        case "sdnList" -> Kind.OFAC_XML;
                        case "Sanctions" -> Kind.OFAC_ADVANCED_XML;
                        case "CONSOLIDATED_LIST" -> Kind.UN_XML;
                        case "export" -> Kind.EU_XML;
                        default -> Kind.UNKNOWN;
                    };
                }
            }
            return Kind.UNKNOWN;
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNumber());
            throw new ListFormatException(file, line, "malformed XML before the root element: "
                    + String.valueOf(e.getMessage()).replaceFirst("(?s).*Message: ", "").strip(), e);
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // Nothing to release for a reader over bytes in memory.
                }
            }
        }
    }

    static Kind kind(String head) {
        String text = head.stripLeading();
        if (text.isEmpty()) {
            return Kind.UNKNOWN;
        }
        if (text.startsWith("{") && FtmJsonImporter.recognises(text)) {
            return Kind.FTM_JSON;
        }
        if (UkCsvImporter.recognises(text)) {
            return Kind.UK_CSV;
        }
        OfacCsvImporter.Role role = OfacCsvImporter.role(text);
        if (role != null) {
            return switch (role) {
                case SDN -> Kind.OFAC_SDN_CSV;
                case ALT -> Kind.OFAC_ALT_CSV;
                case ADD -> Kind.OFAC_ADD_CSV;
                case COMMENTS -> Kind.OFAC_COMMENTS_CSV;
            };
        }
        return TreasuryPressImporter.recognises(text) ? Kind.TREASURY_TEXT : Kind.UNKNOWN;
    }

    static OfacCsvImporter.Role ofacRole(Kind kind) {
        return switch (kind) {
            case OFAC_SDN_CSV -> OfacCsvImporter.Role.SDN;
            case OFAC_ALT_CSV -> OfacCsvImporter.Role.ALT;
            case OFAC_ADD_CSV -> OfacCsvImporter.Role.ADD;
            case OFAC_COMMENTS_CSV -> OfacCsvImporter.Role.COMMENTS;
            default -> null;
        };
    }

    /** Drops a UTF-8 sequence cut off by the head's end, so the head still decodes as UTF-8. */
    private static byte[] trimPartialChar(byte[] head) {
        int end = head.length;
        int back = 0;
        while (back < 4 && end - back - 1 >= 0 && (head[end - back - 1] & 0xC0) == 0x80) {
            back++;
        }
        if (end - back - 1 >= 0 && (head[end - back - 1] & 0xC0) == 0xC0) {
            return Arrays.copyOf(head, end - back - 1);
        }
        return head;
    }
}
