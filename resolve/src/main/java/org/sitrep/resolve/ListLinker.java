package org.sitrep.resolve;

import org.sitrep.lists.ListEntity;
import org.sitrep.lists.ListSnapshot;
import org.sitrep.screen.Explanation;
import org.sitrep.screen.Match;
import org.sitrep.screen.Query;
import org.sitrep.screen.Screener;
import org.sitrep.screen.ScreeningSettings;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Folds the entries of different lists that designate the same party into one entity, so that a person listed by the
 * UN and by OFAC is one node with two designations rather than two strangers.
 *
 * <p>A name alone never decides: two lists naming a "Mohammed Ali" may mean two people. An entry folds into an entry
 * of another list when the screening engine calls it a match on a strong name score <em>and</em> something beyond the
 * name agrees — an identity document number, a date of birth in the same period, or for organisations the country —
 * while no other entry of that list comes as close. A shared identity document number lets a looser spelling through. The entry of the larger list is kept (a party keeps its SDN id
 * when a short national list names it too; equal sizes go by list id), so the outcome does not depend on the order
 * lists were loaded in. Every fold is written to {@code resolution_reason}, and runs
 * again from scratch whenever lists are synchronised; a person who disagrees splits the names off.
 */
final class ListLinker {

    static final String ORIGIN = "sitrep-resolve/list-linking";
    static final String METHOD = "same-party-on-lists";

    /** The name score an entry must reach before anything else is looked at. */
    static final double NAME_SCORE = 0.9;
    /** An organisation's name this close to another list's entry is the same body without further evidence. */
    static final double SAME_BODY_NAME_SCORE = 0.97;
    /** With the same identity document, a name need only resemble: the number is decisive, the name a check on it. */
    static final double DOCUMENT_NAME_SCORE = 0.7;
    /** Another entry of the same list this close to the best makes the link ambiguous. */
    static final double MARGIN = 0.05;

    /** One fold: entry {@code foldedId} is the same party as {@code keptId}. */
    record Fold(String keptId, String foldedId, String name, String matchedName, double score, String detail) {
    }

    /**
     * Finds the same parties across {@code lists} and folds each into the entry of the largest list naming it.
     *
     * @return the folds made
     */
    List<Fold> run(Connection c, List<ListSnapshot> lists, Instant now) throws SQLException {
        Sql.update(c, "DELETE FROM resolution_reason WHERE origin = ?", ORIGIN); // derived afresh from the lists
        List<ListSnapshot> ordered = lists.stream().sorted(Comparator.comparingInt((ListSnapshot l) -> -l.entities().size())
                .thenComparing(ListSnapshot::listId)).toList();
        Map<String, String> foldedInto = new HashMap<>();
        List<Fold> folds = new ArrayList<>();
        for (int i = 1; i < ordered.size(); i++) {
            Screener earlier = Screener.of(ordered.subList(0, i), ScreeningSettings.defaults().withLimit(5));
            for (ListEntity entry : ordered.get(i).entities()) {
                Match same = samePartyIn(earlier, entry);
                if (same == null) {
                    continue;
                }
                String folded = ListParties.entityId(entry.listId(), entry.id());
                String kept = ListParties.entityId(same.list(), same.id());
                while (foldedInto.containsKey(kept)) {
                    kept = foldedInto.get(kept);
                }
                if (kept.equals(folded) || !Sql.exists(c, kept) || !Sql.exists(c, folded)) {
                    continue;
                }
                Fold fold = new Fold(kept, folded, entry.name(), same.matchedName(), same.score(), why(same));
                EntityDecisions.repoint(c, folded, kept);
                Sql.update(c, "DELETE FROM entity WHERE id = ?", folded);
                ResolutionReasons.record(c, kept, folded, null, fold.name(), fold.matchedName(), METHOD, fold.score(),
                        fold.detail(), ORIGIN, now);
                foldedInto.put(folded, kept);
                folds.add(fold);
            }
        }
        return folds;
    }

    /** The one entry of an earlier list that is {@code entry}'s party, or null when none is, or it is unclear which. */
    private static Match samePartyIn(Screener earlier, ListEntity entry) {
        Query query = new Query(null, entry.name(), entry.schema(),
                entry.birthDates().isEmpty() ? null : entry.birthDates().getFirst(),
                entry.nationalities().isEmpty() ? null : entry.nationalities().getFirst(),
                entry.identifiers().stream().map(ListEntity.Identifier::number).toList());
        List<Match> matches = earlier.screen(query).stream()
                .filter(m -> m.schema() != null && NameKeys.kind(m.schema()).equals(NameKeys.kind(entry.schema())))
                .toList();
        if (matches.isEmpty()) {
            return null;
        }
        Match best = matches.getFirst();
        boolean sameDocument = best.explanation().stream().anyMatch(e -> e.feature().equals("identifier"));
        double needed = sameDocument ? DOCUMENT_NAME_SCORE : NAME_SCORE;
        if (!best.match() || nameScore(best) < needed || !corroborated(best, entry)) {
            return null;
        }
        for (Match other : matches.subList(1, matches.size())) {
            if (other.list().equals(best.list()) && other.nameScore() >= best.nameScore() - MARGIN) {
                return null;
            }
        }
        return best;
    }

    /** The name similarity behind a match, before dates, countries and identifiers moved the score. */
    private static double nameScore(Match m) {
        return m.explanation().stream().filter(e -> e.feature().equals("name")).mapToDouble(Explanation::value)
                .findFirst().orElse(m.score());
    }

    /**
     * Whether something other than the name agrees: an identity number, the birth period, an organisation's country.
     * An organisation's name written the same way is enough on its own: unlike "Mohammed Ali", "Al-Qaida in Iraq" or
     * "Korea Mining Development Trading Corporation" names one body wherever it is listed.
     */
    private static boolean corroborated(Match m, ListEntity entry) {
        boolean person = "Person".equals(entry.schema());
        if (!person && nameScore(m) >= SAME_BODY_NAME_SCORE) {
            return true;
        }
        for (Explanation e : m.explanation()) {
            if (e.value() <= 0) {
                continue;
            }
            if (e.feature().equals("identifier") || e.feature().equals("birth_date")
                    || (!person && e.feature().equals("country"))) {
                return true;
            }
        }
        return false;
    }

    private static String why(Match m) {
        return m.explanation().stream().map(e -> e.feature() + " " + e.detail()).collect(Collectors.joining("; "));
    }

}
