package org.sitrep.screen;

import org.junit.jupiter.api.Test;
import org.sitrep.lists.ListEntity;
import org.sitrep.lists.ListSnapshot;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A hit needs most of both names; a listed Latin name is found from the script its holder's nationality writes. */
class FragmentsAndScriptsTest {

    private static ListEntity person(String id, String name, List<String> weak, List<String> nationalities) {
        return new ListEntity("test-list", id, "Person", name, List.of(), weak, List.of(), List.of(), List.of(),
                List.of(), nationalities, List.of(), List.of(), List.of("TEST"), null, List.of(), null, "test:" + id);
    }

    private static Screener screener() {
        List<ListEntity> entities = new ArrayList<>();
        entities.add(person("1", "OKONKWO-BRANDT, Johannes", List.of("John"), List.of("DE")));
        entities.add(person("2", "VARGA, John", List.of(), List.of("HU")));
        entities.add(person("3", "WEXLER, Gregory", List.of(), List.of("SY", "RU")));
        entities.add(person("4", "WYNNE, Harold", List.of(), List.of("GB")));
        String[] given = {"Peter", "Paul", "Anna", "Mark", "Lena", "Otto"};
        String[] family = {"Keller", "Brandt", "Novak", "Horvath", "Berger", "Lang"};
        int id = 100;
        for (String f : family) {
            for (String g : given) {
                entities.add(person(String.valueOf(id++), f.toUpperCase() + ", " + g, List.of(), List.of()));
            }
        }
        return Screener.of(List.of(new ListSnapshot("test-list", "test", "0".repeat(64), Path.of("t"), entities)),
                ScreeningSettings.defaults());
    }

    private final Screener screener = screener();

    @Test
    void aWeakAliasThatIsPartOfTheQueryDecidesNothing() {
        assertThat(screener.screen(Query.ofName("John Smith"))).noneMatch(Match::match);
        assertThat(screener.screen(new Query("q", "John Smith", "Person", null, null, List.of())))
                .noneMatch(Match::match);
    }

    @Test
    void aLoneGivenNameDecidesNothing() {
        List<Match> john = screener.withSettings(ScreeningSettings.defaults().withReviewThreshold(0))
                .screen(Query.ofName("John"));
        assertThat(john).noneMatch(Match::match);
        assertThat(john).allMatch(m -> m.score() < ScreeningSettings.MATCH_THRESHOLD);
    }

    @Test
    void theWholeNameStillMatches() {
        assertThat(screener.screen(Query.ofName("John Varga")).get(0)).satisfies(m -> {
            assertThat(m.id()).isEqualTo("2");
            assertThat(m.match()).isTrue();
        });
    }

    @Test
    void aCyrillicSpellingFindsTheLatinNameOfAPartyWhoseNationalityWritesCyrillic() {
        // Грегори Векслер, as a Russian text writes the English name; BGN/PCGN romanises it "Gregori Veksler", which no Latin spelling comparison brings near "Wexler"
        Match top = screener.screen(Query.ofName("Грегори Векслер")).get(0);
        assertThat(top.id()).isEqualTo("3");
        assertThat(top.match()).isTrue();
        // Харолд Уинн romanises to "Kharold Uinn": no Cyrillic-writing nationality, no Cyrillic spelling indexed
        List<Match> wynne = screener.screen(Query.ofName("Харолд Уинн"));
        assertThat(wynne).noneMatch(m -> m.id().equals("4") && m.match());
    }

    @Test
    void theLatinSpellingOfACyrillicListedNameIsFound() {
        ListEntity listed = new ListEntity("test-list", "9", "Person", "Шаталов Игорь Ефимович", List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of("RU"), List.of(), List.of(), List.of(), null,
                List.of(), null, "test:9");
        Screener s = Screener.of(List.of(new ListSnapshot("test-list", "test", "0".repeat(64), Path.of("t"),
                List.of(listed))), ScreeningSettings.defaults());
        assertThat(s.screen(Query.ofName("Igor Shatalov")).get(0).match()).isTrue();
    }
}
