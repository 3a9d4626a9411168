package org.sitrep.lists;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.EvidenceStore;
import org.sitrep.store.TestStores;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ListStoreTest {

    @TempDir
    Path workspace;

    private EvidenceStore store;
    private ListStore lists;
    private final ListReader reader = new ListReader();

    private void open(String backend) {
        store = TestStores.open(backend, workspace);
        lists = new ListStore(store);
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {TestStores.H2, TestStores.POSTGRESQL})
    void storesAndReadsBackASnapshot(String backend) throws Exception {
        open(backend);
        ListSnapshot demo = reader.read(SharedData.demo("lists/ofac-sdn-demo"));

        assertThat(lists.load(demo)).isEqualTo(ListStore.Outcome.IMPORTED);

        assertThat(lists.activeSnapshots()).singleElement().satisfies(s -> {
            assertThat(s.listId()).isEqualTo("us-ofac-sdn");
            assertThat(s.sha256()).isEqualTo(demo.sha256());
            assertThat(s.entityCount()).isEqualTo(demo.entities().size());
            assertThat(s.active()).isTrue();
        });
        ListSnapshot back = lists.activeSnapshot("us-ofac-sdn").orElseThrow();
        assertThat(back.entities()).containsExactlyInAnyOrderElementsOf(demo.entities());
        assertThat(lists.entity("us-ofac-sdn", "19449")).contains(demo.entity("19449"));
        assertThat(store.status().activeLists()).isEqualTo(1);
        assertThat(store.status().listRecords()).isEqualTo(demo.entities().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {TestStores.H2, TestStores.POSTGRESQL})
    void loadingTheSameContentAgainChangesNothing(String backend) throws Exception {
        open(backend);
        ListSnapshot demo = reader.read(SharedData.demo("lists/ofac-sdn-demo"));
        lists.load(demo);

        assertThat(lists.load(reader.read(SharedData.demo("lists/ofac-sdn-demo")))).isEqualTo(ListStore.Outcome.UNCHANGED);
        assertThat(lists.history("us-ofac-sdn")).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {TestStores.H2, TestStores.POSTGRESQL})
    void aNewVersionReplacesTheOldAndAnOldOneCanComeBack(String backend) throws Exception {
        open(backend);
        ListSnapshot older = reader.read(SharedData.demo("lists/ofac-sdn-demo"));
        ListSnapshot newer = withoutFirstEntity(older, "b".repeat(64));
        lists.load(older);

        assertThat(lists.load(newer)).isEqualTo(ListStore.Outcome.IMPORTED);
        assertThat(lists.activeSnapshot("us-ofac-sdn").orElseThrow().entities()).hasSize(older.entities().size() - 1);
        assertThat(lists.history("us-ofac-sdn")).hasSize(2);

        assertThat(lists.load(older)).isEqualTo(ListStore.Outcome.REACTIVATED);
        assertThat(lists.activeSnapshots()).singleElement()
                .satisfies(s -> assertThat(s.sha256()).isEqualTo(older.sha256()));
    }

    @ParameterizedTest
    @ValueSource(strings = {TestStores.H2, TestStores.POSTGRESQL})
    void aFailedLoadKeepsThePreviousSnapshotActive(String backend) throws Exception {
        open(backend);
        ListSnapshot older = reader.read(SharedData.demo("lists/ofac-sdn-demo"));
        lists.load(older);
        List<ListEntity> entities = new ArrayList<>(older.entities());
        ListEntity first = entities.get(0);
        // An id longer than the store's key allows is refused before anything is written.
        entities.add(new ListEntity(first.listId(), "9".repeat(300), first.schema(), "TOO LONG", List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, List.of(),
                null, "test"));
        ListSnapshot broken = new ListSnapshot(older.listId(), older.format(), "c".repeat(64), older.source(), entities);

        assertThatThrownBy(() -> lists.load(broken)).isInstanceOf(ListRefusedException.class)
                .hasMessageContaining("test: id: 300 characters; expected at most 200");

        assertThat(lists.activeSnapshots()).singleElement()
                .satisfies(s -> assertThat(s.sha256()).isEqualTo(older.sha256()));
        assertThat(lists.history("us-ofac-sdn")).hasSize(1);
        assertThat(lists.activeSnapshot("us-ofac-sdn").orElseThrow().entities()).hasSize(older.entities().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {TestStores.H2, TestStores.POSTGRESQL})
    void aVersionDroppingMoreThanAFifthIsRefusedUnlessAllowedAndRollsBack(String backend) throws Exception {
        open(backend);
        ListSnapshot full = reader.read(SharedData.demo("lists/ofac-sdn-demo"));
        lists.load(full);
        ListSnapshot one = new ListSnapshot(full.listId(), full.format(), "d".repeat(64), full.source(),
                full.entities().subList(0, 1));
        int n = full.entities().size();

        assertThatThrownBy(() -> lists.load(one)).isInstanceOfSatisfying(ListShrinkRefusedException.class, e -> {
            assertThat(e.oldCount()).isEqualTo(n);
            assertThat(e.newCount()).isEqualTo(1);
            assertThat(e.getMessage()).contains(n + " -> 1").contains("--allow-shrink");
        });
        assertThat(lists.history("us-ofac-sdn")).as("nothing written").hasSize(1);

        assertThat(lists.load(one, true)).isEqualTo(ListStore.Outcome.IMPORTED);
        assertThat(lists.activeSnapshot("us-ofac-sdn").orElseThrow().entities()).hasSize(1);

        ListStore.Rollback back = lists.rollback("us-ofac-sdn");
        assertThat(back.from().entityCount()).isEqualTo(1);
        assertThat(back.to().sha256()).isEqualTo(full.sha256());
        assertThat(lists.activeSnapshot("us-ofac-sdn").orElseThrow().entities()).hasSize(n);
        assertThatThrownBy(() -> lists.rollback("us-ofac-sdn")).hasMessageContaining("no version imported before");
    }

    @ParameterizedTest
    @ValueSource(strings = {TestStores.H2, TestStores.POSTGRESQL})
    void aNulCharacterInARecordIsRefusedNotPassedToTheDatabase(String backend) throws Exception {
        open(backend);
        ListSnapshot demo = reader.read(SharedData.demo("lists/ofac-sdn-demo"));
        List<ListEntity> entities = new ArrayList<>(demo.entities());
        ListEntity first = entities.remove(0);
        entities.add(0, new ListEntity(first.listId(), first.id(), first.schema(), "NUL\u0000NAME", List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null,
                List.of(), "remark", "sdn.csv:7"));
        ListSnapshot hostile = new ListSnapshot(demo.listId(), demo.format(), demo.sha256(), demo.source(), entities);
        assertThatThrownBy(() -> lists.load(hostile)).isInstanceOf(ListRefusedException.class)
                .hasMessageContaining("sdn.csv:7").hasMessageContaining("U+0000");
        assertThat(lists.activeSnapshots()).isEmpty();
    }

    @Test
    void storesTheFull2021List() throws Exception {
        open(TestStores.H2);
        ListSnapshot sdn = reader.read(SharedData.shared("data/sanctions/ofac-sdn-2021"));

        lists.load(sdn);

        assertThat(lists.activeSnapshot("us-ofac-sdn").orElseThrow().entities()).hasSize(8976);
        assertThat(lists.entity("us-ofac-sdn", "19449").orElseThrow().linkedTo()).containsExactly("8759");
    }

    private static ListSnapshot withoutFirstEntity(ListSnapshot snapshot, String sha256) {
        return new ListSnapshot(snapshot.listId(), snapshot.format(), sha256, snapshot.source(),
                snapshot.entities().subList(1, snapshot.entities().size()));
    }
}
