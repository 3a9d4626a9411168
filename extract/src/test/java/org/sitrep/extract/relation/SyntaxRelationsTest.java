package org.sitrep.extract.relation;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.Claim;
import org.sitrep.extract.DocumentExtraction;
import org.sitrep.extract.Entity;
import org.sitrep.extract.Extractor;
import org.sitrep.extract.InputDocument;
import org.sitrep.extract.Modality;
import org.sitrep.extract.Relation;
import org.sitrep.extract.RelationType;
import org.sitrep.extract.place.GeocoderPlaceResolver;
import org.sitrep.model.DocDate;

import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Relations read from the dependency parse, one construction per test, on sentences written for these tests (names
 * invented). One extractor for the class.
 */
class SyntaxRelationsTest {

    private static Extractor extractor;

    @BeforeAll
    static void loadModels() {
        extractor = Extractor.builder().places(GeocoderPlaceResolver.bundled()).build();
    }

    private static DocumentExtraction extract(String text) {
        return extractor.extract(InputDocument.of("t", text, DocDate.given(LocalDate.of(2017, 5, 2))));
    }

    private static Optional<String> idOf(DocumentExtraction x, String name) {
        return x.entities().stream().filter(e -> e.name().equals(name) || e.aliases().contains(name))
                .map(Entity::id).findFirst();
    }

    private static Optional<Relation> find(DocumentExtraction x, RelationType type, String subject, String object) {
        Optional<String> s = idOf(x, subject);
        Optional<String> o = idOf(x, object);
        return x.relations().stream().filter(r -> r.type() == type && s.isPresent() && o.isPresent()
                && r.subject().equals(s.get()) && r.object().equals(o.get())).findFirst();
    }

    private static Relation assertHas(DocumentExtraction x, RelationType type, String subject, String object) {
        Optional<Relation> r = find(x, type, subject, object);
        assertThat(r).as("%s %s -> %s in %s / %s", type, subject, object, x.relations(),
                x.entities().stream().map(e -> e.name() + ":" + e.type()).toList()).isPresent();
        return r.get();
    }

    @Test
    void aPassiveRelativeClauseGivesTheOwner() {
        DocumentExtraction x = extract("The port works went to a local contractor, Dravik Marine Ltd, which is owned by "
                + "the shipping magnate Pieter Anselm.");
        Relation r = assertHas(x, RelationType.OWNERSHIP, "Pieter Anselm", "Dravik Marine Ltd");
        assertThat(r.evidence().text()).contains("which is owned by");
    }

    @Test
    void aReducedRelativeClauseGivesTheOwner() {
        DocumentExtraction x = extract("Investigators traced the fuel to Dravik Marine Ltd, owned by Pieter Anselm, "
                + "last year.");
        assertHas(x, RelationType.OWNERSHIP, "Pieter Anselm", "Dravik Marine Ltd");
    }

    @Test
    void anActiveVerbKeepsItsDirection() {
        DocumentExtraction x = extract("Pieter Anselm acquired Dravik Marine Ltd in 2011.");
        assertHas(x, RelationType.OWNERSHIP, "Pieter Anselm", "Dravik Marine Ltd");
        assertThat(find(x, RelationType.OWNERSHIP, "Dravik Marine Ltd", "Pieter Anselm")).isEmpty();
    }

    @Test
    void anAppositionGivesTheParentCompany() {
        DocumentExtraction x = extract("Karsten Freight Ltd, a subsidiary of Amberline Holdings Ltd, leased the tanker.");
        assertHas(x, RelationType.SUBSIDIARY, "Karsten Freight Ltd", "Amberline Holdings Ltd");
    }

    @Test
    void aCopulaGivesTheLeader() {
        DocumentExtraction x = extract("Yasin Harrak is the commander of Hezbollah in the valley.");
        assertHas(x, RelationType.LEADERSHIP, "Yasin Harrak", "Hezbollah");
    }

    @Test
    void coordinatedNamesAllTakePart() {
        DocumentExtraction x = extract("Yasin Harrak and Samir Oulad are members of Hezbollah, the court heard.");
        assertHas(x, RelationType.MEMBERSHIP, "Yasin Harrak", "Hezbollah");
        assertHas(x, RelationType.MEMBERSHIP, "Samir Oulad", "Hezbollah");
    }

    @Test
    void aPossessiveGivesTheSubcontractor() {
        DocumentExtraction x = extract("Amberline Holdings Ltd's subcontractor, Karsten Freight Ltd, moved the cargo.");
        assertHas(x, RelationType.SUBCONTRACTOR, "Karsten Freight Ltd", "Amberline Holdings Ltd");
    }

    @Test
    void aDesignationKeepsSanctionSupplyAndDenialApart() {
        DocumentExtraction x = extract("In March, the Treasury Department sanctioned Viktor Salnikov for selling "
                + "fuel to the Islamic State, charges he denies.");
        Relation sanction = assertHas(x, RelationType.SANCTIONED_BY, "Viktor Salnikov", "U.S. Department of the Treasury");
        assertThat(sanction.modality()).isNotEqualTo(Modality.DENIED);
        Relation supply = assertHas(x, RelationType.SUPPLY, "Viktor Salnikov", "Islamic State");
        assertThat(supply.modality()).isEqualTo(Modality.ALLEGED);
        Claim claim = x.claims().stream().filter(c -> c.id().equals(supply.claim())).findFirst().orElseThrow();
        assertThat(claim.source()).isEqualTo(idOf(x, "U.S. Department of the Treasury").orElseThrow());
        String treasury = idOf(x, "U.S. Department of the Treasury").orElseThrow();
        assertThat(x.relations()).noneMatch(r -> r.type() == RelationType.SUPPLY && r.subject().equals(treasury));
        // The denial is still there, of the grounds.
        assertThat(x.claims()).anyMatch(c -> c.stance() == org.sitrep.extract.Stance.DENIES);
    }

    @Test
    void groundsBetweenTwoPartiesGiveASupplyToEach() {
        DocumentExtraction x = extract("Last year the Treasury Department designated Viktor Salnikov for brokering "
                + "arms deals between Hezbollah and the Islamic State.");
        assertHas(x, RelationType.SUPPLY, "Viktor Salnikov", "Hezbollah");
        assertHas(x, RelationType.SUPPLY, "Viktor Salnikov", "Islamic State");
    }

    @Test
    void descriptionsAndUnresolvedPronounsAreNoParties() {
        DocumentExtraction x = extract("Opposition fighters attacked the forces near the dam.");
        assertThat(x.relations()).isEmpty();
        DocumentExtraction y = extract("They are members of the rival parties.");
        assertThat(y.relations()).isEmpty();
    }

    @Test
    void aNationalityAdjectiveIsNoParty() {
        DocumentExtraction x = extract("A Syrian subcontractor, Karsten Freight Ltd, is owned by Pieter Anselm.");
        String syrian = idOf(x, "Syrian").orElse("none");
        assertThat(x.relations()).noneMatch(r -> r.subject().equals(syrian) || r.object().equals(syrian));
        assertHas(x, RelationType.OWNERSHIP, "Pieter Anselm", "Karsten Freight Ltd");
    }

    @Test
    void aNegatedVerbSaysTheTieIsNot() {
        DocumentExtraction x = extract("Pieter Anselm has never owned Dravik Marine Ltd, the registry shows.");
        assertThat(assertHas(x, RelationType.OWNERSHIP, "Pieter Anselm", "Dravik Marine Ltd").modality())
                .isIn(Modality.NEGATED, Modality.DENIED);
    }

    @Test
    void anObjectRelativeClauseIsReadOnce() {
        DocumentExtraction x = extract("Dravik Marine Ltd, the tanker firm that Pieter Anselm owns, was fined.");
        assertHas(x, RelationType.OWNERSHIP, "Pieter Anselm", "Dravik Marine Ltd");
        assertThat(x.relations()).filteredOn(r -> r.type() == RelationType.OWNERSHIP).hasSize(1);
    }

    @Test
    void theCompanyStandsForTheFirmNamedBefore() {
        DocumentExtraction x = extract("Dravik Marine Ltd won the harbour contract in May. The company is owned by "
                + "Pieter Anselm, filings show.");
        assertHas(x, RelationType.OWNERSHIP, "Pieter Anselm", "Dravik Marine Ltd");
    }

    @Test
    void theNameApposedToADescriptionIsTheParty() {
        DocumentExtraction x = extract("The work went to a Syrian firm, Karsten Freight Ltd, which is owned by "
                + "Pieter Anselm.");
        assertHas(x, RelationType.OWNERSHIP, "Pieter Anselm", "Karsten Freight Ltd");
        assertThat(x.relations()).filteredOn(r -> r.type() == RelationType.OWNERSHIP).hasSize(1);
    }

    @Test
    void aDescriptionWithANationalityAdjectiveIsNoParty() {
        DocumentExtraction x = extract("His Russian allies are at war against Hezbollah, and Syrian employees "
                + "belong to Syrian families.");
        assertThat(x.relations()).isEmpty();
    }
}
