package org.sitrep.lists;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ListDiffTest {

    private final ListReader reader = new ListReader();

    @Test
    void comparesTwoYearsOfTheSdnList() throws Exception {
        ListSnapshot older = reader.read(SharedData.shared("data/sanctions/ofac-sdn-2019"));
        ListSnapshot newer = reader.read(SharedData.shared("data/sanctions/ofac-sdn-2021"));

        ListDiff diff = ListDiff.between(older, newer);

        int kept = older.entities().size() - diff.removed().size();
        assertThat(kept + diff.added().size()).isEqualTo(8976);
        assertThat(diff.changed().size() + diff.unchanged()).isEqualTo(kept);
        assertThat(diff.added()).hasSizeGreaterThan(1000);
        assertThat(diff.removed()).isNotEmpty().hasSizeLessThan(diff.added().size());
        assertThat(diff.changed()).isNotEmpty().allSatisfy(c -> assertThat(c.fields()).isNotEmpty());
        assertThat(diff.unchanged()).isGreaterThan(diff.changed().size());
        assertThat(diff.added()).extracting(ListEntity::id).doesNotContain("19449").contains("29703");
    }

    @Test
    void reportsEachChangedFieldWithOldAndNewValue() {
        ListEntity before = entity("1", "ACME", List.of("ACME LTD"), List.of("CUBA"));
        ListEntity after = entity("1", "ACME", List.of("ACME LIMITED"), List.of("CUBA"));
        ListEntity gone = entity("2", "GONE", List.of(), List.of("IRAN"));
        ListEntity fresh = entity("3", "NEW", List.of(), List.of("SDGT"));
        ListSnapshot older = new ListSnapshot("x", "test", "a", java.nio.file.Path.of("old"), List.of(before, gone));
        ListSnapshot newer = new ListSnapshot("x", "test", "b", java.nio.file.Path.of("new"), List.of(after, fresh));

        ListDiff diff = ListDiff.between(older, newer);

        assertThat(diff.added()).containsExactly(fresh);
        assertThat(diff.removed()).containsExactly(gone);
        assertThat(diff.changed()).singleElement().satisfies(change -> {
            assertThat(change.id()).isEqualTo("1");
            assertThat(change.fields()).containsExactly(
                    new ListDiff.FieldChange("strongAliases", List.of("ACME LTD"), List.of("ACME LIMITED")));
        });
        assertThat(diff.unchanged()).isZero();
    }

    @Test
    void movedRecordsAndReorderedValuesAreNotChanges() {
        ListEntity before = entity("1", "ACME", List.of("A", "B"), List.of("CUBA"));
        ListEntity after = new ListEntity("x", "1", "Organization", "ACME", List.of("B", "A"), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of("CUBA"), null, List.of(),
                null, "sdn.csv:99");

        assertThat(ListDiff.compare(before, after)).isEmpty();
    }

    private static ListEntity entity(String id, String name, List<String> aliases, List<String> programs) {
        return new ListEntity("x", id, "Organization", name, aliases, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), programs, null, List.of(), null, "sdn.csv:" + id);
    }
}
