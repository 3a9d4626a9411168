package org.sitrep.analysis.ceasefire;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.store.EvidenceStore;
import org.sitrep.store.TestStores;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

class CeasefireMonitorTest {

    @TempDir
    Path dir;

    private static final String TALLY = "Truce tallies\n\nThe centre at Hmeimim said it had registered 15 violations by"
            + " armed opposition groups on Feb. 28. The Committee said government forces had violated the truce 24"
            + " times on Feb. 28. It does not cover Islamic State or the Nusra Front, al Qaeda's Syrian affiliate."
            + " The truce, negotiated between the United States and Russia, took effect at midnight.";
    private static final String RECAP = "Recap\n\nThe Committee counted 24 violations on Feb. 28. Fighting went on"
            + " against Daesh, which is not covered by the agreement. The Committee has recorded 42 violations since the"
            + " truce began.";
    private static final String OTHER = "Other figures\n\nThe Committee said there were 26 violations on Feb. 28.";

    @ParameterizedTest
    @ValueSource(strings = {TestStores.H2, TestStores.POSTGRESQL})
    void countsViolationsPerDayAndSideWithSourcesAndReadsWhomTheTruceExcludes(String backend) {
        try (EvidenceStore store = TestStores.open(backend, dir)) {
            SmallKnowledgeBase kb = new SmallKnowledgeBase(store);
            String tally = kb.document("Truce tallies", "2016-02-29", TALLY);
            String recap = kb.document("Recap", "2016-03-01", RECAP);
            String other = kb.document("Other figures", "2016-03-02", OTHER);
            kb.entity(tally, "hmeimim", "Address", "Hmeimim");
            kb.entity(tally, "hnc", "Organization", "Committee");
            kb.entity(recap, "hnc", "Organization", "Committee");
            kb.entity(other, "hnc", "Organization", "Committee");
            kb.entity(tally, "is", "Organization", "Islamic State");
            kb.entity(recap, "is", "Organization", "Daesh");
            kb.entity(tally, "nusra", "Organization", "Nusra Front");
            kb.entity(tally, "alqaeda", "Organization", "al Qaeda");
            kb.entity(tally, "us", "Address", "United States");
            kb.entity(tally, "ru", "Address", "Russia");

            // What extraction read of the sentences: those about violations, the counts a side gives in them, and
            // the parties the truce names.
            String s1 = "The centre at Hmeimim said it had registered 15 violations by armed opposition groups on Feb. 28.";
            String s2 = "The Committee said government forces had violated the truce 24 times on Feb. 28.";
            String s3 = "It does not cover Islamic State or the Nusra Front, al Qaeda's Syrian affiliate.";
            String s4 = "The truce, negotiated between the United States and Russia, took effect at midnight.";
            kb.violationSentence(tally, s1, 15, "armed opposition groups", false);
            kb.violationSentence(tally, s2, 24, "government forces", false);
            kb.violationCount(tally, s1, "hmeimim", 15, "armed opposition groups", false, "2016-02-28");
            kb.violationCount(tally, s2, "hnc", 24, "government forces", false, "2016-02-28");
            kb.agreementParty(tally, "is", "excluded", s3, "Islamic State");
            kb.agreementParty(tally, "nusra", "excluded", s3, "Nusra Front");
            kb.agreementParty(tally, "us", "sponsor", s4, "United States");
            kb.agreementParty(tally, "ru", "sponsor", s4, "Russia");
            String r1 = "The Committee counted 24 violations on Feb. 28.";
            String r2 = "Fighting went on against Daesh, which is not covered by the agreement.";
            String r3 = "The Committee has recorded 42 violations since the truce began.";
            kb.violationSentence(recap, r1, 24, null, false);
            kb.violationSentence(recap, r3, 42, null, true);
            kb.violationCount(recap, r1, "hnc", 24, null, false, "2016-02-28");
            kb.violationCount(recap, r3, "hnc", 42, null, true, null);
            kb.agreementParty(recap, "is", "excluded", r2, "Daesh");
            kb.violationSentence(other, "The Committee said there were 26 violations on Feb. 28.", 26, null, false);

            // Extraction named the centre's claim by the entity in its source words; its event carries the count
            // but no tag.
            kb.claim(tally, "t:c1", "hmeimim", "The centre at Hmeimim", "said it had", "15 violations by armed opposition"
                    + " groups on Feb. 28", "asserts");
            kb.event(tally, "t:v1", "Shelling/artillery/missile attack", "2016-02-28", 15, null, "t:c1",
                    "The centre at Hmeimim said it had registered 15 violations by armed opposition groups on Feb. 28.",
                    List.of(), List.of());
            // The committee's event is tagged but its count is left to the text ("24 times").
            kb.claim(tally, "t:c2", "hnc", "The Committee", "said government", "violated the truce 24 times",
                    "accuses");
            kb.event(tally, "t:v2", "Air/drone strike", "2016-02-28", null, "ceasefire_violation", "t:c2",
                    "The Committee said government forces had violated the truce 24 times on Feb. 28.", List.of(), List.of());
            kb.claim(recap, "r:c1", "hnc", "The Committee", "counted", "24 violations on Feb. 28", "asserts");
            kb.event(recap, "r:v1", "Armed clash", "2016-02-28", 24, "ceasefire_violation", "r:c1",
                    "The Committee counted 24 violations on Feb. 28.", List.of(), List.of());
            kb.claim(recap, "r:c2", "hnc", "The Committee", "has recorded", "42 violations", "asserts");
            kb.event(recap, "r:v2", "Armed clash", "2016-02-27", 42, "ceasefire_violation", "r:c2",
                    "The Committee has recorded 42 violations since the truce began.", List.of(), List.of());
            kb.claim(other, "o:c1", "hnc", "The Committee", "said there", "26 violations", "asserts");
            kb.event(other, "o:v1", "Armed clash", "2016-02-28", 26, "ceasefire_violation", "o:c1",
                    "The Committee said there were 26 violations on Feb. 28.", List.of(), List.of());
            // An event with a count in a sentence that is not about violations is not a report.
            kb.event(tally, "t:v3", "Air/drone strike", "2016-02-28", 4, null, null,
                    "The truce, negotiated between the United States and Russia, took effect at midnight.", List.of(),
                    List.of());

            CeasefireMonitor monitor = new CeasefireMonitor(store);
            CeasefireReport report = monitor.report(null, null);

            assertThat(report.daily()).hasSize(2);
            DailyTally committee = report.daily().stream().filter(t -> "hnc".equals(t.reporter().entityId()))
                    .findFirst().orElseThrow();
            assertThat(committee.date()).isEqualTo(LocalDate.of(2016, 2, 28));
            assertThat(committee.count()).as("the figure most sources give").isEqualTo(24);
            assertThat(committee.otherCounts()).containsExactly(26);
            assertThat(committee.reports()).hasSize(3);
            assertThat(committee.accused()).extracting(Side::name).contains("government forces");
            assertThat(committee.reports()).allSatisfy(r -> assertThat(r.evidence().quote()).contains("Committee"));

            DailyTally centre = report.daily().stream().filter(t -> "hmeimim".equals(t.reporter().entityId()))
                    .findFirst().orElseThrow();
            assertThat(centre.count()).isEqualTo(15);
            assertThat(centre.reporter().name()).as("the entity named in the claim's source words").isEqualTo("Hmeimim");
            assertThat(centre.accused()).extracting(Side::name).containsExactly("armed opposition groups");
            assertThat(centre.reports().getFirst().evidence().documentId()).isEqualTo(tally);
            assertThat(centre.reports().getFirst().evidence().title()).isEqualTo("Truce tallies");

            assertThat(report.totals()).singleElement().satisfies(t -> {
                assertThat(t.count()).isEqualTo(42);
                assertThat(t.reporter().entityId()).isEqualTo("hnc");
            });

            Map<Side, TreeMap<LocalDate, Integer>> series = report.perSide();
            assertThat(series).hasSize(2);
            assertThat(series.values()).allSatisfy(days -> assertThat(days).containsOnlyKeys(LocalDate.of(2016, 2, 28)));

            assertThat(report.parties(AgreementParty.Role.EXCLUDED)).extracting(p -> p.party().entityId())
                    .containsExactlyInAnyOrder("is", "nusra");
            AgreementParty is = report.parties(AgreementParty.Role.EXCLUDED).stream()
                    .filter(p -> p.party().entityId().equals("is")).findFirst().orElseThrow();
            assertThat(is.evidence()).extracting(e -> e.quote()).anySatisfy(q -> assertThat(q).contains("does not cover"))
                    .anySatisfy(q -> assertThat(q).contains("which is not covered by the agreement"));
            assertThat(report.parties(AgreementParty.Role.SPONSOR)).extracting(p -> p.party().entityId())
                    .containsExactlyInAnyOrder("us", "ru");

            assertThat(monitor.report(LocalDate.of(2016, 3, 1), null).daily()).as("outside the window").isEmpty();
            assertThat(monitor.daily(LocalDate.of(2016, 2, 28), LocalDate.of(2016, 2, 28))).hasSize(2);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {TestStores.H2, TestStores.POSTGRESQL})
    void readsCountsFromSentencesNoEventCovers(String backend) {
        try (EvidenceStore store = TestStores.open(backend, dir)) {
            SmallKnowledgeBase kb = new SmallKnowledgeBase(store);
            String doc = kb.document("Second day", "2016-02-29", "Second day\n\nThe truce held. The Hmeimim centre had"
                    + " counted 9 rebel violations on Saturday, Feb. 27, while the Committee had said government forces"
                    + " broke the truce 15 times on that first day. The Committee has counted 88 violations over the same"
                    + " four days. Officials said 40 people were killed.");
            kb.entity(doc, "hmeimim", "Address", "Hmeimim");
            kb.entity(doc, "hnc", "Organization", "Committee");
            String both = "The Hmeimim centre had counted 9 rebel violations on Saturday, Feb. 27, while the Committee had"
                    + " said government forces broke the truce 15 times on that first day.";
            String total = "The Committee has counted 88 violations over the same four days.";
            kb.violationSentence(doc, both, 9, "rebel", false);
            kb.violationSentence(doc, total, 88, null, true);
            // Each clause of the first sentence gives its side's figure; "that first day" is the day before.
            kb.violationCount(doc, both, "hmeimim", 9, "rebel", false, "2016-02-27");
            kb.violationCount(doc, both, "hnc", 15, "government forces", false, "2016-02-27");
            kb.violationCount(doc, total, "hnc", 88, null, true, null);
            // An event extraction found without its speaker, dated by the document: the sentence supplies both.
            kb.event(doc, "d:v1", "Armed clash", "2016-02-29", 15, "ceasefire_violation", null, "The Hmeimim centre had"
                    + " counted 9 rebel violations on Saturday, Feb. 27, while the Committee had said government forces"
                    + " broke the truce 15 times on that first day.", List.of("hnc"), List.of());

            CeasefireReport report = new CeasefireMonitor(store).report(null, null);
            assertThat(report.daily()).extracting(t -> t.reporter().entityId(), DailyTally::date, DailyTally::count)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple("hmeimim", LocalDate.of(2016, 2, 27), 9),
                            org.assertj.core.groups.Tuple.tuple("hnc", LocalDate.of(2016, 2, 27), 15));
            DailyTally committee = report.daily().stream().filter(t -> t.reporter().entityId().equals("hnc"))
                    .findFirst().orElseThrow();
            assertThat(committee.reports()).singleElement().satisfies(r -> {
                assertThat(r.eventId()).isEqualTo("d:v1");
                assertThat(r.accused()).extracting(Side::name).containsExactly("government forces");
            });
            DailyTally centre = report.daily().stream().filter(t -> t.reporter().entityId().equals("hmeimim"))
                    .findFirst().orElseThrow();
            assertThat(centre.reports().getFirst().eventId()).as("read from the sentence alone").isNull();
            assertThat(report.totals()).extracting(ViolationReport::count).containsExactly(88);
        }
    }
}
