package org.sitrep.extract.entity;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.DocumentContext;
import org.sitrep.extract.Entity;
import org.sitrep.extract.EntityType;
import org.sitrep.extract.Mention;
import org.sitrep.extract.gazetteer.Gazetteer;
import org.sitrep.extract.nlp.NlpPipeline;
import org.sitrep.extract.place.PlaceResolver;
import org.sitrep.model.DocDate;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Parties described rather than named, on sentences written for these tests. The models are loaded once. */
class DescriptionsTest {

    private static NlpPipeline pipeline;
    private static Gazetteer gazetteer;

    @BeforeAll
    static void loadModels() {
        gazetteer = Gazetteer.bundled();
        pipeline = new NlpPipeline(gazetteer.entries());
    }

    private static DocumentContext resolve(String text) {
        DocumentContext doc = new DocumentContext(text, DocDate.UNKNOWN);
        doc.setAnnotation(pipeline.tag(text, null));
        new MentionFinder(gazetteer, PlaceResolver.NONE).process(doc);
        new EntityResolver().process(doc);
        return doc;
    }

    private static Optional<Mention> mention(DocumentContext doc, String text) {
        return doc.mentions().stream().filter(m -> m.text().equals(text)).findFirst();
    }

    private static Entity entityOf(DocumentContext doc, Mention m) {
        String id = doc.entityOf(m);
        return doc.entities().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void anOfficeNamesThePersonTheTextGaveIt() {
        DocumentContext doc = resolve("Defence Minister Lina Farouk toured the northern garrison on Monday. "
                + "The minister said the troops would stay until spring.");
        Mention office = mention(doc, "The minister").orElseThrow();
        assertThat(entityOf(doc, office).name()).isEqualTo("Lina Farouk");
    }

    @Test
    void anOfficeIsNotGivenToSomeoneWhoNeverHeldIt() {
        DocumentContext doc = resolve("Omar Saleh, who ran the campaign's press office, has not been accused of "
                + "wrongdoing. The president said on Friday that he had never met him.");
        Optional<Mention> office = mention(doc, "The president");
        office.ifPresent(m -> assertThat(entityOf(doc, m).name()).isNotEqualTo("Omar Saleh"));
    }

    @Test
    void countsNumbersAndNationalitiesIntoTheDescription() {
        DocumentContext doc = resolve("Insurgents shot dead two Afghan policemen near the market on Tuesday.");
        Mention m = mention(doc, "two Afghan policemen").orElseThrow();
        assertThat(m.kind()).isEqualTo(Mention.Kind.DESCRIPTION);
        assertThat(m.type()).isEqualTo(EntityType.ARMED_GROUP);
        assertThat(entityOf(doc, m).described()).isTrue();
    }

    @Test
    void takesInTheBoundOfACount() {
        DocumentContext doc = resolve("The flooding of the valley left at least 40 farmers without homes.");
        Mention m = mention(doc, "at least 40 farmers").orElseThrow();
        assertThat(m.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(m.isDescription()).isTrue();
    }

    @Test
    void onePersonByRoleNeedsADeterminer() {
        DocumentContext doc = resolve("A suicide bomber blew himself up at the gate, and the colonel ordered a search.");
        assertThat(mention(doc, "A suicide bomber")).get().extracting(Mention::type).isEqualTo(EntityType.PERSON);
        assertThat(mention(doc, "the colonel")).isPresent();
        // Bare, the word is a title of the name after it.
        DocumentContext titled = resolve("Colonel Rahimi ordered a search of the village.");
        assertThat(titled.mentions()).noneMatch(m -> m.text().toLowerCase().contains("colonel") && m.isDescription());
    }

    @Test
    void aNounThatModifiesAnotherIsNoParty() {
        DocumentContext doc = resolve("A car bomb exploded outside the police station in the morning.");
        assertThat(doc.mentions()).noneMatch(m -> m.text().contains("police"));
    }

    @Test
    void equalDescriptionsStayApart() {
        DocumentContext doc = resolve("Soldiers arrived in the first village at dawn. Later, soldiers burned a farm in "
                + "the next valley.");
        List<Mention> soldiers = doc.mentions().stream().filter(m -> m.text().equalsIgnoreCase("soldiers")).toList();
        assertThat(soldiers).hasSize(2);
        assertThat(doc.entityOf(soldiers.get(0))).isNotEqualTo(doc.entityOf(soldiers.get(1)));
    }

    @Test
    void aNamedDescriptionMentionsTheNamedParty() {
        DocumentContext doc = resolve("Taliban gunmen stormed a checkpoint overnight. The Taliban later denied it.");
        Mention gunmen = mention(doc, "Taliban gunmen").orElseThrow();
        Mention taliban = doc.mentions().stream()
                .filter(m -> m.text().equals("Taliban") && m.sentence() == 0).findFirst().orElseThrow();
        assertThat(gunmen.kind()).isEqualTo(Mention.Kind.NAMED_DESCRIPTION);
        assertThat(doc.entityOf(gunmen)).isEqualTo(doc.entityOf(taliban));
        Entity e = entityOf(doc, gunmen);
        assertThat(e.name()).isEqualTo(entityOf(doc, taliban).name()).doesNotContain("gunmen");
        assertThat(e.aliases()).noneMatch(a -> a.contains("gunmen"));
        assertThat(e.described()).isFalse();
    }

    @Test
    void aBareNumberCountsThoseAVerbOfHarmTakes() {
        DocumentContext doc = resolve("The blast killed nine shoppers and wounded more than 30.");
        assertThat(mention(doc, "nine shoppers")).isPresent();
        assertThat(mention(doc, "more than 30")).get().matches(Mention::isDescription);
        // Dates and sums are no people.
        DocumentContext dated = resolve("He was wounded in 2019 and paid 500 dollars for treatment.");
        assertThat(dated.mentions()).noneMatch(m -> m.text().contains("2019") || m.text().contains("500"));
    }

    @Test
    void peopleOfAPlaceAreDescribedAfterItsName() {
        DocumentContext doc = resolve("Shelling forced Kandahar residents to leave their homes.");
        assertThat(mention(doc, "residents")).get().matches(Mention::isDescription);
        assertThat(mention(doc, "Kandahar")).isPresent();
    }

    @Test
    void aPossessivePronounInADescriptionStillStandsForItsAntecedent() {
        DocumentContext doc = resolve("Major Idris Halabi left the base at noon. He said his men would follow.");
        Mention men = mention(doc, "his men").orElseThrow();
        Mention his = doc.mentions().stream().filter(m -> m.text().equals("his")).findFirst().orElseThrow();
        assertThat(men.isDescription()).isTrue();
        assertThat(entityOf(doc, his).name()).contains("Halabi");
    }

    @Test
    void theGroupStandsForTheGroupNamedBeforeIt() {
        DocumentContext doc = resolve("Hezbollah said on Sunday that it had pulled back from the ridge. The group"
                + " blamed the shortage of ammunition.");
        Mention group = mention(doc, "The group").orElseThrow();
        assertThat(entityOf(doc, group).name()).containsIgnoringCase("Hezbollah");
    }

    @Test
    void aCommonPersonNounOrAFarNameJoinsNobody() {
        DocumentContext doc = resolve("Omar Saleh closed his bakery at noon. The man who followed him home was armed.");
        assertThat(entityOf(doc, mention(doc, "The man").orElseThrow()).described()).isTrue();
        DocumentContext far = resolve("Ali Haidar toured Homs. Aid had run short. Roads were cut. Winter came early."
                + " The minister said nothing.");
        assertThat(entityOf(far, mention(far, "The minister").orElseThrow()).described()).isTrue();
    }
}
