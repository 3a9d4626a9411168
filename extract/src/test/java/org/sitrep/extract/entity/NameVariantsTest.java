package org.sitrep.extract.entity;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.DocumentContext;
import org.sitrep.extract.EntityType;
import org.sitrep.extract.Mention;
import org.sitrep.extract.relation.training.PairReader;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The shorter forms a report gives a person after naming them in full are that person, on invented names. */
class NameVariantsTest {

    private static PairReader reader;

    @BeforeAll
    static void loadModels() {
        reader = new PairReader();
    }

    private static List<String> entitiesOf(DocumentContext doc, String... names) {
        return List.of(names).stream().map(n -> doc.mentions().stream()
                .filter(m -> m.type() == EntityType.PERSON && m.text().equals(n)).findFirst()
                .map(doc::entityOf).orElseThrow(() -> new AssertionError("no person mention " + n))).toList();
    }

    @Test
    void aSurnameAloneAndTheNameWithoutItsSecondSurnameAreTheSamePerson() {
        DocumentContext doc = reader.read("Gunmen shot dead Governor Tomas Aranda Quiroga in Valdora on Monday."
                + " Tomas Aranda had received threats for months. Police said Aranda Quiroga was driving home.");
        List<String> ids = entitiesOf(doc, "Tomas Aranda Quiroga", "Tomas Aranda", "Aranda Quiroga");
        assertThat(ids).doesNotContainNull().containsOnly(ids.getFirst());
    }

    @Test
    void twoPeopleSharingAFirstNameStayApart() {
        DocumentContext doc = reader.read("Tomas Aranda met Tomas Vidal in the capital on Monday.");
        List<String> ids = entitiesOf(doc, "Tomas Aranda", "Tomas Vidal");
        assertThat(ids.get(0)).isNotEqualTo(ids.get(1));
    }
}
