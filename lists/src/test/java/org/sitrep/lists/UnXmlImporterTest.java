package org.sitrep.lists;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UnXmlImporterTest {

    private final ListReader reader = new ListReader();

    @Test
    void readsEveryIndividualAndEntity() throws Exception {
        ListSnapshot un = reader.read(SharedData.shared("data/sanctions/un/UN_consolidated.xml"));

        assertThat(un.listId()).isEqualTo("un-sc");
        assertThat(un.format()).isEqualTo("un-xml");
        assertThat(un.entities().stream().filter(e -> e.schema().equals("Person"))).hasSize(730);
        assertThat(un.entities().stream().filter(e -> e.schema().equals("Organization"))).hasSize(273);
    }

    @Test
    void readsNamesAliasesDatesAndDocuments() throws Exception {
        ListSnapshot un = reader.read(SharedData.shared("data/sanctions/un/UN_consolidated.xml"));

        ListEntity kakolele = un.entity("CDi.002");
        assertThat(kakolele.name()).isEqualTo("FRANK KAKOLELE BWAMBALE");
        assertThat(kakolele.strongAliases()).contains("AIGLE BLANC");
        assertThat(kakolele.nationalities()).containsExactly("CD");
        assertThat(kakolele.programs()).containsExactly("DRC");
        assertThat(kakolele.listedOn()).isEqualTo("2005-11-01");
        assertThat(kakolele.remarks()).contains("Designation: FARDC General");

        assertThat(un.entity("CDi.001").birthDates()).containsExactly("1971");
        assertThat(un.entities()).anySatisfy(e -> assertThat(e.birthDates()).contains("1973..1974"));
        assertThat(un.entities()).anySatisfy(e -> assertThat(e.weakAliases()).isNotEmpty());
        assertThat(un.entities()).anySatisfy(e -> assertThat(e.identifiers())
                .anySatisfy(id -> assertThat(id.type()).isEqualTo("Passport")));
        assertThat(un.entities()).anySatisfy(e -> assertThat(e.strongAliases()).contains("صدام حسين التكريتي"));
    }

    @Test
    void readsTheDemoExtract() throws Exception {
        ListSnapshot un = reader.read(SharedData.demo("lists/un-demo.xml"));

        assertThat(un.listId()).isEqualTo("un-sc");
        assertThat(un.entities()).isNotEmpty().allSatisfy(e -> assertThat(e.name()).isNotBlank());
    }

    @Test
    void externalEntitiesAreNeverResolved() {
        assertThatThrownBy(() -> reader.read(SharedData.fixture("xxe-un.xml")))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("xxe-un.xml:")
                .hasMessageNotContaining("root:");
    }

    @Test
    void malformedXmlNamesFileAndLine() {
        assertThatThrownBy(() -> reader.read(SharedData.fixture("broken-un.xml")))
                .isInstanceOf(ListFormatException.class)
                .hasMessageStartingWith(SharedData.fixture("broken-un.xml") + ":11: malformed XML")
                .satisfies(e -> assertThat(((ListFormatException) e).line()).isEqualTo(11));
    }
}
