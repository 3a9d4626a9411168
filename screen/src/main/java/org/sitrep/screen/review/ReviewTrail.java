package org.sitrep.screen.review;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sitrep.screen.json.JsonLines;
import org.sitrep.screen.watch.Hit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The review trail: every decision analysts made on hits, appended to a JSON-lines file (one decision a line, never
 * rewritten), so decisions outlive re-ingestion and list updates and the history of each hit stays readable. The
 * latest decision on a hit stands; a false match suppresses that hit until its listed entry changes.
 */
public final class ReviewTrail {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final List<Decision> decisions = new ArrayList<>();

    private ReviewTrail(Path file) {
        this.file = file;
    }

    /**
     * The trail kept in {@code file} (created on the first decision).
     *
     * @throws IllegalArgumentException naming the file and line of a record that cannot be read
     */
    public static ReviewTrail open(Path file) throws IOException {
        ReviewTrail trail = new ReviewTrail(file);
        trail.decisions.addAll(JsonLines.read(file, Decision.class));
        return trail;
    }

    /** Appends a decision (and keeps it). */
    public synchronized void record(Decision decision) throws IOException {
        JsonLines.append(file, decision);
        decisions.add(decision);
    }

    public synchronized List<Decision> all() {
        return List.copyOf(decisions);
    }

    /** The decision that stands on a hit: the latest. */
    public synchronized Optional<Decision> latest(String queryId, String list, String entityId) {
        String key = queryId + "\t" + list + "\t" + entityId;
        for (int i = decisions.size() - 1; i >= 0; i--) {
            if (decisions.get(i).key().equals(key)) {
                return Optional.of(decisions.get(i));
            }
        }
        return Optional.empty();
    }

    /** Whether the hit was marked a false match against the same listed entry as it stands now. */
    public boolean suppresses(Hit hit) {
        return latest(hit.queryId(), hit.list(), hit.entityId())
                .filter(d -> d.verdict() == Verdict.FALSE_MATCH && d.entityHash().equals(hit.entityHash()))
                .isPresent();
    }

    /** Every decision as CSV, oldest first. */
    public void exportCsv(Writer out) {
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("query_id", "query_name",
                "list", "entity_id", "entity_hash", "list_version", "decision", "note", "by", "at").build())) {
            for (Decision d : all()) {
                printer.printRecord(d.queryId(), d.queryName(), d.list(), d.entityId(), d.entityHash(),
                        d.listVersion(), d.verdict().name().toLowerCase(java.util.Locale.ROOT), d.note(), d.by(), d.at());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every decision as a JSON array, oldest first. */
    public void exportJson(Writer out) throws IOException {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Decision d : all()) {
            Map<String, Object> m = new LinkedHashMap<>(JSON.convertValue(d, Map.class));
            rows.add(m);
        }
        JSON.writerWithDefaultPrettyPrinter().writeValue(out, rows);
    }
}
