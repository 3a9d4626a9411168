package org.sitrep.resolve;

import org.junit.jupiter.api.Test;
import org.sitrep.extract.EntityType;
import org.sitrep.extract.gazetteer.Gazetteer;
import org.sitrep.extract.gazetteer.GazetteerEntry;
import org.sitrep.lists.ListEntity;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Listed names are turned into the forms running text uses. */
class ListGazetteerTest {

    private static ListEntity party(String schema, String name, String... aliases) {
        return new ListEntity("test", "1", schema, name, List.of(aliases), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), null, List.of(), null, "test:1");
    }

    @Test
    void personsAreWrittenGivenNameFirst() {
        assertThat(ListGazetteer.readingForm("AL-QURASHI, Abu Ibrahim", true)).hasValue("Abu Ibrahim AL-QURASHI");
        assertThat(ListGazetteer.readingForm("NORTHERN STAR SHIPPING, LTD.", false))
                .hasValue("NORTHERN STAR SHIPPING LTD.");
    }

    @Test
    void singleWordsOtherScriptsAndBracketsAreLeftOut() {
        assertThat(ListGazetteer.readingForm("HESCO", false)).isEmpty();
        assertThat(ListGazetteer.readingForm("أبو بكر البغدادي", true)).isEmpty();
        assertThat(ListGazetteer.readingForm("RED CRESCENT (FORMER)", false)).isEmpty();
    }

    @Test
    void namesTheGazetteerKnowsKeepItsType() {
        List<GazetteerEntry> entries = ListGazetteer.entries(
                party("Organization", "ISLAMIC STATE OF IRAQ AND THE LEVANT", "NORTHERN DESERT BRIGADE"),
                Gazetteer.bundled());
        assertThat(entries).extracting(GazetteerEntry::type)
                .containsExactly(EntityType.ARMED_GROUP, EntityType.ORGANIZATION);
        assertThat(entries.get(1).name()).isEqualTo("NORTHERN DESERT BRIGADE");
        assertThat(ListGazetteer.entries(party("Vessel", "SEA STAR ONE"), Gazetteer.bundled())).isEmpty();
    }
}
