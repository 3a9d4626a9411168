package org.sitrep.extract.relation;

import org.sitrep.extract.DataFile;
import org.sitrep.extract.RelationType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Words between two actors that state a relation, read from the data file {@code cues.tsv}, in priority order. */
final class RelationCues {

    /**
     * A cue: its lemmas, the relation, whether the second actor is the subject, and whether its first word must be
     * used as a verb ("ISIL attacked X", not "after the attack, X").
     */
    record Cue(String[] lemmas, RelationType type, boolean reverse, boolean verb) {

        /** A role noun with "of" ("member of", "leader of"): it relates only the name it is said of. */
        boolean roleOf() {
            return lemmas.length >= 2 && lemmas[lemmas.length - 1].equals("of")
                    && (type == RelationType.MEMBERSHIP || type == RelationType.LEADERSHIP);
        }
    }

    /** Verbs that can stand between a name and the role it has: "X was named commander of Y", "X became head of Y". */
    private static final Set<String> ROLE_VERBS = Set.of("be", "become", "remain", "serve", "appoint", "name", "elect",
            "make", "promote", "choose", "select", "install");

    private final List<Cue> cues = new ArrayList<>();

    RelationCues() {
        for (DataFile.Line line : DataFile.lines(RelationCues.class, "/org/sitrep/extract/relation/cues.tsv")) {
            if (line.size() < 3) {
                throw line.error("expected type, lemmas, direction");
            }
            boolean verb = line.size() > 3 && line.column(3).equals("verb");
            cues.add(new Cue(line.column(1).split(" "), RelationType.valueOf(line.column(0).toUpperCase(Locale.ROOT)),
                    line.column(2).equals("reverse"), verb));
        }
    }

    /**
     * The first cue (in priority order) occurring in {@code lemmas} whose use fits the part-of-speech {@code tags}
     * of the same words, or null. A verb cue must be tagged as a verb; a role noun with "of" must not follow a verb
     * that makes the role's holder its object ("ISIL killed 70 members of the tribe").
     */
    Cue find(List<String> lemmas, List<String> tags) {
        for (Cue cue : cues) {
            for (int i = 0; i + cue.lemmas().length <= lemmas.size(); i++) {
                boolean all = true;
                for (int k = 0; k < cue.lemmas().length && all; k++) {
                    all = cue.lemmas()[k].equals(lemmas.get(i + k));
                }
                if (all && fits(cue, i, lemmas, tags)) {
                    return cue;
                }
            }
        }
        return null;
    }

    private static boolean fits(Cue cue, int at, List<String> lemmas, List<String> tags) {
        if (cue.verb() && !tags.get(at).startsWith("VB")) {
            return false;
        }
        if (cue.verb() && cue.type() == RelationType.FIGHTING_AGAINST) {
            boolean passive = tags.get(at).equals("VBN") && at > 0 && lemmas.get(at - 1).equals("be");
            boolean adjective = tags.get(at).equals("VBN") && at + 1 < tags.size() && tags.get(at + 1).startsWith("NN");
            if (passive || adjective) {
                return false; // "Syrians have been killed by ...", "besieged areas": the first name is no attacker
            }
            for (int t = at + 1; t < tags.size(); t++) {
                if (lemmas.get(t).equals(",")) {
                    return false; // "killed 20 militants and destroyed nine structures, Pentagon ...": the object ended
                }
            }
        }
        if (cue.verb() && cue.type() == RelationType.MEMBERSHIP) {
            // "X joined Y", "X includes Y": Y is the verb's object, not a name further on ("joined together to ...").
            for (int t = at + cue.lemmas().length; t < tags.size(); t++) {
                if (!tags.get(t).matches("DT|JJ.*|CD|PRP\\$|RB")) {
                    return false;
                }
            }
        }
        if (cue.roleOf()) {
            // The word before the role (over numbers, articles and adjectives) must not be a verb taking it as object.
            int t = at - 1;
            while (t >= 0 && tags.get(t).matches("DT|JJ.*|CD|PRP\\$")) {
                t--;
            }
            if (t >= 0 && tags.get(t).startsWith("VB") && !ROLE_VERBS.contains(lemmas.get(t))) {
                return false;
            }
            // "in the northern part of the country" is a place; "as part of" or "a member of" is a role.
            if (t >= 0 && tags.get(t).equals("IN") && !lemmas.get(t).equals("as")) {
                return false;
            }
        }
        return true;
    }
}
