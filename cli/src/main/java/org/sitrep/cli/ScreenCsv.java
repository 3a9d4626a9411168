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
    record Row(long line, List<String> header, Map<String, String> cells) {
        String get(String column) {
            String value = cells.get(column);
            return value == null || value.isBlank() ? null : value.trim();
        }
    }

    private ScreenCsv() {
    }

    /**
     * Every row of the file; header names are compared in lower case.
     *
     * @throws IllegalArgumentException naming the file and line when the file is not valid UTF-8 CSV
     */
    static List<Row> read(Path file) throws IOException {
        try (Reader reader = new java.io.InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8
                .newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT));
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                     .setIgnoreSurroundingSpaces(true).build().parse(reader)) {
            List<String> header = parser.getHeaderNames().stream()
                    .map(h -> h.replace("\uFEFF", "").trim().toLowerCase(java.util.Locale.ROOT)).toList();
            List<Row> rows = new java.util.ArrayList<>();
            try {
                for (CSVRecord record : parser) {
                    rows.add(row(record, header));
                }
            } catch (java.io.UncheckedIOException | IllegalStateException e) {
                throw new IllegalArgumentException(file + ":" + (parser.getCurrentLineNumber() + 1) + ": not valid CSV: "
                        + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()), e);
            }
            return rows;
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalArgumentException(file + ": not UTF-8 text", e);
        } catch (java.io.UncheckedIOException e) {
            throw new IllegalArgumentException(file + ": " + e.getCause().getMessage(), e);
        }
    }

    private static CSVParser parse(Path file, Reader reader) throws IOException {
        try {
            return CSVFormat.DEFAULT.builder().setHeader().build().parse(reader);
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            throw new IllegalArgumentException(file + ":1: " + e.getMessage(), e);
        }
    }

    private static Row row(CSVRecord record, List<String> header) {
        Map<String, String> cells = new java.util.HashMap<>();
        for (int i = 0; i < header.size() && i < record.size(); i++) {
            cells.put(header.get(i), record.get(i));
        }
        // the header is line 1; cells spanning lines would shift this, which is acceptable for messages
        return new Row(record.getRecordNumber() + 1, header, cells);
    }

    static boolean hasColumn(Path file, String... anyOf) throws IOException {
        try (Reader reader = new java.io.InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8);
             CSVParser parser = parse(file, reader)) {
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
