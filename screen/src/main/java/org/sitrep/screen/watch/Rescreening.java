package org.sitrep.screen.watch;

import org.sitrep.lists.ListEntity;
import org.sitrep.lists.ListSnapshot;
import org.sitrep.screen.Match;
import org.sitrep.screen.Query;
import org.sitrep.screen.Screener;
import org.sitrep.screen.ScreeningSettings;
import org.sitrep.screen.review.ReviewTrail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Re-screens a watchlist when lists change: screens every watched party against the lists before and after, and
 * reports the hits that are new, changed (score, decision or the listed entry itself) and removed, by list version.
 * A hit marked a false match in the review trail is suppressed while its listed entry is unchanged.
 */
public final class Rescreening {

    /** Scores closer than this are the same score (rounding, not a change). */
    private static final double SAME_SCORE = 0.01;

    private final ScreeningSettings settings;

    public Rescreening(ScreeningSettings settings) {
        this.settings = settings;
    }

    /** One difference for a watched party. */
    public record Change(String kind, Hit before, Hit after, String detail) {
        public Hit hit() {
            return after != null ? after : before;
        }
    }

    /** What changed, with the versions compared. */
    public record Report(Map<String, String> versionsBefore, Map<String, String> versionsAfter, int watched,
                         List<Change> changes, List<Hit> suppressed) {
        public long count(String kind) {
            return changes.stream().filter(c -> c.kind().equals(kind)).count();
        }
    }

    public Report compare(List<Query> watchlist, List<ListSnapshot> before, List<ListSnapshot> after,
                          ReviewTrail reviews) {
        Map<String, Hit> old = hits(watchlist, before);
        Map<String, Hit> now = hits(watchlist, after);
        List<Change> changes = new ArrayList<>();
        List<Hit> suppressed = new ArrayList<>();
        for (Hit h : now.values()) {
            Hit was = old.get(h.key());
            Change c = null;
            if (was == null) {
                c = new Change("new", null, h, String.format(Locale.ROOT, "score %.3f%s", h.score(),
                        h.match() ? ", a match" : ", for review"));
            } else if (!was.entityHash().equals(h.entityHash())) {
                c = new Change("changed", was, h, "the listed entry changed" + scores(was, h));
            } else if (Math.abs(was.score() - h.score()) >= SAME_SCORE || was.match() != h.match()) {
                c = new Change("changed", was, h, "score" + scores(was, h));
            }
            if (c != null && reviews != null && reviews.suppresses(h)) {
                suppressed.add(h);
            } else if (c != null) {
                changes.add(c);
            }
        }
        for (Hit h : old.values()) {
            if (!now.containsKey(h.key())) {
                changes.add(new Change("removed", h, null, "no longer a hit (the entry was delisted or changed)"));
            }
        }
        return new Report(versions(before), versions(after), watchlist.size(), changes, suppressed);
    }

    private static String scores(Hit was, Hit now) {
        return String.format(Locale.ROOT, " (%.3f -> %.3f%s)", was.score(), now.score(),
                was.match() == now.match() ? "" : now.match() ? ", now a match" : ", no longer a match");
    }

    /** Every hit (match or for review) of the watched parties in one set of lists, by key. */
    public Map<String, Hit> hits(List<Query> watchlist, List<ListSnapshot> lists) {
        Screener screener = Screener.of(lists, settings);
        Map<String, ListSnapshot> byList = new HashMap<>();
        lists.forEach(l -> byList.put(l.listId(), l));
        Map<String, String> hashes = new HashMap<>();
        Map<String, Hit> out = new LinkedHashMap<>();
        for (Query q : watchlist) {
            for (Match m : screener.screen(q)) {
                ListSnapshot list = byList.get(m.list());
                String hash = hashes.computeIfAbsent(m.list() + "\t" + m.id(), k -> {
                    ListEntity e = list.entity(m.id());
                    return e == null ? "" : EntryHash.of(e);
                });
                Hit h = new Hit(q.id(), q.name(), m.list(), m.id(), m.name(), m.score(), m.match(), hash, list.sha256());
                out.putIfAbsent(h.key(), h);
            }
        }
        return out;
    }

    private static Map<String, String> versions(List<ListSnapshot> lists) {
        Map<String, String> out = new LinkedHashMap<>();
        lists.forEach(l -> out.put(l.listId(), l.sha256()));
        return out;
    }
}
