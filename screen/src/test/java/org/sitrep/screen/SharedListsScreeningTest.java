package org.sitrep.screen;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.lists.ListReader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Screening against the real 2021 SDN list under ../shared; skipped when that folder is absent. */
class SharedListsScreeningTest {

    private static Screener screener;

    @BeforeAll
    static void readTheList() throws Exception {
        String shared = System.getProperty("sitrep.shared");
        Assumptions.assumeTrue(shared != null, "sitrep.shared not set");
        Path sdn = Path.of(shared, "data/sanctions/ofac-sdn-2021");
        Assumptions.assumeTrue(Files.isDirectory(sdn), "no SDN list at " + sdn);
        screener = Screener.of(new ListReader().readAll(sdn), ScreeningSettings.defaults());
    }

    private Match top(Query query) {
        List<Match> matches = screener.screen(query);
        assertThat(matches).as(query.name()).isNotEmpty();
        return matches.get(0);
    }

    @Test
    void findsListedPeopleUnderOtherSpellingsScriptsAndOrders() {
        assertThat(top(Query.ofName("Osama bin Laden")).id()).isEqualTo("6365");
        assertThat(top(Query.ofName("أسامة بن لادن")).id()).isEqualTo("6365");
        Match binali = top(Query.ofName("Turki Al-Binali"));
        assertThat(binali.id()).isEqualTo("19449");
        assertThat(binali.match()).isTrue();
    }

    @Test
    void ordinaryPeopleAreNotMatched() {
        for (String name : List.of("Patricia Lucas Wheeler", "John Smith", "Maria Garcia Lopez", "Muhammad Ali")) {
            assertThat(screener.screen(new Query(null, name, "Person", "1990-01-01", null, List.of())))
                    .as(name).noneMatch(Match::match);
        }
    }
}
