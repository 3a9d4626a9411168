package org.sitrep.screen;

import org.junit.jupiter.api.Test;
import org.sitrep.lists.ListEntity;
import org.sitrep.lists.ListSnapshot;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ScreenerTest {

    private static ListEntity person(String id, String name, List<String> aliases, List<String> weak, String dob,
                                     String nationality, String passport) {
        return new ListEntity("test-list", id, "Person", name, aliases, weak, List.of(), List.of(),
                dob == null ? List.of() : List.of(dob), List.of(), nationality == null ? List.of() : List.of(nationality),
                passport == null ? List.of() : List.of(new ListEntity.Identifier("Passport", passport, null)),
                List.of(), List.of("SDGT"), null, List.of(), null, "test:" + id);
    }

    private static ListEntity company(String id, String name) {
        return new ListEntity("test-list", id, "Company", name, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), null, List.of(), null, "test:" + id);
    }

    /** A small list, padded with ordinary names so that word rarity means something. */
    private static Screener screener(ScreeningSettings settings) {
        List<ListEntity> entities = new ArrayList<>();
        entities.add(person("19449", "AL-BINALI, Turki Mubarak Abdullah Ahmad", List.of("AL-BENALI, Turki"),
                List.of("Abu Sufyan"), "1984-09-03", "BH", null));
        entities.add(person("2", "HASWANI, George", List.of(), List.of(), "1946", "SY", "N0011223"));
        entities.add(person("3", "AL-ZAHRANI, Faysal Ahmad 'Ali", List.of(), List.of(), "1986..1988", "SA", null));
        entities.add(company("4", "HESCO ENGINEERING AND CONSTRUCTION COMPANY"));
        String[] given = {"Muhammad", "Ahmad", "Ali", "Hasan", "Umar", "Khalid", "Yusuf", "Ibrahim"};
        String[] family = {"Qasim", "Saleh", "Nasser", "Hamdan", "Karimi", "Farouk", "Tariq", "Rashid", "Haddad", "Mansour"};
        int id = 100;
        for (String f : family) {
            for (String g : given) {
                entities.add(person(String.valueOf(id++), f.toUpperCase() + ", " + g + " Muhammad", List.of(), List.of(),
                        null, null, null));
            }
        }
        ListSnapshot list = new ListSnapshot("test-list", "test", "0".repeat(64), Path.of("test"), entities);
        return Screener.of(List.of(list), settings);
    }

    private final Screener screener = screener(ScreeningSettings.defaults());

    private static Query named(String name) {
        return Query.ofName(name);
    }

    @Test
    void findsAPartyByAnAliasInAnotherSpellingAndOrder() {
        List<Match> matches = screener.screen(named("Turki al-Benali"));
        assertThat(matches).isNotEmpty();
        Match top = matches.get(0);
        assertThat(top.id()).isEqualTo("19449");
        assertThat(top.match()).isTrue();
        assertThat(top.name()).isEqualTo("AL-BINALI, Turki Mubarak Abdullah Ahmad");
        assertThat(top.explanation().get(0).feature()).isEqualTo("name");
    }

    @Test
    void findsPartiesWrittenInArabicOrCyrillicScript() {
        assertThat(screener.screen(named("فيصل أحمد علي الزهراني"))).extracting(Match::id).first().isEqualTo("3");
        assertThat(screener.screen(named("Турки аль-Бенали"))).extracting(Match::id).first().isEqualTo("19449");
    }

    @Test
    void rareWordsWeighMoreThanCommonOnes() {
        double rare = screener.screen(named("Haswani")).stream().filter(m -> m.id().equals("2"))
                .mapToDouble(Match::score).findFirst().orElse(0);
        List<Match> common = screener.withSettings(ScreeningSettings.defaults().withReviewThreshold(0))
                .screen(named("Muhammad Ahmad"));
        // a rare surname alone is worth a review (a fragment of "HASWANI, George" never decides)
        assertThat(rare).isGreaterThanOrEqualTo(ScreeningSettings.REVIEW_THRESHOLD);
        assertThat(common).noneMatch(Match::match);
        assertThat(common).allMatch(m -> m.score() < ScreeningSettings.REVIEW_THRESHOLD);
    }

    @Test
    void birthDateAgreementRaisesAndClearMismatchLowers() {
        Query base = new Query("q", "George Haswani", "Person", null, null, List.of());
        Query same = new Query("q", "George Haswani", "Person", "1946-05-02", null, List.of());
        Query far = new Query("q", "George Haswani", "Person", "1990", null, List.of());
        double none = topScore(base);
        assertThat(topScore(same)).isGreaterThanOrEqualTo(none);
        assertThat(topScore(far)).isLessThan(none);
        // the amounts are the scoring table's, in log-odds
        assertThat(screener.screen(far).get(0).explanation()).anyMatch(e -> e.feature().equals("birth_date")
                && e.value() == ScoringTable.standard().weight("birth_generation_apart"));
        Query slip = new Query("q", "G. Haswani", "Person", null, null, List.of());
        Query slipFar = new Query("q", "G. Haswani", "Person", "1990", null, List.of());
        Query slipSame = new Query("q", "G. Haswani", "Person", "1946", null, List.of());
        assertThat(topScore(slipFar)).isLessThan(topScore(slip) - 0.3);
        assertThat(topScore(slipSame)).isGreaterThan(topScore(slip));
    }

    @Test
    void anotherDayOfTheSameYearIsNoEvidenceEitherWay() {
        List<Explanation> why = new java.util.ArrayList<>();
        double delta = new Evidence(ScoringTable.standard()).birthDate("1980-07-04",
                new long[] {org.sitrep.screen.index.BirthDates.parse("1980-07-14")}, why);
        assertThat(delta).as("a day copied wrongly, not a year").isZero();
        assertThat(why).singleElement().satisfies(e -> assertThat(e.detail()).contains("same year"));
        assertThat(new Evidence(ScoringTable.standard()).birthDate("1981-07-14", new long[] {org.sitrep.screen.index.BirthDates.parse("1980-07-14")},
                new java.util.ArrayList<>())).isNegative();
    }

    @Test
    void birthYearRangesAreUnderstood() {
        Query inRange = new Query("q", "Faisal Ahmed Ali Alzahrani", "Person", "1987-02-01", "SA", List.of());
        Match top = screener.screen(inRange).get(0);
        assertThat(top.id()).isEqualTo("3");
        assertThat(top.explanation()).anyMatch(e -> e.feature().equals("birth_date") && e.value() > 0);
        assertThat(top.explanation()).anyMatch(e -> e.feature().equals("country") && e.value() > 0);
    }

    @Test
    void birthDateNationalityAndIdentifierMoveTheScoreByTheTablesAmounts() {
        ScoringTable table = ScoringTable.standard();
        Match sameDay = screener.screen(new Query("q", "Turki al-Benali", "Person", "1984-09-03", "BH", List.of())).get(0);
        assertThat(sameDay.explanation()).anyMatch(e -> e.feature().equals("birth_date")
                && e.value() == table.weight("birth_same_day"));
        assertThat(sameDay.explanation()).anyMatch(e -> e.feature().equals("country")
                && e.value() == table.weight("country_same"));
        Match otherCountry = screener.screen(new Query("q", "Turki al-Benali", "Person", "1985", "Qatar", List.of()))
                .get(0);
        assertThat(otherCountry.explanation()).anyMatch(e -> e.feature().equals("country")
                && e.value() == table.weight("country_different"));
        assertThat(otherCountry.explanation()).anyMatch(e -> e.feature().equals("birth_date")
                && e.value() == table.weight("birth_one_year"));
        // the calibration entry's log-odds are the name's plus exactly these amounts
        assertThat(sameDay.explanation()).anyMatch(e -> e.feature().equals("calibration")
                && e.detail().contains(String.format(java.util.Locale.ROOT, "other facts %+.2f",
                table.weight("birth_same_day") + table.weight("country_same"))));
        Match byNumber = screener.screen(new Query("q", "G. Haswany", "Person", "1990", null, List.of("N0011223")))
                .get(0);
        assertThat(byNumber.score()).isGreaterThanOrEqualTo(table.weight("identifier_floor"));
    }

    @Test
    void identicalIdentityNumberIsDecisive() {
        Query q = new Query("q", "G. Haswany", "Person", null, null, List.of("N 001-1223"));
        Match top = screener.screen(q).get(0);
        assertThat(top.id()).isEqualTo("2");
        assertThat(top.score()).isGreaterThanOrEqualTo(0.99);
        assertThat(top.match()).isTrue();
    }

    @Test
    void aPersonIsNotACompany() {
        Query asPerson = new Query("q", "Hesco Engineering and Construction Co", "Person", null, null, List.of());
        Query asCompany = new Query("q", "Hesco Engineering and Construction Co", "Company", null, null, List.of());
        assertThat(topScore(asCompany)).isGreaterThan(0.99);
        assertThat(topScore(asPerson)).isLessThan(topScore(asCompany) - 0.2);
    }

    @Test
    void weakAliasesFollowThePolicy() {
        ScreeningSettings lenient = ScreeningSettings.defaults().withReviewThreshold(0.3);
        double included = score(screener.withSettings(lenient.withWeakAliases(WeakAliasPolicy.INCLUDE)), "Abu Sufyan");
        double penalised = score(screener.withSettings(lenient), "Abu Sufyan");
        double ignored = score(screener.withSettings(lenient.withWeakAliases(WeakAliasPolicy.IGNORE)), "Abu Sufyan");
        assertThat(included).isGreaterThanOrEqualTo(penalised);
        assertThat(penalised).isGreaterThan(ignored);
        // a weak alias alone never decides: it is shown for review at most
        Match weak = screener.withSettings(lenient.withWeakAliases(WeakAliasPolicy.INCLUDE)).screen(named("Abu Sufyan"))
                .get(0);
        assertThat(weak.match()).isFalse();
        assertThat(weak.score()).isLessThan(ScreeningSettings.MATCH_THRESHOLD);
    }

    @Test
    void resultsAreSortedLimitedAndAboveTheThreshold() {
        ScreeningSettings settings = ScreeningSettings.defaults().withReviewThreshold(0.3).withLimit(3);
        List<Match> matches = screener.withSettings(settings).screen(named("Khalid Muhammad Hamdan"));
        assertThat(matches).hasSizeLessThanOrEqualTo(3).isNotEmpty();
        assertThat(matches).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
        assertThat(matches).allMatch(m -> m.score() >= 0.3);
        assertThat(matches.get(0).id()).isEqualTo(String.valueOf(100 + 3 * 8 + 5));
    }

    @Test
    void ofacAlgorithmScoresNamesOnly() {
        Screener ofac = screener.withSettings(ScreeningSettings.of(Algorithm.OFAC));
        Match top = ofac.screen(named("TURKI AL-BENALI")).get(0);
        assertThat(top.id()).isEqualTo("19449");
        assertThat(top.explanation()).extracting(Explanation::feature).containsExactly("ofac_words", "ofac_whole");
    }

    private double topScore(Query query) {
        List<Match> matches = screener.withSettings(ScreeningSettings.defaults().withReviewThreshold(0)).screen(query);
        return matches.isEmpty() ? 0 : matches.get(0).score();
    }

    private static double score(Screener s, String name) {
        return s.screen(named(name)).stream().filter(m -> m.id().equals("19449")).mapToDouble(Match::score)
                .findFirst().orElse(0);
    }

    @Test
    void commonWordsHeldExactlyOutrankARareWordThatIsOnlySpelledAlike() {
        // the query's common given names, both held by one party, say more than one rare near-spelling of one of them
        List<ListEntity> entities = new ArrayList<>();
        entities.add(person("1", "HASAN, Yusuf", List.of(), List.of(), null, null, null));
        entities.add(person("2", "HASANOV, Gennady", List.of(), List.of(), null, null, null));
        entities.add(person("3", "YUSUFZAI, Orkun", List.of(), List.of(), null, null, null));
        String[] family = {"Qasim", "Saleh", "Nasser", "Hamdan", "Karimi", "Farouk", "Rashid", "Haddad", "Mansour"};
        int id = 100;
        for (String f : family) {
            for (String g : new String[] {"Hasan", "Yusuf"}) {
                entities.add(person(String.valueOf(id++), f.toUpperCase() + ", " + g, List.of(), List.of(), null, null, null));
            }
        }
        ListSnapshot list = new ListSnapshot("test-list", "test", "0".repeat(64), Path.of("test"), entities);
        Screener small = Screener.of(List.of(list), ScreeningSettings.defaults());
        var index = small.index();
        int[] first = index.candidates(index.normalizer().normalize("Yusuf Hasan Brekalo"), 1, true);
        assertThat(index.entityId(index.entityOf(first[0]))).isEqualTo("1");
        assertThat(small.withSettings(ScreeningSettings.defaults().withReviewThreshold(0))
                .screen(named("Yusuf Hasan Brekalo"))).extracting(Match::id).first().isEqualTo("1");
    }
}
