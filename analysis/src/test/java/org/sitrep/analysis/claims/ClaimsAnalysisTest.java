package org.sitrep.analysis.claims;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.analysis.Scenario;
import org.sitrep.store.EvidenceStore;
import org.sitrep.store.TestStores;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClaimsAnalysisTest {

    @TempDir
    Path dir;

    EvidenceStore store;
    Scenario world;

    @BeforeEach
    void build() {
        store = EvidenceStore.embedded(dir);
        world = new Scenario(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Assessment find(String id) {
        return new ClaimsAnalysis(store).assessment(id).orElseThrow(() -> new AssertionError("no assessment " + id));
    }

    @Test
    void aDeniedStrikeWithDifferentTollsIsDisputed() {
        Assessment strike = new ClaimsAnalysis(store).assess().stream()
                .filter(a -> a.kind() == Assessment.Kind.INCIDENT).findFirst().orElseThrow();
        assertThat(strike.status()).isEqualTo(Status.DISPUTED);
        assertThat(strike.reasons()).anyMatch(r -> r.startsWith("denied by The ministry (Desk, 2016-02-16)"))
                .anyMatch(r -> r.startsWith("death tolls differ: 5 (Medics per Desk), 11 (Wire)"));
        assertThat(strike.positions()).extracting(Position::stance).contains("accuses", "denies");
        Position accusation = strike.positions().stream().filter(p -> p.stance().equals("accuses")).findFirst().orElseThrow();
        assertThat(accusation.source()).isEqualTo("The Coalition");
        assertThat(accusation.evidence().quote()).isEqualTo("accused Russian jets of the attack");
        // Supported by another publisher, contradicted by a denial: doubtful.
        assertThat(accusation.credibility()).isEqualTo(Credibility.DOUBTFUL);
        Position denial = strike.positions().stream().filter(p -> p.stance().equals("denies")).findFirst().orElseThrow();
        assertThat(denial.credibility()).isEqualTo(Credibility.IMPROBABLE);
        assertThat(strike.sources()).containsExactly("Desk", "Wire");
    }

    @Test
    void aDeathReportedTentativelyThenConfirmedIsSuperseded() {
        Assessment death = find("death:e-test");
        assertThat(death.subject()).isEqualTo("death of Abu Test");
        assertThat(death.status()).isEqualTo(Status.SUPERSEDED);
        assertThat(death.reasons().getFirst()).isEqualTo("first reported tentatively by The Pentagon (Wire, 2016-03-09);"
                + " confirmed by The group (Monitor, 2016-07-14)");
        assertThat(death.positions()).extracting(Position::stance)
                .containsExactly("asserts", "denies", "unconfirmed", "confirms");
        assertThat(death.positions().getFirst().hedged()).isTrue();
        assertThat(death.positions().getFirst().credibility()).isEqualTo(Credibility.CONFIRMED);
        assertThat(death.positions().get(2).polarity()).isZero();
        assertThat(death.positions().get(2).credibility()).isEqualTo(Credibility.CANNOT_BE_JUDGED);
    }

    @Test
    void independenceMeansDifferentPublishers() {
        Assessment leads = find("relation:leadership:e-test:e-brigade");
        assertThat(leads.status()).isEqualTo(Status.CORROBORATED);
        assertThat(leads.sources()).containsExactly("Monitor", "Wire");
        assertThat(leads.positions()).allMatch(p -> p.credibility() == Credibility.PROBABLY_TRUE);
        // Two reports by the same publisher are one source.
        Assessment member = find("relation:membership:e-test:e-brigade");
        assertThat(member.positions()).hasSize(2);
        assertThat(member.status()).isEqualTo(Status.SINGLE_SOURCE);
        assertThat(member.positions()).allMatch(p -> p.credibility() == Credibility.POSSIBLY_TRUE);
    }

    @Test
    void reliabilityGradesAreUserDecisionsTheLatestWinning() {
        SourceGrades grades = new SourceGrades(store);
        assertThat(grades.list()).extracting(SourceProfile::publisher).containsExactly("Desk", "Monitor", "Wire");
        assertThat(grades.list()).allMatch(p -> p.reliability() == Reliability.F && p.gradedBy() == null);
        grades.grade("wire", Reliability.C, "ana");
        SourceProfile wire = grades.grade("Wire", Reliability.B, "ben");
        assertThat(wire.reliability()).isEqualTo(Reliability.B);
        assertThat(wire.gradedBy()).isEqualTo("ben");
        assertThat(wire.documents()).isEqualTo(3);
        assertThatThrownBy(() -> grades.grade("Nobody News", Reliability.A, "ana"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Nobody News");

        Assessment leads = find("relation:leadership:e-test:e-brigade");
        assertThat(leads.positions()).extracting(Position::rating).containsExactly("B2", "F2");
        int decisions = store.query(c -> {
            try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM user_decision WHERE kind = '"
                    + SourceGrades.KIND + "'")) {
                rs.next();
                return rs.getInt(1);
            }
        });
        assertThat(decisions).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {TestStores.POSTGRESQL})
    void runsOnPostgresqlToo(String backend) {
        try (EvidenceStore pg = TestStores.open(backend, dir.resolve("pg"))) {
            new Scenario(pg);
            new SourceGrades(pg).grade("Monitor", Reliability.A, "ana");
            List<Assessment> all = new ClaimsAnalysis(pg).assess();
            assertThat(all).extracting(Assessment::status).contains(Status.DISPUTED, Status.SUPERSEDED,
                    Status.CORROBORATED, Status.SINGLE_SOURCE);
            assertThat(all).flatExtracting(Assessment::positions)
                    .filteredOn(p -> "Monitor".equals(p.evidence().publisher()))
                    .isNotEmpty().allMatch(p -> p.reliability() == Reliability.A);
        }
    }

    @Test
    void credibilityFollowsCorroboration() {
        assertThat(Credibility.of(2, 0)).isEqualTo(Credibility.CONFIRMED);
        assertThat(Credibility.of(1, 0)).isEqualTo(Credibility.PROBABLY_TRUE);
        assertThat(Credibility.of(0, 0)).isEqualTo(Credibility.POSSIBLY_TRUE);
        assertThat(Credibility.of(3, 1)).isEqualTo(Credibility.DOUBTFUL);
        assertThat(Credibility.of(0, 1)).isEqualTo(Credibility.IMPROBABLE);
        assertThat(List.of(Reliability.values())).extracting(Reliability::name).containsExactly("A", "B", "C", "D", "E", "F");
        assertThatThrownBy(() -> Reliability.parse("G")).hasMessageContaining("A-F");
    }
}
