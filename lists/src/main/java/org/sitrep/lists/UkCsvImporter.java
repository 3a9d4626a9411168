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
 * The UK consolidated list of financial sanctions targets as OFSI publishes it in CSV: a first line
 * {@code Last Updated,dd/mm/yyyy}, then a header, then one row per name of a target. Rows of one target share a
 * Group ID, which is the entity id; the row whose Alias Type is "Primary name" gives the name.
 */
final class UkCsvImporter {

    static final String LIST_ID = "gb-hmt";
    static final String FORMAT = "uk-ofsi-csv";

    /** Several values in one cell are numbered: "(1) Syria (2) Lebanon". */
    private static final Pattern NUMBERED = Pattern.compile("\\(\\d+\\)");

    static boolean recognises(String head) {
        int newline = head.indexOf('\n');
        if (newline < 0) {
            return false;
        }
        String first = head.substring(0, newline).strip().toLowerCase(Locale.ROOT);
        int second = head.indexOf('\n', newline + 1);
        String header = head.substring(newline + 1, second < 0 ? head.length() : second);
        return first.startsWith("last updated,") && header.contains("Group ID") && header.contains("Name 6");
    }

    ListSnapshot read(Path file) throws ListFormatException {
        byte[] bytes = ListFiles.bytes(file);
        String text = ListFiles.decode(bytes);
        int newline = text.indexOf('\n');
        if (newline < 0 || !text.substring(0, newline).strip().toLowerCase(Locale.ROOT).startsWith("last updated")) {
            throw new ListFormatException(file, 1, "expected 'Last Updated,dd/mm/yyyy' as the first line");
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true).setAllowMissingColumnNames(true).build();
        Map<String, EntityBuilder> entities = new LinkedHashMap<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text.substring(newline + 1)), format)) {
            for (String required : List.of("Group ID", "Group Type", "Alias Type", "Name 6")) {
                if (!parser.getHeaderMap().containsKey(required)) {
                    throw new ListFormatException(file, 2, "header has no '" + required + "' column");
                }
            }
            int headerColumns = parser.getHeaderNames().size();
            var records = parser.iterator();
            long linesBefore = 1; // lines the parser has read: the header
            while (true) {
                CSVRecord row;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    row = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw new ListFormatException(file, (int) linesBefore + 2,
                            "malformed CSV in the record starting here: " + OfacCsvImporter.rootMessage(e), e);
                }
                int line = (int) (linesBefore + 2); // + the "Last Updated" line, 1-based
                linesBefore = parser.getCurrentLineNumber();
                if (row.size() != headerColumns) {
                    throw new ListFormatException(file, line, "expected " + headerColumns + " columns, found "
                            + row.size());
                }
                row(file, line, row, entities);
            }
        } catch (IOException e) {
            throw new ListFormatException(file, 0, "cannot read: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new ListFormatException(file, 2, "bad header: " + e.getMessage(), e);
        }
        List<ListEntity> built = entities.values().stream().map(EntityBuilder::build).toList();
        return new ListSnapshot(LIST_ID, FORMAT, ListFiles.sha256(bytes), file, built);
    }

    private static void row(Path file, int line, CSVRecord row, Map<String, EntityBuilder> entities)
            throws ListFormatException {
        String id = get(row, "Group ID");
        if (id == null) {
            throw new ListFormatException(file, line, "row without Group ID");
        }
        String groupType = String.valueOf(get(row, "Group Type")).toLowerCase(Locale.ROOT);
        String schema = switch (groupType) {
            case "individual" -> "Person";
            case "ship" -> "Vessel";
            default -> "Organization";
        };
        EntityBuilder entity = entities.computeIfAbsent(id,
                k -> new EntityBuilder(LIST_ID, k, schema, file.getFileName() + ":" + line));
        List<String> given = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            String part = get(row, "Name " + i);
            if (part != null) {
                given.add(part);
            }
        }
        String family = get(row, "Name 6");
        List<String> all = new ArrayList<>(given);
        if (family != null) {
            all.add(family);
        }
        if (all.isEmpty()) {
            throw new ListFormatException(file, line, "row of group " + id + " has no name");
        }
        String name = String.join(" ", all);
        String aliasType = String.valueOf(get(row, "Alias Type")).toLowerCase(Locale.ROOT);
        boolean low = "low".equalsIgnoreCase(get(row, "Alias Quality"));
        if (aliasType.equals("primary name")) {
            if (entity.name != null && !entity.name.equals(name)) {
                entity.strongAliases.add(entity.name);
            }
            entity.name = name;
            entity.source = file.getFileName() + ":" + line;
            if (schema.equals("Person")) {
                entity.nameParts.clear();
                entity.nameParts("title", get(row, "Title"));
                for (int i = 0; i < given.size(); i++) {
                    entity.nameParts(i == 0 ? "given" : "middle", given.get(i));
                }
                entity.nameParts("family", family);
            }
        } else if (aliasType.startsWith("fka") || aliasType.contains("former")) {
            EntityBuilder.add(entity.previousNames, name);
        } else {
            entity.alias(name, !low);
        }
        EntityBuilder.add(entity.strongAliases, get(row, "Name Non-Latin Script"));
        for (String dob : values(get(row, "DOB"))) {
            EntityBuilder.add(entity.birthDates, Dates.normalise(dob));
        }
        List<String> towns = values(get(row, "Town of Birth"));
        List<String> countries = values(get(row, "Country of Birth"));
        for (int i = 0; i < Math.max(towns.size(), countries.size()); i++) {
            String town = i < towns.size() ? towns.get(i) : null;
            String country = i < countries.size() ? countries.get(i) : null;
            EntityBuilder.add(entity.birthPlaces, town == null ? country : country == null ? town : town + ", " + country);
        }
        for (String nationality : values(get(row, "Nationality"))) {
            entity.nationality(nationality);
        }
        List<String> passports = values(get(row, "Passport Number"));
        List<String> passportDetails = values(get(row, "Passport Details"));
        for (int i = 0; i < passports.size(); i++) {
            // The details often name just the issuing country; anything longer stays out of the country field.
            String details = i < passportDetails.size() ? passportDetails.get(i) : null;
            String country = details != null && Countries.known(details) ? Countries.code(details) : null;
            entity.identifier("Passport", passports.get(i), country);
        }
        for (String nationalId : values(get(row, "National Identification Number"))) {
            entity.identifier("National Identification Number", nationalId, null);
        }
        List<String> address = new ArrayList<>();
        for (String column : List.of("Address 1", "Address 2", "Address 3", "Address 4", "Address 5", "Address 6",
                "Post/Zip Code", "Country")) {
            String part = get(row, column);
            if (part != null) {
                address.add(part);
            }
        }
        if (!address.isEmpty()) {
            entity.addresses.add(String.join(", ", address));
        }
        EntityBuilder.add(entity.programs, get(row, "Regime"));
        String listed = Dates.normalise(get(row, "Listed On"));
        if (listed != null && (entity.listedOn == null || listed.compareTo(entity.listedOn) < 0)) {
            entity.listedOn = listed;
        }
        String position = get(row, "Position");
        if (position != null) {
            entity.remark("Position: " + position);
        }
        entity.remark(get(row, "Other Information"));
    }

    private static String get(CSVRecord row, String column) {
        return row.isMapped(column) && row.isSet(column) ? EntityBuilder.clean(row.get(column)) : null;
    }

    /** The values of a cell that may number several: "(1) A (2) B" → A, B. */
    static List<String> values(String cell) {
        List<String> out = new ArrayList<>();
        if (cell == null) {
            return out;
        }
        for (String part : NUMBERED.split(cell)) {
            String v = EntityBuilder.clean(part);
            if (v != null) {
                out.add(v);
            }
        }
        return out;
    }
}
