package org.sitrep.lists;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * OFAC's legacy SDN CSV files: {@code sdn.csv} (one row per party), {@code alt.csv} (a.k.a.s), {@code add.csv}
 * (addresses) and optionally {@code sdn_comments.csv} (remarks too long for sdn.csv). No header; {@code -0-} is
 * null. Each file's role is recognised by its column count, not its name.
 */
final class OfacCsvImporter {

    static final String LIST_ID = "us-ofac-sdn";
    static final String FORMAT = "ofac-csv";

    /** The four files of the trio, with the column count that identifies each. */
    enum Role {
        SDN(12), ALT(5), ADD(6), COMMENTS(2);

        final int columns;

        Role(int columns) {
            this.columns = columns;
        }

        static Role ofColumns(int columns) {
            for (Role role : values()) {
                if (role.columns == columns) {
                    return role;
                }
            }
            return null;
        }
    }

    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true).build();

    /** The role of a file from its first record, or null when it does not look like part of the trio. */
    static Role role(String text) {
        try (CSVParser parser = CSVParser.parse(new StringReader(firstLines(text)), CSV)) {
            for (CSVRecord record : parser) {
                Role role = Role.ofColumns(record.size());
                return role != null && record.get(0).strip().matches("\\d+") ? role : null;
            }
            return null;
        } catch (IOException | UncheckedIOException e) {
            return null;
        }
    }

    private static String firstLines(String text) {
        return text.length() > 8192 ? text.substring(0, text.lastIndexOf('\n', 8192) + 1) : text;
    }

    /** Reads the trio; {@code files} maps each role present to its file ({@link Role#SDN} is required). */
    ListSnapshot read(Path source, Map<Role, Path> files) throws ListFormatException {
        List<String> roles = new ArrayList<>();
        List<byte[]> contents = new ArrayList<>();
        Map<Role, String> texts = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            Path file = files.get(role);
            if (file != null) {
                byte[] bytes = ListFiles.bytes(file);
                roles.add(role.name());
                contents.add(bytes);
                texts.put(role, ListFiles.decode(bytes));
            }
        }
        Map<String, String> comments = new LinkedHashMap<>();
        if (texts.containsKey(Role.COMMENTS)) {
            parse(files.get(Role.COMMENTS), texts.get(Role.COMMENTS), Role.COMMENTS, (row, line) ->
                    comments.merge(id(row, files.get(Role.COMMENTS), line), value(row.get(1)) == null ? ""
                            : row.get(1), String::concat));
        }
        Path sdnFile = files.get(Role.SDN);
        Map<String, EntityBuilder> entities = new LinkedHashMap<>();
        parse(sdnFile, texts.get(Role.SDN), Role.SDN, (row, line) -> {
            String id = id(row, sdnFile, line);
            EntityBuilder entity = new EntityBuilder(LIST_ID, id, schema(value(row.get(2))),
                    sdnFile.getFileName() + ":" + line);
            String name = value(row.get(1));
            if (name == null) {
                throw new ListFormatException(sdnFile, line, "entry " + id + " has no name");
            }
            entity.name(name);
            if ("Person".equals(entity.schema)) {
                splitPersonName(name, entity);
            }
            for (String program : programs(value(row.get(3)))) {
                entity.programs.add(program);
            }
            addLabelled(entity, "Title", row.get(4));
            String callSign = value(row.get(5));
            if (callSign != null) {
                entity.identifier("Call Sign", callSign, null);
            }
            addLabelled(entity, "Vessel type", row.get(6));
            addLabelled(entity, "Tonnage", row.get(7));
            addLabelled(entity, "GRT", row.get(8));
            addLabelled(entity, "Vessel flag", row.get(9));
            addLabelled(entity, "Vessel owner", row.get(10));
            String remarks = value(row.get(11));
            String more = comments.get(id);
            if (more != null && !more.isEmpty()) {
                // sdn.csv cuts long remarks mid-word and sdn_comments.csv carries on: join them exactly as written.
                remarks = remarks == null ? more.strip() : row.get(11) + more;
            }
            if (remarks != null) {
                OfacRemarks.apply(remarks, entity);
                entity.remark(remarks);
            }
            if (entities.putIfAbsent(id, entity) != null) {
                throw new ListFormatException(sdnFile, line, "duplicate ent_num " + id);
            }
        });
        if (texts.containsKey(Role.ALT)) {
            Path altFile = files.get(Role.ALT);
            parse(altFile, texts.get(Role.ALT), Role.ALT, (row, line) -> {
                EntityBuilder entity = owner(entities, row, altFile, line);
                String type = value(row.get(2));
                String name = value(row.get(3));
                if (entity == null || name == null) {
                    return;
                }
                String kind = type == null ? "aka" : type.toLowerCase(Locale.ROOT).replace(".", "");
                boolean weak = row.get(4) != null && row.get(4).toLowerCase(Locale.ROOT).contains("weak");
                switch (kind) {
                    case "fka" -> EntityBuilder.add(entity.previousNames, name);
                    default -> entity.alias(name, !weak);
                }
            });
        }
        if (texts.containsKey(Role.ADD)) {
            Path addFile = files.get(Role.ADD);
            parse(addFile, texts.get(Role.ADD), Role.ADD, (row, line) -> {
                EntityBuilder entity = owner(entities, row, addFile, line);
                if (entity == null) {
                    return;
                }
                List<String> parts = new ArrayList<>();
                for (int i = 2; i <= 4; i++) {
                    String part = value(row.get(i));
                    if (part != null) {
                        parts.add(part);
                    }
                }
                if (!parts.isEmpty()) {
                    entity.addresses.add(String.join(", ", parts));
                }
            });
        }
        LinkResolver.resolve(entities.values());
        List<ListEntity> built = entities.values().stream().map(EntityBuilder::build).toList();
        return new ListSnapshot(LIST_ID, FORMAT, ListFiles.sha256(roles, contents), source, built);
    }

    private static void addLabelled(EntityBuilder entity, String label, String raw) {
        String v = value(raw);
        if (v != null) {
            entity.remark(label + ": " + v);
        }
    }

    /** "LAST, First Middle": family name before the comma, given names after. */
    static void splitPersonName(String name, EntityBuilder entity) {
        int comma = name.indexOf(',');
        if (comma > 0) {
            entity.nameParts("family", name.substring(0, comma));
            entity.nameParts("given", name.substring(comma + 1));
        }
    }

    /** "SDGT] [IFSR" (how the CSV joins several programmes) → SDGT, IFSR. */
    static List<String> programs(String value) {
        List<String> out = new ArrayList<>();
        if (value != null) {
            for (String p : value.split("\\]\\s*\\[")) {
                String program = p.replace("[", "").replace("]", "").strip();
                if (!program.isEmpty()) {
                    out.add(program);
                }
            }
        }
        return out;
    }

    private static String schema(String sdnType) {
        if (sdnType == null) {
            return "Organization";
        }
        return switch (sdnType.toLowerCase(Locale.ROOT)) {
            case "individual" -> "Person";
            case "vessel" -> "Vessel";
            case "aircraft" -> "Airplane";
            default -> "Organization";
        };
    }

    private static EntityBuilder owner(Map<String, EntityBuilder> entities, CSVRecord row, Path file, int line)
            throws ListFormatException {
        // Rows for parties missing from sdn.csv occur in real extracts; they are skipped rather than invented.
        return entities.get(id(row, file, line));
    }

    private static String id(CSVRecord row, Path file, int line) throws ListFormatException {
        String id = row.get(0).strip();
        if (!DIGITS.matcher(id).matches()) {
            throw new ListFormatException(file, line, "ent_num is not a number: '" + abbreviate(id) + "'");
        }
        return id;
    }

    /** The field's value, or null for OFAC's {@code -0-} and blanks. */
    static String value(String raw) {
        if (raw == null) {
            return null;
        }
        String v = raw.strip();
        return v.isEmpty() || v.equals("-0-") ? null : v;
    }

    @FunctionalInterface
    private interface RowHandler {
        void row(CSVRecord row, int line) throws ListFormatException;
    }

    private static void parse(Path file, String text, Role role, RowHandler handler) throws ListFormatException {
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSV)) {
            var records = parser.iterator();
            long linesBefore = 0;
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    // The parser fails where it gave up (often the end of the file); the record began after the last
                    // good one, which is where to look for the stray quote.
                    throw new ListFormatException(file, (int) linesBefore + 1,
                            "malformed CSV in the record starting here: " + rootMessage(e), e);
                }
                int line = (int) startLine(text, record, linesBefore);
                linesBefore = parser.getCurrentLineNumber();
                if (record.size() != role.columns) {
                    throw new ListFormatException(file, line, "expected " + role.columns + " columns for "
                            + role.name().toLowerCase(Locale.ROOT) + " rows, found " + record.size()
                            + ": '" + abbreviate(String.join(",", record.toList())) + "'");
                }
                handler.row(record, line);
            }
        } catch (IOException e) {
            throw new ListFormatException(file, 0, "cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * The 1-based line where {@code record} starts. The parser reports a record's position as where it began
     * reading, which is before any blank lines it skipped; those are counted in here.
     */
    private static long startLine(String text, CSVRecord record, long linesBefore) {
        long line = linesBefore + 1;
        for (int i = (int) record.getCharacterPosition(); i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            } else if (c != '\r') {
                break;
            }
        }
        return line;
    }

    static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
