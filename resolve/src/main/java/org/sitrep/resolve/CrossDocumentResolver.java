package org.sitrep.resolve;

import org.sitrep.screen.Comparison;
import org.sitrep.screen.Match;
import org.sitrep.screen.NameComparer;
import org.sitrep.screen.Query;
import org.sitrep.screen.Screener;
import org.sitrep.screen.index.Countries;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Folds entities derived from text into the party they are, when their names differ in spelling or are aliases:
 * "Turki al-Benali" into the listed AL-BINALI, Turki; "George Haswany" into HASWANI, George; "Omar al-Shishani" into
 * BATIRASHVILI, Tarkhan through the list's own aliases. Exact name keys are tried first by {@link ExtractionWriter};
 * this works on what they left unresolved, with the screening engine's name comparison plus context:
 *
 * <ul>
 *   <li>the kind of party must agree (a person never folds into a company or a vessel);</li>
 *   <li>a country or nationality written right before a mention must not contradict the candidate's;</li>
 *   <li>a score of at least {@link #SURE} suffices; from {@link #LIKELY} the two must also share an informative
 *       neighbour — another party mentioned beside both, or linked to the listed party by its list.</li>
 * </ul>
 *
 * Folding only changes the entity statements, links, events and claims point at; every mention keeps its document
 * and span. Each fold is written to {@code resolution_reason} with the names, score and context behind it.
 */
final class CrossDocumentResolver {

    /** Name scores from here fold on the name alone (with agreeing kind and country). */
    static final double SURE = 0.9;
    /** Name scores from here fold when context agrees too. */
    static final double LIKELY = 0.75;
    /** The least calibrated screening probability of a listed candidate; its name score must reach LIKELY too. */
    static final double LEAST_PROBABILITY = 0.2;
    /**
     * A different party scoring within this of the best makes the name ambiguous ("Ahmed al-Zahrani" is nearly as
     * close to AL-ZAHRANI, Faysal Ahmad as to AL-ZAHRANI, Ahmed Abdullah): no fold.
     */
    static final double MARGIN = 0.08;

    static final String ORIGIN = "sitrep-resolve/cross-document";

    private static final List<String> ORG_SCHEMAS = List.of("Organization", "Company", "PublicBody", "LegalEntity");
    private static final int NAMES_PER_ENTITY = 6;
    private static final int WINDOW = 40;

    private final NameKeys keys;
    private final Screener screener;
    private final NameComparer comparer;
    private final Countries countries = new Countries();
    private final Map<String, Integer> wordCounts = new HashMap<>();

    /** @param screener the loaded lists' screener, or null when no list is loaded */
    CrossDocumentResolver(NameKeys keys, Screener screener, NameComparer comparer) {
        this.keys = keys;
        this.screener = screener;
        this.comparer = comparer;
    }

    /** One fold: why {@code mergedId} became {@code entityId}. */
    record Fold(String entityId, String mergedId, String name, String matchedName, String method, double score,
                String detail) {
    }

    /**
     * Folds every text-derived person and organisation that resolves to another entity.
     *
     * @return the folds made, in order
     */
    List<Fold> run(Connection c, Instant now) throws SQLException {
        Map<String, Integer> documentFrequency = documentFrequency(c);
        int documents = Sql.count(c, "SELECT COUNT(*) FROM document");
        int hub = Math.max(3, documents / 3);
        Map<String, String> docText = new HashMap<>();
        List<Fold> folds = new ArrayList<>();
        Set<String> gone = new HashSet<>();
        KeyWords words = KeyWords.load(c);
        List<String[]> parties = Sql.rows(c, "SELECT id, schema_name FROM entity WHERE id LIKE 'e-%' AND schema_name IN"
                + " ('Person', 'Organization', 'Company', 'PublicBody', 'LegalEntity') ORDER BY id");
        TextNames textNames = TextNames.load(c, parties);
        for (String[] row : parties) {
            String id = row[0];
            if (gone.contains(id)) {
                continue;
            }
            Fold fold = resolve(c, id, row[1], documentFrequency, hub, docText, gone, words, textNames);
            if (fold != null) {
                EntityDecisions.repoint(c, id, fold.entityId());
                words.repoint(id, fold.entityId());
                textNames.repoint(id, fold.entityId());
                Sql.update(c, "DELETE FROM entity WHERE id = ?", id);
                gone.add(id);
                ResolutionReasons.record(c, fold.entityId(), fold.mergedId(), null, fold.name(), fold.matchedName(),
                        fold.method(), fold.score(), fold.detail(), ORIGIN, now);
                folds.add(fold);
            }
        }
        return folds;
    }

    private Fold resolve(Connection c, String id, String schema, Map<String, Integer> df, int hub,
                         Map<String, String> docText, Set<String> gone, KeyWords words, TextNames textNames)
            throws SQLException {
        List<String> names = new ArrayList<>();
        for (String name : textNames.mostMentioned(id)) {
            if (names.size() < NAMES_PER_ENTITY && words(schema, name) >= 2 && !NameKeys.isDescription(name)) {
                names.add(name);
            }
        }
        if (names.isEmpty()) {
            return null; // one-word names ("Haswani") are too ambiguous to fold on spelling
        }
        List<Candidate> candidates = new ArrayList<>();
        candidates.addAll(listed(c, schema, names));
        candidates.addAll(textual(id, schema, names, gone, words, textNames));
        candidates.sort((a, b) -> Double.compare(b.score, a.score));
        Set<String> countriesHere = null;
        Set<String> neighboursHere = null;
        for (Candidate cand : candidates) {
            if (cand.score < LIKELY) {
                break;
            }
            if (hasRival(cand, candidates)) {
                continue;
            }
            cand = mostMentioned(c, cand, candidates);
            if (countriesHere == null) {
                countriesHere = mentionCountries(c, id, docText);
                neighboursHere = neighbours(c, id, false);
            }
            Set<String> theirs = candidateCountries(c, cand.entityId);
            if (!countriesHere.isEmpty() && !theirs.isEmpty() && java.util.Collections.disjoint(countriesHere, theirs)) {
                continue; // "Bahraini" beside the mention, a Saudi on the list: not the same party
            }
            Set<String> sameCountries = new TreeSet<>(countriesHere);
            sameCountries.retainAll(theirs);
            String context = "kind " + NameKeys.kind(schema) + " agrees"
                    + (sameCountries.isEmpty() ? "" : "; country agrees: " + String.join(",", sameCountries));
            if (cand.score < SURE) {
                Set<String> shared = new TreeSet<>(neighboursHere);
                shared.retainAll(neighbours(c, cand.entityId, true));
                shared.remove(id);
                shared.remove(cand.entityId);
                shared.removeIf(n -> df.getOrDefault(n, 0) > hub);
                if (shared.isEmpty()) {
                    continue;
                }
                context += "; shared neighbours: " + String.join(", ", captions(c, shared));
            }
            return new Fold(cand.entityId, id, cand.name, cand.matchedName, cand.method, cand.score,
                    context + "; " + cand.why);
        }
        return null;
    }

    private record Candidate(String entityId, String caption, String list, String name, String matchedName,
                             String method, double score, String why) {
    }

    /**
     * Of the entries designating the same party on several lists, the one documents mention most: the others are
     * the same party, but the knowledge base holds one entity per entry and mentions should meet in one.
     */
    private Candidate mostMentioned(Connection c, Candidate cand, List<Candidate> all) throws SQLException {
        Candidate best = cand;
        int most = mentions(c, cand.entityId);
        for (Candidate other : all) {
            if (other != cand && other.score >= cand.score - MARGIN && isSameParty(other, cand)) {
                int n = mentions(c, other.entityId);
                if (n > most) {
                    best = new Candidate(other.entityId, other.caption, other.list, other.name, other.matchedName,
                            other.method, other.score, other.why + "; same party as " + cand.caption + " ("
                            + cand.entityId + ", " + cand.score + ") on another list, which documents mention more");
                    most = n;
                }
            }
        }
        return best;
    }

    private static int mentions(Connection c, String entityId) throws SQLException {
        return Integer.parseInt(Sql.rows(c, "SELECT COUNT(*) FROM statement WHERE entity_id = ? AND document_id IS NOT NULL",
                entityId).getFirst()[0]);
    }

    private boolean isSameParty(Candidate a, Candidate b) {
        return a.list != null && b.list != null && !a.list.equals(b.list)
                && comparer.compare(a.caption, b.caption, null).nameScore() >= SURE;
    }

    /**
     * Whether another party scores nearly as well as {@code cand}. The same party designated on two lists (OFAC and
     * the UN both list BATIRASHVILI) is no rival: another list, and a primary name the comparer calls the same.
     */
    private boolean hasRival(Candidate cand, List<Candidate> all) {
        for (Candidate other : all) {
            if (other == cand || other.score < cand.score - MARGIN) {
                continue;
            }
            if (!isSameParty(other, cand)) {
                return true;
            }
        }
        return false;
    }

    /** Listed parties of the same kind whose names or aliases resemble one of the entity's names. */
    private List<Candidate> listed(Connection c, String schema, List<String> names) throws SQLException {
        if (screener == null) {
            return List.of();
        }
        Map<String, Candidate> best = new HashMap<>();
        for (String name : names) {
            for (Match m : screener.screen(new Query(null, name, schema, null, null, List.of()))) {
                if (m.schema() == null || !NameKeys.kind(m.schema()).equals(NameKeys.kind(schema))
                        || m.nameScore() < LIKELY) {
                    continue;
                }
                String kbId = ListParties.entityId(m.list(), m.id());
                Candidate prior = best.get(kbId);
                // thresholds here were set on the engine's name agreement, not on the calibrated probability
                if ((prior == null || prior.score < m.nameScore()) && Sql.exists(c, kbId)) {
                    String why = m.explanation().stream().map(e -> e.feature() + " " + e.detail())
                            .reduce((a, b) -> a + "; " + b).orElse("");
                    best.put(kbId, new Candidate(kbId, m.name(), m.list(), name, m.matchedName(), "list-name", m.nameScore(),
                            why));
                }
            }
        }
        return new ArrayList<>(best.values());
    }

    /** Other text-derived parties of the same kind sharing a distinctive word, compared name by name. */
    private List<Candidate> textual(String id, String schema, List<String> names, Set<String> gone, KeyWords words,
                                    TextNames textNames) {
        String kind = NameKeys.kind(schema);
        Set<String> others = new LinkedHashSet<>();
        for (String name : names) {
            Set<String> nameWords = KeyWords.blockingWords(keys.key(schema, name));
            for (String word : nameWords) {
                for (String[] r : words.holding(kind, word, nameWords)) {
                    if (!r[0].equals(id) && r[0].startsWith("e-") && !gone.contains(r[0])) {
                        others.add(r[0]);
                    }
                }
            }
        }
        List<Candidate> out = new ArrayList<>();
        for (String other : others) {
            String otherSchema = textNames.schemaOf(other);
            if (otherSchema == null || !NameKeys.kind(otherSchema).equals(kind)) {
                continue;
            }
            Candidate best = null;
            for (String otherName : textNames.namesOf(other)) {
                if (words(otherSchema, otherName) < 2 || NameKeys.isDescription(otherName)) {
                    continue;
                }
                for (String name : names) {
                    Comparison cmp = comparer.compare(name, otherName, schema);
                    if (best == null || cmp.nameScore() > best.score) {
                        String why = cmp.explanation().stream().map(e -> e.feature() + " " + e.detail())
                                .reduce((a, b) -> a + "; " + b).orElse("");
                        best = new Candidate(other, otherName, null, name, otherName, "text-name", cmp.nameScore(),
                                why);
                    }
                }
            }
            if (best != null) {
                out.add(best);
            }
        }
        return out;
    }

    /** Countries named (as country or demonym) just before any mention of the entity, as alpha-2 codes. */
    private Set<String> mentionCountries(Connection c, String id, Map<String, String> docText) throws SQLException {
        Set<String> out = new TreeSet<>();
        for (String[] r : Sql.rows(c, "SELECT document_id, span_start FROM statement WHERE entity_id = ?"
                + " AND document_id IS NOT NULL", id)) {
            String text = docText.computeIfAbsent(r[0], d -> textOf(c, d));
            int start = Integer.parseInt(r[1]); // spans count code points
            if (text == null || start > text.codePointCount(0, text.length())) {
                continue;
            }
            start = text.offsetByCodePoints(0, start);
            String before = text.substring(Math.max(0, start - WINDOW), start);
            int stop = Math.max(before.lastIndexOf(". "), before.lastIndexOf('\n'));
            for (String word : before.substring(stop + 1).split("[^\\p{L}]+")) {
                String code = countryOf(word);
                if (code != null) {
                    out.add(code);
                }
            }
        }
        return out;
    }

    /** A country name or demonym ("Bahraini", "Syrian", "Jordanian") as an alpha-2 code; codes are not read. */
    String countryOf(String word) {
        if (word.length() < 4 || !Character.isUpperCase(word.charAt(0))) {
            return null;
        }
        String w = word.toLowerCase(Locale.ROOT);
        for (String form : List.of(w, strip(w, "i"), strip(w, "n"), strip(w, "ian") + "ia", strip(w, "ian"), strip(w, "an"),
                strip(w, "ese"), strip(w, "ish"))) {
            if (form.length() >= 4) {
                String code = countries.code(form);
                if (code != null) {
                    return code;
                }
            }
        }
        return null;
    }

    private static String strip(String w, String suffix) {
        return w.endsWith(suffix) ? w.substring(0, w.length() - suffix.length()) : "";
    }

    private Set<String> candidateCountries(Connection c, String entityId) throws SQLException {
        Set<String> out = new TreeSet<>();
        for (String[] r : Sql.rows(c, "SELECT prop_value FROM statement WHERE entity_id = ? AND prop IN ('nationality',"
                + " 'country', 'citizenship')", entityId)) {
            String code = countries.code(r[0]);
            if (code != null) {
                out.add(code);
            }
        }
        return out;
    }

    /**
     * Parties mentioned in the same documents as {@code entityId}, and — for a listed party — those its list links it
     * to. Designating authorities and designations are not context: every listed party has them.
     */
    private static Set<String> neighbours(Connection c, String entityId, boolean withLinks) throws SQLException {
        Set<String> out = new HashSet<>();
        for (String[] r : Sql.rows(c, "SELECT DISTINCT o.entity_id FROM statement s JOIN statement o ON o.document_id ="
                + " s.document_id WHERE s.entity_id = ? AND s.document_id IS NOT NULL", entityId)) {
            out.add(r[0]);
        }
        if (withLinks) {
            for (String[] r : Sql.rows(c, "SELECT subject_id, object_id FROM link WHERE (subject_id = ? OR object_id = ?)"
                    + " AND link_type <> 'sanctioned_by'", entityId, entityId)) {
                out.add(r[0]);
                out.add(r[1]);
            }
        }
        out.removeIf(n -> n.startsWith("authority-") || n.endsWith(":sanction"));
        return out;
    }

    private static Map<String, Integer> documentFrequency(Connection c) throws SQLException {
        Map<String, Integer> out = new HashMap<>();
        for (String[] r : Sql.rows(c, "SELECT entity_id, COUNT(DISTINCT document_id) FROM statement"
                + " WHERE document_id IS NOT NULL GROUP BY entity_id")) {
            out.put(r[0], Integer.parseInt(r[1]));
        }
        return out;
    }

    private static List<String> captions(Connection c, Set<String> ids) throws SQLException {
        List<String> out = new ArrayList<>();
        for (String id : ids) {
            List<String[]> r = Sql.rows(c, "SELECT caption FROM entity WHERE id = ?", id);
            out.add(r.isEmpty() ? id : r.getFirst()[0] + " (" + id + ")");
        }
        return out;
    }

    /**
     * How many words of three letters or more {@code name}'s key has. Remembered per kind and name for the resolver's
     * run: every candidate's names are counted again for every entity compared with it, and keys transliterate.
     */
    private int words(String schema, String name) {
        return wordCounts.computeIfAbsent(NameKeys.kind(schema) + "|" + name, k -> countWords(schema, name));
    }

    private int countWords(String schema, String name) {
        String key = keys.key(schema, name);
        if (key.isEmpty()) {
            return 0;
        }
        int n = 0;
        for (String w : key.substring(key.indexOf('|') + 1).split(" ")) {
            if (w.length() > 2) {
                n++;
            }
        }
        return n;
    }

    private static String textOf(Connection c, String documentId) {
        try {
            List<String[]> r = Sql.rows(c, "SELECT text FROM document WHERE id = ?", documentId);
            return r.isEmpty() ? null : r.getFirst()[0];
        } catch (SQLException e) {
            return null; // without the text there is no country context; the rest still decides
        }
    }


    /**
     * The schema and names of every text-derived party with how often each name is mentioned, read in one query per
     * run. Asking the database per entity for its names, and per candidate for the candidate's, was most of a run's
     * time, and grew faster than the statements did. Kept in step with the folds the run makes, as the statements are.
     */
    private static final class TextNames {
        private final Map<String, String> schemas = new HashMap<>();
        private final Map<String, Map<String, Integer>> mentions = new HashMap<>();

        static TextNames load(Connection c, List<String[]> parties) throws SQLException {
            TextNames index = new TextNames();
            for (String[] party : parties) {
                index.schemas.put(party[0], party[1]);
            }
            Sql.forEachRow(c, "SELECT entity_id, prop_value, COUNT(*) FROM statement WHERE prop = 'name'"
                    + " AND entity_id LIKE 'e-%' GROUP BY entity_id, prop_value", r -> {
                if (index.schemas.containsKey(r[0])) {
                    index.mentions.computeIfAbsent(r[0], k -> new TreeMap<>()).put(r[1], Integer.parseInt(r[2]));
                }
            });
            return index;
        }

        /** The schema of a text-derived party still standing, or null. */
        String schemaOf(String entityId) {
            return schemas.get(entityId);
        }

        /** The party's distinct names in alphabetical order. */
        Set<String> namesOf(String entityId) {
            return mentions.getOrDefault(entityId, Map.of()).keySet();
        }

        /** The party's distinct names, the most mentioned first, ties in alphabetical order. */
        List<String> mostMentioned(String entityId) {
            Map<String, Integer> counts = mentions.getOrDefault(entityId, Map.of());
            List<String> out = new ArrayList<>(counts.keySet());
            out.sort((a, b) -> counts.get(a).equals(counts.get(b)) ? a.compareTo(b) : counts.get(b) - counts.get(a));
            return out;
        }

        /** {@code from}'s names now belong to {@code to}, as {@link EntityDecisions#repoint} moved its statements. */
        void repoint(String from, String to) {
            schemas.remove(from);
            Map<String, Integer> moved = mentions.remove(from);
            if (moved != null && schemas.containsKey(to)) {
                Map<String, Integer> theirs = mentions.computeIfAbsent(to, k -> new TreeMap<>());
                moved.forEach((name, n) -> theirs.merge(name, n, Integer::sum));
            }
        }
    }

    /**
     * The blocking index of resolution: which name keys hold each word (of four letters or more), per kind of
     * party, read once per run. Candidates for an entity are the entities whose keys share one of its words, found
     * by lookup; a {@code LIKE '%word%'} query per word scanned every key instead, which made a run's cost grow with
     * the square of the entities. Kept in step with the folds the run makes, as {@code entity_key} is.
     *
     * <p>A word held by more than {@link #MAX_BLOCK} keys ("mohammed", "trading") is common enough that its block
     * grows with the knowledge base, and with it every entity's comparisons: the run's cost grew with the square of
     * the entities again. Such a word is split by the first two letters of each other word of the key: "Mohammed
     * al-Rashidi" meets "Mohammed al-Rashidy" in the block of "mohammed" and "ra", and no longer every Mohammed. A
     * part still larger than the cap is left out: a name sharing only a word that common with another says nothing
     * about it. Below the cap, blocks are exactly as before.
     */
    private static final class KeyWords {
        /** Keys a word's block may hold before it is split (and its parts, before they are left out). */
        static final int MAX_BLOCK = 50;

        private final Map<String, List<String[]>> byWord = new HashMap<>();
        private final Map<String, List<String[]>> byWordAndPrefix = new HashMap<>();
        private final Map<String, List<String[]>> byEntity = new HashMap<>();

        static KeyWords load(Connection c) throws SQLException {
            KeyWords index = new KeyWords();
            for (String[] r : Sql.rows(c, "SELECT entity_id, name_key FROM entity_key")) {
                String[] row = {r[0], r[1]};
                int bar = row[1].indexOf('|');
                if (bar < 0) {
                    continue;
                }
                String kind = row[1].substring(0, bar);
                boolean indexed = false;
                for (String word : blockingWords(row[1])) {
                    index.byWord.computeIfAbsent(kind + "|" + word, k -> new ArrayList<>()).add(row);
                    indexed = true;
                }
                if (indexed) {
                    index.byEntity.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row);
                }
            }
            index.byWord.forEach((kindAndWord, rows) -> {
                if (rows.size() > MAX_BLOCK) {
                    String word = kindAndWord.substring(kindAndWord.indexOf('|') + 1);
                    for (String[] row : rows) {
                        for (String prefix : prefixesBeside(word, blockingWords(row[1]))) {
                            index.byWordAndPrefix.computeIfAbsent(kindAndWord + "|" + prefix, k -> new ArrayList<>())
                                    .add(row);
                        }
                    }
                }
            });
            return index;
        }

        /** The words of a key (after its kind) that block: four letters or more, each once. */
        static Set<String> blockingWords(String key) {
            Set<String> out = new LinkedHashSet<>();
            for (String word : key.substring(key.indexOf('|') + 1).split(" ")) {
                if (word.length() >= 4) {
                    out.add(word);
                }
            }
            return out;
        }

        /** The first two letters of each of {@code words} but {@code word}. */
        private static Set<String> prefixesBeside(String word, Set<String> words) {
            Set<String> out = new LinkedHashSet<>();
            for (String other : words) {
                if (!other.equals(word)) {
                    out.add(other.substring(0, 2));
                }
            }
            return out;
        }

        /**
         * The (entity id, name key) rows whose key, of {@code kind}, has {@code word} among its words; when that
         * word is common, those that also have a word beginning as one of {@code beside} (the other words of the
         * key looked for) does.
         */
        List<String[]> holding(String kind, String word, Set<String> beside) {
            List<String[]> all = byWord.getOrDefault(kind + "|" + word, List.of());
            if (all.size() <= MAX_BLOCK) {
                return all;
            }
            List<String[]> out = new ArrayList<>();
            for (String prefix : prefixesBeside(word, beside)) {
                List<String[]> part = byWordAndPrefix.getOrDefault(kind + "|" + word + "|" + prefix, List.of());
                if (part.size() <= MAX_BLOCK) {
                    out.addAll(part);
                }
            }
            return out;
        }

        /** {@code from}'s keys now belong to {@code to}, as {@link EntityDecisions#repoint} made them. */
        void repoint(String from, String to) {
            List<String[]> rows = byEntity.remove(from);
            if (rows != null) {
                rows.forEach(r -> r[0] = to);
                byEntity.computeIfAbsent(to, k -> new ArrayList<>()).addAll(rows);
            }
        }
    }
}
