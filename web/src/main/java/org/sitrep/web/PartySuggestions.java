package org.sitrep.web;

import org.sitrep.screen.names.NameNormalizer;
import org.sitrep.screen.names.NameVocabulary;
import org.sitrep.store.PartyName;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Party names as the reader types them: every word typed is the start of a word of one of the party's names
 * (prefix), or nearly one of its words (fuzzy: one letter wrong in five, two in ten), after the screening engine's
 * normaliser has put both in one form (script, transliteration, given-name variants, legal forms). So "al bin" offers
 * AL-BINALI, "Turkey al-Benali" offers Turki al-Binali, and a name in Arabic script offers its romanised party.
 *
 * <p>Built once per workspace state (it is cached with the analyses) and shared between threads: it is immutable.
 */
final class PartySuggestions {

    /** One suggestion: the party, and the name of it that matched (its caption or an alias). */
    record Suggestion(String id, String schema, String caption, String matched, int links, boolean exact) {
    }

    private record Entry(PartyName name, Set<String> words) {
    }

    private static final NameNormalizer NORMALIZER = new NameNormalizer(NameVocabulary.standard());

    private final List<Entry> entries = new ArrayList<>();

    PartySuggestions(List<PartyName> names) {
        for (PartyName n : names) {
            entries.add(new Entry(n, words(n.name())));
        }
    }

    /** The words of a name in both forms: as written (folded) and as the screening engine normalises it. */
    static Set<String> words(String name) {
        Set<String> out = new LinkedHashSet<>();
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        for (String w : folded.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        try {
            NORMALIZER.normalize(name).tokens().forEach(t -> out.add(t.toLowerCase(Locale.ROOT)));
        } catch (RuntimeException unusual) {
            // a name the normaliser cannot read still has its written words
        }
        return out;
    }

    /** The best {@code limit} parties for what has been typed: exact prefixes first, then the best connected. */
    List<Suggestion> suggest(String typed, int limit) {
        List<String> query = new ArrayList<>(words(typed));
        List<String> written = new ArrayList<>();
        for (String w : typed.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                written.add(Normalizer.normalize(w, Normalizer.Form.NFKD).replaceAll("\\p{M}+", ""));
            }
        }
        if (query.isEmpty()) {
            return List.of();
        }
        Map<String, Suggestion> best = new HashMap<>();
        for (Entry e : entries) {
            // Every word as typed must start a word of the name, or its normalised form must nearly match one.
            boolean exact = !written.isEmpty() && written.stream().allMatch(q -> e.words().stream().anyMatch(w -> w.startsWith(q)));
            boolean fuzzy = exact || query.stream().allMatch(q -> e.words().stream().anyMatch(w -> near(q, w)));
            if (!fuzzy) {
                continue;
            }
            PartyName n = e.name();
            Suggestion s = new Suggestion(n.entityId(), n.schema(), n.caption(), n.name(), n.links(), exact);
            best.merge(n.entityId(), s, (a, b) -> rank().compare(a, b) <= 0 ? a : b);
        }
        return best.values().stream().sorted(rank()).limit(limit).toList();
    }

    private static Comparator<Suggestion> rank() {
        return Comparator.comparing((Suggestion s) -> !s.exact())
                .thenComparing(s -> !s.matched().equals(s.caption()))
                .thenComparing(Comparator.comparingInt(Suggestion::links).reversed())
                .thenComparingInt(s -> s.caption().length())
                .thenComparing(Suggestion::caption)
                .thenComparing(Suggestion::id);
    }

    /** A typed word starts the name's word, or is within the edit distance its length allows of the word's start. */
    static boolean near(String typed, String word) {
        if (word.startsWith(typed)) {
            return true;
        }
        int allowed = typed.length() >= 10 ? 2 : typed.length() >= 5 ? 1 : 0;
        if (allowed == 0) {
            return false;
        }
        String head = word.length() > typed.length() + allowed ? word.substring(0, typed.length()) : word;
        return distance(typed, head, allowed) <= allowed;
    }

    /** Levenshtein distance, given up once it exceeds {@code max}. */
    private static int distance(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) {
            return max + 1;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
