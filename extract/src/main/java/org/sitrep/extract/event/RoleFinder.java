package org.sitrep.extract.event;

import org.sitrep.extract.Dependencies;
import org.sitrep.extract.DocumentContext;
import org.sitrep.extract.EntityType;
import org.sitrep.extract.Mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Who did it and to whom: the participants of an event named by a trigger (a word or a few) in one sentence, read
 * from the dependency parse where there is one, from word order where there is none.
 */
public final class RoleFinder {

    private RoleFinder() {
    }

    /**
     * The participants of an event.
     *
     * @param agents   mentions of those who did it
     * @param patients mentions of those it was done to
     */
    public record Roles(List<Mention> agents, List<Mention> patients) {
        public Roles {
            agents = List.copyOf(agents);
            patients = List.copyOf(patients);
        }
    }

    /** The roles of the event whose trigger spans tokens {@code [triggerStart, triggerEnd)} of sentence {@code s}. */
    public static Roles find(DocumentContext doc, int s, int triggerStart, int triggerEnd, Optional<Dependencies> deps) {
        List<Mention> agents = new ArrayList<>(candidates(doc, s, triggerStart, triggerEnd, deps, true));
        List<Mention> patients = new ArrayList<>(candidates(doc, s, triggerStart, triggerEnd, deps, false));
        for (Mention m : List.copyOf(agents)) {
            if (isNonCombatant(m)) {
                agents.remove(m); // "23 civilians ... when warplanes struck": they suffered it, did not do it
                if (!patients.contains(m)) {
                    patients.add(m);
                }
            }
        }
        patients.removeAll(agents);
        return new Roles(agents, patients);
    }

    /** Head nouns of descriptions that name people who suffer violence rather than wage it. */
    private static final Set<String> NON_COMBATANTS = Set.of("civilians", "civilian", "people", "residents",
            "villagers", "refugees", "families", "population", "children", "women", "patients", "worshippers",
            "students", "journalists", "displaced", "passengers", "workers", "inhabitants", "shoppers", "pilgrims");

    private static boolean isNonCombatant(Mention m) {
        String text = m.span().text().strip().toLowerCase(Locale.ROOT);
        String head = text.substring(text.lastIndexOf(' ') + 1);
        return NON_COMBATANTS.contains(head);
    }

    /**
     * Who did it ({@code agents}) or to whom. From the parse when there is one: subjects and "by" phrases are
     * agents; objects, passive subjects and "on/against" phrases are targets; adjectives and possessives of a
     * nominal trigger ("Russian air strikes", "ISIS's attack") are agents. Without a usable parse, actors named
     * before the trigger are agents and those after it targets.
     */
    private static List<Mention> candidates(DocumentContext doc, int s, int triggerStart, int triggerEnd,
                                            Optional<Dependencies> deps, boolean agents) {
        List<Mention> found = new ArrayList<>();
        int head = triggerEnd - 1;
        if (deps.isPresent()) {
            Dependencies d = deps.get();
            List<Integer> args = new ArrayList<>();
            if (agents) {
                args.addAll(d.children(head, "nsubj", "obl:agent", "amod", "compound", "nmod:poss"));
                for (int c : d.children(head, "nmod", "obl")) {
                    if (d.caseMarker(c).equals("by")) {
                        args.add(c);
                    }
                }
                // "X launched air strikes": the subject of the verb governing a nominal trigger.
                int gov = d.head(head);
                if (gov >= 0 && d.relationToHead(head).startsWith("obj")) {
                    args.addAll(d.children(gov, "nsubj"));
                }
            } else {
                args.addAll(d.children(head, "obj", "nsubj:pass"));
                List<Integer> phrases = new ArrayList<>(d.children(head, "nmod", "obl"));
                // "imposed sanctions on X": the target hangs on the verb governing a nominal trigger
                int gov = d.head(head);
                if (gov >= 0 && d.relationToHead(head).startsWith("obj")) {
                    phrases.addAll(d.children(gov, "obl"));
                }
                for (int c : phrases) {
                    String marker = d.caseMarker(c);
                    if (marker.equals("on") || marker.equals("against") || marker.equals("with")) {
                        args.add(c);
                    }
                }
            }
            for (int a : args) {
                for (int t : d.withConjuncts(a)) {
                    mentionNear(doc, s, t, d).filter(m -> m.type().isActor() || m.type() == EntityType.NATIONALITY)
                            .ifPresent(m -> {
                                if (!found.contains(m)) {
                                    found.add(m);
                                }
                            });
                }
            }
            if (!found.isEmpty()) {
                return found;
            }
        }
        for (Mention m : doc.mentionsIn(s)) {
            if (!(m.type().isActor() && m.type() != EntityType.PERSON || m.type() == EntityType.NATIONALITY)) {
                continue;
            }
            boolean before = m.tokenEnd() <= triggerStart;
            boolean near = before ? triggerStart - m.tokenEnd() <= 8 : m.tokenStart() - triggerEnd <= 6;
            if (near && before == agents && !(agents && m.type() == EntityType.COUNTRY && locativeBefore(doc, s, m))) {
                found.add(m);
            }
        }
        return found;
    }

    /** The mention covering token {@code t}, or covering one of its compound/flat parts. */
    private static Optional<Mention> mentionNear(DocumentContext doc, int s, int t, Dependencies d) {
        Optional<Mention> direct = doc.mentionAt(s, t);
        if (direct.isPresent()) {
            return direct;
        }
        for (int c : d.children(t, "compound", "amod", "nmod:poss", "flat")) {
            Optional<Mention> m = doc.mentionAt(s, c);
            if (m.isPresent()) {
                return m;
            }
        }
        return Optional.empty();
    }

    private static boolean locativeBefore(DocumentContext doc, int s, Mention m) {
        if (m.tokenStart() == 0) {
            return false;
        }
        String prev = doc.tokens(s).get(m.tokenStart() - 1).word().toLowerCase(Locale.ROOT);
        return prev.equals("in") || prev.equals("near") || prev.equals("at") || prev.equals("across");
    }

}
