package org.sitrep.extract.relation;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.Dependencies;
import org.sitrep.extract.DocumentContext;
import org.sitrep.extract.relation.training.PairReader;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the learned scorer reads of a pair, on sentences written for these tests (names invented). */
class PairFeaturesTest {

    private static PairReader reader;

    @BeforeAll
    static void loadModels() {
        reader = new PairReader();
    }

    private static List<PairFeatures.Candidate> candidates(String text) {
        DocumentContext doc = reader.read(text);
        return PairFeatures.candidates(doc, 0, new Dependencies(doc.parse(0).orElseThrow()));
    }

    private static PairFeatures.Candidate pair(List<PairFeatures.Candidate> all, String subject, String object) {
        return all.stream().filter(c -> c.subject().text().equals(subject) && c.object().text().equals(object))
                .findFirst().orElseThrow(() -> new AssertionError(subject + " -> " + object + " not in " + all));
    }

    @Test
    void thePathRunsThroughTheWordsBetweenTheHeadsInTheOrderAsked() {
        List<PairFeatures.Candidate> all = candidates("Orla Quinn, a director of Brackwater Freight Ltd, was arrested.");
        PairFeatures.Candidate forward = pair(all, "Orla Quinn", "Brackwater Freight Ltd");
        PairFeatures.Candidate backward = pair(all, "Brackwater Freight Ltd", "Orla Quinn");

        assertThat(forward.features()).contains("path=_appos director _nmod", "on=director", "types=Person>Company",
                "between=director|fwd");
        assertThat(backward.features()).contains("path=^nmod director ^appos", "types=Company>Person",
                "between=director|back");
    }

    @Test
    void descriptionsPronounsAndNationalitiesAreNoEnds() {
        List<PairFeatures.Candidate> all = candidates("He told Syrian officials that the militants had left Brackwater Freight Ltd.");
        assertThat(all).isEmpty();
    }

    @Test
    void featuresHashIntoTheSameCellsEveryTime() {
        List<String> f = List.of("bias", "on=director", "types=Person>Organization");
        assertThat(PairFeatures.hashed(f, 64)).isEqualTo(PairFeatures.hashed(f, 64));
        assertThat(java.util.Arrays.stream(PairFeatures.hashed(f, 64)).sum()).isEqualTo(3.0);
    }
}
