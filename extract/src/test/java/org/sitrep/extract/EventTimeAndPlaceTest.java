package org.sitrep.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.place.GeocoderPlaceResolver;
import org.sitrep.model.DocDate;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When and where events happened, on reports written for these tests: relative dates resolved against the
 * document's date, datelines, speakers' places, organisations named after countries, the document's countries.
 */
class EventTimeAndPlaceTest {

    private static Extractor extractor;
    /** A Sunday. */
    private static final DocDate REPORT = DocDate.given(LocalDate.of(2016, 6, 5));

    @BeforeAll
    static void loadModels() {
        extractor = Extractor.builder().places(GeocoderPlaceResolver.bundled()).build();
    }

    private static List<Event> events(String text) {
        DocumentExtraction x = extractor.extract(InputDocument.of("t", text, REPORT));
        assertThat(x.events()).as("events of: " + text).isNotEmpty();
        return x.events();
    }

    @Test
    void relativeDatesAreResolvedAgainstTheDocumentsDate() {
        assertThat(events("Government helicopters dropped barrel bombs on a bakery in Idlib yesterday, killing"
                + " nine people.").getFirst().date()).isEqualTo(new EventDate("2016-06-04", "day"));
        assertThat(events("Gunmen killed two police officers at a checkpoint outside Homs on Thursday.").getFirst()
                .date()).isEqualTo(new EventDate("2016-06-02", "day"));
        assertThat(events("Militants seized three villages south of Aleppo last month after heavy fighting.")
                .getFirst().date()).isEqualTo(new EventDate("2016-05", "month"));
    }

    @Test
    void theDayOfTheAttackThatWoundedThemDatesTheEvent() {
        // "Thursday's" only names a noun, but that noun is the occurrence itself, as is a day with a time of day
        assertThat(events("Eleven shoppers were wounded in Thursday's bombing at a bus station in Homs.")
                .getFirst().date()).isEqualTo(new EventDate("2016-06-02", "day"));
        assertThat(events("Three guards were killed in Friday evening's raid on a prison near Hama, a monitor said.")
                .getFirst().date()).isEqualTo(new EventDate("2016-06-03", "day"));
    }

    @Test
    void aSpanCountedBackNamesAYearOrNothingNotADay() {
        assertThat(events("Rebels ambushed a police convoy near Idlib 20 years ago, killing nine officers.")
                .getFirst().date()).isEqualTo(new EventDate("1996", "year"));
        assertThat(events("Years earlier, gunmen had killed two guards at the Homs depot.").getFirst().date())
                .isNotEqualTo(new EventDate("2015-06-05", "day"));
        assertThat(events("The town had been quiet since a flood in 2009. That year, militiamen also burned the grain"
                + " store of Kafr Nabl and killed its two guards.").getLast().date())
                .isEqualTo(new EventDate("2009", "year"));
    }

    @Test
    void whatASanctionIsAimedAtIsNotWhereItHappened() {
        assertThat(events("The Treasury on Thursday imposed sanctions on two Lebanese exchange houses, raising the"
                + " pressure on Damascus.").getFirst().location()).isNull();
        assertThat(events("Government helicopters launched an attack on Idlib on Thursday, killing four people.")
                .getFirst().location().name()).isEqualTo("Idlib");
    }

    @Test
    void anEventWithoutADateOfItsOwnTakesTheDocumentsDate() {
        assertThat(events("Rebels shelled a school in Aleppo, killing four children.").getFirst().date())
                .isEqualTo(new EventDate("2016-06-05", "week"));
    }

    @Test
    void aCountryNamedAfterThePlaceDecidesItsCountry() {
        Event known = events("A car bomb exploded near a mosque in Tripoli, Lebanon, on Friday, killing six"
                + " worshippers.").getFirst();
        assertThat(known.location().name()).isEqualTo("Tripoli");
        assertThat(known.location().country()).isEqualTo("LB");
        // a place the geocoder knows only elsewhere stays in the country the text puts it in
        Event unknown = events("Militants attacked a checkpoint in Al Barakah, Syria, on Monday, killing four"
                + " soldiers.").getFirst();
        assertThat(unknown.location().country()).isEqualTo("SY");
    }

    @Test
    void theDatelinesCityIsNeitherTheEventsPlaceNorAnAmericanTown() {
        Event e = events("GENEVA (Reuters) - Government troops shelled a crowded market in Douma on Saturday,"
                + " killing seven people, a monitoring group said.").getFirst();
        assertThat(e.location()).isNotNull();
        assertThat(e.location().name()).isEqualTo("Douma");
        assertThat(e.location().country()).isEqualTo("SY");
        assertThat(Datelines.end(tokensOf("GENEVA (Reuters) - Talks resumed."))).isEqualTo(5);
        assertThat(Datelines.end(tokensOf("(Reuters) - Talks resumed."))).isEqualTo(4);
        assertThat(Datelines.end(tokensOf("(He left.) - Talks resumed."))).isEqualTo(0);
    }

    @Test
    void anOrganisationNamedAfterACountryIsNoPlace() {
        for (Event e : events("Insurgents ambushed an army convoy and killed eleven soldiers, Agence France Presse"
                + " reported.")) {
            assertThat(e.location() == null ? null : e.location().country()).isNotEqualTo("FR");
        }
    }

    @Test
    void theSpeakersPlaceIsNotTheEventsPlace() {
        for (String text : List.of("Speaking in Moscow, the minister said government warplanes bombed a hospital in"
                + " Douma on Saturday, killing eleven people.",
                "The minister told reporters in Moscow that airstrikes killed eleven civilians in Douma.")) {
            Event e = events(text).getFirst();
            assertThat(e.location()).isNotNull();
            assertThat(e.location().name()).isEqualTo("Douma");
            assertThat(e.location().country()).isEqualTo("SY");
        }
    }

    @Test
    void anAmbiguousNameIsResolvedInTheCountryTheDocumentIsAbout() {
        // Tripoli is the capital of Libya and a city of Lebanon; this report is about Lebanon.
        Event e = events("Lebanese troops deployed across northern Lebanon after the clashes. Gunmen killed three"
                + " soldiers in Tripoli overnight, the Lebanese army said, and Lebanon's prime minister"
                + " condemned the attack.").stream().filter(v -> v.location() != null
                && "Tripoli".equals(v.location().name())).findFirst().orElseThrow();
        assertThat(e.location().country()).isEqualTo("LB");
    }

    private static List<edu.stanford.nlp.ling.CoreLabel> tokensOf(String text) {
        List<edu.stanford.nlp.ling.CoreLabel> tokens = new java.util.ArrayList<>();
        for (String w : text.split(" ")) {
            edu.stanford.nlp.ling.CoreLabel t = new edu.stanford.nlp.ling.CoreLabel();
            if (w.startsWith("(") && w.endsWith(")")) {
                for (String part : new String[] {"(", w.substring(1, w.length() - 1), ")"}) {
                    edu.stanford.nlp.ling.CoreLabel p = new edu.stanford.nlp.ling.CoreLabel();
                    p.setWord(part);
                    tokens.add(p);
                }
                continue;
            }
            t.setWord(w);
            tokens.add(t);
        }
        return tokens;
    }
}
