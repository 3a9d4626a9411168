package org.sitrep.analysis.events;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.analysis.Scenario;
import org.sitrep.store.EvidenceStore;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventsTest {

    @TempDir
    Path dir;

    EvidenceStore store;
    Scenario world;
    Events events;

    @BeforeEach
    void build() {
        store = EvidenceStore.embedded(dir);
        world = new Scenario(store);
        events = new Events(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void listsEveryEventOldestFirstWithEvidence() {
        List<Event> all = events.all();
        assertThat(all).extracting(Event::date).containsExactly(LocalDate.of(2016, 2, 15), LocalDate.of(2016, 2, 15),
                LocalDate.of(2016, 4, 1));
        Event strike = all.getFirst();
        assertThat(strike.evidence().quote()).isEqualTo("Missiles destroyed a hospital in Kafr Town, killing 11 people.");
        assertThat(strike.evidence().publisher()).isEqualTo("Wire");
        assertThat(strike.evidence().title()).isEqualTo("Hospital in Kafr Town destroyed");
        assertThat(strike.fatalities().figure()).isEqualTo(11);
        assertThat(strike.actors()).containsExactly("Russian Air Force");
        Event reported = all.get(1);
        assertThat(reported.accordingTo()).isEqualTo("Medics");
        assertThat(reported.modality()).isEqualTo("reported");
    }

    @Test
    void findsAPartyByAnyOfItsNames() {
        assertThat(events.list(EventFilter.all().withActor("Russian jets"))).extracting(Event::id)
                .containsExactly(world.wireStrike.substring(0, 16) + ":v1");
        assertThat(events.list(EventFilter.all().withActor("hill brigade"))).hasSize(1);
        assertThat(events.list(EventFilter.all().withActor("e-army"))).hasSize(1);
        assertThatThrownBy(() -> events.list(EventFilter.all().withActor("Nobody Known")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Nobody Known");
    }

    @Test
    void filtersByPlacePeriodAndType() {
        assertThat(events.list(EventFilter.all().withPlace("Kafr Town"))).hasSize(2);
        assertThat(events.list(EventFilter.all().withPlace("Hilltown"))).hasSize(1);
        assertThat(events.list(EventFilter.all().between(LocalDate.of(2016, 3, 1), LocalDate.of(2016, 12, 31))))
                .extracting(Event::type).containsExactly("Battles");
        assertThat(events.list(EventFilter.all().withType("air/drone strike"))).hasSize(1);
        assertThat(events.list(EventFilter.all().withType("Explosions/Remote violence"))).hasSize(2);
        assertThat(events.event(world.wireClash.substring(0, 16) + ":v1")).get()
                .satisfies(e -> assertThat(e.actors()).containsExactlyInAnyOrder("Hill Brigade", "Army"));
    }

    @Test
    void aProvinceCountryOrRadiusFindsTheEventsInsideItThroughTheGazetteer() {
        // Kafr Town lies by Maarat al-Numan, in Idlib province; Hilltown lies in the desert of Homs province.
        assertThat(events.list(EventFilter.all().withPlace("Idlib"))).hasSize(2)
                .allMatch(e -> e.place().equals("Kafr Town"));
        assertThat(events.list(EventFilter.all().withPlace("Idlib province"))).hasSize(2);
        assertThat(events.list(EventFilter.all().withPlace("Aleppo"))).isEmpty();
        assertThat(events.list(EventFilter.all().withPlace("Syria"))).hasSize(3);
        assertThat(events.list(EventFilter.all().withPlace("Iraq"))).isEmpty();
        assertThat(events.list(EventFilter.all().withPlace("Maarat al-Numan"))).hasSize(2);
        assertThat(events.list(EventFilter.all().withPlace("Maarat al-Numan").withRadius(0.1))).isEmpty();
        assertThat(events.list(EventFilter.all().withPlace("Idlib").withType("Battles"))).isEmpty();
    }
}
