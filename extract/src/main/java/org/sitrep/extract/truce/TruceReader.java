package org.sitrep.extract.truce;

import edu.stanford.nlp.ling.CoreLabel;
import org.sitrep.extract.DocumentContext;
import org.sitrep.extract.ExtractionStage;
import org.sitrep.extract.TruceReading;
import org.sitrep.extract.cue.CueTable;
import org.sitrep.extract.cue.NamedMention;
import org.sitrep.extract.cue.ProseDates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;

/**
 * Reads what a document says of a truce, once, with the cue table ({@code cues.tsv}): which sentences speak of
 * violations (with the count, the accused and whether the count is a running total they give), the counts a named
 * side gives clause by clause ("the committee said government forces broke the truce 15 times on Feb. 27": the side
 * is the entity named before the verb of speaking, the day the clause's date or the previous clause's for "the same
 * day"), and the parties an agreement names as covered, left out or its sponsors. Only documents that speak of an
 * agreement at all are read for counts and parties.
 */
public final class TruceReader implements ExtractionStage {

    private final CueTable cues = CueTable.load(TruceReader.class, "cues.tsv");

    @Override
    public void process(DocumentContext doc) {
        String text = doc.text();
        List<int[]> sentences = new ArrayList<>();
        for (int s = 0; s < doc.sentences().size(); s++) {
            List<CoreLabel> tokens = doc.tokens(s);
            if (!tokens.isEmpty()) {
                sentences.add(new int[] {tokens.getFirst().beginPosition(), tokens.getLast().endPosition()});
            }
        }
        List<TruceReading.ViolationSentence> said = new ArrayList<>();
        for (int[] s : sentences) {
            String sentence = text.substring(s[0], s[1]);
            if (cues.any("violation", sentence)) {
                MatchResult count = cues.first("count", sentence);
                MatchResult accused = cues.first("accused", sentence);
                said.add(new TruceReading.ViolationSentence(doc.offsets().span(s[0], s[1]),
                        count == null ? null : Integer.valueOf(count.group("count")),
                        accused == null ? null : accused.group("accused").strip(), cues.any("total", sentence)));
            }
        }
        boolean agreement = cues.any("excluded_after", text) || cues.any("excluded_before", text)
                || cues.any("agreement_term", text);
        if (said.isEmpty() && !agreement) {
            return;
        }
        List<NamedMention> named = NamedMention.of(doc);
        List<TruceReading.ViolationCount> counts = agreement ? counts(doc, sentences, named) : List.of();
        List<TruceReading.TruceParty> parties = agreement ? parties(doc, sentences, named) : List.of();
        doc.setTruce(new TruceReading(said, counts, parties));
    }

    /** Counts a side gives, clause by clause. */
    private List<TruceReading.ViolationCount> counts(DocumentContext doc, List<int[]> sentences, List<NamedMention> named) {
        List<TruceReading.ViolationCount> out = new ArrayList<>();
        String all = doc.text();
        Integer year = doc.date().value() == null ? null : doc.date().value().getYear();
        LocalDate lastDate = null;
        for (int[] s : sentences) {
            String sentence = all.substring(s[0], s[1]);
            if (!cues.any("violation", sentence) && !cues.any("count", sentence)) {
                continue;
            }
            List<int[]> clauses = new ArrayList<>();
            int from = s[0];
            for (MatchResult b : cues.all("clause_break", sentence)) {
                if (s[0] + b.start() > from) {
                    clauses.add(new int[] {from, s[0] + b.start()});
                }
                from = s[0] + b.end();
            }
            clauses.add(new int[] {from, s[1]});
            for (int[] clause : clauses) {
                String words = all.substring(clause[0], clause[1]);
                List<ProseDates.Found> dates = ProseDates.find(all, clause[0], clause[1], year);
                LocalDate date = !dates.isEmpty() ? dates.getFirst().date()
                        : cues.any("same_day", words) ? lastDate : null;
                if (!dates.isEmpty()) {
                    lastDate = date;
                }
                MatchResult count = cues.first("count", words);
                MatchResult speaker = cues.first("speaker", words);
                if (count == null || speaker == null || !cues.any("violation", sentence)) {
                    continue;
                }
                NamedMention who = null;
                for (NamedMention m : NamedMention.within(named, clause[0], clause[0] + speaker.start())) {
                    if (who == null || who.place() && !m.place()) {
                        who = m;
                    }
                }
                if (who == null) {
                    continue;
                }
                MatchResult blamed = cues.first("accused", words);
                out.add(new TruceReading.ViolationCount(doc.offsets().span(s[0], s[1]), who.entity(),
                        Integer.parseInt(count.group("count")), blamed == null ? null : blamed.group("accused").strip(),
                        cues.any("total", words), date));
            }
        }
        return out;
    }

    private static final List<String> ROLES = List.of("sponsor", "party", "excluded");

    /** The parties sentences about an agreement (or right after one) name, each once per role and sentence. */
    private List<TruceReading.TruceParty> parties(DocumentContext doc, List<int[]> sentences, List<NamedMention> named) {
        List<TruceReading.TruceParty> out = new ArrayList<>();
        String previous = "";
        for (int[] s : sentences) {
            String sentence = doc.text().substring(s[0], s[1]);
            if (cues.any("agreement_term", sentence) || cues.any("agreement_term", previous)) {
                for (String role : ROLES) {
                    Set<String> entities = new LinkedHashSet<>();
                    for (NamedMention m : named(doc.text(), named, s, role)) {
                        if (entities.add(m.entity())) {
                            out.add(new TruceReading.TruceParty(m.entity(), role, doc.offsets().span(s[0], s[1]),
                                    doc.offsets().span(m.start(), m.end())));
                        }
                    }
                }
            }
            previous = sentence;
        }
        return out;
    }

    /** The parties named around the cues of {@code role} in sentence {@code s}. */
    private List<NamedMention> named(String text, List<NamedMention> named, int[] s, String role) {
        String sentence = text.substring(s[0], s[1]);
        List<NamedMention> out = new ArrayList<>();
        for (MatchResult m : cues.all(role + "_after", sentence)) {
            out.addAll(listAfter(text, named, s[0] + m.end(), s[1]));
        }
        for (MatchResult m : cues.all(role + "_before", sentence)) {
            out.addAll(listBefore(text, named, s[0], s[0] + m.start()));
        }
        return out;
    }

    /** The list of parties that starts right after {@code from}: "X, Y and Z", up to where a new clause begins. */
    private List<NamedMention> listAfter(String text, List<NamedMention> named, int from, int to) {
        List<NamedMention> out = new ArrayList<>();
        int previousEnd = from;
        for (NamedMention m : NamedMention.within(named, from, to)) {
            if (m.start() < previousEnd) {
                continue; // nested in a mention already taken
            }
            String gap = text.substring(previousEnd, m.start());
            if (words(gap) > (out.isEmpty() ? 4 : 8) || breaksList(gap)) {
                break;
            }
            String after = text.substring(m.end(), Math.min(to, m.end() + 2));
            if (after.startsWith("'s") || after.startsWith("’s")) {
                previousEnd = m.end() + 2; // "al Qaeda's affiliate" describes, it does not list
                continue;
            }
            out.add(m);
            previousEnd = m.end();
        }
        return out;
    }

    /** The list of parties that ends right before {@code to}: "X and Y, which are outside the deal". */
    private static List<NamedMention> listBefore(String text, List<NamedMention> named, int from, int to) {
        List<NamedMention> before = NamedMention.within(named, from, to);
        List<NamedMention> out = new ArrayList<>();
        int nextStart = to;
        for (int i = before.size() - 1; i >= 0; i--) {
            NamedMention m = before.get(i);
            if (m.end() > nextStart) {
                continue;
            }
            String gap = text.substring(m.end(), nextStart).strip().toLowerCase(Locale.ROOT);
            boolean joined = out.isEmpty() ? gap.matches("[,\\s]*")
                    : gap.matches(",?\\s*(?:(?:and|or|as well as)\\s+)?(?:the\\s+)?");
            if (!joined) {
                break;
            }
            out.add(m);
            nextStart = m.start();
        }
        return out;
    }

    /** Whether a stretch between two names starts a new clause rather than continuing a list of parties. */
    private boolean breaksList(String gap) {
        for (String kind : List.of("list_breaker", "agreement_term", "excluded_after", "sponsor_after", "party_after")) {
            if (cues.any(kind, gap)) {
                return true;
            }
        }
        return false;
    }

    private static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("[\\s,\"“”]+").length;
    }
}
