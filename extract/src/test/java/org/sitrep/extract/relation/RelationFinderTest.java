package org.sitrep.extract.relation;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.DocumentExtraction;
import org.sitrep.extract.Entity;
import org.sitrep.extract.Extractor;
import org.sitrep.extract.InputDocument;
import org.sitrep.extract.Relation;
import org.sitrep.extract.RelationType;
import org.sitrep.extract.place.GeocoderPlaceResolver;
import org.sitrep.model.DocDate;

import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The relation patterns, each on sentences written for these tests. One extractor for the class. */
class RelationFinderTest {

    private static Extractor extractor;

    @BeforeAll
    static void loadModels() {
        extractor = Extractor.builder().places(GeocoderPlaceResolver.bundled()).build();
    }

    private static DocumentExtraction extract(String text) {
        return extractor.extract(InputDocument.of("t", text, DocDate.given(LocalDate.of(2016, 3, 1))));
    }

    private static Optional<String> idOf(DocumentExtraction x, String name) {
        return x.entities().stream().filter(e -> e.name().equals(name)).map(Entity::id).findFirst();
    }

    private static boolean has(DocumentExtraction x, RelationType type, String subject, String object) {
        Optional<String> s = idOf(x, subject);
        Optional<String> o = idOf(x, object);
        return s.isPresent() && o.isPresent() && x.relations().stream().anyMatch(r -> r.type() == type
                && (r.subject().equals(s.get()) && r.object().equals(o.get())
                || type.isSymmetric() && r.subject().equals(o.get()) && r.object().equals(s.get())));
    }

    private static void assertHas(DocumentExtraction x, RelationType type, String subject, String object) {
        assertThat(has(x, type, subject, object)).as("%s %s -> %s in %s / %s", type, subject, object, x.relations(),
                x.entities().stream().map(Entity::name).toList()).isTrue();
    }

    private static void assertNone(DocumentExtraction x, RelationType type) {
        assertThat(x.relations()).as("no %s", type).noneMatch(r -> r.type() == type);
    }

    @Test
    void aCueNounIsNoVerb() {
        DocumentExtraction x = extract("After ISIL's defeat, the Free Syrian Army moved north.");
        assertNone(x, RelationType.FIGHTING_AGAINST);
    }

    @Test
    void namesThatFightTogetherAreAllies() {
        DocumentExtraction x = extract("Turkey, the Free Syrian Army and the Peshmerga are determined to defeat ISIL.");
        assertHas(x, RelationType.FIGHTING_AGAINST, "Turkey", "Islamic State");
        assertHas(x, RelationType.FIGHTING_AGAINST, "Peshmerga", "Islamic State");
        assertHas(x, RelationType.ALLIANCE, "Turkey", "Free Syrian Army");
        assertHas(x, RelationType.ALLIANCE, "Free Syrian Army", "Peshmerga");
    }

    @Test
    void aNewClauseEndsTheList() {
        DocumentExtraction x = extract("The Peshmerga attacked Nusra Front positions, and Hezbollah has supported the "
                + "Syrian army.");
        assertHas(x, RelationType.FIGHTING_AGAINST, "Peshmerga", "Nusra Front");
        assertThat(has(x, RelationType.FIGHTING_AGAINST, "Peshmerga", "Hezbollah")).isFalse();
        assertThat(has(x, RelationType.ALLIANCE, "Nusra Front", "Syrian Arab Army")).isFalse();
    }

    @Test
    void supportForIsAnAlliance() {
        assertHas(extract("Turkey reaffirmed its support for the Free Syrian Army."), RelationType.ALLIANCE, "Turkey",
                "Free Syrian Army");
    }

    @Test
    void operationsAndRefugeesAreNoAllies() {
        assertNone(extract("Jordan sent aircraft to support Operation Inherent Resolve."), RelationType.ALLIANCE);
        assertNone(extract("Turkey continues supporting Syrian refugees."), RelationType.ALLIANCE);
    }

    @Test
    void peopleAreNoSideOfAFight() {
        assertNone(extract("Ashton Carter vowed to defeat ISIL."), RelationType.FIGHTING_AGAINST);
    }

    @Test
    void killedMembersBelongToNobodyWhoKilledThem() {
        DocumentExtraction x = extract("ISIL executed 40 members of the Shaitat tribe.");
        assertThat(x.relations()).noneMatch(r -> r.type() == RelationType.MEMBERSHIP
                && r.subject().equals(idOf(x, "Islamic State").orElse("")));
    }

    @Test
    void joiningAStateIsNoMembership() {
        assertNone(extract("American troops will join Jordan in a training exercise."), RelationType.MEMBERSHIP);
    }

    @Test
    void theArticleTellsAMemberFromTheLeader() {
        assertHas(extract("Abu Omar al-Shishani, an ISIL commander, was killed in the strike."),
                RelationType.MEMBERSHIP, "Abu Omar al-Shishani", "Islamic State");
        assertHas(extract("Abu Bakr al-Baghdadi, the ISIL leader, appeared in a video."), RelationType.LEADERSHIP,
                "Abu Bakr al-Baghdadi", "Islamic State");
    }

    @Test
    void aRoleBetweenCommasLinksHolderAndBody() {
        assertHas(extract("David Petraeus, commander, U.S. Central Command, said the plan was sound."),
                RelationType.LEADERSHIP, "David Petraeus", "U.S. Central Command");
    }

    @Test
    void fightersFromAGroupBelongToIt() {
        DocumentExtraction x = extract("Militants from Hezbollah crossed the border at dawn.");
        assertThat(x.relations()).anyMatch(r -> r.type() == RelationType.MEMBERSHIP
                && r.object().equals(idOf(x, "Hezbollah").orElseThrow()));
    }

    @Test
    void anExampleBelongsToItsGroup() {
        DocumentExtraction x = extract("The regime's backers, notably Iran, blocked the resolution.");
        assertThat(x.relations()).anyMatch(r -> r.type() == RelationType.MEMBERSHIP
                && r.subject().equals(idOf(x, "Iran").orElseThrow()));
    }

    @Test
    void holdingAPlaceSaidWithNounsAndPassives() {
        assertHas(extract("ISIL has had control of Mosul since 2014."), RelationType.CONTROL, "Islamic State", "Mosul");
        assertHas(extract("Iraqi forces launched an offensive to liberate Ramadi from ISIL."), RelationType.CONTROL,
                "Islamic State", "Ramadi");
        assertHas(extract("Palmyra was taken by ISIL in May."), RelationType.CONTROL, "Islamic State", "Palmyra");
    }

    @Test
    void aFrontedPurposeNamesTheEnemy() {
        assertHas(extract("To defeat ISIL, the Peshmerga need heavier weapons."), RelationType.FIGHTING_AGAINST,
                "Peshmerga", "Islamic State");
    }

    @Test
    void fireFromAGroupIsFighting() {
        assertHas(extract("Peshmerga units came under heavy fire from ISIL fighters near the dam."),
                RelationType.FIGHTING_AGAINST, "Islamic State", "Peshmerga");
    }

    @Test
    void aStateNamedAsThePlaceOfAStrikeIsNoSide() {
        DocumentExtraction x = extract("Two ISIL fighters were killed in a coalition airstrike near Manbij, Syria.");
        assertThat(x.relations()).noneMatch(r -> r.type() == RelationType.FIGHTING_AGAINST
                && (r.subject().equals(idOf(x, "Syria").orElse("")) || r.object().equals(idOf(x, "Syria").orElse(""))));
    }

    @Test
    void aUnitAndItsFormationAreNoList() {
        DocumentExtraction x = extract("Sergeant Jones was assigned to 1st Battalion, 75th Ranger Regiment.");
        assertHas(x, RelationType.MEMBERSHIP, "Jones", "1st Battalion");
        assertHas(x, RelationType.MEMBERSHIP, "1st Battalion", "75th Ranger Regiment");
        assertThat(has(x, RelationType.MEMBERSHIP, "Jones", "75th Ranger Regiment")).isFalse();
    }

    @Test
    void aGroupsCapitalOrStrongholdIsHeldByIt() {
        assertHas(extract("Kurdish units advanced on Raqqa, ISIL's self-proclaimed capital, on Monday."),
                RelationType.CONTROL, "Islamic State", "Raqqa");
        assertHas(extract("The offensive on the town of Tal Afar, a key ISIL stronghold, began at dawn."),
                RelationType.CONTROL, "Islamic State", "Tal Afar");
    }

    @Test
    void controlOfAPlaceAfterANameWithANationality() {
        assertHas(extract("The Iraqi army regained full control of Fallujah on Sunday."), RelationType.CONTROL,
                "Iraqi Security Forces", "Fallujah");
    }

    @Test
    void deliveringADefeatIsFighting() {
        assertHas(extract("The coalition hopes to deliver ISIL a decisive defeat."), RelationType.FIGHTING_AGAINST,
                "Global Coalition", "Islamic State");
    }

    @Test
    void aBodyNamingAResolutionIsNoParty() {
        DocumentExtraction x = extract("Hezbollah defied Security Council Resolution 1701 and backed the Syrian army.");
        assertHas(x, RelationType.ALLIANCE, "Hezbollah", "Syrian Arab Army");
        assertThat(x.relations()).noneMatch(r -> r.type() == RelationType.ALLIANCE
                && r.object().equals(idOf(x, "Hezbollah").orElseThrow()));
        assertThat(x.relations()).filteredOn(r -> r.type() == RelationType.ALLIANCE).hasSize(1);
    }

    @Test
    void takingPartAfterAVerbOfActivity() {
        assertHas(extract("Turkey is working as part of the Global Coalition."), RelationType.MEMBERSHIP, "Turkey",
                "Global Coalition");
    }

    @Test
    void anExampleAfterAnAcronym() {
        assertHas(extract("Western officials praised the Popular Mobilization Forces (PMF), especially the Badr "
                + "Organization, for the advance."), RelationType.MEMBERSHIP, "Badr Organization",
                "Popular Mobilization Forces");
    }

    @Test
    void victimsOfAPassiveAndBesiegedPlacesAreNoSide() {
        assertNone(extract("Hundreds of Yazidis have been killed by ISIL since 2014."), RelationType.FIGHTING_AGAINST);
        assertNone(extract("Aid convoys to areas besieged by Hezbollah were blocked by the Syrian army."),
                RelationType.FIGHTING_AGAINST);
    }

    @Test
    void aCommaEndsTheObjectOfAVerbOfFighting() {
        assertNone(extract("The strike killed 12 fighters and destroyed three vehicles, Turkey's defence ministry said."),
                RelationType.FIGHTING_AGAINST);
    }

    @Test
    void aPartOfAPlaceIsNoMembership() {
        assertNone(extract("Peshmerga units deployed in the southern part of the Kurdistan Regional Government's "
                + "territory."), RelationType.MEMBERSHIP);
        assertHas(extract("Peshmerga units deployed as part of the Kurdistan Regional Government's forces."),
                RelationType.MEMBERSHIP, "Peshmerga", "Kurdistan Regional Government");
    }

    @Test
    void onlyAPersonHoldsAPost() {
        assertNone(extract("The US Secretary of State met Lavrov."), RelationType.LEADERSHIP);
    }

    @Test
    void aFrontedSupportPhraseNamesAnAlly() {
        assertHas(extract("With the backing of Turkey, the Free Syrian Army entered Jarabulus."), RelationType.ALLIANCE,
                "Free Syrian Army", "Turkey");
    }

    @Test
    void aPartyWithinABodyBelongsToIt() {
        assertHas(extract("Britain will keep working with Turkey within NATO on border security."),
                RelationType.MEMBERSHIP, "Turkey", "NATO");
    }

    @Test
    void anExampleAfterAGroupNoun() {
        assertHas(extract("The minister thanked the Coalition partners, especially Jordan, for their help."),
                RelationType.MEMBERSHIP, "Jordan", "Global Coalition");
    }
}
