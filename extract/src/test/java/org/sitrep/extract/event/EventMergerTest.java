package org.sitrep.extract.event;

import org.junit.jupiter.api.Test;
import org.sitrep.extract.Event;
import org.sitrep.extract.EventDate;
import org.sitrep.extract.EventType;
import org.sitrep.extract.Fatalities;
import org.sitrep.extract.Location;
import org.sitrep.extract.Modality;
import org.sitrep.model.Span;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EventMergerTest {

    private static Event event(EventType type, Location place, EventDate date, Integer dead, Integer count,
                               Modality modality, int at) {
        return new Event("v", type, List.of("e1"), List.of(), place, date,
                dead == null ? null : new Fatalities(dead, dead, dead), count, List.of(), modality, null,
                new Span(at, at + 5, "xxxxx"), List.of());
    }

    private static final Location TOWN = new Location("e4", "Kafr Zita", "SY", 35.3, 36.6, "town");
    private static final Location OTHER_TOWN = new Location("e5", "Morek", "SY", 35.4, 36.7, "town");
    private static final Location COUNTRY = new Location("e6", "Syria", "SY", 35.0, 38.0, "country");
    private static final EventDate WEEK = new EventDate("2016-02-25", "week");
    private static final EventDate DAY = new EventDate("2016-02-23", "day");
    private static final EventDate OTHER_DAY = new EventDate("2016-02-20", "day");

    @Test
    void aLaterMentionOfTheSameStrikeBecomesAMentionWithTheMostSpecificFields() {
        Event first = event(EventType.AIR_DRONE_STRIKE, COUNTRY, WEEK, 4, null, Modality.ASSERTED, 0);
        Event later = event(EventType.AIR_DRONE_STRIKE, TOWN, DAY, 9, null, Modality.REPORTED, 40);
        assertThat(EventMerger.sameOccurrence(first, later)).isTrue();
        Event merged = EventMerger.merge(first, later);
        assertThat(merged.location()).isEqualTo(TOWN);
        assertThat(merged.date()).isEqualTo(DAY);
        assertThat(merged.fatalities().best()).isEqualTo(9);
        assertThat(merged.evidence().start()).isZero();
        assertThat(merged.mentions()).extracting(Span::start).containsExactly(40);
    }

    @Test
    void differentTownsDaysTypesTalliesAndBackgroundStayApart() {
        Event strike = event(EventType.AIR_DRONE_STRIKE, TOWN, DAY, null, null, Modality.ASSERTED, 0);
        assertThat(EventMerger.sameOccurrence(strike,
                event(EventType.AIR_DRONE_STRIKE, OTHER_TOWN, DAY, null, null, Modality.ASSERTED, 9))).isFalse();
        assertThat(EventMerger.sameOccurrence(strike,
                event(EventType.AIR_DRONE_STRIKE, TOWN, OTHER_DAY, null, null, Modality.ASSERTED, 9))).isFalse();
        assertThat(EventMerger.sameOccurrence(strike,
                event(EventType.SHELLING, TOWN, DAY, null, null, Modality.ASSERTED, 9))).isFalse();
        assertThat(EventMerger.sameOccurrence(strike,
                event(EventType.AIR_DRONE_STRIKE, TOWN, DAY, null, 26, Modality.ASSERTED, 9))).isFalse();
        assertThat(EventMerger.sameOccurrence(strike,
                event(EventType.AIR_DRONE_STRIKE, TOWN, DAY, null, null, Modality.HISTORICAL, 9))).isFalse();
    }

    @Test
    void anUndatedMentionIsNotTheStrikeOfAnotherYearOrMonth() {
        Event now = event(EventType.AIR_DRONE_STRIKE, null, WEEK, 8, null, Modality.ASSERTED, 0);
        assertThat(EventMerger.sameOccurrence(now,
                event(EventType.AIR_DRONE_STRIKE, TOWN, new EventDate("2013", "year"), null, null, Modality.ASSERTED, 9)))
                .isFalse();
        assertThat(EventMerger.sameOccurrence(now,
                event(EventType.AIR_DRONE_STRIKE, TOWN, new EventDate("2015-11", "month"), null, null, Modality.ASSERTED, 9)))
                .isFalse();
        assertThat(EventMerger.sameOccurrence(now,
                event(EventType.AIR_DRONE_STRIKE, TOWN, new EventDate("2016-02", "month"), null, null, Modality.ASSERTED, 9)))
                .isTrue();
        assertThat(EventMerger.sameOccurrence(now,
                event(EventType.AIR_DRONE_STRIKE, TOWN, new EventDate("2016-02-01", "day"), null, null, Modality.ASSERTED, 9)))
                .isFalse();
    }

    @Test
    void proceedingsAgainstDifferentPeopleStayApart() {
        Event one = new Event("v", EventType.CHARGE, List.of("e1"), List.of("e2"), null, WEEK, null, null, List.of(),
                Modality.ASSERTED, null, new Span(0, 5, "xxxxx"), List.of());
        Event other = new Event("v", EventType.CHARGE, List.of("e3"), List.of("e4", "e5"), null, WEEK, null, null,
                List.of(), Modality.ASSERTED, null, new Span(9, 14, "xxxxx"), List.of());
        Event again = new Event("v", EventType.CHARGE, List.of(), List.of("e2"), null, DAY, null, null, List.of(),
                Modality.ASSERTED, null, new Span(20, 25, "xxxxx"), List.of());
        assertThat(EventMerger.sameOccurrence(one, other)).isFalse();
        assertThat(EventMerger.sameOccurrence(one, again)).isTrue();
    }

    @Test
    void aFurtherMentionJoinsTheNearestOccurrenceOfItsKindEvenWhenItComesFirst() {
        Event lead = EventMerger.asFollowUp(event(EventType.ATTACK_ON_CIVILIANS, null, WEEK, 6, null,
                Modality.REPORTED, 0));
        Event clash = event(EventType.ARMED_CLASH, OTHER_TOWN, DAY, null, null, Modality.ASSERTED, 20);
        Event shelling = event(EventType.SHELLING, TOWN, DAY, null, null, Modality.ASSERTED, 40);
        Event detail = EventMerger.asFollowUp(event(EventType.SHELLING, null, WEEK, 3, null, Modality.ASSERTED, 60));
        List<Event> merged = EventMerger.oneEventPerOccurrence(List.of(lead, clash, shelling, detail));
        assertThat(merged).extracting(Event::type).containsExactly(EventType.ARMED_CLASH, EventType.SHELLING);
        assertThat(merged.get(0).fatalities().best()).isEqualTo(6);
        assertThat(merged.get(1).fatalities().best()).isEqualTo(3);
        assertThat(merged.get(1).mentions()).extracting(Span::start).containsExactly(60);
        assertThat(merged).allSatisfy(e -> assertThat(e.tags()).isEmpty());
    }

    @Test
    void aMentionOfViolenceToldNowhereElseIsTheOccurrenceOnlyWhenMarkedSo() {
        Event arrest = new Event("v", EventType.ARRESTS, List.of("e1"), List.of("e2"), null, DAY, null, null,
                List.of(), Modality.ASSERTED, null, new Span(0, 5, "xxxxx"), List.of());
        Event victims = EventMerger.asFollowUpOrOccurrence(
                event(EventType.ATTACK_ON_CIVILIANS, null, WEEK, 2, null, Modality.ASSERTED, 20));
        Event aside = EventMerger.asFollowUp(event(EventType.ARMED_CLASH, null, WEEK, null, null,
                Modality.ASSERTED, 40));
        List<Event> merged = EventMerger.oneEventPerOccurrence(List.of(arrest, victims, aside));
        assertThat(merged).extracting(Event::type).containsExactly(EventType.ARRESTS, EventType.ATTACK_ON_CIVILIANS);
        assertThat(merged.get(1).tags()).isEmpty();
    }

    @Test
    void aMentionReadBeforeTheMentionThatStandsAsTheOccurrenceJoinsIt() {
        Event scale = EventMerger.asFollowUp(event(EventType.REMOTE_EXPLOSIVE, null, WEEK, null, null,
                Modality.ASSERTED, 0));
        Event victims = EventMerger.asFollowUpOrOccurrence(
                event(EventType.REMOTE_EXPLOSIVE, TOWN, WEEK, 9, null, Modality.ASSERTED, 20));
        List<Event> merged = EventMerger.oneEventPerOccurrence(List.of(scale, victims));
        assertThat(merged).hasSize(1);
        assertThat(merged.get(0).evidence().start()).isEqualTo(20);
        assertThat(merged.get(0).mentions()).extracting(Span::start).containsExactly(0);
    }

    @Test
    void aMentionAtAnUnknownLandmarkJoinsItsOccurrenceAndATakingOfGroundTakesNoOtherKindOfMention() {
        Event bombing = event(EventType.SUICIDE_BOMB, TOWN, DAY, 8, null, Modality.ASSERTED, 0);
        Event taking = event(EventType.GOVERNMENT_REGAINS_TERRITORY, null, WEEK, null, null, Modality.ASSERTED, 20);
        Location landmark = new Location(null, "Old Customs House", null, null, null, "unknown");
        Event detail = EventMerger.asFollowUp(event(EventType.ARMED_CLASH, landmark, WEEK, null, null,
                Modality.ASSERTED, 40));
        List<Event> merged = EventMerger.oneEventPerOccurrence(List.of(bombing, taking, detail));
        assertThat(merged).hasSize(2);
        assertThat(merged.get(0).mentions()).extracting(Span::start).containsExactly(40);
        assertThat(merged.get(0).location()).isEqualTo(TOWN);
        assertThat(merged.get(1).mentions()).isEmpty();
    }

    @Test
    void aFurtherMentionDoesNotTurnTheOccurrencesVictimIntoItsDoer() {
        Event killing = new Event("v", EventType.ATTACK_ON_CIVILIANS, List.of("e1"), List.of("e2"), TOWN, DAY, null,
                null, List.of(), Modality.ASSERTED, null, new Span(0, 5, "xxxxx"), List.of());
        Event detail = EventMerger.asFollowUp(new Event("v", EventType.ATTACK_ON_CIVILIANS, List.of("e2", "e3"),
                List.of(), null, WEEK, null, null, List.of(), Modality.ASSERTED, null, new Span(9, 14, "xxxxx"),
                List.of()));
        Event merged = EventMerger.oneEventPerOccurrence(List.of(killing, detail)).getFirst();
        assertThat(merged.actors()).containsExactly("e1", "e3");
        assertThat(merged.targets()).containsExactly("e2");
    }
}
