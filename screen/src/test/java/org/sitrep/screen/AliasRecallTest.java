package org.sitrep.screen;

import org.junit.jupiter.api.Test;
import org.sitrep.lists.ListEntity;
import org.sitrep.lists.ListSnapshot;
import org.sitrep.screen.names.NameNormalizer;
import org.sitrep.screen.names.NameScorer;
import org.sitrep.screen.names.NameVocabulary;
import org.sitrep.screen.names.TokenSimilarity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Aliases that share little spelling with a party's other names: translations of organisation words, acronyms, the
 * name inside a kunya, other romanisations and words written together. Names are invented for the test.
 */
class AliasRecallTest {

    private final NameComparer comparer = NameComparer.standard();
    private final NameVocabulary vocabulary = NameVocabulary.standard();
    private final NameNormalizer normalizer = new NameNormalizer(vocabulary);

    private static ListEntity party(String id, String schema, String name, String... aliases) {
        return new ListEntity("test-list", id, schema, name, List.of(aliases), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, List.of(), null, "test:" + id);
    }

    /** A list of the given parties padded with ordinary people and companies, so that word rarity means something. */
    private static Screener screener(ListEntity... parties) {
        List<ListEntity> entities = new ArrayList<>(List.of(parties));
        String[] given = {"Muhammad", "Ahmad", "Ali", "Hasan", "Umar", "Khalid", "Yusuf", "Ibrahim"};
        String[] family = {"Qasim", "Saleh", "Nasser", "Hamdan", "Karimi", "Farouk", "Tariq", "Rashid", "Haddad"};
        String[] trade = {"National", "General", "Oil", "Trading", "Engineering", "Construction", "Development"};
        int id = 1000;
        for (String f : family) {
            for (String g : given) {
                entities.add(party(String.valueOf(id++), "Person", f.toUpperCase() + ", " + g + " Muhammad"));
            }
            for (String t : trade) {
                entities.add(party(String.valueOf(id++), "Company", "National Iranian " + t + " " + f + " Company"));
            }
        }
        ListSnapshot list = new ListSnapshot("test-list", "test", "0".repeat(64), Path.of("test"), entities);
        return Screener.of(List.of(list), ScreeningSettings.defaults());
    }

    private static Match top(Screener screener, String name) {
        List<Match> matches = screener.screen(Query.ofName(name));
        assertThat(matches).as("matches for %s", name).isNotEmpty();
        return matches.get(0);
    }

    @Test
    void commonWordsOfOrganisationNamesAreComparedInTranslation() {
        assertThat(normalizer.normalize("Siman-e Tavrezi").tokens()).containsExactly("cement", "e", "tavrezi");
        Comparison cement = comparer.compare("SIMAN-E TAVREZI", "Tavrezi Cement", "Company");
        assertThat(cement.match()).isTrue();
        assertThat(cement.explanation().get(0).detail()).contains("cement~cement");
        assertThat(comparer.nameScore("Masrif Qarvani al-Markazi", "Central Bank of Qarvan", "Organization"))
                .isGreaterThan(comparer.nameScore("Masrif Qarvani al-Markazi", "Qarvan Investment Fund", "Organization"));
        // legal forms of other languages are legal forms
        assertThat(normalizer.normalize("Borisat Welakorn Chamkat").tokens()).containsExactly("co", "welakorn", "ltd");
    }

    @Test
    void anAcronymSpellsTitlesAndTheWordsAsWrittenNotAsTranslated() {
        // "General" is a title of people, but a word an organisation's acronym spells
        assertThat(NameScorer.acronymsOf(normalizer.normalize("General Bureau of Tolvan Energy").tokens(), vocabulary))
                .contains("gbte");
        // "Ejercito ... Nacional" is compared as "army ... national", yet its acronym keeps the Spanish initials
        assertThat(comparer.compare("ELV", "Ejercito de Liberacion Valdesa", "Organization").explanation().get(0).detail())
                .contains("acronym: elv~army");
        Screener screener = screener(party("1", "Organization", "GENERAL BUREAU OF TOLVAN ENERGY"));
        assertThat(top(screener, "GBTE").id()).isEqualTo("1");
    }

    @Test
    void anAcronymAmongManyLongNamesStillReachesItsParty() {
        // every padding company shares "National Iranian ... Company" with the query; the acronym's party must not be
        // crowded out of the candidates by them
        Screener screener = screener(party("1", "Company", "NIOEC"));
        assertThat(top(screener, "National Iranian Oil Engineering and Construction Company").id()).isEqualTo("1");
        // initials of a run of the query's words: the family name, then the kind of organisation
        Screener dto = screener(party("2", "Organization", "VELORIA DTO"));
        assertThat(top(dto, "VELORIA DRUG TRAFFICKING ORGANIZATION").id()).isEqualTo("2");
    }

    @Test
    void theNameInsideAKunyaIsThatName() {
        TokenSimilarity similarity = new TokenSimilarity(vocabulary);
        assertThat(similarity.similarity("abutarvashi", "tarvashi", false)).isGreaterThan(0.9).isLessThan(0.97);
        assertThat(similarity.similarity("abutarvashi", "tarvoshu", false)).isLessThan(0.9);
        Screener screener = screener(party("1", "Person", "SHARIFF, Abu Tarvashi", "AHMED, Qolam"));
        Match match = top(screener, "TARVASHI");
        assertThat(match.id()).isEqualTo("1");
        assertThat(match.explanation().get(0).detail()).contains("tarvashi~abutarvashi");
    }

    @Test
    void aKunyaLeftOutIsNotAConflictingName() {
        // a byname after a child is borne beside the given names: "Abu Qolam al-Tarvani" may be "Yusuf al-Tarvani"
        // where "Idris al-Tarvani" is another man
        Comparison kunya = comparer.compare("Abu Qolam al-Tarvani", "Yusuf al-Tarvani", "Person");
        Comparison given = comparer.compare("Idris al-Tarvani", "Yusuf al-Tarvani", "Person");
        assertThat(kunya.score()).isGreaterThan(given.score());
        assertThat(kunya.explanation().get(0).detail()).contains("kunya left out: abuqolam (query)");
        assertThat(given.explanation().get(0).detail()).doesNotContain("kunya");
    }

    @Test
    void otherRomanisationsAndWordsWrittenTogetherAreFound() {
        Screener screener = screener(party("1", "Person", "YUN, Ho-Jin"), party("2", "Company", "AEROVALDESA AIRLINES"),
                party("3", "Person", "SOKOLOV, Alexander Ivanovich"));
        assertThat(top(screener, "Yun Ho Chin").id()).isEqualTo("1");
        assertThat(top(screener, "AERO-VALDESA").id()).isEqualTo("2");
        // a given name that begins like the Arabic article keeps its first letters
        assertThat(normalizer.normalize("Alexander Sokolov").tokens()).containsExactly("aleksandr", "sokolov");
        assertThat(top(screener, "Sokolov, Aleksandr").id()).isEqualTo("3");
    }
}
