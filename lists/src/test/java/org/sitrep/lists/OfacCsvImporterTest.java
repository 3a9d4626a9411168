package org.sitrep.lists;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OfacCsvImporterTest {

    private final ListReader reader = new ListReader();

    @Test
    void readsThe2021TrioWithEveryEntry() throws Exception {
        ListSnapshot sdn = reader.read(SharedData.shared("data/sanctions/ofac-sdn-2021"));

        assertThat(sdn.listId()).isEqualTo("us-ofac-sdn");
        assertThat(sdn.format()).isEqualTo("ofac-csv");
        assertThat(sdn.entities()).hasSize(8976);
        assertThat(sdn.sha256()).hasSize(64);
        assertThat(sdn.entities()).extracting(ListEntity::schema)
                .containsOnly("Person", "Organization", "Vessel", "Airplane");
    }

    @Test
    void parsesRemarksIntoFields() throws Exception {
        ListSnapshot sdn = reader.read(SharedData.shared("data/sanctions/ofac-sdn-2021"));
        ListEntity binali = sdn.entity("19449");

        assertThat(binali.name()).isEqualTo("AL-BINALI, Turki Mubarak Abdullah Ahmad");
        assertThat(binali.schema()).isEqualTo("Person");
        assertThat(binali.nameParts()).containsExactly(new ListEntity.NamePart("family", "AL-BINALI"),
                new ListEntity.NamePart("given", "Turki Mubarak Abdullah Ahmad"));
        assertThat(binali.strongAliases()).contains("AL-BENALI, Turki", "AL BINALI, Turki Mubarak Abdullah");
        assertThat(binali.weakAliases()).contains("ABU DERGHAM", "AL-ATHARI, Abu Human Bakr ibn 'Abd al-'Aziz")
                .doesNotContainAnyElementsOf(binali.strongAliases());
        assertThat(binali.birthDates()).containsExactly("1984-09-03");
        assertThat(binali.birthPlaces()).containsExactly("Al Muharraq, Bahrain");
        assertThat(binali.nationalities()).containsExactly("BH");
        assertThat(binali.identifiers()).contains(new ListEntity.Identifier("Passport", "2231616", "BH"),
                new ListEntity.Identifier("Passport", "1272611", "BH"));
        assertThat(binali.programs()).containsExactly("SDGT");
        assertThat(binali.linkedTo()).containsExactly("8759");
        assertThat(sdn.entity("8759").name()).isEqualTo("ISLAMIC STATE OF IRAQ AND THE LEVANT");
        assertThat(binali.source()).isEqualTo("sdn.csv:4743");
    }

    @Test
    void joinsCommentsAndAddresses() throws Exception {
        ListSnapshot sdn = reader.read(SharedData.shared("data/sanctions/ofac-sdn-2021"));

        // 28263's remarks run on in sdn_comments.csv, which holds its last a.k.a. and link.
        ListEntity continued = sdn.entity("28263");
        assertThat(continued.remarks()).contains("Linked To: LAZARUS GROUP");
        assertThat(continued.linkedTo()).isNotEmpty();
        assertThat(sdn.entity("306").addresses()).contains("Zweierstrasse 35, Zurich CH-8022, Switzerland");
        assertThat(sdn.entity("306").weakAliases()).contains("BNC");
        assertThat(sdn.entity("36").programs()).containsExactly("CUBA");
        assertThat(sdn.entity("36").remarks()).isNull();
    }

    @Test
    void readsThe2019TrioWithoutComments() throws Exception {
        ListSnapshot sdn = reader.read(SharedData.shared("data/sanctions/ofac-sdn-2019"));

        assertThat(sdn.entities()).hasSize(7379);
        assertThat(sdn.entity("26235").birthDates()).containsExactly("1975-06-14");
        assertThat(sdn.entity("26235").identifiers())
                .contains(new ListEntity.Identifier("National ID No.", "781005202108", null));
    }

    @Test
    void readsDateFormsOfTheRemarks() throws Exception {
        EntityBuilder entity = new EntityBuilder("x", "1", "Person", "test");
        OfacRemarks.apply("DOB 03 Sep 1984; alt. DOB 1962 to 1964; alt. DOB circa 1970; alt. DOB Sep 1984;"
                + " alt. DOB 1990; Gender Male; citizen Korea, North; Linked To: ACME, S.A.", entity);

        assertThat(entity.birthDates).containsExactly("1984-09-03", "1962..1964", "1970", "1984-09", "1990");
        assertThat(entity.nationalities).containsExactly("KP");
        assertThat(entity.linkedNames).containsExactly("ACME, S.A.");
    }

    @Test
    void aTrioIsRecognisedByContentNotFileName(@TempDir Path dir) throws Exception {
        Path demo = SharedData.demo("lists/ofac-sdn-demo");
        Files.copy(demo.resolve("sdn.csv"), dir.resolve("first.txt"));
        Files.copy(demo.resolve("alt.csv"), dir.resolve("second.dat"));
        Files.copy(demo.resolve("add.csv"), dir.resolve("third"));

        ListSnapshot renamed = reader.read(dir);
        ListSnapshot original = reader.read(demo);

        assertThat(renamed.entities()).hasSize(original.entities().size());
        assertThat(renamed.sha256()).isEqualTo(original.sha256());
        assertThat(renamed.entity("19449").strongAliases()).isEqualTo(original.entity("19449").strongAliases());
    }

    @Test
    void brokenFilesAreReportedWithFileAndLine() {
        Path invalid = SharedData.shared("data/sanctions/ofac-invalid");

        assertThatThrownBy(() -> reader.read(invalid))
                .isInstanceOf(ListFormatException.class)
                .hasMessageMatching(".*ofac-invalid/[a-z_]+\\.csv:\\d+: expected \\d+ columns.*")
                .satisfies(e -> assertThat(((ListFormatException) e).line()).isPositive());
    }

    @Test
    void aRowWithTooFewColumnsNamesItsLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("sdn.csv"), "1,\"ONE\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n"
                + "\r\n2,\"TWO\",-0- ,\"CUBA\"\r\n", StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> reader.read(dir.resolve("sdn.csv")))
                .isInstanceOf(ListFormatException.class)
                .hasMessage(dir.resolve("sdn.csv") + ":3: expected 12 columns for sdn rows, found 4: '2,TWO,-0-,CUBA'");
    }

    @Test
    void anUnterminatedQuoteNamesTheRecordWhereItStarts(@TempDir Path dir) throws IOException {
        String good = "1,\"ONE\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n";
        Files.writeString(dir.resolve("sdn.csv"), good + good.replace("1,", "2,") + "3,\"THREE,-0- ,\"CUBA\",-0-\r\n"
                + good.replace("1,", "4,") + good.replace("1,", "5,"), StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> reader.read(dir.resolve("sdn.csv")))
                .isInstanceOf(ListFormatException.class)
                .hasMessageStartingWith(dir.resolve("sdn.csv") + ":3: ");
    }
}
