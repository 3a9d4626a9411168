package org.sitrep.extract.supply;

import edu.stanford.nlp.ling.CoreLabel;
import org.sitrep.extract.DocumentContext;
import org.sitrep.extract.Event;
import org.sitrep.extract.EventType;
import org.sitrep.extract.ExtractionStage;
import org.sitrep.extract.Relation;
import org.sitrep.extract.RelationType;
import org.sitrep.extract.SupplyReading;
import org.sitrep.extract.cue.CueTable;
import org.sitrep.extract.cue.NamedMention;
import org.sitrep.extract.cue.ProseDates;
import org.sitrep.model.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.MatchResult;

/**
 * Reads, once, the sentences that tell how an item went from hand to hand, with the cue table ({@code cues.tsv}).
 * A sentence is read where extraction found something supplied (a {@code supply} relation or a trade event), and
 * only when it tells a chain of deliveries: it holds the supply relation, or a cue of distribution ("sold through",
 * "delivered to"), or both a maker ("made by") and a recovery. Its parties are the entities it names before the
 * recovery, in order, each a manufacturer or a distributor by the cue before it; the item is the words before the
 * maker; the date before the recovery is when the item was supplied, the first after it when it was recovered, and
 * the first party after the recovery cue the one it was recovered from. When the sentence does not name that
 * party, the document's other recovery sentences do: the party they name most (marked inferred).
 */
public final class SupplyReader implements ExtractionStage {

    private final CueTable cues = CueTable.load(SupplyReader.class, "cues.tsv");

    @Override
    public void process(DocumentContext doc) {
        String text = doc.text();
        List<Integer> linked = new ArrayList<>();
        Set<Integer> starts = new TreeSet<>();
        for (Relation r : doc.relations()) {
            if (r.type() == RelationType.SUPPLY) {
                int at = charIndex(text, r.evidence().start());
                linked.add(at);
                starts.add(at);
            }
        }
        for (Event e : doc.events()) {
            if (e.type() == EventType.TRADE) {
                starts.add(charIndex(text, e.evidence().start()));
            }
        }
        if (starts.isEmpty()) {
            return;
        }
        List<int[]> sentences = sentences(doc);
        List<NamedMention> named = NamedMention.of(doc).stream().filter(NamedMention::name).toList();
        List<SupplyReading.ChainSentence> out = new ArrayList<>();
        int last = -1;
        for (int at : starts) {
            int[] s = holding(sentences, at);
            if (s == null || s[0] == last) {
                continue;
            }
            last = s[0];
            String sentence = text.substring(s[0], s[1]);
            boolean holdsLink = linked.stream().anyMatch(l -> l >= s[0] && l < s[1]);
            if (!holdsLink && !cues.any("distribution", sentence)
                    && !(cues.any("manufacture", sentence) && cues.any("recovery", sentence))) {
                continue; // trade mentioned in passing ("oil purchases made by"), not a chain of deliveries
            }
            SupplyReading.ChainSentence chain = chain(doc, sentences, named, s[0], s[1]);
            if (chain != null) {
                out.add(chain);
            }
        }
        if (!out.isEmpty()) {
            doc.setSupply(new SupplyReading(out));
        }
    }

    /** The chain sentence {@code [start, end)} tells, or null when it names fewer than two parties. */
    private SupplyReading.ChainSentence chain(DocumentContext doc, List<int[]> sentences, List<NamedMention> named,
                                              int start, int end) {
        String all = doc.text();
        String sentence = all.substring(start, end);
        MatchResult recovery = cues.first("recovery", sentence);
        int recoveredAt = recovery == null ? end : start + recovery.start();

        Map<String, NamedMention> parties = new LinkedHashMap<>();
        for (NamedMention m : NamedMention.within(named, start, recoveredAt)) {
            if (!m.place()) {
                parties.putIfAbsent(m.entity(), m);
            }
        }
        List<SupplyReading.Party> chainParties = new ArrayList<>();
        int previousEnd = start;
        for (NamedMention m : parties.values()) {
            if (m.start() < previousEnd) {
                continue; // nested in the party named before it
            }
            String before = all.substring(previousEnd, m.start());
            String role = cues.any("manufacture", before) ? "manufacturer"
                    : cues.any("distribution", before) ? "distributor" : "supplier";
            chainParties.add(new SupplyReading.Party(m.entity(), role, span(doc, m), placeAfter(doc, named, m.end(), end)));
            previousEnd = m.end();
        }

        List<ProseDates.Found> before = ProseDates.find(all, start, recoveredAt);
        SupplyReading.Dated supplied = before.isEmpty() ? null : dated(doc, before.getLast());
        SupplyReading.Recovery recovered = null;
        if (recovery != null) {
            List<ProseDates.Found> after = ProseDates.find(all, recoveredAt, end);
            Span place = NamedMention.within(named, recoveredAt, end).stream().filter(NamedMention::place)
                    .map(m -> span(doc, m)).findFirst().orElse(null);
            SupplyReading.EndUser user = NamedMention.within(named, recoveredAt, end).stream()
                    .filter(m -> !m.place() && !parties.containsKey(m.entity())).findFirst()
                    .map(m -> new SupplyReading.EndUser(m.entity(), span(doc, m), doc.offsets().span(start, end), false))
                    .orElse(null);
            if (user == null && !parties.isEmpty()) {
                user = endUserFromContext(doc, sentences, named, parties.keySet());
            }
            recovered = new SupplyReading.Recovery(doc.offsets().span(start + recovery.start(), start + recovery.end()),
                    after.isEmpty() ? null : dated(doc, after.getFirst()), place, user);
        }
        int size = chainParties.size() + (recovered != null && recovered.endUser() != null ? 1 : 0);
        if (chainParties.isEmpty() || size < 2) {
            return null;
        }
        return new SupplyReading.ChainSentence(doc.offsets().span(start, end),
                item(doc, sentence, start, parties.values().iterator().next().start()), chainParties, supplied, recovered);
    }

    /**
     * The words naming the item: those before the maker's cue when the maker is the first party ("Aluminium paste,
     * a chemical precursor, produced by": "Aluminium paste"), list markers left out.
     */
    private Span item(DocumentContext doc, String sentence, int start, int firstParty) {
        MatchResult made = cues.first("manufacture", sentence);
        if (made == null || start + made.start() > firstParty) {
            return null;
        }
        int from = 0;
        int to = made.start();
        MatchResult bullet = cues.first("bullet", sentence.substring(from, to));
        if (bullet != null) {
            from = bullet.end();
        }
        int comma = sentence.substring(from, to).strip().indexOf(',');
        while (from < to && Character.isWhitespace(sentence.charAt(from))) {
            from++;
        }
        if (comma > 0) {
            to = from + comma; // "Aluminium paste, a chemical precursor ...": the noun
        }
        while (to > from && Character.isWhitespace(sentence.charAt(to - 1))) {
            to--;
        }
        if (to <= from || to - from > 100) {
            return null;
        }
        return doc.offsets().span(start + from, start + to);
    }

    /** The place named right after a party: "Gujarat Detonics Ltd of India", "a distributor in Istanbul". */
    private Span placeAfter(DocumentContext doc, List<NamedMention> named, int from, int end) {
        for (NamedMention m : NamedMention.within(named, from, end)) {
            if (m.place() && cues.any("place_link", doc.text().substring(from, m.start()))) {
                return span(doc, m);
            }
            return null;
        }
        return null;
    }

    /**
     * The party the document's recovery sentences name most after their cue (the first so named when several are
     * named as often), in the first sentence naming it: whom the recovered material was taken from when a sentence
     * does not repeat it.
     */
    private SupplyReading.EndUser endUserFromContext(DocumentContext doc, List<int[]> sentences,
                                                     List<NamedMention> named, Set<String> exclude) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, SupplyReading.EndUser> first = new HashMap<>();
        for (int[] s : sentences) {
            MatchResult cue = cues.first("recovery", doc.text().substring(s[0], s[1]));
            if (cue == null) {
                continue;
            }
            for (NamedMention m : NamedMention.within(named, s[0] + cue.end(), s[1])) {
                if (!m.place() && !exclude.contains(m.entity())) {
                    counts.merge(m.entity(), 1, Integer::sum);
                    first.putIfAbsent(m.entity(), new SupplyReading.EndUser(m.entity(), span(doc, m),
                            doc.offsets().span(s[0], s[1]), true));
                }
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> first.get(e.getKey())).orElse(null);
    }

    /**
     * The document's sentences as {@code char} ranges: the tagger's, each cut again at line breaks, since a title,
     * list item or paragraph ends where its line does even without a full stop.
     */
    private static List<int[]> sentences(DocumentContext doc) {
        String text = doc.text();
        List<int[]> out = new ArrayList<>();
        for (int s = 0; s < doc.sentences().size(); s++) {
            List<CoreLabel> tokens = doc.tokens(s);
            if (tokens.isEmpty()) {
                continue;
            }
            int from = tokens.getFirst().beginPosition();
            for (int t = 1; t < tokens.size(); t++) {
                int gapStart = tokens.get(t - 1).endPosition();
                if (text.substring(gapStart, tokens.get(t).beginPosition()).indexOf('\n') >= 0) {
                    out.add(new int[] {from, gapStart});
                    from = tokens.get(t).beginPosition();
                }
            }
            out.add(new int[] {from, tokens.getLast().endPosition()});
        }
        return out;
    }

    /** The sentence holding char {@code at}, or the first one after it (a span may start on white space). */
    private static int[] holding(List<int[]> sentences, int at) {
        for (int[] s : sentences) {
            if (at < s[1]) {
                return s;
            }
        }
        return null;
    }

    private static SupplyReading.Dated dated(DocumentContext doc, ProseDates.Found found) {
        return new SupplyReading.Dated(found.date(), found.precision(), doc.offsets().span(found.start(), found.end()));
    }

    private static Span span(DocumentContext doc, NamedMention m) {
        return doc.offsets().span(m.start(), m.end());
    }

    private static int charIndex(String text, int codePoint) {
        int length = text.codePointCount(0, text.length());
        return text.offsetByCodePoints(0, Math.max(0, Math.min(codePoint, length)));
    }
}
