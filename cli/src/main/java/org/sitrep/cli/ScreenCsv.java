package org.sitrep.cli;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Reads the CSV inputs of {@code compare} and {@code screen}: a header, then one pair or query per row. */
final class ScreenCsv {

    /** A row with its 1-based line number, for error messages. */
    record Row(long line, Map<String, String> cells) {
        String get(String column) {
            String value = cells.get(column);
            return value == null || value.isBlank() ? null : value.trim();
        }
    }

    private ScreenCsv() {
    }

    /** Every row of the file; header names are compared in lower case. */
    static List<Row> read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                     .setIgnoreSurroundingSpaces(true).build().parse(reader)) {
            List<String> header = parser.getHeaderNames().stream()
                    .map(h -> h.replace("\uFEFF", "").trim().toLowerCase(java.util.Locale.ROOT)).toList();
            return parser.stream().map(r -> row(r, header)).toList();
        }
    }

    private static Row row(CSVRecord record, List<String> header) {
        Map<String, String> cells = new java.util.HashMap<>();
        for (int i = 0; i < header.size() && i < record.size(); i++) {
            cells.put(header.get(i), record.get(i));
        }
        // the header is line 1; cells spanning lines would shift this, which is acceptable for messages
        return new Row(record.getRecordNumber() + 1, cells);
    }

    static boolean hasColumn(Path file, String... anyOf) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().build().parse(reader)) {
            for (String h : parser.getHeaderNames()) {
                String name = h.replace("\uFEFF", "").trim().toLowerCase(java.util.Locale.ROOT);
                for (String wanted : anyOf) {
                    if (name.equals(wanted)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }
}
