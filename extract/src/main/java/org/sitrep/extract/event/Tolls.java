package org.sitrep.extract.event;

import edu.stanford.nlp.ling.CoreLabel;
import org.sitrep.extract.Dependencies;
import org.sitrep.extract.DocumentContext;
import org.sitrep.extract.EntityType;
import org.sitrep.extract.Fatalities;
import org.sitrep.extract.Mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The death toll an event sentence gives for that event. */
final class Tolls {

    private static final Set<String> DEATH_LEMMAS = Set.of("kill", "die", "dead", "death", "fatality", "life",
            "execute", "massacre", "behead", "slay", "toll", "body");
    private static final Set<String> INJURY_LEMMAS = Set.of("wound", "injure", "injured", "wounded", "hurt", "maim");
    /** Words that may stand between a verb and its number: "wounding at least 30", "injuring some 30". */
    private static final Set<String> QUALIFIER_WORDS = Set.of("at", "least", "more", "than", "over", "about", "around",
            "some", "nearly", "almost", "up", "to", "another", "a", "further", "roughly", "as", "many");
    /** Nouns whose relative clause or subject gives the toll of a whole conflict, not of one event. */
    private static final Set<String> CONFLICT_NOUNS = Set.of("war", "conflict", "insurgency", "uprising", "violence",
            "crisis", "fighting", "campaign", "revolution", "civil", "bloodshed", "unrest");

    /** Verbs whose object (or passive subject) is dead: "killing a child", "the mayor was murdered". */
    private static final Set<String> KILLING_VERBS = RoleWords.of("killing");
    /** Words before a singular noun that make it one person: "a child", "the mayor", "one guard". */
    private static final Set<String> ONE_WORDS = Set.of("a", "an", "the", "one", "this", "that");
    /** Singular nouns that stand for several people: "a group of", "a number of", "a family". */
    private static final Set<String> MANY_NOUNS = RoleWords.of("many");
    private static final Set<String> ONE_PRONOUNS = Set.of("he", "him", "she", "her");

    private Tolls() {
    }

    /**
     * The dead a sentence counts by naming or describing them rather than by a number: "killing a child", "a
     * policeman was killed", "a teacher was shot dead", "gunmen murdered the mayor, Ana Ruiz" give 1, "killed a
     * guard and a driver" 2. Only the victims of a verb of killing told as done (not "tried to kill") count, and only
     * when each is one person: "killed villagers" gives no number. Null when the sentence counts no one so.
     */
    static Fatalities ofOnesNamed(DocumentContext doc, int s, List<CoreLabel> tokens, Dependencies deps) {
        int dead = 0;
        for (int v = 0; v < tokens.size(); v++) {
            String tag = tokens.get(v).tag();
            if (!killsAt(tokens, v) || tag == null
                    || !(tag.equals("VBD") || tag.equals("VBN") || tag.equals("VBG"))
                    || EventReferences.isRunningTotal(deps, tokens, v)
                    || deps.children(v, "aux").stream().anyMatch(a -> "MD".equals(tokens.get(a).tag()))) {
                continue;
            }
            if (!deps.children(v, "dep").isEmpty()) {
                return null; // a parse that leaves a word of the clause unattached may have lost a victim
            }
            boolean passive = !deps.children(v, "aux:pass", "nsubj:pass").isEmpty();
            List<Integer> victims = new ArrayList<>(deps.children(v, passive ? "nsubj:pass" : "obj"));
            for (int i = 0; i < victims.size(); i++) {
                victims.addAll(deps.children(victims.get(i), "conj")); // "a guard and a driver"
            }
            for (int victim : victims) {
                if (!isOnePerson(doc, s, tokens, deps, victim)) {
                    return null;
                }
                dead++;
            }
        }
        return dead == 0 ? null : new Fatalities(dead, dead, dead);
    }

    /** Whether the verb at {@code v} tells a killing: "murdered", "killing", "shot dead". */
    private static boolean killsAt(List<CoreLabel> tokens, int v) {
        String lemma = TriggerLexicon.lemma(tokens.get(v));
        return KILLING_VERBS.contains(lemma) || lemma.equals("shoot") && v + 1 < tokens.size()
                && tokens.get(v + 1).word().equalsIgnoreCase("dead");
    }

    private static boolean isOnePerson(DocumentContext doc, int s, List<CoreLabel> tokens, Dependencies deps,
                                       int head) {
        Optional<Mention> m = doc.mentionAt(s, head);
        if (m.isEmpty() || m.get().type() != EntityType.PERSON) {
            return false;
        }
        String tag = tokens.get(head).tag();
        String word = tokens.get(head).word().toLowerCase(Locale.ROOT);
        if (tag.equals("NNP") || tag.equals("PRP") && ONE_PRONOUNS.contains(word)) {
            return true;
        }
        return tag.equals("NN") && !MANY_NOUNS.contains(word)
                && deps.children(head, "det", "nummod", "nmod:poss").stream()
                        .anyMatch(d -> ONE_WORDS.contains(tokens.get(d).word().toLowerCase(Locale.ROOT))
                                || deps.relationToHead(d).startsWith("nmod:poss"));
    }

    /**
     * Deaths: the number nearest a death word ("killed at least 30", "30 people died", "a toll of 30"), leaving out
     * numbers that count something else: the wounded, ages, ranks in a list, and the toll of a whole war.
     */
    static Fatalities fatalities(List<CoreLabel> tokens) {
        Fatalities best = null;
        int bestDistance = Integer.MAX_VALUE;
        Fatalities bestPart = null;
        int bestPartDistance = Integer.MAX_VALUE;
        for (int i = 0; i < tokens.size(); i++) {
            if (!DEATH_LEMMAS.contains(TriggerLexicon.lemma(tokens.get(i)))) {
                continue;
            }
            for (int j = Math.max(0, i - 8); j < Math.min(tokens.size(), i + 9); j++) {
                Quantities.Reading r = Quantities.readAt(tokens, j);
                if (r == null || isInjuredNumber(tokens, r) || isAge(tokens, r) || isOrdinalLabel(tokens, r)
                        || isCumulative(tokens, i)) {
                    continue;
                }
                int distance = Math.abs(j - i);
                int breakdown = breakdownStart(tokens, r);
                if (breakdown >= 0) {
                    // the whole the breakdown belongs to stands right before it, however far from the death word
                    Quantities.Reading whole = wholeBefore(tokens, breakdown);
                    if (whole != null && distance < bestDistance) {
                        best = whole.range();
                        bestDistance = distance;
                    } else if (whole == null && distance < bestPartDistance) {
                        bestPart = r.range();
                        bestPartDistance = distance;
                    }
                } else if (distance < bestDistance) {
                    best = r.range();
                    bestDistance = distance;
                }
            }
        }
        return best != null ? best : bestPart;
    }

    /**
     * Where a breakdown of the dead begins when {@code r} is part of one — "At least 23 civilians, among them seven
     * children and four women", "11 people, five of them medical workers" — else -1.
     */
    private static int breakdownStart(List<CoreLabel> tokens, Quantities.Reading r) {
        if (r.end() + 1 < tokens.size() && tokens.get(r.end()).word().equalsIgnoreCase("of")
                && Set.of("them", "whom", "those").contains(tokens.get(r.end() + 1).word().toLowerCase(Locale.ROOT))) {
            return r.start();
        }
        for (int k = r.start() - 1; k >= Math.max(0, r.start() - 8); k--) {
            CoreLabel t = tokens.get(k);
            String w = t.word().toLowerCase(Locale.ROOT);
            if (t.tag() != null && t.tag().startsWith("VB") || w.equals(".") || w.equals(";")) {
                return -1; // a clause of its own ("including an air strike, killed 23"), not a breakdown
            }
            if (w.equals("including") || w.equals("among") || w.equals("incl.")) {
                return k;
            }
        }
        return -1;
    }

    /** The number a breakdown starting at {@code breakdown} divides: "23 civilians, among ...". */
    private static Quantities.Reading wholeBefore(List<CoreLabel> tokens, int breakdown) {
        for (int k = breakdown - 1; k >= Math.max(0, breakdown - 6); k--) {
            Quantities.Reading r = Quantities.readAt(tokens, k);
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    /** "30 wounded", "wounding 30", "injuring at least 30": the injured, not the dead. */
    private static final Set<String> CLAUSE_BREAKS = Set.of("and", ",", ";", "while", "but", "as");

    private static boolean isInjuredNumber(List<CoreLabel> tokens, Quantities.Reading r) {
        for (int k = r.start() - 1; k >= Math.max(0, r.start() - 3); k--) {
            String l = TriggerLexicon.lemma(tokens.get(k));
            if (INJURY_LEMMAS.contains(l)) {
                return true;
            }
            if (!QUALIFIER_WORDS.contains(l)) {
                break;
            }
        }
        for (int k = r.end(); k < Math.min(tokens.size(), r.end() + 3); k++) {
            String l = TriggerLexicon.lemma(tokens.get(k));
            if (CLAUSE_BREAKS.contains(l)) {
                break; // "killing eight people and injuring 11": the next clause's verb counts its own number
            }
            if (l.equals("wound") || l.equals("injure") || l.equals("injured") || l.equals("wounded")
                    || l.equals("hurt") || l.equals("percent") || l.equals("%") || l.equals("km")
                    || l.equals("kilometer") || l.equals("mile") || l.equals("year") || l.equals("hour")) {
                return true;
            }
            if (l.equals("kill") || l.equals("die") || l.equals("dead")) {
                return false;
            }
        }
        return false;
    }


    /**
     * "Jane Roe, 29, was killed", "a 12-year-old", "aged 40", "40 years old": a person's age. The number between
     * commas right after a name, or joined to "year-old".
     */
    private static boolean isAge(List<CoreLabel> tokens, Quantities.Reading r) {
        int before = r.start() - 1;
        int after = r.end();
        if (before >= 0 && TriggerLexicon.lemma(tokens.get(before)).equals("aged")) {
            return true;
        }
        if (after < tokens.size()) {
            String next = tokens.get(after).word().toLowerCase(Locale.ROOT);
            if (next.startsWith("-year") || next.equals("year-old") || next.startsWith("year-old")) {
                return true;
            }
            if (after + 1 < tokens.size() && (next.equals("years") || next.equals("year"))
                    && tokens.get(after + 1).word().equalsIgnoreCase("old")) {
                return true;
            }
        }
        return before >= 1 && after < tokens.size() && tokens.get(before).word().equals(",")
                && tokens.get(after).word().equals(",") && tokens.get(before - 1).tag().startsWith("NNP");
    }

    /** "number 2", "No. 3", "Brigade 7": a label, not a count. */
    private static boolean isOrdinalLabel(List<CoreLabel> tokens, Quantities.Reading r) {
        if (r.start() == 0) {
            return false;
        }
        CoreLabel prev = tokens.get(r.start() - 1);
        String w = prev.word().toLowerCase(Locale.ROOT);
        return w.equals("number") || w.equals("no.") || w.equals("#");
    }

    /**
     * Whether the death word at {@code death} gives a running total: "a war that has killed 250,000", "the conflict,
     * which has left 400,000 dead", "since 2011, 300,000 people have died".
     */
    private static boolean isCumulative(List<CoreLabel> tokens, int death) {
        boolean perfectOrRelative = false;
        for (int k = death - 1; k >= Math.max(0, death - 6); k--) {
            String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
            if (w.equals("that") || w.equals("which") || w.equals("has") || w.equals("have")) {
                perfectOrRelative = true;
            } else if (perfectOrRelative && CONFLICT_NOUNS.contains(TriggerLexicon.lemma(tokens.get(k)))) {
                return true;
            }
            if (w.equals("since")) {
                return true;
            }
        }
        for (int k = death + 1; k < Math.min(tokens.size(), death + 8); k++) {
            String l = TriggerLexicon.lemma(tokens.get(k));
            if (l.equals("since") && k + 1 < tokens.size()
                    && (Quantities.numberValue(tokens.get(k + 1)) != null || tokens.get(k + 1).word().equalsIgnoreCase("the"))) {
                return true;
            }
        }
        return false;
    }
}
