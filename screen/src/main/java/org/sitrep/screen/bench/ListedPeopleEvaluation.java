package org.sitrep.screen.bench;

import org.sitrep.lists.ListEntity;
import org.sitrep.lists.ListSnapshot;
import org.sitrep.screen.Match;
import org.sitrep.screen.Query;
import org.sitrep.screen.Screener;
import org.sitrep.screen.ScreeningSettings;
import org.sitrep.screen.input.BirthDateReader;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Recall on listed people as a customer file writes them, against one list on its own, beside the false-positive rate
 * of non-listed people against the same list: every listed person with a name of two or more words becomes a query
 * whose name has one typing slip (a letter dropped, doubled, swapped with its neighbour or replaced), and, for half of
 * them, its words in another order; the birth date (where the list gives a day) is written in one of the forms a
 * customer file uses and read back through the batch date reader; the first nationality goes along. A hit is the
 * listed person ranked first, alone, with {@code match: true}. Seeded: a run is reproducible.
 */
public final class ListedPeopleEvaluation {

    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";
    private static final List<DateTimeFormatter> WRITTEN_DATES = List.of(
            DateTimeFormatter.ofPattern("yyyy-M-d", Locale.ROOT),
            DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT),
            DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH),
            DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT));

    private final Random random;
    private final BirthDateReader dates = new BirthDateReader();

    public ListedPeopleEvaluation(long seed) {
        this.random = new Random(seed);
    }

    /** One listed person as a customer file writes them, with the slips made. */
    public record Variant(Query query, String answer, String slip, boolean reordered) {
    }

    /** The queries: one per listed person whose name has two or more words. */
    public List<Variant> variants(List<ListEntity> listed) {
        List<Variant> out = new ArrayList<>();
        for (ListEntity e : listed) {
            if (!e.schema().equals("Person")) {
                continue;
            }
            List<String> words = new ArrayList<>(List.of(e.name().replace(",", " ").trim().split("\\s+")));
            if (words.size() < 2) {
                continue;
            }
            int at = longestWord(words);
            Slip slip = Slip.values()[random.nextInt(Slip.values().length)];
            words.set(at, slip.apply(words.get(at), random));
            boolean reordered = random.nextBoolean();
            if (reordered) {
                words.add(0, words.remove(words.size() - 1)); // the family name first, or last, as the file has it
            }
            String name = String.join(" ", words);
            name = random.nextInt(4) == 0 ? name.toUpperCase(Locale.ROOT) : name;
            out.add(new Variant(new Query(e.listId() + ":" + e.id(), name, "Person", birthDate(e),
                    e.nationalities().isEmpty() ? null : e.nationalities().get(0), List.of()),
                    e.listId() + ":" + e.id(), slip.name().toLowerCase(Locale.ROOT), reordered));
        }
        return out;
    }

    /**
     * Recall of the variants and the false-positive rate of {@code negatives}, both against {@code list} alone; each
     * variant missed and each negative matched is told to {@code misses} as a TSV line.
     */
    public Map<String, Object> measure(ListSnapshot list, List<Query> negatives, ScreeningSettings settings,
                                       Consumer<String> misses) {
        Screener screener = Screener.of(List.of(list), settings);
        List<Variant> variants = variants(list.entities());
        Map<String, java.util.Set<String>> names = new java.util.HashMap<>();
        for (ListEntity e : list.entities()) {
            java.util.Set<String> own = new java.util.HashSet<>();
            own.add(e.name().toLowerCase(Locale.ROOT));
            e.strongAliases().forEach(a -> own.add(a.toLowerCase(Locale.ROOT)));
            names.put(e.listId() + ":" + e.id(), own);
        }
        int hits = 0;
        int duplicates = 0;
        Map<String, int[]> bySlip = new TreeMap<>();
        for (Variant v : variants) {
            List<Match> matches = screener.screen(v.query());
            boolean hit = !matches.isEmpty() && (matches.get(0).list() + ":" + matches.get(0).id()).equals(v.answer())
                    && matches.get(0).match() && (matches.size() == 1 || matches.get(1).score() < matches.get(0).score());
            hits += hit ? 1 : 0;
            boolean duplicate = !hit && listedTwice(matches, v.answer(), names);
            duplicates += duplicate ? 1 : 0;
            if (!hit) {
                misses.accept((duplicate ? "listed-with-slip-twice\t" : "listed-with-slip\t") + v.answer() + "\t" + v.query().name() + "\t" + v.query().birthDate()
                        + "\t" + (matches.isEmpty() ? "-" : matches.get(0).list() + ":" + matches.get(0).id() + "\t"
                        + matches.get(0).matchedName() + "\t" + matches.get(0).score() + "\t" + matches.get(0).explanation()));
            }
            int[] tally = bySlip.computeIfAbsent(v.slip() + (v.reordered() ? ", reordered" : ""), k -> new int[2]);
            tally[0]++;
            tally[1] += hit ? 1 : 0;
        }
        int falsePositives = 0;
        for (Query q : negatives) {
            List<Match> matches = screener.screen(q);
            if (matches.stream().anyMatch(Match::match)) {
                falsePositives++;
                misses.accept("negative-against-" + list.listId() + "\t" + q.name() + "\t" + q.birthDate() + " "
                        + q.country() + "\t" + matches.get(0).id() + "\t" + matches.get(0).matchedName() + "\t"
                        + matches.get(0).score() + "\t" + matches.get(0).explanation());
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("list", list.listId());
        m.put("listed_people", variants.size());
        m.put("recall", ratio(hits, variants.size()));
        m.put("listed_twice", duplicates);
        m.put("recall_if_listed_twice_counted", ratio(hits + duplicates, variants.size()));
        Map<String, Object> slips = new LinkedHashMap<>();
        bySlip.forEach((k, t) -> slips.put(k, t[1] + "/" + t[0]));
        m.put("recall_by_slip", slips);
        m.put("non_listed_people", negatives.size());
        m.put("false_positive_rate", ratio(falsePositives, negatives.size()));
        m.put("note", "each listed person with one typing slip in the longest name word, half of them with the words"
                + " in another order, a quarter in capitals, the birth date in a customer file's written form read back by"
                + " the batch reader, the first nationality; screened against this list alone, as are the non-listed people;"
                + " a hit is the person ranked first alone with match: true; listed_twice: missed because another entry"
                + " bearing one of the person's own names is ranked first or ties with it (one person listed twice)");
        return m;
    }

    /**
     * Whether a miss is a party the list holds twice: another entry bearing one of the party's own names is ranked
     * first, or ties with it at the top (a person listed under two programmes), so no matcher could tell them apart.
     */
    private static boolean listedTwice(List<Match> matches, String answer, Map<String, java.util.Set<String>> names) {
        if (matches.isEmpty() || !matches.get(0).match()) {
            return false;
        }
        double top = matches.get(0).score();
        boolean others = false;
        for (Match m : matches) {
            if (m.score() < top) {
                break;
            }
            String key = m.list() + ":" + m.id();
            if (key.equals(answer)) {
                continue;
            }
            if (java.util.Collections.disjoint(names.getOrDefault(key, java.util.Set.of()),
                    names.getOrDefault(answer, java.util.Set.of()))) {
                return false; // a party of other names shares the top: a real miss
            }
            others = true;
        }
        return others;
    }

    private String birthDate(ListEntity e) {
        for (String d : e.birthDates()) {
            if (d.matches("\\d{4}-\\d{2}-\\d{2}")) {
                String written = WRITTEN_DATES.get(random.nextInt(WRITTEN_DATES.size())).format(LocalDate.parse(d));
                return dates.read(written);
            }
        }
        return e.birthDates().isEmpty() ? null : e.birthDates().get(0).replace("..", "-").split("-")[0];
    }

    private static int longestWord(List<String> words) {
        int at = 0;
        for (int i = 1; i < words.size(); i++) {
            if (words.get(i).length() > words.get(at).length()) {
                at = i;
            }
        }
        return at;
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : Math.round(part * 10000.0 / whole) / 10000.0;
    }

    /** A typing slip in one word (of at least four letters; shorter words are left as they are). */
    enum Slip {
        DROPPED, DOUBLED, SWAPPED, REPLACED;

        String apply(String word, Random random) {
            if (word.length() < 4) {
                return word;
            }
            int i = 1 + random.nextInt(word.length() - 2); // never the first letter: people rarely slip there
            UnaryOperator<StringBuilder> edit = switch (this) {
                case DROPPED -> b -> b.deleteCharAt(i);
                case DOUBLED -> b -> b.insert(i, b.charAt(i));
                case SWAPPED -> b -> {
                    char c = b.charAt(i);
                    b.setCharAt(i, b.charAt(i + 1));
                    b.setCharAt(i + 1, c);
                    return b;
                };
                case REPLACED -> b -> {
                    b.setCharAt(i, LETTERS.charAt(random.nextInt(LETTERS.length())));
                    return b;
                };
            };
            return edit.apply(new StringBuilder(word)).toString();
        }
    }
}
