package org.sitrep.extract.entity;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.DocumentContext;
import org.sitrep.extract.EntityType;
import org.sitrep.extract.Mention;
import org.sitrep.extract.relation.training.PairReader;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Titles before a person's name are cut off it with the screening engine's vocabulary of honorifics and ranks, and
 * the offices reporting adds, on sentences written for these tests (names invented).
 */
class PersonTitlesTest {

    private static PairReader reader;

    @BeforeAll
    static void loadModels() {
        reader = new PairReader();
    }

    private static List<String> people(String text) {
        DocumentContext doc = reader.read(text);
        return doc.mentions().stream().filter(m -> m.type() == EntityType.PERSON).map(Mention::text).toList();
    }

    @Test
    void honorificsTheScreeningVocabularyKnowsAreNoPartOfTheName() {
        // "Haji" and "Mufti" are in the screening engine's titles.tsv, not in any list of the extractor's own.
        assertThat(people("Police said Haji Yaqub Tarzi had left the village before dawn."))
                .contains("Yaqub Tarzi").doesNotContain("Haji Yaqub Tarzi");
        assertThat(people("The sermon was given by Mufti Anwar Selimi in the old mosque."))
                .contains("Anwar Selimi");
    }

    @Test
    void officesAndShortRanksAreCutToo() {
        assertThat(people("Lt. Col. Marek Dunne briefed reporters, and President Ilse Varga listened."))
                .contains("Marek Dunne", "Ilse Varga");
    }
}
