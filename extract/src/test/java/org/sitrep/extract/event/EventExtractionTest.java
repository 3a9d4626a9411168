package org.sitrep.extract.event;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.DocumentExtraction;
import org.sitrep.extract.Event;
import org.sitrep.extract.EventType;
import org.sitrep.extract.Extractor;
import org.sitrep.extract.InputDocument;
import org.sitrep.extract.Modality;
import org.sitrep.extract.place.GeocoderPlaceResolver;
import org.sitrep.model.DocDate;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The event engine end to end, on sentences written for these tests. One extractor for the class. */
class EventExtractionTest {

    private static Extractor extractor;

    @BeforeAll
    static void loadModels() {
        extractor = Extractor.builder().places(GeocoderPlaceResolver.bundled()).build();
    }

    private static List<Event> events(String text) {
        DocumentExtraction x = extractor.extract(InputDocument.of("t", text, DocDate.given(LocalDate.of(2016, 3, 2))));
        return x.events();
    }

    @Test
    void aConcreteStrikeIsAnEventOfItsKind() {
        List<Event> events = events("Warplanes struck a crowded vegetable market in the town of Kafr Nabudah on "
                + "Tuesday, killing seven people, a local doctor said.");
        assertThat(events).hasSize(1);
        assertThat(events.get(0).type()).isEqualTo(EventType.AIR_DRONE_STRIKE);
        assertThat(events.get(0).fatalities().best()).isEqualTo(7);
    }

    @Test
    void oneVictimNamedOrDescribedCountsAsOneDeadAndAWarsTollIsNoVictim() {
        List<Event> child = events("Two rockets hit a residential area of Harwa on Friday, killing a child.");
        assertThat(child).hasSize(1);
        assertThat(child.get(0).fatalities().best()).isEqualTo(1);
        List<Event> policeman = events("A policeman was killed and a woman was wounded when a grenade exploded in a"
                + " market in Bunia on Monday.");
        assertThat(policeman).hasSize(1);
        assertThat(policeman.get(0).fatalities().best()).isEqualTo(1);
        List<Event> shot = events("Gunmen shot dead a teacher outside a school in Harwa on Tuesday, police said.");
        assertThat(shot).hasSize(1);
        assertThat(shot.get(0).fatalities().best()).isEqualTo(1);
        List<Event> attempt = events("Militants tried to kill the governor of the province on Sunday, but he"
                + " escaped unhurt.");
        assertThat(attempt).allMatch(e -> e.fatalities() == null);
        List<Event> many = events("Troops killed villagers in a raid on a hamlet near Dalla on Tuesday.");
        assertThat(many).allMatch(e -> e.fatalities() == null);
        DocumentExtraction war = extractor.extract(InputDocument.of("t", "An air strike on a market in Harwa killed"
                + " 12 people on Tuesday, in a war that has killed more than 300,000 since 2011.",
                DocDate.given(LocalDate.of(2016, 3, 2))));
        assertThat(war.events()).hasSize(1);
        assertThat(war.events().get(0).fatalities().best()).isEqualTo(12);
        assertThat(war.events().get(0).targets()).hasSize(1);
    }

    @Test
    void analysisAndCommentaryAreNoEvents() {
        assertThat(events("The new measures are part of a broader plan to starve the militia of the money it "
                + "needs to pay its fighters. Diplomats say the approach has rarely worked in the past.")).isEmpty();
    }

    @Test
    void aSentenceThatOnlyPortraysOrListsPeopleIsNoEvent() {
        String text = "A bomb hidden in a cart killed six people at a bus stop in Harwa on Sunday, police said. "
                + "The rebels' radio station described the bomber as a lion of the movement. "
                + "The six victims were: - Omar Sadiq, 34 - Leila Hanna, 27 - Fadi Nasr, 51 - Sami Aziz, 19.";
        List<Event> events = events(text);
        assertThat(events).hasSize(1);
        assertThat(events.get(0).evidence().text()).startsWith("A bomb hidden in a cart");
    }

    @Test
    void anArrestIsNotATradeAndAVerdictIsItsOwnType() {
        List<Event> arrest = events("Border guards detained four men suspected of smuggling rifles into the "
                + "province on Friday, the interior ministry said.");
        assertThat(arrest).extracting(Event::type).contains(EventType.ARRESTS);
        List<Event> verdict = events("A court in the capital sentenced a former militia commander to 20 years in "
                + "prison on Wednesday for ordering the killing of three farmers.");
        assertThat(verdict).extracting(Event::type).containsExactly(EventType.VERDICT);
    }

    @Test
    void aKillingNamedInPassingWithItsVictimIsAnOccurrenceOfItsOwn() {
        DocumentExtraction x = extractor.extract(InputDocument.of("t", "Hundreds of lawyers marched through Valdora"
                + " on Monday to protest the murder of the judge Marta Illescas.", DocDate.given(LocalDate.of(2016, 3, 2))));
        assertThat(x.events()).extracting(Event::type).contains(EventType.ATTACK_ON_CIVILIANS);
        Event murder = x.events().stream().filter(e -> e.type() == EventType.ATTACK_ON_CIVILIANS).findFirst()
                .orElseThrow();
        assertThat(murder.targets().stream().map(id -> nameOf(x, id)).toList()).containsExactly("Marta Illescas");
        assertThat(x.events()).extracting(Event::type).anyMatch(t -> !t.isViolent());
    }

    @Test
    void anAttackOfWordsNamedInPassingIsNoEvent() {
        // political prose attacks people with words; named in passing, such an attack is a deed only if someone was hurt
        List<Event> words = events("Late in the race for the Valdora seat, the mayor has sharpened his attacks on"
                + " Councillor Ines Varga over her record on housing.");
        assertThat(words).isEmpty();
        List<Event> hurt = events("Hundreds of lawyers marched through Valdora on Monday to protest the attack on"
                + " the judge Marta Illescas, who was wounded outside her home.");
        assertThat(hurt).extracting(Event::type).anyMatch(EventType::isViolent);
    }

    @Test
    void aLaterSentenceThatSaysWhoDidTheDeedGivesItItsDoer() {
        DocumentExtraction x = extractor.extract(InputDocument.of("t", "Gunmen ambushed a police patrol near Kessa"
                + " on Sunday, killing three officers. The Tarmel Liberation Front claimed responsibility for the ambush"
                + " in a statement.", DocDate.given(LocalDate.of(2016, 3, 2))));
        assertThat(x.events()).hasSize(1);
        List<String> actors = x.events().get(0).actors().stream().map(id -> nameOf(x, id)).toList();
        assertThat(actors).contains("Tarmel Liberation Front");
    }

    @Test
    void protestersMetByForceAreItsTargetsNotItsActors() {
        DocumentExtraction x = extractor.extract(InputDocument.of("t", "Riot police detained 40 students who were"
                + " marching on the parliament in Nairobi on Tuesday.", DocDate.given(LocalDate.of(2016, 3, 2))));
        assertThat(x.events()).isNotEmpty();
        Event e = x.events().get(0);
        List<String> targets = e.targets().stream().map(id -> nameOf(x, id)).toList();
        List<String> actors = e.actors().stream().map(id -> nameOf(x, id)).toList();
        assertThat(targets).anyMatch(n -> n.contains("students"));
        assertThat(actors).noneMatch(n -> n.contains("students"));
    }

    @Test
    void thePlaceIsWhereItHappenedNotWhereSomeoneLivesOrTravels() {
        List<Event> attack = events("A driver who lives in Ramadi, Anbar, rammed a lorry into a market crowd in "
                + "central Baghdad on Friday, killing nine people.");
        assertThat(attack).isNotEmpty();
        assertThat(attack.get(0).location()).isNotNull();
        assertThat(attack.get(0).location().name()).isEqualTo("Baghdad");
        List<Event> vote = events("The parliament's foreign affairs committee voted on Monday to impose sanctions "
                + "on three shipping firms while the prime minister was flying to Tokyo.");
        for (Event e : vote) {
            assertThat(e.location() == null ? "" : e.location().name()).isNotEqualTo("Tokyo");
        }
    }

    @Test
    void aDesignationWhoseGroundsAreDeniedIsStillADesignation() {
        List<Event> events = events("The finance ministry blacklisted the trader Samir Haddad on Monday for "
                + "smuggling diesel to the rebels, charges he denies.");
        assertThat(events).extracting(Event::type).contains(EventType.SANCTION);
        assertThat(events).filteredOn(e -> e.type() == EventType.SANCTION)
                .allMatch(e -> e.modality() != org.sitrep.extract.Modality.DENIED);
    }

    @Test
    void aYardstickDateIsNotTheEventsDate() {
        List<Event> events = events("A car bomb killed 40 people in the market of Tal Afar on Monday, the deadliest "
                + "attack in the town since 2007.");
        assertThat(events).isNotEmpty();
        assertThat(events.get(0).date().value()).isEqualTo("2016-02-29");
    }

    @Test
    void aProceedingTheSentenceDoesNotNameHasNoParties() {
        List<Event> events = events("A person close to the inquiry identified Karim Nassar as the unnamed aide in "
                + "a court filing who had met the contractors twice.");
        for (Event e : events) {
            if (!e.type().isViolent()) {
                assertThat(e.targets()).isEmpty();
            }
        }
    }

    @Test
    void bothMenAreTheTwoPeopleNamedBefore() {
        DocumentExtraction x = extractor.extract(InputDocument.of("t", "Prosecutors charged the former mayor Idris "
                + "Kamau and his aide Peter Otieno with fraud on Monday. Both men pleaded not guilty at a hearing in "
                + "Nairobi on Tuesday.", DocDate.given(LocalDate.of(2016, 3, 2))));
        Event plea = x.events().stream().filter(e -> e.evidence().text().startsWith("Both men")).findFirst()
                .or(() -> x.events().stream().filter(e -> e.mentions().stream()
                        .anyMatch(m -> m.text().startsWith("Both men"))).findFirst())
                .orElseThrow();
        List<String> parties = java.util.stream.Stream.concat(plea.actors().stream(), plea.targets().stream())
                .map(id -> nameOf(x, id)).toList();
        assertThat(parties).contains("Idris Kamau", "Peter Otieno");
    }

    @Test
    void theyAfterAListOfNamedPeopleIsThosePeople() {
        DocumentExtraction x = extractor.extract(InputDocument.of("t", "State prosecutors on Monday charged Hana "
                + "Virtanen and Joel Osei with embezzling road funds. They pleaded not guilty at a hearing in Accra on "
                + "Tuesday.", DocDate.given(LocalDate.of(2016, 3, 2))));
        Event plea = x.events().stream().filter(e -> e.evidence().text().startsWith("They"))
                .findFirst().orElseThrow();
        List<String> parties = java.util.stream.Stream.concat(plea.actors().stream(), plea.targets().stream())
                .map(id -> nameOf(x, id)).toList();
        assertThat(parties).contains("Hana Virtanen", "Joel Osei").doesNotContain("State prosecutors");
    }

    @Test
    void theWoundedOfTheNextClauseAreNotTheToll() {
        DocumentExtraction x = extractor.extract(InputDocument.of("t", "A gunman opened fire on shoppers at a "
                + "market in Kaduna on Sunday, killing six people and wounding 14.", DocDate.given(LocalDate.of(2016, 3, 2))));
        Event attack = x.events().stream().filter(e -> e.fatalities() != null).findFirst().orElseThrow();
        assertThat(attack.fatalities().best()).isEqualTo(6);
    }

    @Test
    void aTownTheTaggerMissesAfterInIsTheEventsPlace() {
        List<Event> events = events("A Kentucky councillor pleaded not guilty on Friday in Bowling Green to charges of "
                + "bribery.");
        assertThat(events).isNotEmpty();
        assertThat(events.get(0).location().name()).isEqualTo("Bowling Green");
        assertThat(events.get(0).location().country()).isEqualTo("US");
    }

    @Test
    void aDateInAClauseDescribingAVictimDoesNotDateTheEvent() {
        List<Event> events = events("A man drove a van into a crowd of cyclists in Rotterdam, killing six people, "
                + "among them four friends who had finished school together 30 years ago.");
        assertThat(events).isNotEmpty();
        assertThat(events.get(0).date().value()).startsWith("2016");
        assertThat(events.get(0).fatalities().best()).isEqualTo(6);
    }

    @Test
    void whoClaimsResponsibilityIsTheActorAndASuicideBombingNamesASuicide() {
        DocumentExtraction x = extractor.extract(InputDocument.of("t", "Al-Shabaab claimed responsibility for a car "
                + "bomb attack on a police post in Mogadishu on Monday that killed nine officers.",
                DocDate.given(LocalDate.of(2016, 3, 2))));
        assertThat(x.events()).isNotEmpty();
        Event attack = x.events().getFirst();
        assertThat(attack.actors().stream().map(id -> nameOf(x, id))).containsExactly("al-Shabaab");
        assertThat(x.events()).noneMatch(e -> e.type() == EventType.SUICIDE_BOMB);
    }

    @Test
    void aProceedingOverADeathHasNoToll() {
        List<Event> events = events("Prosecutors charged four prison guards with manslaughter on Thursday over the "
                + "death of an inmate in their custody.");
        assertThat(events).isNotEmpty();
        assertThat(events).allMatch(e -> e.fatalities() == null);
    }

    @Test
    void aYearNamingAThingDoesNotDateTheEvent() {
        List<Event> events = events("Gunmen shot dead a local organiser of the 2011 uprising in Daraa on Monday.");
        assertThat(events).isNotEmpty();
        assertThat(events.get(0).date().value()).isEqualTo("2016-02-29");
    }

    @Test
    void aMeasureTakenThroughSanctionsHasTheOneWhoTookItAndItsTarget() {
        DocumentExtraction x = extractor.extract(InputDocument.of("t", "The European Union on Monday hit the Wagner"
                + " Group with new sanctions over its role in Mali.", DocDate.given(LocalDate.of(2016, 3, 2))));
        Event e = x.events().stream().filter(v -> v.type() == EventType.SANCTION).findFirst().orElseThrow();
        assertThat(e.actors()).extracting(a -> nameOf(x, a)).containsExactly("European Union");
        assertThat(e.targets()).extracting(a -> nameOf(x, a)).containsExactly("Wagner Group");
    }

    @Test
    void aPlainUndatedReportIsNoBackgroundAndBackgroundIsNotDatedToTheReportsWeek() {
        List<Event> plain = events("Militiamen burned down the village market in Kerem and killed two traders.");
        assertThat(plain).isNotEmpty();
        assertThat(plain.get(0).modality()).isNotEqualTo(Modality.HISTORICAL);
        assertThat(plain.get(0).date().precision()).isEqualTo("week");
        List<Event> told = events("Police arrested three men in Kerem on Monday. Years earlier, gunmen had ambushed"
                + " a bus on the same road, killing nine passengers.");
        Event ambush = told.stream().filter(e -> e.type() != EventType.ARRESTS).findFirst().orElseThrow();
        assertThat(ambush.modality()).isEqualTo(Modality.HISTORICAL);
        assertThat(ambush.date().precision()).isEqualTo("unknown");
        assertThat(told.stream().filter(e -> e.type() == EventType.ARRESTS).findFirst().orElseThrow().modality())
                .isEqualTo(Modality.ASSERTED);
    }

    private static String nameOf(DocumentExtraction x, String id) {
        return x.entities().stream().filter(en -> en.id().equals(id)).findFirst().orElseThrow().name();
    }

    @Test
    void ageAndTheWoundedAreNotTheToll() {
        List<Event> events = events("A roadside bomb killed Omar Haddad, 34, and wounded 12 other passengers on the "
                + "road south of Mosul on Monday.");
        assertThat(events).isNotEmpty();
        for (Event e : events) {
            if (e.fatalities() != null) {
                assertThat(e.fatalities().best()).isNotIn(34, 12);
            }
        }
    }

    @Test
    void theTollOfAWholeWarIsNoEventsToll() {
        List<Event> events = events("Shells hit a school in the northern district on Sunday in a war that has "
                + "killed more than 300,000 people.");
        for (Event e : events) {
            assertThat(e.fatalities()).isNull();
        }
    }

    @Test
    void aSecondSentenceAboutTheSameBombingIsAMentionNotANewEvent() {
        List<Event> events = events("A car bomb exploded outside a police station in Kirkuk on Sunday, killing "
                + "five officers. The car bomb, hidden in a parked van, went off as the shift was changing, police said.");
        List<Event> bombings = events.stream().filter(e -> e.type() == EventType.REMOTE_EXPLOSIVE).toList();
        assertThat(bombings).as(events.toString()).hasSize(1);
        assertThat(bombings.get(0).mentions()).hasSize(1);
        assertThat(bombings.get(0).fatalities().best()).isEqualTo(5);
    }

    @Test
    void aTollToldAfterTheEventInALaterSentenceIsItsToll() {
        List<Event> events = events("Government artillery pounded the village of Umm Sabal on Sunday. Four farmers "
                + "died in the shelling, according to a local nurse.");
        assertThat(events).hasSize(1);
        assertThat(events.get(0).type()).isEqualTo(EventType.SHELLING);
        assertThat(events.get(0).fatalities().best()).isEqualTo(4);
        assertThat(events.get(0).mentions()).hasSize(1);
    }

    @Test
    void aPastEventTheSentenceComparesTheCurrentOneWithIsBackground() {
        List<Event> events = events("Gunmen opened fire on a bus near the border on Monday, killing five "
                + "passengers. The ambush echoed the 2009 massacre of pilgrims at Tal Hamra, in which 31 died.");
        assertThat(events).anySatisfy(e -> {
            assertThat(e.modality()).isEqualTo(Modality.HISTORICAL);
            assertThat(e.date().value()).isEqualTo("2009");
        });
        assertThat(events).filteredOn(e -> e.modality() != Modality.HISTORICAL)
                .allSatisfy(e -> assertThat(e.fatalities().best()).isEqualTo(5));
    }

    @Test
    void aDenialOfAnAccusationIsAClaimNotAnEvent() {
        DocumentExtraction x = extractor.extract(InputDocument.of("t", "The ministry accused Harrow Freight of "
                + "shipping drone engines to the militia. The company rejected the accusation on Tuesday.",
                DocDate.given(LocalDate.of(2016, 3, 2))));
        assertThat(x.events()).noneMatch(e -> e.evidence().text().startsWith("The company rejected"));
    }

    @Test
    void aRunningTotalIsNoSingleEvent() {
        assertThat(events("Coalition air strikes have killed more than 300 civilians in the province since "
                + "January, a monitoring group said on Thursday.")).isEmpty();
        assertThat(events("Fighting between the army and rebels has killed at least 2,000 people since the "
                + "ceasefire collapsed in 2014.")).isEmpty();
        assertThat(events("Militia raids have driven 9,000 families from their farms so far, aid groups said."))
                .isEmpty();
        assertThat(events("Rebels have shelled the airport, killing two guards, the army said on Friday."))
                .extracting(Event::type).contains(EventType.SHELLING);
    }

    @Test
    void whoTakesGroundDecidesWhetherItIsRegainedOrOvertaken() {
        assertThat(events("Government troops recaptured the town of Deir Hafer from insurgents on Monday after "
                + "three days of fighting, state television said."))
                .extracting(Event::type).contains(EventType.GOVERNMENT_REGAINS_TERRITORY)
                .doesNotContain(EventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY);
        assertThat(events("Rebel fighters seized the hilltop town of Kinsabba from the army on Monday after "
                + "three days of fighting, a monitoring group said."))
                .extracting(Event::type).contains(EventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY)
                .doesNotContain(EventType.GOVERNMENT_REGAINS_TERRITORY);
    }

    @Test
    void theDeadOfAnEarlierDeedInADescribingClauseAreNotTheEventsToll() {
        List<Event> events = events("A car bomb killed six people outside a bank in Mardin on Tuesday. The blast "
                + "went off near the old barracks, where 40 recruits were killed when rebels stormed it two decades "
                + "ago.");
        assertThat(events).filteredOn(e -> e.modality() != Modality.HISTORICAL).hasSize(1)
                .allSatisfy(e -> {
                    assertThat(e.fatalities().best()).isEqualTo(6);
                    assertThat(e.mentions()).hasSize(1);
                });
    }

    @Test
    void theDeedASentenceAnswersIsNoNewEvent() {
        List<Event> events = events("Militants fired two rockets at the port of Qalat on Sunday, wounding a "
                + "docker. In response to the rockets, the navy closed the harbour to shipping for two days.");
        assertThat(events).singleElement().satisfies(e -> assertThat(e.evidence().text()).startsWith("Militants"));
    }

    @Test
    void theDateOfAMeasuresGroundsIsNotTheMeasuresDate() {
        List<Event> events = events("The Treasury designated the financier Omar Vellani for financing the "
                + "militia's arms purchases as early as March 2014.");
        assertThat(events).filteredOn(e -> e.type() == EventType.SANCTION).singleElement()
                .satisfies(e -> assertThat(e.date().value()).doesNotStartWith("2014"));
    }

    private static List<String> names(DocumentExtraction x, List<String> ids) {
        return ids.stream().map(id -> x.entities().stream().filter(e -> e.id().equals(id)).findFirst()
                .map(org.sitrep.extract.Entity::name).orElse(id)).toList();
    }

    @Test
    void theOneAnAppositionNamesIsTheParty() {
        DocumentExtraction x = extractor.extract(InputDocument.of("t", "A former Viktor Kessler aide, Mara Quint, "
                + "pleaded guilty on Monday to lying to investigators.", DocDate.given(LocalDate.of(2016, 3, 2))));
        assertThat(x.events()).singleElement()
                .satisfies(e -> assertThat(names(x, e.targets())).containsExactly("Mara Quint"));
    }

    @Test
    void whoeverTellsOfASaleIsNoPartyToIt() {
        DocumentExtraction x = extractor.extract(InputDocument.of("t", "Prosecutors said the broker sold four "
                + "armoured trucks to the militia in 2015.", DocDate.given(LocalDate.of(2016, 3, 2))));
        assertThat(x.events()).filteredOn(e -> e.type() == EventType.TRADE).singleElement()
                .satisfies(e -> assertThat(names(x, e.actors())).doesNotContain("Prosecutors"));
    }

    @Test
    void aPlaceThatOnlySaysWhatAnInquiryIsAboutIsNotWhereItHappened() {
        assertThat(events("Two former aides to the governor were charged in the Ukraine probe on Monday."))
                .singleElement().satisfies(e -> assertThat(e.location()).isNull());
    }
}
