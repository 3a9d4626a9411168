package org.sitrep.screen.bench;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.sitrep.screen.names.OfacScorer;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code sitrep eval ofac FILE}: how closely the {@code --algorithm ofac} emulation reproduces the scores OFAC's
 * Sanctions List Search gave. The file is a CSV with a header and the columns {@code query_name},
 * {@code result_name} and {@code ofac_score} (0-100).
 */
public final class OfacEvaluation {

    /** The tolerance the emulation is judged by, in score points (0-100). */
    public static final int TOLERANCE_POINTS = 5;
    private static final int WORST_SHOWN = 10;

    private final OfacScorer scorer = new OfacScorer();

    /**
     * The reference marks results the tool did not return with a negative score, without saying at which minimum score
     * the search ran; the emulation agrees with such a row when it scores under this (0-100), the review threshold of
     * the emulation ({@link org.sitrep.screen.ScreeningSettings#OFAC_REVIEW_THRESHOLD}).
     */
    public static final double NOT_LISTED_BELOW = 80;

    /** One reference row with the emulated score beside OFAC's (negative: the tool did not list the result). */
    public record Row(long line, String query, String result, double ofac, double emulated) {
        /** Points apart; for a result the tool did not list, how far the emulation would list it. */
        double error() {
            if (ofac < 0) {
                return Math.max(0, emulated - (NOT_LISTED_BELOW - TOLERANCE_POINTS));
            }
            return Math.abs(ofac - emulated);
        }
    }

    /**
     * Scores every row of {@code file}.
     *
     * @throws IllegalArgumentException naming file and line when a row lacks a column or its score is not a number
     */
    public List<Row> score(Path file) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader)) {
            for (String column : List.of("query_name", "result_name", "ofac_score")) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    throw new IllegalArgumentException(file + ":1: the header needs a column " + column);
                }
            }
            for (CSVRecord r : parser) {
                long line = r.getRecordNumber() + 1;
                if (!r.isConsistent()) {
                    throw new IllegalArgumentException(file + ":" + line + ": expected " + parser.getHeaderNames().size()
                            + " columns, found " + r.size());
                }
                double ofac;
                try {
                    ofac = Double.parseDouble(r.get("ofac_score").trim());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(file + ":" + line + ": ofac_score is not a number: " + r.get("ofac_score"));
                }
                double emulated = Math.round(scorer.score(r.get("query_name"), r.get("result_name")).score() * 1000) / 10.0;
                rows.add(new Row(line, r.get("query_name"), r.get("result_name"), ofac, emulated));
            }
        }
        return rows;
    }

    /** Share within {@link #TOLERANCE_POINTS}, mean absolute error and the worst rows, in a stable order. */
    public Map<String, Object> figures(Path file) throws IOException {
        List<Row> rows = score(file);
        int within = 0;
        double totalError = 0;
        for (Row row : rows) {
            within += row.error() <= TOLERANCE_POINTS ? 1 : 0;
            totalError += row.error();
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", file.toString());
        m.put("rows", rows.size());
        m.put("tolerance_points", TOLERANCE_POINTS);
        m.put("within_tolerance", within);
        m.put("share_within_tolerance", rows.isEmpty() ? 0.0 : Math.round(within * 10000.0 / rows.size()) / 10000.0);
        m.put("mean_absolute_error", rows.isEmpty() ? 0.0 : Math.round(totalError / rows.size() * 100) / 100.0);
        List<Map<String, Object>> worst = rows.stream().sorted(Comparator.comparingDouble(Row::error).reversed())
                .limit(WORST_SHOWN).map(r -> {
                    Map<String, Object> w = new LinkedHashMap<>();
                    w.put("line", r.line());
                    w.put("query", r.query());
                    w.put("result", r.result());
                    w.put("ofac", r.ofac());
                    w.put("emulated", r.emulated());
                    return w;
                }).toList();
        m.put("worst", worst);
        return m;
    }
}
