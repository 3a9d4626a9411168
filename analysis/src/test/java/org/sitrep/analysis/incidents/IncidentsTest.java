package org.sitrep.analysis.incidents;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.analysis.Scenario;
import org.sitrep.store.EvidenceStore;
import org.sitrep.store.TestStores;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IncidentsTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {TestStores.H2, TestStores.POSTGRESQL})
    void groupsReportsOfOneStrikeAndShowsEachVersion(String backend) {
        try (EvidenceStore store = TestStores.open(backend, dir)) {
            Scenario world = new Scenario(store);
            List<Incident> incidents = new Incidents(store).list();
            assertThat(incidents).hasSize(1);
            Incident strike = incidents.getFirst();
            assertThat(strike.place()).isEqualTo("Kafr Town");
            assertThat(strike.documents()).containsExactlyInAnyOrder(world.wireStrike, world.deskDenial);
            assertThat(strike.sources()).containsExactly("Desk", "Wire");
            assertThat(strike.figures()).containsExactly(5, 11);
            assertThat(strike.versions()).extracting(Version::publisher).containsExactly("Wire", "Desk");
            Version desk = strike.versions().get(1);
            assertThat(desk.accordingTo()).isEqualTo("Medics");
            assertThat(desk.fatalities().figure()).isEqualTo(5);
            assertThat(strike.versions().getFirst().actors()).containsExactly("Russian Air Force");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {TestStores.H2})
    void keepsApartEventsFarInTimeOrPlace(String backend) {
        try (EvidenceStore store = TestStores.open(backend, dir)) {
            Scenario world = new Scenario(store);
            assertThat(new Incidents(store).of(world.wireClash.substring(0, 16) + ":v1")).isEmpty();
        }
    }

    @org.junit.jupiter.api.Test
    void joinsReportsWithoutAPlaceWhenTheirSentencesMeanTheSame() {
        try (EvidenceStore store = EvidenceStore.embedded(dir)) {
            org.sitrep.analysis.TinyStore t = new org.sitrep.analysis.TinyStore(store);
            java.time.LocalDate day = java.time.LocalDate.of(2016, 2, 25);
            String study = t.document("Watch", day, "Bomb parts traced\n\nParts in the bombs came from 51 firms in 20 countries.");
            String wire = t.document("Wire", day.plusDays(1), "Firms respond\n\nA study found that bomb parts came from 51 companies in 20 countries.");
            String other = t.document("Desk", day, "Market bombed\n\nA car bomb exploded in a market.");
            for (String[] e : new String[][] {{study, "Parts in the bombs came from 51 firms in 20 countries."},
                    {wire, "A study found that bomb parts came from 51 companies in 20 countries."},
                    {other, "A car bomb exploded in a market."}}) {
                t.event(e[0], "v1", "Explosions/Remote violence", "Remote explosive/landmine/IED", day, null, null,
                        null, null, null, null, null, "reported", null, e[1], List.of(), List.of());
            }
            SentenceSimilarity model = new MiniLmSimilarity();
            List<Incident> incidents = new Incidents(store, model).list();
            assertThat(incidents).singleElement().satisfies(i ->
                    assertThat(i.documents()).containsExactlyInAnyOrder(study, wire));
            assertThat(new Incidents(store, SentenceSimilarity.NONE).list()).isEmpty();
        }
    }

    @org.junit.jupiter.api.Test
    void measuresDistanceOnTheSphere() {
        // Idlib to Maarat al-Numan is about 32 km.
        assertThat(Incidents.kilometres(35.93, 36.63, 35.65, 36.68)).isBetween(28.0, 35.0);
    }
}
