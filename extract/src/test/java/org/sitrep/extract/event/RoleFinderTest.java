package org.sitrep.extract.event;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.Dependencies;
import org.sitrep.extract.DocumentContext;
import org.sitrep.extract.Mention;
import org.sitrep.extract.entity.EntityResolver;
import org.sitrep.extract.entity.MentionFinder;
import org.sitrep.extract.gazetteer.Gazetteer;
import org.sitrep.extract.nlp.NlpPipeline;
import org.sitrep.extract.place.PlaceResolver;
import org.sitrep.model.DocDate;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Who did it and to whom, on sentences written for these tests. The models are loaded once for the class. */
class RoleFinderTest {

    private static NlpPipeline pipeline;
    private static Gazetteer gazetteer;

    @BeforeAll
    static void loadModels() {
        gazetteer = Gazetteer.bundled();
        pipeline = new NlpPipeline(gazetteer.entries());
    }

    /** A tagged, parsed document with its mentions found and resolved, as the event stage sees it. */
    private static DocumentContext prepare(String text) {
        DocumentContext doc = new DocumentContext(text, DocDate.UNKNOWN);
        doc.setAnnotation(pipeline.tag(text, null));
        new MentionFinder(gazetteer, PlaceResolver.NONE).process(doc);
        new EntityResolver().process(doc);
        pipeline.parse(doc.sentences());
        return doc;
    }

    private record Found(DocumentContext doc, RoleFinder.Roles roles) {
        List<String> agents() {
            return roles.agents().stream().map(Mention::text).toList();
        }

        List<String> patients() {
            return roles.patients().stream().map(Mention::text).toList();
        }

        /** The entities the agents are mentions of. */
        List<String> agentEntities() {
            return roles.agents().stream().map(doc::entityOf).toList();
        }

        /** The entities the patients are mentions of. */
        List<String> patientEntities() {
            return roles.patients().stream().map(doc::entityOf).toList();
        }

        /** The entity of the name {@code name} in the last sentence ("Hezbollah" in "Hezbollah fighters"). */
        String entityNamed(String name) {
            int s = doc.sentences().size() - 1;
            return doc.mentionsIn(s).stream().filter(m -> m.text().equals(name)).map(doc::entityOf).findFirst()
                    .orElseThrow(() -> new AssertionError("no mention " + name));
        }
    }

    /**
     * That {@code found} are one participant per head word, in order, each a noun phrase with that head word: the
     * party is stated, not how much of its noun phrase the mention spans ("soldiers", "three soldiers").
     */
    private static void headedBy(List<String> found, String... heads) {
        assertThat(found).hasSize(heads.length);
        for (int i = 0; i < heads.length; i++) {
            assertThat(List.of(found.get(i).split("\\s+"))).as("participant %s", found.get(i)).contains(heads[i]);
        }
    }

    /** The roles of the event named by the word {@code trigger} in the last sentence of {@code text}. */
    private static Found roles(String text, String trigger, boolean parsed) {
        DocumentContext doc = prepare(text);
        int s = doc.sentences().size() - 1;
        int at = -1;
        for (int i = 0; i < doc.tokens(s).size(); i++) {
            if (doc.tokens(s).get(i).word().equals(trigger)) {
                at = i;
            }
        }
        assertThat(at).as("trigger %s in %s", trigger, text).isGreaterThanOrEqualTo(0);
        Optional<Dependencies> deps = parsed ? doc.parse(s).map(Dependencies::new) : Optional.empty();
        return new Found(doc, RoleFinder.find(doc, s, at, at + 1, deps));
    }

    private static Found roles(String text, String trigger) {
        return roles(text, trigger, true);
    }

    @Test
    void subjectOfAnActiveVerbDidItAndItsObjectSufferedIt() {
        Found f = roles("Gunmen stormed the checkpoint and killed three soldiers.", "stormed");
        assertThat(f.agents()).containsExactly("Gunmen");
        headedBy(f.patients(), "soldiers");
    }

    @Test
    void whoIsAccusedOfADeedDidItAndTheAccuserDidNot() {
        Found f = roles("Monitors accused the army of burning the granaries of Tessit.", "burning");
        headedBy(f.agents(), "army");
        assertThat(f.agents()).doesNotContain("Monitors");
        Found g = roles("Anton Weiler, who is charged with killing four villagers, appeared in court.", "killing");
        assertThat(g.agents()).containsExactly("Anton Weiler");
        headedBy(g.patients(), "villagers");
        // a deed named by a noun, and an attack that only sets the time, by other hands
        Found h = roles("Rights groups accused the army of abuses, including rape, against villagers during raids"
                + " after the rebels' attacks on police posts.", "rape");
        headedBy(h.agents(), "army");
        headedBy(h.patients(), "villagers");
    }

    @Test
    void membersOfANamedGroupStandForTheGroupAndAGroupOfMenForTheMen() {
        Found f = roles("Members of the Tarmel Liberation Front attacked a police post near the town.", "attacked");
        assertThat(f.agents()).containsExactly("Tarmel Liberation Front");
        Found g = roles("On Sunday a band of armed men abducted two engineers from the dam site.", "abducted");
        headedBy(g.agents(), "men");
        headedBy(g.patients(), "engineers");
    }

    @Test
    void whomADeedIsAttributedToDidIt() {
        Found f = roles("Investigators attributed the bombing to the Tarmel Liberation Front.", "bombing");
        assertThat(f.agents()).containsExactly("Tarmel Liberation Front");
        Found g = roles("The ambush on the convoy was blamed on the Tarmel Liberation Front.", "ambush");
        assertThat(g.agents()).containsExactly("Tarmel Liberation Front");
    }

    @Test
    void whoIsBlamedDidItNotWhoBlames() {
        Found f = roles("The army blamed the Tarmel Liberation Front for the raid on the depot.", "blamed");
        assertThat(f.agents()).containsExactly("Tarmel Liberation Front");
    }

    @Test
    void whoIsArrestedForADeedDidIt() {
        Found f = roles("The president announced the arrest of 45 soldiers for killing six priests in the capital.",
                "killing");
        headedBy(f.agents(), "soldiers");
        headedBy(f.patients(), "priests");
    }

    @Test
    void whoIsHeldResponsibleForADeedDidIt() {
        Found f = roles("The governor holds the Tarmel Liberation Front responsible for the assassination of Mayor Ana"
                + " Ruiz.", "assassination");
        assertThat(f.agents()).anyMatch(a -> a.contains("Tarmel Liberation Front")).noneMatch(a -> a.contains("governor"));
        assertThat(f.patients()).containsExactly("Ana Ruiz");
        Found g = roles("A local gang was responsible for the killing of Tomas Vidal, police said.", "killing");
        headedBy(g.agents(), "gang");
        assertThat(g.patients()).containsExactly("Tomas Vidal");
    }

    @Test
    void aPronounSubjectOfWhatAPartySaysIsThatParty() {
        Found f = roles("Border police said they arrested two smugglers near the crossing on Friday.", "arrested");
        headedBy(f.agents(), "police");
        headedBy(f.patients(), "smugglers");
    }

    @Test
    void whoeverSetsOffAMineSuffersIt() {
        Found f = roles("Two farmers were killed when they stepped on a landmine near Perla.", "landmine");
        assertThat(f.agents()).isEmpty();
        headedBy(f.patients(), "farmers");
    }

    @Test
    void whoClaimsCreditForADeedDidIt() {
        Found f = roles("The Tarmel Liberation Front claimed credit for the bombing of the rail bridge.", "bombing");
        assertThat(f.agents()).containsExactly("Tarmel Liberation Front");
    }

    @Test
    void aThatOpeningAClauseIsNoPartOfWhoSufferedIt() {
        Found f = roles("The ministry confirmed that two engineers were kidnapped near the border.", "kidnapped");
        assertThat(f.patients()).containsExactly("two engineers");
    }

    @Test
    void passiveSubjectSufferedItAndTheByPhraseDidIt() {
        Found f = roles("Government troops were attacked by rebel fighters near Hama.", "attacked");
        assertThat(f.agents()).containsExactly("rebel fighters");
        assertThat(f.patients()).containsExactly("Government troops");
    }

    @Test
    void theSubjectOfAVerbAnInfinitiveCompletesDidTheDeed() {
        Found f = roles("The Harbour Council voted on Monday to impose sanctions on the Velda shipping line.",
                "sanctions");
        headedBy(f.agents(), "Council");
    }

    @Test
    void aDefendantWhoPleadsIsTheOneTheCaseIsAgainst() {
        Found f = roles("Colonel Idris Barzani pleaded guilty to ordering the shelling.", "pleaded");
        assertThat(f.agents()).isEmpty();
        assertThat(f.patients()).containsExactly("Idris Barzani");
    }

    @Test
    void thoseWhoDieAreVictimsEvenAsSubjects() {
        Found f = roles("Three soldiers died in the blast.", "blast");
        assertThat(f.agents()).isEmpty();
        headedBy(f.patients(), "soldiers");
    }

    @Test
    void aHeadlineParticipleIsPassive() {
        Found f = roles("12 militants killed in drone strike", "killed");
        assertThat(f.agents()).isEmpty();
        headedBy(f.patients(), "militants");
    }

    @Test
    void victimsOfAKillingElsewhereInTheSentenceArePatientsOfTheEvent() {
        Found f = roles("Rebel fighters ambushed the convoy on Tuesday, killing four soldiers.", "ambushed");
        headedBy(f.agents(), "fighters");
        headedBy(f.patients(), "soldiers");
    }

    @Test
    void speakersAreSourcesNotParties() {
        Found f = roles("Hezbollah said that Israeli warplanes struck the convoy.", "struck");
        assertThat(f.agents()).containsExactly("Israeli warplanes");
        assertThat(f.patients()).doesNotContain("Hezbollah");
        Found g = roles("The Kurdish militia killed four fighters, the Pentagon said.", "killed");
        assertThat(g.agents()).containsExactly("The Kurdish militia");
        headedBy(g.patients(), "fighters");
        Found h = roles("Hamas claimed the attack.", "attack");
        assertThat(h.agents()).isEmpty();
        assertThat(h.patients()).isEmpty();
    }

    @Test
    void aNationalityAloneIsNoParticipant() {
        Found f = roles("Turkish shelling killed two civilians.", "killed");
        assertThat(f.agents()).isEmpty();
        headedBy(f.patients(), "civilians");
    }

    @Test
    void aRelativePronounStandsForTheNounItsClauseDescribesAndIsNothingAlone() {
        Found f = roles("The gunmen who stormed the hotel were arrested.", "stormed");
        assertThat(f.agents()).containsExactly("The gunmen");
        Found g = roles("The gunmen who stormed the hotel were arrested.", "arrested");
        assertThat(g.agents()).isEmpty();
        assertThat(g.patients()).containsExactly("The gunmen");
        Found h = roles("A bomb that killed five soldiers went off.", "killed");
        assertThat(h.agents()).isEmpty();
        headedBy(h.patients(), "soldiers");
    }

    @Test
    void aNameBeatsItsDescription() {
        Found f = roles("The Islamist group Boko Haram attacked the village.", "attacked");
        assertThat(f.agents()).containsExactly("Boko Haram");
    }

    @Test
    void aPronounStandsForTheGroupNamedBefore() {
        Found f = roles("The Taliban claimed the ambush. They killed eight soldiers.", "killed");
        assertThat(f.agents()).hasSize(1);
        Mention they = f.roles().agents().getFirst();
        Mention taliban = f.doc().mentionsIn(0).stream().filter(m -> m.text().equals("Taliban")).findFirst().orElseThrow();
        assertThat(f.doc().entityOf(they)).isEqualTo(f.doc().entityOf(taliban));
        // claiming it does not make the Taliban a party to the ambush in the first sentence
        Found g = roles("The Taliban claimed the ambush.", "ambush");
        assertThat(g.agents()).isEmpty();
    }

    @Test
    void theSidesOfABattleAreFirstAndSecondActor() {
        Found f = roles("Heavy fighting between Kurdish fighters and Islamic State militants continued.", "fighting");
        headedBy(f.agents(), "fighters");
        // "Islamic State militants" mentions Islamic State
        assertThat(f.patientEntities()).containsExactly(f.entityNamed("Islamic State"));
    }

    @Test
    void anEventNounTakesItsDoerFromTheVerbThatGovernsIt() {
        Found f = roles("The bombing was probably carried out by the militant group Hamas.", "bombing");
        assertThat(f.agents()).containsExactly("Hamas");
        Found g = roles("Al-Shabaab militants began a string of attacks on Mogadishu.", "attacks");
        assertThat(g.agentEntities()).containsExactly(g.entityNamed("Al-Shabaab"));
    }

    @Test
    void whoReactsToAnEventDidNotDoIt() {
        Found f = roles("Prime Minister Ilse Varga condemned the bombing of the ferry terminal.", "bombing");
        assertThat(f.agents()).isEmpty();
        Found g = roles("Senator Ruth Obi brushed off the indictments as a partisan stunt.", "indictments");
        assertThat(g.agents()).isEmpty();
    }

    @Test
    void whoFacesAProceedingIsTheOneItIsAgainst() {
        Found f = roles("Ana Ruiz and Leo Marsh now face charges of fraud in Lisbon.", "charges");
        assertThat(f.agents()).isEmpty();
        assertThat(f.patients()).containsExactly("Ana Ruiz", "Leo Marsh");
    }

    @Test
    void withoutAParseWordOrderDecides() {
        Found f = roles("Hezbollah fighters attacked Israeli troops on Friday.", "attacked", false);
        // one agent, "Hezbollah fighters" or its name: both mention Hezbollah
        assertThat(f.agentEntities()).containsExactly(f.entityNamed("Hezbollah"));
        headedBy(f.patients(), "troops");
    }

    @Test
    void withoutAWordOfTheDeedOnlyTheSentencesWordsOfHarmGiveRoles() {
        DocumentContext doc = prepare("The letter was signed by Ana Ruiz as gunmen shot two guards outside the "
                + "house.");
        Found f = new Found(doc, RoleFinder.ofDeedWords(doc, 0, doc.parse(0).map(Dependencies::new)));
        headedBy(f.agents(), "gunmen");
        headedBy(f.patients(), "guards");
    }

    @Test
    void theVictimsOfAnEarlierDeedInADescribingClauseAreNotTheEventsVictims() {
        Found f = roles("The bomb exploded beside the old barracks, where 40 recruits were killed when rebels "
                + "stormed it two decades ago.", "exploded");
        assertThat(f.patients()).noneMatch(p -> p.contains("recruits"));
    }

    @Test
    void anAppositionNamesTheOneDescribedBeforeAModifierDoes() {
        Found f = roles("Gunmen abducted a former Viktor Kessler aide, Mara Quint, outside her home.", "abducted");
        assertThat(f.patients()).contains("Mara Quint").doesNotContain("Viktor Kessler");
    }

    @Test
    void theSideOneClashesWithIsTheOtherParty() {
        Found f = roles("Government troops clashed with rebel fighters near the border.", "clashed");
        headedBy(f.agents(), "troops");
        headedBy(f.patients(), "fighters");
    }
}
