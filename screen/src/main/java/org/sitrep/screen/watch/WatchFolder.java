package org.sitrep.screen.watch;

import org.sitrep.lists.ListEntity;
import org.sitrep.lists.ListSnapshot;
import org.sitrep.screen.Query;
import org.sitrep.screen.ScreeningSettings;
import org.sitrep.screen.json.JsonLines;
import org.sitrep.screen.review.Decision;
import org.sitrep.screen.review.ReviewTrail;
import org.sitrep.screen.review.Verdict;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A workspace's watch: the watched parties ({@code watchlist.jsonl}), the review trail ({@code reviews.jsonl}) and
 * the log of re-screenings run when the workspace's lists changed ({@code rescreens.jsonl}, one run a line, never
 * rewritten), all in the workspace folder beside the database, so that they outlive re-ingestion and list updates.
 */
public final class WatchFolder {

    /** One re-screening run as logged: when, why, the versions compared and what changed. */
    public record Run(String at, String trigger, Map<String, String> versionsBefore, Map<String, String> versionsAfter,
                      int watched, List<Map<String, Object>> changes, int suppressed) {
    }

    private final Path folder;

    public WatchFolder(Path folder) {
        this.folder = folder;
    }

    public Path watchlistFile() {
        return folder.resolve("watchlist.jsonl");
    }

    public Path reviewsFile() {
        return folder.resolve("reviews.jsonl");
    }

    public Path rescreensFile() {
        return folder.resolve("rescreens.jsonl");
    }

    /** Replaces the watchlist (written whole to a temporary file, then moved over the old one). */
    public void saveWatchlist(List<Query> parties) throws IOException {
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, "watchlist", ".tmp");
        StringBuilder lines = new StringBuilder();
        for (Query q : parties) {
            lines.append(JsonLines.line(q)).append('\n');
        }
        Files.writeString(temporary, lines, StandardCharsets.UTF_8);
        Files.move(temporary, watchlistFile(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The watched parties; empty when nothing is watched. */
    public List<Query> watchlist() throws IOException {
        return JsonLines.read(watchlistFile(), Query.class);
    }

    public ReviewTrail reviews() throws IOException {
        return ReviewTrail.open(reviewsFile());
    }

    /**
     * Re-screens the watchlist from the lists {@code before} to the lists {@code after}, logs the run and returns its
     * report; nothing is run (and empty is returned) when nothing is watched or no list's version changed.
     */
    public Optional<Rescreening.Report> rescreen(List<ListSnapshot> before, List<ListSnapshot> after, String trigger,
                                                 ScreeningSettings settings) throws IOException {
        List<Query> watched = watchlist();
        if (watched.isEmpty() || versions(before).equals(versions(after))) {
            return Optional.empty();
        }
        Rescreening.Report report = new Rescreening(settings).compare(watched, before, after, reviews());
        List<Map<String, Object>> changes = new ArrayList<>();
        for (Rescreening.Change c : report.changes()) {
            changes.add(change(c));
        }
        Run run = new Run(Instant.now().toString(), trigger, report.versionsBefore(), report.versionsAfter(),
                report.watched(), changes, report.suppressed().size());
        JsonLines.append(rescreensFile(), run);
        return Optional.of(report);
    }

    /**
     * Records a decision on the hit of watched party {@code queryId} on the listed entry {@code entry} of the list
     * version {@code listVersion}, against the entry's content hash, now.
     */
    public Decision decide(String queryId, String queryName, ListEntity entry, String listVersion, Verdict verdict,
                           String note, String by) throws IOException {
        Decision d = decision(queryId, queryName, entry, listVersion, verdict, note, by);
        reviews().record(d);
        return d;
    }

    /** A decision made now on the hit of watched party {@code queryId} on {@code entry}, against its content hash. */
    public static Decision decision(String queryId, String queryName, ListEntity entry, String listVersion,
                                    Verdict verdict, String note, String by) {
        return new Decision(queryId, queryName, entry.listId(), entry.id(), EntryHash.of(entry), listVersion,
                verdict, note == null ? "" : note, by, Instant.now().toString());
    }

    /**
     * Takes the lists active before a change of them, when anything is watched (else nothing is read); once the change
     * is made, {@link ListChange#rescreen} re-screens the watchlist against the lists then active.
     */
    public ListChange beforeChange(Supplier<List<ListSnapshot>> activeLists) throws IOException {
        return new ListChange(activeLists, watchlist().isEmpty() ? null : activeLists.get());
    }

    /** A change of the active lists under way (see {@link #beforeChange}). */
    public final class ListChange {
        private final Supplier<List<ListSnapshot>> activeLists;
        private final List<ListSnapshot> before;

        private ListChange(Supplier<List<ListSnapshot>> activeLists, List<ListSnapshot> before) {
            this.activeLists = activeLists;
            this.before = before;
        }

        /** Re-screens and logs, if anything is watched and a list's version changed; else empty. */
        public Optional<Rescreening.Report> rescreen(String trigger, ScreeningSettings settings) throws IOException {
            return before == null ? Optional.empty() : WatchFolder.this.rescreen(before, activeLists.get(), trigger, settings);
        }
    }

    /** The logged runs, oldest first. */
    public List<Run> runs() throws IOException {
        return JsonLines.read(rescreensFile(), Run.class);
    }

    /** A change as a JSON object: the hit's parties, the two sides compared and why it is reported. */
    public static Map<String, Object> change(Rescreening.Change c) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("change", c.kind());
        line.put("query_id", c.hit().queryId());
        line.put("query_name", c.hit().queryName());
        line.put("list", c.hit().list());
        line.put("id", c.hit().entityId());
        line.put("name", c.hit().entityName());
        line.put("before", c.before() == null ? null : side(c.before()));
        line.put("after", c.after() == null ? null : side(c.after()));
        line.put("detail", c.detail());
        return line;
    }

    private static Map<String, Object> side(Hit h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("score", h.score());
        m.put("match", h.match());
        m.put("entry_hash", h.entityHash());
        m.put("list_version", h.listVersion());
        return m;
    }

    private static Map<String, String> versions(List<ListSnapshot> lists) {
        Map<String, String> out = new LinkedHashMap<>();
        lists.forEach(l -> out.put(l.listId(), l.sha256()));
        return out;
    }
}
