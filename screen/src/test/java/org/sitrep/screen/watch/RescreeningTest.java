package org.sitrep.screen.watch;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.lists.ListEntity;
import org.sitrep.lists.ListReader;
import org.sitrep.lists.ListSnapshot;
import org.sitrep.screen.Query;
import org.sitrep.screen.ScreeningSettings;
import org.sitrep.screen.review.Decision;
import org.sitrep.screen.review.ReviewTrail;
import org.sitrep.screen.review.Verdict;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Re-screening a watchlist on a list change, and review decisions that outlive the change. */
class RescreeningTest {

    @TempDir
    Path dir;

    private final Rescreening rescreening = new Rescreening(ScreeningSettings.defaults());

    private static ListEntity party(String id, String name, String remarks) {
        return new ListEntity("test-list", id, "Person", name, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of("TEST"), null, List.of(), remarks, "t:" + id);
    }

    private static ListSnapshot list(String sha, ListEntity... parties) {
        return new ListSnapshot("test-list", "test", sha.repeat(64), Path.of("t"), List.of(parties));
    }

    private static Query watched(String id, String name) {
        return new Query(id, name, "Person", null, null, List.of());
    }

    private static Decision decide(Hit h, Verdict verdict) {
        return new Decision(h.queryId(), h.queryName(), h.list(), h.entityId(), h.entityHash(), h.listVersion(),
                verdict, "checked the passport", "analyst-1", "2026-12-04T21:00:00Z");
    }

    @Test
    void newChangedAndRemovedHitsAreReportedAndAFalseMatchStaysSuppressedUntilTheEntryChanges() throws Exception {
        ListSnapshot before = list("a", party("1", "DRAVEC, Tomasz", "first listing"), party("2", "ORLANDI, Bruna", null));
        ListSnapshot after = list("b", party("1", "DRAVEC, Tomasz", "first listing"),
                party("3", "KESSLIN, Marit", null));
        List<Query> watchlist = List.of(watched("w1", "Tomasz Dravec"), watched("w2", "Bruna Orlandi"),
                watched("w3", "Marit Kesslin"), watched("w4", "Nobody Inparticular"));
        Rescreening.Report report = rescreening.compare(watchlist, List.of(before), List.of(after), null);
        assertThat(report.changes()).extracting(c -> c.kind() + " " + c.hit().queryId() + " " + c.hit().entityId())
                .containsExactlyInAnyOrder("new w3 3", "removed w2 2");
        assertThat(report.versionsBefore()).containsEntry("test-list", "a".repeat(64));
        assertThat(report.versionsAfter()).containsEntry("test-list", "b".repeat(64));

        // w1's hit is marked a false match; the decision is kept in a file and read back after the update
        Path file = dir.resolve("reviews.jsonl");
        Hit w1 = rescreening.hits(watchlist, List.of(before)).values().stream()
                .filter(h -> h.queryId().equals("w1")).findFirst().orElseThrow();
        ReviewTrail.open(file).record(decide(w1, Verdict.FALSE_MATCH));
        ReviewTrail reopened = ReviewTrail.open(file);
        assertThat(reopened.all()).singleElement().satisfies(d -> {
            assertThat(d.verdict()).isEqualTo(Verdict.FALSE_MATCH);
            assertThat(d.by()).isEqualTo("analyst-1");
            assertThat(d.listVersion()).isEqualTo("a".repeat(64));
        });
        assertThat(reopened.suppresses(rescreening.hits(watchlist, List.of(after)).get(w1.key()))).isTrue();

        // the listed entry changes: the false match no longer holds, and the hit comes back as changed
        ListSnapshot amended = list("c", party("1", "DRAVEC, Tomasz", "amended: new passport"), party("3", "KESSLIN, Marit", null));
        Rescreening.Report again = rescreening.compare(watchlist, List.of(after), List.of(amended), reopened);
        assertThat(again.changes()).extracting(c -> c.kind() + " " + c.hit().queryId())
                .containsExactly("changed w1");
        assertThat(again.changes().get(0).detail()).contains("listed entry changed");

        // a later decision stands over an earlier one; the trail exports every decision
        reopened.record(decide(w1, Verdict.TRUE_MATCH));
        assertThat(ReviewTrail.open(file).latest("w1", "test-list", "1").orElseThrow().verdict())
                .isEqualTo(Verdict.TRUE_MATCH);
        StringWriter csv = new StringWriter();
        reopened.exportCsv(csv);
        assertThat(csv.toString().lines()).hasSize(3).first().asString().startsWith("query_id,query_name,list");
        StringWriter json = new StringWriter();
        reopened.exportJson(json);
        assertThat(json.toString()).contains("\"verdict\" : \"FALSE_MATCH\"").contains("\"verdict\" : \"TRUE_MATCH\"");
    }

    /** OFAC's SDN list of that year from ../shared; the test is skipped when ../shared is absent. */
    private static List<ListSnapshot> sdn(String year) throws Exception {
        Path shared = Path.of(System.getProperty("sitrep.home", "..")).resolve("../shared/data/sanctions");
        Assumptions.assumeTrue(Files.isDirectory(shared.resolve("ofac-sdn-" + year)), "../shared is absent");
        return new ListReader().readAll(shared.resolve("ofac-sdn-" + year));
    }

    @Test
    void theSdnUpdateFrom2019To2021IsReportedByListVersion() throws Exception {
        List<ListSnapshot> before = sdn("2019");
        List<ListSnapshot> after = sdn("2021");
        List<Query> watchlist = List.of(new Query("c1", "Kassem Chams", "Person", null, null, List.of()),
                new Query("c2", "Jose Gutierrez Reyes", "Person", null, null, List.of()),
                new Query("c3", "Havin Bank Limited", "Company", null, null, List.of()),
                new Query("c4", "Quillfeather Orchard Supplies", "Company", null, null, List.of()));
        Rescreening.Report report = rescreening.compare(watchlist, before, after, null);
        assertThat(report.changes()).anyMatch(c -> c.kind().equals("new") && c.hit().queryId().equals("c1")
                && c.hit().entityId().equals("23023"));
        assertThat(report.changes()).anyMatch(c -> c.kind().equals("removed") && c.hit().queryId().equals("c2")
                && c.hit().entityId().equals("899"));
        assertThat(report.changes()).anyMatch(c -> c.kind().equals("changed") && c.hit().queryId().equals("c3")
                && c.hit().entityId().equals("906"));
        assertThat(report.changes()).noneMatch(c -> c.hit().queryId().equals("c4"));
        assertThat(report.versionsBefore().get("us-ofac-sdn")).isNotEqualTo(report.versionsAfter().get("us-ofac-sdn"));

        // c1 marked a false match against the 2021 entry: re-running the update reports it no more
        ReviewTrail trail = ReviewTrail.open(dir.resolve("reviews.jsonl"));
        Hit chams = report.changes().stream().filter(c -> c.hit().queryId().equals("c1")).findFirst().orElseThrow().hit();
        trail.record(decide(chams, Verdict.FALSE_MATCH));
        Rescreening.Report again = rescreening.compare(watchlist, before, after, ReviewTrail.open(dir.resolve("reviews.jsonl")));
        assertThat(again.changes()).noneMatch(c -> c.hit().key().equals(chams.key()));
        assertThat(again.suppressed()).extracting(Hit::key).contains(chams.key());
    }

    @Test
    void decisionsMadeOnThe2019ListSurviveThe2021UpdateForEntriesItLeftAsTheyWere() throws Exception {
        List<ListSnapshot> before = sdn("2019");
        List<ListSnapshot> after = sdn("2021");
        List<Query> watchlist = List.of(new Query("k1", "Helmer Herrera Buitrago", "Person", null, null, List.of()),
                new Query("k3", "Havin Bank Limited", "Company", null, null, List.of()));
        Map<String, Hit> was = rescreening.hits(watchlist, before);
        Hit herrera = was.values().stream().filter(h -> h.queryId().equals("k1") && h.entityId().equals("4106"))
                .findFirst().orElseThrow();
        Hit havin = was.values().stream().filter(h -> h.queryId().equals("k3") && h.entityId().equals("906"))
                .findFirst().orElseThrow();
        Path file = dir.resolve("reviews.jsonl");
        ReviewTrail.open(file).record(decide(herrera, Verdict.FALSE_MATCH));
        ReviewTrail.open(file).record(decide(havin, Verdict.FALSE_MATCH));

        // the update: the trail is read again from its file, as after a restart or a re-ingestion
        ReviewTrail trail = ReviewTrail.open(file);
        Rescreening.Report report = rescreening.compare(watchlist, before, after, trail);
        Map<String, Hit> now = rescreening.hits(watchlist, after);
        // Herrera's entry is the same in 2021: the false match made on 2019 still holds and keeps the hit silent
        assertThat(now.get(herrera.key()).entityHash()).isEqualTo(herrera.entityHash());
        assertThat(now.get(herrera.key()).listVersion()).isNotEqualTo(herrera.listVersion());
        assertThat(trail.suppresses(now.get(herrera.key()))).isTrue();
        assertThat(report.changes()).noneMatch(c -> c.hit().key().equals(herrera.key()));
        // Havin Bank's entry changed: the decision speaks of the old entry, so the hit is reported to decide again
        assertThat(trail.suppresses(now.get(havin.key()))).isFalse();
        assertThat(report.changes()).anyMatch(c -> c.hit().key().equals(havin.key()) && c.kind().equals("changed"));
        assertThat(trail.latest("k1", "us-ofac-sdn", "4106").orElseThrow().listVersion()).isEqualTo(herrera.listVersion());
    }
}
