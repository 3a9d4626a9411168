package org.sitrep.extract.eval;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Span;

import static org.assertj.core.api.Assertions.assertThat;

/** How the evaluation reads a Country mention: as a place, or also as an acting state (re3d's Organisation). */
class Re3dEvaluationTest {

    private static boolean placeAt(String text, String name) {
        int at = text.indexOf(name);
        return Re3dEvaluation.namedAsPlace(text, new Span(at, at + name.length(), name));
    }

    @Test
    void statesAfterPrepositionsOrCoordinatedPlacesArePlaces() {
        assertThat(placeAt("Strikes continued in Lebanon overnight.", "Lebanon")).isTrue();
        assertThat(placeAt("Strikes continued in Yemen and Lebanon overnight.", "Lebanon")).isTrue();
        assertThat(placeAt("The convoy stopped near Tyre, Lebanon, at noon.", "Lebanon")).isTrue();
    }

    @Test
    void statesThatActAreNotOnlyPlaces() {
        assertThat(placeAt("Lebanon condemned the raid.", "Lebanon")).isFalse();
        assertThat(placeAt("Allies include Chile, Peru and Lebanon.", "Lebanon")).isFalse();
    }
}
