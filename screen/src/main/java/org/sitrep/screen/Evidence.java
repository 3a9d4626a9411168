package org.sitrep.screen;

import org.sitrep.screen.index.BirthDates;
import org.sitrep.screen.index.Countries;
import org.sitrep.screen.names.NameScore;
import org.sitrep.screen.names.TokenWeights;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a name comparison and the other facts known about a query and a listed party into a score with its
 * explanation. The name decides; birth date, country and schema move the score a little; an identical identity
 * number is decisive.
 */
final class Evidence {

    /** Identifying weight (on the {@link TokenWeights} scale) the agreeing words need for the name to count fully. */
    static final double SUFFICIENT_EVIDENCE = TokenWeights.ORDINARY;

    static final double SAME_BIRTH_DAY = 0.05;
    static final double SAME_BIRTH_PERIOD = 0.02;
    static final double BIRTH_YEAR_OFF_BY_ONE = -0.05;
    static final double BIRTH_YEARS_APART = -0.1;
    static final double BIRTH_DECADE_APART = -0.2;
    static final double DIFFERENT_GENERATION = -0.3;
    static final double SAME_COUNTRY = 0.03;
    static final double DIFFERENT_COUNTRY = -0.05;
    static final double DIFFERENT_KIND_OF_PARTY = -0.3;

    private static final Set<String> PEOPLE = Set.of("person");
    private static final Set<String> ORGANISATIONS = Set.of("organization", "company", "publicbody", "vessel",
            "airplane", "organisation");

    private final Countries countries = new Countries();

    /**
     * Lowers a name score whose agreeing words identify little (a lone common given name, or two of them): the
     * factor grows with the square of the share of the needed evidence present, so names just short of it lose little
     * and names of common words only lose much.
     */
    static double rarityFactor(double evidence) {
        double share = Math.min(1.0, evidence / SUFFICIENT_EVIDENCE);
        return 0.2 + 0.8 * share * share;
    }

    /** The name's part: its score and the explanation entries "name" and, where it bites, "rarity". */
    static double nameScore(NameScore name, List<Explanation> explanation) {
        explanation.add(new Explanation("name", round(name.score()), name.detail()));
        double factor = rarityFactor(name.evidence());
        if (factor < 1.0) {
            explanation.add(new Explanation("rarity", round(factor), String.format(Locale.ROOT,
                    "agreeing words carry identifying weight %.1f of the %.1f needed to count in full",
                    name.evidence(), SUFFICIENT_EVIDENCE)));
        }
        return name.score() * factor;
    }

    /** Adjustment for the kinds of party: a person is not a company. */
    static double schema(String querySchema, String listedSchema, List<Explanation> explanation) {
        if (querySchema == null || listedSchema == null) {
            return 0;
        }
        String q = querySchema.toLowerCase(Locale.ROOT);
        String l = listedSchema.toLowerCase(Locale.ROOT);
        boolean clash = (PEOPLE.contains(q) && ORGANISATIONS.contains(l)) || (ORGANISATIONS.contains(q) && PEOPLE.contains(l));
        if (clash) {
            explanation.add(new Explanation("schema", DIFFERENT_KIND_OF_PARTY,
                    "query is a " + querySchema + ", listed party a " + listedSchema));
            return DIFFERENT_KIND_OF_PARTY;
        }
        return 0;
    }

    /** Adjustment for birth dates; nothing when either side has none. */
    static double birthDate(String queryDate, long[] listed, List<Explanation> explanation) {
        long query = BirthDates.parse(queryDate);
        if (query < 0 || listed.length == 0) {
            return 0;
        }
        int closest = Integer.MAX_VALUE;
        boolean sameDay = false;
        boolean sameYear = false;
        long closestRange = listed[0];
        for (long range : listed) {
            int apart = BirthDates.yearsApart(query, range);
            if (apart < closest) {
                closest = apart;
                closestRange = range;
            }
            sameDay |= BirthDates.isDay(query) && query == range;
            sameYear |= BirthDates.first(query) / 10000 == BirthDates.first(range) / 10000
                    && BirthDates.last(query) / 10000 == BirthDates.last(range) / 10000;
        }
        double delta;
        String how;
        if (sameDay) {
            delta = SAME_BIRTH_DAY;
            how = "same date of birth";
        } else if (closest == 0) {
            delta = SAME_BIRTH_PERIOD;
            how = "date of birth consistent";
        } else if (sameYear) {
            // lists copy days wrongly more often than years (4 July and 14 July 1980): no evidence either way
            delta = 0;
            how = "born the same year, another day";
        } else if (closest == 1) {
            delta = BIRTH_YEAR_OFF_BY_ONE;
            how = "date of birth one year off";
        } else {
            // lists often give approximate years, so a few years apart is doubt, a decade apart is another person
            delta = closest < 5 ? BIRTH_YEARS_APART : closest < 10 ? BIRTH_DECADE_APART : DIFFERENT_GENERATION;
            how = "date of birth " + closest + " years apart";
        }
        explanation.add(new Explanation("birth_date", delta,
                how + ": " + BirthDates.format(query) + " vs " + BirthDates.format(closestRange)));
        return delta;
    }

    /** Adjustment for nationality or country; nothing when either side has none. */
    double country(String queryCountry, List<String> listed, List<Explanation> explanation) {
        if (queryCountry == null || queryCountry.isBlank() || listed.isEmpty()) {
            return 0;
        }
        String code = countries.code(queryCountry);
        String wanted = code != null ? code : queryCountry.trim();
        for (String country : listed) {
            if (country.equalsIgnoreCase(wanted)) {
                explanation.add(new Explanation("country", SAME_COUNTRY, "same country: " + wanted));
                return SAME_COUNTRY;
            }
        }
        explanation.add(new Explanation("country", DIFFERENT_COUNTRY, wanted + " vs " + String.join(", ", listed)));
        return DIFFERENT_COUNTRY;
    }

    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    static List<Explanation> newList() {
        return new ArrayList<>(6);
    }
}
