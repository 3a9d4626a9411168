package org.sitrep.resolve;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.graph.Exposure;
import org.sitrep.graph.LinkGraph;
import org.sitrep.lists.ListReader;
import org.sitrep.lists.ListStore;
import org.sitrep.model.Link;
import org.sitrep.model.Provenance;
import org.sitrep.store.EvidenceStore;
import org.sitrep.store.TestStores;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ListPartiesTest {

    @TempDir
    Path dir;

    private static Path demoLists() {
        return Path.of(System.getProperty("sitrep.home", "..")).resolve("demo").resolve("lists");
    }

    @ParameterizedTest
    @ValueSource(strings = {TestStores.H2, TestStores.POSTGRESQL})
    void listedPartiesBecomeEntitiesWithDesignationsAndLinks(String backend) throws Exception {
        try (EvidenceStore store = TestStores.open(backend, dir)) {
            ListStore lists = new ListStore(store);
            for (var snapshot : new ListReader().readAll(demoLists())) {
                lists.load(snapshot);
            }
            KnowledgeBase kb = new KnowledgeBase(store);
            var first = kb.syncLists();
            assertThat(first).containsKeys("us-ofac-sdn", "un-sc");
            long statements = store.status().statements();
            assertThat(kb.syncLists()).as("re-syncing changes nothing").isEqualTo(first);
            assertThat(store.status().statements()).isEqualTo(statements);

            LinkGraph graph = new LinkGraph(store);
            String haswani = KnowledgeBase.listedEntityId("us-ofac-sdn", "18996");
            String hesco = KnowledgeBase.listedEntityId("us-ofac-sdn", "18997");
            assertThat(graph.party(haswani)).hasValueSatisfying(p -> {
                assertThat(p.caption()).isEqualTo("HASWANI, George");
                assertThat(p.designated()).isTrue();
            });
            List<Link> around = graph.neighbours(haswani);
            assertThat(around).extracting(Link::type).contains("sanctioned_by", "associate");
            Link byOfac = around.stream().filter(l -> l.type().equals("sanctioned_by")).findFirst().orElseThrow();
            assertThat(byOfac.objectId()).isEqualTo("authority-us-ofac");
            assertThat(byOfac.evidence()).isInstanceOfSatisfying(Provenance.FromList.class,
                    l -> assertThat(l.recordId()).isEqualTo("18996"));
            assertThat(graph.paths(hesco, haswani, 2, 5)).isNotEmpty();
            assertThat(graph.exposure(hesco, 1)).extracting((Exposure e) -> e.party().id()).contains(hesco, haswani);
            assertThat(graph.find("al-benali, turki")).as("a strong alias finds the party").isNotEmpty();
        }
    }
}
