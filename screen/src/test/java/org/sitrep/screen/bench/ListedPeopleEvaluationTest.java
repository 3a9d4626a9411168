package org.sitrep.screen.bench;

import org.junit.jupiter.api.Test;
import org.sitrep.lists.ListEntity;
import org.sitrep.lists.ListSnapshot;
import org.sitrep.screen.Query;
import org.sitrep.screen.ScreeningSettings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Listed people with typing slips, as bench screen measures them. */
class ListedPeopleEvaluationTest {

    private static ListEntity person(String id, String name, String born, String nationality) {
        return new ListEntity("test-list", id, "Person", name, List.of(), List.of(), List.of(), List.of(),
                born == null ? List.of() : List.of(born), List.of(), List.of(nationality), List.of(), List.of(),
                List.of("TEST"), null, List.of(), null, "t:" + id);
    }

    private static ListSnapshot list() {
        List<ListEntity> people = new ArrayList<>();
        people.add(person("1", "Radomir Velikovski", "1961-03-14", "MK"));
        people.add(person("2", "Ottilie Brennecke-Schaal", "1975-11-02", "DE"));
        people.add(person("3", "Casimiro Ventafridda", "1958", "IT"));
        people.add(person("4", "Prosper", null, "FR")); // one word: no query is made from it
        return new ListSnapshot("test-list", "test", "0".repeat(64), Path.of("t"), people);
    }

    @Test
    void everyPersonOfTwoOrMoreWordsIsQueriedWithOneSlipInTheLongestWordAndABirthDateReadBack() {
        List<ListedPeopleEvaluation.Variant> variants = new ListedPeopleEvaluation(7).variants(list().entities());
        assertThat(variants).extracting(ListedPeopleEvaluation.Variant::answer)
                .containsExactly("test-list:1", "test-list:2", "test-list:3");
        assertThat(variants).allSatisfy(v -> {
            assertThat(v.query().name()).isNotEqualToIgnoringCase(list().entity(v.answer().substring(10)).name());
            assertThat(v.slip()).isIn("dropped", "doubled", "swapped", "replaced");
        });
        assertThat(variants.get(0).query().birthDate()).isEqualTo("1961-03-14");
        assertThat(variants.get(2).query().birthDate()).isEqualTo("1958");
        assertThat(variants.get(1).query().country()).isEqualTo("DE");
    }

    @Test
    void slippedListedPeopleAreFoundAndOtherPeopleAreNot() {
        List<Query> others = List.of(new Query("n1", "Henrietta Olusegun", "Person", "1990-01-01", "NG", List.of()),
                new Query("n2", "Tomasz Wierzbicki", "Person", "1984-06-30", "PL", List.of()));
        Map<String, Object> figures = new ListedPeopleEvaluation(7).measure(list(), others,
                ScreeningSettings.defaults(), line -> { });
        assertThat(figures).containsEntry("listed_people", 3).containsEntry("recall", 1.0)
                .containsEntry("non_listed_people", 2).containsEntry("false_positive_rate", 0.0);
    }

    @Test
    void aPersonTheListHoldsTwiceIsCountedApartFromTheMisses() {
        List<ListEntity> people = new ArrayList<>(list().entities());
        people.add(person("5", "Radomir Velikovski", "1961-03-14", "MK")); // the same man under another programme
        ListSnapshot twice = new ListSnapshot("test-list", "test", "1".repeat(64), Path.of("t"), people);
        Map<String, Object> figures = new ListedPeopleEvaluation(7).measure(twice, List.of(),
                ScreeningSettings.defaults(), line -> { });
        assertThat(figures).containsEntry("listed_people", 4).containsEntry("recall", 0.5)
                .containsEntry("listed_twice", 2).containsEntry("recall_if_listed_twice_counted", 1.0);
    }
}
