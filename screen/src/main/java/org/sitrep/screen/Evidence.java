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
 * Turns a name comparison and the other facts known about a query and a listed party into a calibrated score with its
 * explanation. The name decides (its weights fitted on labelled pairs); birth date, country, schema and weak aliases
 * move the log-odds by the amounts of the {@link ScoringTable}; an identical identity number is decisive. Explanation
 * values are the name score, the rarity factor, and for the other facts the log-odds they add.
 */
final class Evidence {

    /** Identifying weight (on the {@link TokenWeights} scale) the agreeing words need for the name to count fully. */
    static final double SUFFICIENT_EVIDENCE = TokenWeights.ORDINARY;

    private static final Set<String> PEOPLE = Set.of("person");
    private static final Set<String> ORGANISATIONS = Set.of("organization", "company", "publicbody", "vessel",
            "airplane", "organisation");

    private final Countries countries = new Countries();
    private final ScoringTable table;
    /** {@link #leastReviewableName} by review threshold: screeners made per request share the search for it. */
    private final java.util.Map<Double, Double> leastReviewable = new java.util.concurrent.ConcurrentHashMap<>();

    Evidence(ScoringTable table) {
        this.table = table;
    }

    ScoringTable table() {
        return table;
    }

    /** The lowest name score (after rarity) that can still reach {@code reviewThreshold} with the best other facts. */
    double leastReviewableName(double reviewThreshold) {
        return leastReviewable.computeIfAbsent(reviewThreshold, t -> {
            // log-odds rise with the name score; a full coverage and the best other facts bound what a name can reach
            double needed = ScoringTable.logit(t) - mostOtherFactsAdd();
            double least = 1;
            while (least > 0 && table.mostNameLogit(least - 0.01) >= needed) {
                least -= 0.01;
            }
            return least - 0.01;
        });
    }

    /** The most the facts other than the name can add to the log-odds (same birth day and same country). */
    double mostOtherFactsAdd() {
        return Math.max(0, table.weight("birth_same_day")) + Math.max(0, table.weight("country_same"));
    }

    /**
     * The calibrated probability of the same party, with the rules no weight may override: names sharing only a
     * fragment are capped low; a hit on a weak alias, or on the lone word a person's name was queried by, is capped
     * below any decision unless the birth date agrees or an identity number is shared; an identical identity number
     * lifts the probability to its floor. Adds the entry "calibration" (and "fragment" or "undecided" where they bite).
     *
     * @param nameFeature the name score after rarity
     * @param otherLogOdds what the other facts add (weak alias, schema, birth date, country)
     * @param undecidable a weak-alias or lone-word hit
     * @param birthSupports whether the birth dates agree (the same day, or consistent)
     * @param explanation where to add the entries, or null when only the probability is wanted
     */
    double probability(double nameFeature, NameScore name, boolean organisation, double otherLogOdds,
                       boolean undecidable, boolean birthSupports, boolean identifier, List<Explanation> explanation) {
        double coverage = coverage(name);
        boolean conflict = organisation && name.conflict();
        double model = table.nameLogit(nameFeature, coverage, conflict);
        double z = table.calibration().logit(model) + otherLogOdds;
        double p = ScoringTable.probability(z);
        if (explanation != null) {
            explanation.add(new Explanation("calibration", round(p), String.format(Locale.ROOT,
                    "log-odds %.2f: name %.3f and coverage %.2f give %.2f, %.2f as calibrated on labelled pairs;"
                            + " other facts %+.2f", z, nameFeature, coverage, model, z - otherLogOdds, otherLogOdds)));
        }
        if (name.fragment()) {
            double cap = table.weight("fragment_cap");
            if (p > cap) {
                p = cap;
                if (explanation != null) {
                    explanation.add(new Explanation("fragment", cap, String.format(Locale.ROOT,
                            "only a fragment agrees: %d of %d query words and %d of %d listed words paired",
                            name.queryCovered(), name.queryWords(), name.candidateCovered(), name.candidateWords())));
                }
            }
        } else if (undecidable && !identifier && !birthSupports) {
            double cap = table.weight("undecided_cap");
            if (p > cap) {
                p = cap;
                if (explanation != null) {
                    explanation.add(new Explanation("undecided", cap, "a weak alias or a lone word of a name decides"
                            + " nothing without a same birth date or identifier"));
                }
            }
        }
        if (identifier) {
            p = Math.max(p, table.weight("identifier_floor"));
        }
        return p;
    }

    /**
     * Lowers a name score whose agreeing words identify little (a lone common given name, or two of them): the
     * factor grows with the square of the share of the needed evidence present, so names just short of it lose little
     * and names of common words only lose much.
     */
    static double rarityFactor(double evidence) {
        double share = Math.min(1.0, evidence / SUFFICIENT_EVIDENCE);
        return 0.2 + 0.8 * share * share;
    }

    /** The smaller share of countable words paired on either side. */
    static double coverage(NameScore name) {
        return Math.min((double) name.queryCovered() / name.queryWords(),
                (double) name.candidateCovered() / name.candidateWords());
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

    /** Log-odds for the kinds of party: a person is not a company. */
    double schema(String querySchema, String listedSchema, List<Explanation> explanation) {
        if (querySchema == null || listedSchema == null) {
            return 0;
        }
        String q = querySchema.toLowerCase(Locale.ROOT);
        String l = listedSchema.toLowerCase(Locale.ROOT);
        boolean clash = (PEOPLE.contains(q) && ORGANISATIONS.contains(l)) || (ORGANISATIONS.contains(q) && PEOPLE.contains(l));
        if (clash) {
            double delta = table.weight("schema_clash");
            if (explanation != null) {
                explanation.add(new Explanation("schema", delta,
                        "query is a " + querySchema + ", listed party a " + listedSchema));
            }
            return delta;
        }
        return 0;
    }

    /** Log-odds for birth dates; nothing when either side has none. {@code explanation} may be null. */
    double birthDate(String queryDate, long[] listed, List<Explanation> explanation) {
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
        String feature;
        String how;
        if (sameDay) {
            feature = "birth_same_day";
            how = "same date of birth";
        } else if (closest == 0) {
            feature = "birth_consistent";
            how = "date of birth consistent";
        } else if (sameYear) {
            feature = "birth_same_year";
            how = "born the same year, another day";
        } else if (closest == 1) {
            feature = "birth_one_year";
            how = "date of birth one year off";
        } else {
            feature = closest < 5 ? "birth_years_apart" : closest < 10 ? "birth_decade_apart" : "birth_generation_apart";
            how = "date of birth " + closest + " years apart";
        }
        double delta = table.weight(feature);
        if (explanation != null) {
            explanation.add(new Explanation("birth_date", delta,
                    how + ": " + BirthDates.format(query) + " vs " + BirthDates.format(closestRange)));
        }
        return delta;
    }

    /** Log-odds for nationality or country; nothing when either side has none. */
    double country(String queryCountry, List<String> listed, List<Explanation> explanation) {
        if (queryCountry == null || queryCountry.isBlank() || listed.isEmpty()) {
            return 0;
        }
        String code = countries.code(queryCountry);
        String wanted = code != null ? code : queryCountry.trim();
        for (String country : listed) {
            if (country.equalsIgnoreCase(wanted)) {
                double delta = table.weight("country_same");
                if (explanation != null) {
                    explanation.add(new Explanation("country", delta, "same country: " + wanted));
                }
                return delta;
            }
        }
        double delta = table.weight("country_different");
        if (explanation != null) {
            explanation.add(new Explanation("country", delta, wanted + " vs " + String.join(", ", listed)));
        }
        return delta;
    }

    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    static List<Explanation> newList() {
        return new ArrayList<>(6);
    }
}
