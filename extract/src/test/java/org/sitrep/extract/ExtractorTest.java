package org.sitrep.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.gazetteer.GazetteerEntry;
import org.sitrep.extract.place.GeocoderPlaceResolver;
import org.sitrep.model.DocDate;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Each phenomenon the extractor handles, on sentences written for these tests. One extractor for the class. */
class ExtractorTest {

    private static Extractor extractor;

    @BeforeAll
    static void loadModels() {
        extractor = Extractor.builder().places(GeocoderPlaceResolver.bundled()).build();
    }

    private static DocumentExtraction extract(String text) {
        return extractor.extract(InputDocument.of("t", text, DocDate.given(LocalDate.of(2016, 2, 25))));
    }

    private static Optional<Entity> entityNamed(DocumentExtraction x, String name) {
        return x.entities().stream().filter(e -> e.name().equals(name)).findFirst();
    }

    private static String idOf(DocumentExtraction x, String name) {
        return entityNamed(x, name).orElseThrow(() -> new AssertionError("no entity " + name + " in " + x.entities()))
                .id();
    }

    @Test
    void surnameAndTitledMentionsJoinTheFullName() {
        DocumentExtraction x = extract("Nabil Qassem, a trader from Homs, flew to Beirut on Tuesday. "
                + "Customs officers questioned Mr. Qassem for three hours, and Qassem later complained.");
        Entity person = entityNamed(x, "Nabil Qassem").orElseThrow();
        assertThat(person.type()).isEqualTo(EntityType.PERSON);
        assertThat(person.mentions()).hasSize(3);
        assertThat(person.aliases()).containsExactly("Qassem");
    }

    @Test
    void acronymJoinsTheNameItAbbreviates() {
        DocumentExtraction x = extract("The Northern Relief Council (NRC) opened an office in Erbil last year. "
                + "In March the NRC closed it again.");
        Entity council = entityNamed(x, "Northern Relief Council").orElseThrow();
        assertThat(council.aliases()).contains("NRC");
        assertThat(x.entities().stream().filter(e -> e.name().equals("NRC"))).isEmpty();
    }

    @Test
    void gazetteerSpellingsResolveToOneArmedGroup() {
        DocumentExtraction x = extract("Daesh fighters withdrew from the village. Residents said ISIL had left mines behind, "
                + "and the Islamic State later denied it.");
        Entity group = entityNamed(x, "Islamic State").orElseThrow();
        assertThat(group.type()).isEqualTo(EntityType.ARMED_GROUP);
        assertThat(group.mentions().size()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void airStrikeWithTollPlaceAndRelativeDate() {
        DocumentExtraction x = extract("Russian warplanes struck a market in Daraya on Sunday, killing at least 12 civilians.");
        Event strike = x.events().stream().filter(v -> v.type() == EventType.AIR_DRONE_STRIKE).findFirst().orElseThrow();
        assertThat(strike.fatalities()).isEqualTo(new Fatalities(12, 12, null));
        assertThat(strike.location()).isNotNull();
        assertThat(strike.location().name()).isEqualTo("Daraya");
        assertThat(strike.location().country()).isEqualTo("SY");
        assertThat(strike.date().precision()).isEqualTo("day");
        assertThat(strike.date().value()).startsWith("2016-02-2");
        assertThat(strike.modality()).isEqualTo(Modality.ASSERTED);
    }

    @Test
    void aDayOfTheMonthIsNotATollEvenBesideTheDeathWord() {
        DocumentExtraction x = extract("At least 23 civilians were killed on Thursday, 4 February, when warplanes "
                + "struck the town of Tal Rifaat.");
        Event strike = x.events().stream().filter(v -> v.fatalities() != null).findFirst().orElseThrow();
        assertThat(strike.fatalities()).isEqualTo(new Fatalities(23, 23, null));
    }

    @Test
    void aBreakdownOfTheDeadIsNotTheToll() {
        DocumentExtraction x = extract("At least 40 villagers, among them nine children and three women, were killed"
                + " when rockets hit the market.");
        assertThat(x.events()).filteredOn(v -> v.fatalities() != null).first()
                .satisfies(v -> assertThat(v.fatalities().low()).isEqualTo(40));
        DocumentExtraction y = extract("Twelve people, four of them nurses, were killed when rockets hit the clinic.");
        assertThat(y.events()).filteredOn(v -> v.fatalities() != null).first()
                .satisfies(v -> assertThat(v.fatalities().best()).isEqualTo(12));
    }

    @Test
    void aDatelineIsNotTheSpeaker() {
        DocumentExtraction x = extract("DAMASCUS, 3 March 2016 \u2014 Local activists said two rockets hit the bakery.");
        assertThat(x.claims()).singleElement().satisfies(c -> assertThat(c.sourceText()).isEqualTo("Local activists"));
    }

    @Test
    void whereTheReporterIsBasedIsNotWhereItHappened() {
        // Whether the heads take this sentence as an occurrence is theirs to judge; if they do, Britain is no place.
        DocumentExtraction x = extract("Casualty Watch, a group based in Britain, said shelling killed 15 people.");
        assertThat(x.events()).allSatisfy(v -> assertThat(v.location()).isNull());
        DocumentExtraction y = extract("The Gaziantep-based relief committee said shelling killed 7 people in Azaz.");
        assertThat(y.events()).filteredOn(v -> v.fatalities() != null).first()
                .satisfies(v -> assertThat(v.location().name()).isEqualTo("Azaz"));
    }

    @Test
    void anAgencyQuotingASourceIsWhoSaysIt() {
        DocumentExtraction x = extract("State television, quoting an army officer, said troops and \"allied forces\""
                + " had destroyed \"terrorist positions\" near Azaz, killing 12 militants.");
        assertThat(x.claims()).singleElement().satisfies(c -> assertThat(c.sourceText()).startsWith("State television"));
        assertThat(x.events()).filteredOn(v -> v.fatalities() != null).first()
                .satisfies(v -> assertThat(v.claim()).isEqualTo(x.claims().getFirst().id()));
    }

    @Test
    void civiliansSufferAttacksRatherThanCarryThemOut() {
        DocumentExtraction x = extract("Dozens of civilians were killed on Monday when warplanes struck the market.");
        assertThat(x.events()).isNotEmpty().allSatisfy(v -> assertThat(v.actors())
                .noneMatch(a -> x.entities().stream().anyMatch(e -> e.id().equals(a) && e.name().contains("civilians"))));
    }

    @Test
    void competingAccountsInOneSentenceGiveNoTollOfTheirOwn() {
        DocumentExtraction x = extract("Reports of the shelling of Azaz differed, with medics saying 30 people had died"
                + " and the army saying it had killed 6 militants.");
        assertThat(x.events()).filteredOn(v -> v.claim() == null).allSatisfy(v -> assertThat(v.fatalities()).isNull());
    }

    @Test
    void sanctionsImposedOnSomeoneTargetThem() {
        DocumentExtraction x = extract("Britain on Tuesday, March 8, imposed sanctions on Karim Nassar, a Lebanese trader.");
        assertThat(x.events()).filteredOn(v -> v.type() == EventType.SANCTION).singleElement()
                .satisfies(v -> assertThat(v.targets()).containsExactly(idOf(x, "Karim Nassar")));
        relation(x, RelationType.SANCTIONED_BY, "Karim Nassar", "United Kingdom");
    }

    @Test
    void whatIsDisputedIsNotWhoDisputesIt() {
        DocumentExtraction x = extract("Death toll disputed after bombardment of northern Aleppo town.");
        assertThat(x.claims()).noneMatch(c -> "Death toll".equals(c.sourceText()));
    }

    @Test
    void vagueTollsBecomeDocumentedRanges() {
        DocumentExtraction x = extract("Shelling of the old city killed dozens of people overnight.");
        Event shelling = x.events().getFirst();
        assertThat(shelling.type()).isEqualTo(EventType.SHELLING);
        assertThat(shelling.fatalities()).isEqualTo(new Fatalities(12, 12, 99));
    }

    @Test
    void countedViolationsOfATruceAreTaggedAndAlleged() {
        DocumentExtraction x = extract("Opposition groups accused government forces of carrying out 15 shelling attacks "
                + "in violation of the truce.");
        // A counted breach is kept whatever the heads make of it; its kind of violence is theirs to name.
        Event v = x.events().stream().filter(e -> e.tags().contains("ceasefire_violation")).findFirst().orElseThrow();
        assertThat(v.type().isViolent()).isTrue();
        assertThat(v.count()).isEqualTo(15);
        assertThat(v.tags()).contains("ceasefire_violation");
        assertThat(v.modality()).isEqualTo(Modality.ALLEGED);
        assertThat(v.claim()).isNotNull();
        Claim c = x.claims().stream().filter(cl -> cl.id().equals(v.claim())).findFirst().orElseThrow();
        assertThat(c.stance()).isEqualTo(Stance.ACCUSES);
        assertThat(c.about()).contains(v.id());
    }

    @Test
    void deniedEventCarriesTheDenialClaim() {
        DocumentExtraction x = extract("The Turkish army denied that its artillery shelled Kurdish positions near Azaz.");
        Claim denial = x.claims().stream().filter(c -> c.stance() == Stance.DENIES).findFirst().orElseThrow();
        assertThat(denial.cue().text()).isEqualTo("denied");
        Event v = x.events().stream().filter(e -> e.type() == EventType.SHELLING).findFirst().orElseThrow();
        assertThat(v.modality()).isEqualTo(Modality.DENIED);
        assertThat(v.claim()).isEqualTo(denial.id());
    }

    @Test
    void attributionWithAccordingTo() {
        DocumentExtraction x = extract("Two car bombs exploded at a checkpoint in Homs, according to the Britain-based Syrian Observatory "
                + "for Human Rights.");
        Claim c = x.claims().getFirst();
        assertThat(c.cue().text()).isEqualTo("according to");
        assertThat(c.source()).isEqualTo(idOf(x, "Syrian Observatory for Human Rights"));
        Event v = x.events().stream().filter(e -> e.type() == EventType.REMOTE_EXPLOSIVE).findFirst().orElseThrow();
        assertThat(v.modality()).isEqualTo(Modality.REPORTED);
    }

    @Test
    void plannedAndPastEventsHaveTheirModality() {
        // A plan is no occurrence: it may be left out, and if kept it must not read as something that happened.
        DocumentExtraction future = extract("Kurdish commanders will launch an offensive on Raqqa against Islamic State fighters.");
        assertThat(future.events()).allSatisfy(v -> assertThat(v.modality()).isEqualTo(Modality.FUTURE));
        DocumentExtraction past = extract("In 2014, Islamic State militants captured Mosul from the Iraqi army.");
        Event capture = past.events().getFirst();
        assertThat(capture.type()).isEqualTo(EventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY);
        assertThat(capture.modality()).isEqualTo(Modality.HISTORICAL);
    }

    @Test
    void leaderTitleBeforeAPersonIsLeadership() {
        DocumentExtraction x = extract("Nusra Front leader Abu Mohammad al-Julani appeared in a video on Thursday.");
        assertThat(x.relations()).anySatisfy(r -> {
            assertThat(r.type()).isEqualTo(RelationType.LEADERSHIP);
            assertThat(r.subject()).isEqualTo(idOf(x, "Abu Mohammad al-Julani"));
            assertThat(r.object()).isEqualTo(idOf(x, "Nusra Front"));
        });
    }

    @Test
    void backedByIsAllianceAndFightingIsHostility() {
        DocumentExtraction x = extract("The U.S.-backed Syrian Democratic Forces fought the Islamic State near Manbij.");
        String sdf = idOf(x, "Syrian Democratic Forces");
        assertThat(x.relations()).anySatisfy(r -> {
            assertThat(r.type()).isEqualTo(RelationType.ALLIANCE);
            assertThat(r.subject()).isEqualTo(idOf(x, "United States"));
            assertThat(r.object()).isEqualTo(sdf);
        });
        assertThat(x.relations()).anySatisfy(r -> {
            assertThat(r.type()).isEqualTo(RelationType.FIGHTING_AGAINST);
            assertThat(List.of(r.subject(), r.object())).contains(sdf, idOf(x, "Islamic State"));
        });
    }

    @Test
    void sanctionIsAnEventAndARelation() {
        DocumentExtraction x = extract("The Treasury Department sanctioned Al-Fajr Trading Company on Wednesday.");
        assertThat(x.events()).anySatisfy(v -> assertThat(v.type()).isEqualTo(EventType.SANCTION));
        String company = x.entities().stream().filter(e -> e.type() == EntityType.COMPANY).findFirst().orElseThrow().id();
        assertThat(x.relations()).anySatisfy(r -> {
            assertThat(r.type()).isEqualTo(RelationType.SANCTIONED_BY);
            assertThat(r.subject()).isEqualTo(company);
            assertThat(r.object()).isEqualTo(idOf(x, "U.S. Department of the Treasury"));
        });
    }

    @Test
    void placeInCountryIsLocatedIn() {
        DocumentExtraction x = extract("Aid convoys reached Madaya, Syria, after months of siege.");
        assertThat(x.relations()).anySatisfy(r -> {
            assertThat(r.type()).isEqualTo(RelationType.LOCATED_IN);
            assertThat(r.subject()).isEqualTo(idOf(x, "Madaya"));
            assertThat(r.object()).isEqualTo(idOf(x, "Syria"));
        });
    }

    @Test
    void onlySentencesThatMayCarrySomethingAreParsed() {
        Extractor.Measured m = extractor.extractMeasured(InputDocument.of("t",
                "The weather was mild. Markets opened late. Jets bombed the bridge near Hama.", DocDate.UNKNOWN));
        assertThat(m.sentences()).isEqualTo(3);
        assertThat(m.parsed()).isEqualTo(1);
    }

    @Test
    void spansHoldOnTextOutsideTheBasicPlane() {
        String text = "😀 Reports 😀 said Hezbollah fighters clashed with rebels near Zabadani 😀.";
        DocumentExtraction x = extract(text);
        SpanInvariant.check(text, x);
        assertThat(entityNamed(x, "Hezbollah")).isPresent();
    }

    private static Relation relation(DocumentExtraction x, RelationType type, String subject, String object) {
        return x.relations().stream().filter(r -> r.type() == type && r.subject().equals(idOf(x, subject))
                        && r.object().equals(idOf(x, object))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " " + subject + " -> " + object + " in " + x.relations()));
    }

    @Test
    void apposedBusinessNounTypesTheNameAndOwnedByIsOwnership() {
        DocumentExtraction x = extract("The ministry gave the pipeline job to Volgaprom, a Russian drilling company "
                + "owned by Pavel Sorokin. Volgaprom began work in May.");
        Entity firm = entityNamed(x, "Volgaprom").orElseThrow();
        assertThat(firm.type()).isEqualTo(EntityType.COMPANY);
        assertThat(firm.mentions()).hasSize(2);
        Relation owns = relation(x, RelationType.OWNERSHIP, "Pavel Sorokin", "Volgaprom");
        assertThat(owns.modality()).isEqualTo(Modality.ASSERTED);
        assertThat(x.relations()).noneMatch(r -> r.type() == RelationType.OWNERSHIP
                && x.entities().stream().anyMatch(e -> e.id().equals(r.object()) && e.type() == EntityType.NATIONALITY));
        SpanInvariant.check("The ministry gave the pipeline job to Volgaprom, a Russian drilling company "
                + "owned by Pavel Sorokin. Volgaprom began work in May.", x);
    }

    @Test
    void subcontractorWithoutItsContractorTakesTheFirmNamedBefore() {
        String text = "The refinery contract went to Kestrel Industries in 2009. "
                + "Most of the welding was passed to a local subcontractor, Dunmore Fabrication Company.";
        DocumentExtraction x = extract(text);
        Relation sub = relation(x, RelationType.SUBCONTRACTOR, "Dunmore Fabrication Company", "Kestrel Industries");
        assertThat(sub.evidence().text()).startsWith("Kestrel Industries").endsWith("Dunmore Fabrication Company");
        SpanInvariant.check(text, x);
    }

    @Test
    void relativeClauseAndFoundersPossessiveGiveOwnership() {
        DocumentExtraction x = extract("Treasury also listed Qamar Logistics Company, the haulage firm that "
                + "Walid Mansour owns.");
        relation(x, RelationType.OWNERSHIP, "Walid Mansour", "Qamar Logistics Company");
        DocumentExtraction y = extract("Investigators visited Orchard Engineering Company in Beirut. "
                + "Its manager is the nephew of the firm's founder, Samir Haddad.");
        relation(y, RelationType.OWNERSHIP, "Samir Haddad", "Orchard Engineering Company");
    }

    @Test
    void partneringFirmsAreAssociatesNotAllies() {
        DocumentExtraction x = extract("Orion Pipelines Company partnered with the contractor Baltica Holding "
                + "on three projects.");
        assertThat(x.relations()).anySatisfy(r -> assertThat(r.type()).isEqualTo(RelationType.ASSOCIATE));
        assertThat(x.relations()).noneMatch(r -> r.type() == RelationType.ALLIANCE);
    }

    @Test
    void goodsRecoveredFromAnArmedGroupMakeTheLastHolderItsSupplier() {
        DocumentExtraction x = extract("Fuses made by Norvik Components Ltd were sold in 2014 to Harbor Trade Company, "
                + "and were later recovered from Islamic State positions near Mosul.");
        relation(x, RelationType.SUPPLY, "Norvik Components Ltd", "Harbor Trade Company");
        relation(x, RelationType.SUPPLY, "Harbor Trade Company", "Islamic State");
    }

    @Test
    void whoBuysFromAGroupHasThatGroupAsSupplier() {
        DocumentExtraction x = extract("Investigators said Karim Nassar bought crude oil from Islamic State fighters "
                + "for the refinery.");
        relation(x, RelationType.SUPPLY, "Islamic State", "Karim Nassar");
        assertThat(x.relations()).as("the buyer is not also the seller").noneMatch(r -> r.type() == RelationType.SUPPLY
                && r.subject().equals(idOf(x, "Karim Nassar")) && r.object().equals(idOf(x, "Islamic State")));
        DocumentExtraction y = extract("The fuel was purchased from the Nusra Front by Levant Petroleum Company.");
        relation(y, RelationType.SUPPLY, "Nusra Front", "Levant Petroleum Company");
    }

    @Test
    void tallyOfBreachesInATruceReportIsACountedViolation() {
        String text = "The truce in the north entered its third day. "
                + "The monitoring centre said it had logged 11 violations by rebel factions on Monday. "
                + "Opposition leaders said government forces breached it 17 times. "
                + "Both sides traded claims of breaches.";
        DocumentExtraction x = extract(text);
        List<Event> tagged = x.events().stream().filter(v -> v.tags().contains("ceasefire_violation")).toList();
        assertThat(tagged).extracting(Event::count).contains(11, 17);
        assertThat(tagged).allSatisfy(v -> {
            assertThat(v.type().isViolent()).isTrue();
            assertThat(v.modality()).isEqualTo(Modality.REPORTED);
            assertThat(v.claim()).isNotNull();
        });
        assertThat(tagged).noneMatch(v -> v.evidence().text().startsWith("Both sides"));
    }

    @Test
    void htmlPageSpansPointIntoThePageAsGiven() throws Exception {
        String page = "<!DOCTYPE html><html><head><title>T</title><script>var x = 'Aleppo';</script></head><body>"
                + "<nav>Home | Homs</nav><article><h1>Jets strike Daraya</h1>\n<p>Russian warplanes struck a market "
                + "in <a href=\"/d\">Daraya</a> on Sunday, killing at least 12 civilians, the <b>Syria</b> monitor "
                + "said.</p></article><footer>&copy; Wire</footer></body></html>";
        String masked = HtmlText.mask(page);
        InputDocument doc = new CompilationSplitter().split("p.html", masked, DocDate.given(LocalDate.of(2016, 2, 25)))
                .getFirst();
        DocumentExtraction x = extractor.extract(doc);
        String source = page.substring(page.offsetByCodePoints(0, doc.offset()),
                page.offsetByCodePoints(0, doc.offset() + doc.text().codePointCount(0, doc.text().length())));
        var json = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(new org.sitrep.extract.json.ExtractionJson().line(x, source));
        List<com.fasterxml.jackson.databind.JsonNode> spans = new java.util.ArrayList<>();
        json.get("entities").forEach(e -> e.get("mentions").forEach(spans::add));
        json.get("events").forEach(v -> spans.add(v.get("evidence")));
        json.get("claims").forEach(c -> {
            spans.add(c.get("cue"));
            spans.add(c.get("content"));
        });
        assertThat(spans).isNotEmpty();
        for (var span : spans) {
            int a = page.offsetByCodePoints(0, doc.offset() + span.get("start").asInt());
            int b = page.offsetByCodePoints(0, doc.offset() + span.get("end").asInt());
            assertThat(page.substring(a, b)).isEqualTo(span.get("text").asText());
        }
        assertThat(x.entities()).noneMatch(e -> e.name().equals("Aleppo") || e.name().equals("Homs"));
        assertThat(x.events()).anySatisfy(v -> assertThat(v.evidence().text()).contains("Daraya"));
    }

    @Test
    void placeHeldByAGroupIsUnderItsControl() {
        DocumentExtraction x = extract("Aid agencies cannot reach Manbij, a town still held by the Islamic State.");
        relation(x, RelationType.CONTROL, "Islamic State", "Manbij");
    }

    @Test
    void firstWordOfAFirmsNameJoinsTheFullNameEvenBeforeIt() {
        DocumentExtraction x = extract("Tarvos said its office was open. A spokesman for Tarvos Shipping Company, "
                + "the firm at the centre of the inquiry, declined to comment.");
        Entity firm = entityNamed(x, "Tarvos Shipping Company").orElseThrow();
        assertThat(firm.type()).isEqualTo(EntityType.COMPANY);
        assertThat(firm.mentions()).hasSize(2);
        assertThat(firm.aliases()).contains("Tarvos");
    }

    @Test
    void imposedSanctionsOnSomeoneIsADesignation() {
        DocumentExtraction x = extract("The United States on Monday imposed sanctions on Karim Haddad, a fuel broker "
                + "in Homs.");
        assertThat(x.events()).anySatisfy(v -> {
            assertThat(v.type()).isEqualTo(EventType.SANCTION);
            assertThat(v.targets()).contains(idOf(x, "Karim Haddad"));
        });
        relation(x, RelationType.SANCTIONED_BY, "Karim Haddad", "United States");
    }

    private static Optional<Entity> entityMentioned(DocumentExtraction x, String text) {
        return x.entities().stream().filter(e -> e.mentions().stream().anyMatch(m -> m.text().equals(text))).findFirst();
    }

    @Test
    void commonNounsNameCollectiveActors() {
        DocumentExtraction x = extract("Government forces shelled the market on Monday, and opposition fighters "
                + "returned fire. Frightened civilians fled towards the river.");
        assertThat(entityMentioned(x, "Government forces").orElseThrow().type()).isEqualTo(EntityType.ARMED_GROUP);
        assertThat(entityMentioned(x, "opposition fighters").orElseThrow().type()).isEqualTo(EntityType.ARMED_GROUP);
        assertThat(entityMentioned(x, "Frightened civilians").orElseThrow().type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void commonNounsNeedToHeadTheirPhraseAndYieldToNames() {
        DocumentExtraction x = extract("Daesh fighters claimed the terrorist attacks near the bridge.");
        assertThat(entityMentioned(x, "Daesh").orElseThrow().name()).isEqualTo("Islamic State");
        assertThat(x.entities()).noneMatch(e -> e.name().contains("fighters") || e.name().contains("terrorist"));
    }

    @Test
    void governmentOfAStateAndPersonByRole() {
        DocumentExtraction x = extract("The Lebanese interior minister met the government of Jordan in Amman.");
        assertThat(entityMentioned(x, "The Lebanese interior minister").orElseThrow().type()).isEqualTo(EntityType.PERSON);
        assertThat(entityMentioned(x, "the government of Jordan").orElseThrow().type())
                .isEqualTo(EntityType.GOVERNMENT_BODY);
        assertThat(entityMentioned(x, "Jordan")).isPresent();
        // Whose government is not said: no entity that would merge every government named in the document.
        DocumentExtraction y = extract("Traders said the government had raised the price of bread.");
        assertThat(y.entities()).noneMatch(e -> e.name().contains("government"));
    }

    @Test
    void pronounsJoinThePersonOrGroupNamedBefore() {
        DocumentExtraction x = extract("Colonel Sami Rahal inspected the checkpoint at dawn. He said his men would stay. "
                + "The Northern Relief Council was not consulted, and they protested.");
        Entity rahal = entityNamed(x, "Sami Rahal").orElseThrow();
        assertThat(rahal.mentions()).extracting(m -> m.text()).contains("He", "his");
        assertThat(rahal.aliases()).doesNotContain("He", "his");
        assertThat(entityNamed(x, "Northern Relief Council").orElseThrow().mentions())
                .extracting(m -> m.text()).contains("they");
    }

    @Test
    void pronounsWithoutAntecedentAreDropped() {
        DocumentExtraction x = extract("We will not give up. They never asked us.");
        assertThat(x.entities()).isEmpty();
    }

    @Test
    void regimeNamedAfterARulerAlsoMentionsTheRuler() {
        DocumentExtraction x = extract("Aid workers blamed the Assad regime for the siege.");
        assertThat(entityMentioned(x, "Assad regime").orElseThrow().type()).isEqualTo(EntityType.GOVERNMENT_BODY);
        assertThat(entityMentioned(x, "Assad").orElseThrow().type()).isEqualTo(EntityType.PERSON);
    }

    @Test
    void fightingCueAcrossALongListOfMeans() {
        DocumentExtraction x = extract("The Free Syrian Army conducted eleven raids using attack helicopters, rocket "
                + "artillery, armoured vehicles and armed drones against the Islamic State yesterday.");
        assertThat(x.relations()).anySatisfy(r -> {
            assertThat(r.type()).isEqualTo(RelationType.FIGHTING_AGAINST);
            assertThat(List.of(r.subject(), r.object()))
                    .containsExactlyInAnyOrder(idOf(x, "Free Syrian Army"), idOf(x, "Islamic State"));
        });
    }

    @Test
    void aRelationToOneItemOfAListHoldsForEveryItem() {
        DocumentExtraction x = extract("Members of the Arab League include Egypt, Qatar and Kuwait.");
        relation(x, RelationType.MEMBERSHIP, "Egypt", "Arab League");
        relation(x, RelationType.MEMBERSHIP, "Qatar", "Arab League");
        relation(x, RelationType.MEMBERSHIP, "Kuwait", "Arab League");
    }

    @Test
    void theCityOfANamedPlaceCanBeHeld() {
        DocumentExtraction x = extract("The city of Hama is the largest town controlled by Hezbollah in the valley.");
        relation(x, RelationType.CONTROL, "Hezbollah", "Hama");
    }

    @Test
    void peopleWhoSufferFightingDoNotWageIt() {
        DocumentExtraction x = extract("Frightened civilians protested against Hezbollah in the square.");
        assertThat(x.relations()).noneMatch(r -> r.type() == RelationType.FIGHTING_AGAINST);
    }

    @Test
    void aMilitaryTaskGroupIsNoBusinessAndItsCommanderLeadsIt() {
        DocumentExtraction x = extract("The frigate sailed under Ann Price, commander of the Coastal Task Group, on Friday.");
        assertThat(entityNamed(x, "Coastal Task Group").orElseThrow().type()).isEqualTo(EntityType.ARMED_GROUP);
        relation(x, RelationType.LEADERSHIP, "Ann Price", "Coastal Task Group");
    }

    @Test
    void whoFightsIsTheSubjectOfTheClauseThePurposeCompletes() {
        DocumentExtraction x = extract("Jordan works closely with Egypt to defeat Hezbollah.");
        assertThat(x.relations()).anySatisfy(r -> {
            assertThat(r.type()).isEqualTo(RelationType.FIGHTING_AGAINST);
            assertThat(List.of(r.subject(), r.object())).containsExactlyInAnyOrder(idOf(x, "Jordan"), idOf(x, "Hezbollah"));
        });
    }

    @Test
    void aGovernmentNamedAfterItsStateAlsoMentionsTheState() {
        DocumentExtraction x = extract("Aid reached Sinjar with the help of the Government of Iraq.");
        assertThat(entityNamed(x, "Iraqi Government").orElseThrow().mentions()).extracting(m -> m.text())
                .contains("Government of Iraq");
        assertThat(entityNamed(x, "Iraq").orElseThrow().mentions()).extracting(m -> m.text()).containsExactly("Iraq");
    }

    @Test
    void troopsFromAUnitServeInIt() {
        DocumentExtraction x = extract("Forty reserve soldiers from the 12th Signal Battalion arrived in Erbil on Monday.");
        assertThat(x.relations()).anySatisfy(r -> {
            assertThat(r.type()).isEqualTo(RelationType.MEMBERSHIP);
            assertThat(r.object()).isEqualTo(entityMentioned(x, "12th Signal Battalion").orElseThrow().id());
        });
    }

    @Test
    void ofTwoOverlappingGazetteerNamesTheOneEndingInItsHeadWins() {
        DocumentExtraction x = extract("Fighters of the Islamic State group shelled the town. "
                + "The U.S. Treasury Department named three of their financiers.");
        assertThat(entityMentioned(x, "Islamic State group")).hasValueSatisfying(
                e -> assertThat(e.type()).isEqualTo(EntityType.ARMED_GROUP));
        assertThat(entityMentioned(x, "U.S. Treasury Department")).hasValueSatisfying(
                e -> assertThat(e.type()).isEqualTo(EntityType.GOVERNMENT_BODY));
        assertThat(entityNamed(x, "United States")).isEmpty();
    }

    @Test
    void anEventSentenceWithoutDateWordsTakesTheDocumentsDateAndOneWithThemItsOwn() {
        DocumentExtraction x = extract("Artillery shelled the eastern districts of Aleppo. "
                + "Warplanes bombed a bakery in Idlib on 14 February.");
        List<Event> events = x.events();
        assertThat(events).extracting(v -> v.date().value()).contains("2016-02-14");
        assertThat(events).anySatisfy(v -> {
            assertThat(v.location().name()).isEqualTo("Aleppo");
            assertThat(v.date().precision()).isEqualTo("week");
        });
    }

    @Test
    void shellsAsAPluralNounAreShellingButAShellCompanyIsNot() {
        DocumentExtraction x = extract("Two shells struck the clinic in Douma on Monday, killing a nurse.");
        assertThat(x.events()).anySatisfy(v -> {
            assertThat(v.type()).isEqualTo(EventType.SHELLING);
            assertThat(v.location().name()).isEqualTo("Douma");
        });
        DocumentExtraction company = extract("Prosecutors said the broker used a shell company in Cyprus.");
        assertThat(company.events()).noneMatch(v -> v.type() == EventType.SHELLING);
    }

    @Test
    void aSignedTruceIsAnAgreementAndSanctionsASanction() {
        // Known weaknesses of the heads: "X agreed to reopen ..." often reads as a plan, and an aid cut-off "in
        // protest at" a coup as a protest; both are in the closing figures, not hidden by this test.
        DocumentExtraction x = extract("The two factions signed a ceasefire in Doha on Sunday. The US Treasury on"
                + " Thursday imposed sanctions on two Syrian brokers accused of buying oil from the militants.");
        assertThat(x.events()).extracting(Event::type).contains(EventType.AGREEMENT, EventType.SANCTION);
        assertThat(x.events()).filteredOn(v -> v.type() == EventType.AGREEMENT).hasSize(1);
    }

    @Test
    void arsonAndCurfewsAreStrategicDevelopments() {
        DocumentExtraction x = extract("Militiamen set fire to the council offices in Manbij on Friday. "
                + "The governor imposed a curfew on the town.");
        assertThat(x.events()).extracting(Event::type).contains(EventType.LOOTING, EventType.OTHER_DEVELOPMENT);
    }

    @Test
    void knownNamesAreTaggedInAnyCaseWithoutCuttingALongerName() {
        Extractor withLists = Extractor.builder()
                .knownNames(List.of(new GazetteerEntry(EntityType.COMPANY, "NORTHERN STAR SHIPPING LTD.", List.of()),
                        new GazetteerEntry(EntityType.PERSON, "Omar AL-QASIMI", List.of())))
                .linker(e -> e.type() == EntityType.COMPANY ? List.of(new Entity.ListLink("test", "7", 0.9)) : List.of())
                .build();
        DocumentExtraction x = withLists.extract(InputDocument.of("t", "The cargo went through northern star shipping "
                + "ltd. in Latakia, and Abu Omar al-Qasimi paid for it.", DocDate.given(LocalDate.of(2016, 2, 25))));
        Entity shipper = entityMentioned(x, "northern star shipping ltd.").orElseThrow(() -> new AssertionError(x.entities().toString()));
        assertThat(shipper.type()).isEqualTo(EntityType.COMPANY);
        assertThat(shipper.links()).containsExactly(new Entity.ListLink("test", "7", 0.9));
        assertThat(entityMentioned(x, "Abu Omar al-Qasimi")).hasValueSatisfying(
                e -> assertThat(e.type()).isEqualTo(EntityType.PERSON));
    }
}
