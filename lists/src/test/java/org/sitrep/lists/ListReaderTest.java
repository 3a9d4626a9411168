package org.sitrep.lists;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ListReaderTest {

    private final ListReader reader = new ListReader();

    @Test
    void readAllFindsEveryListInAFolderTree(@TempDir Path dir) throws IOException, ListFormatException {
        Path trio = Files.createDirectories(dir.resolve("ofac"));
        Path demo = SharedData.demo("lists/ofac-sdn-demo");
        for (String name : List.of("sdn.csv", "alt.csv", "add.csv")) {
            Files.copy(demo.resolve(name), trio.resolve(name));
        }
        Path nested = Files.createDirectories(dir.resolve("more/nested"));
        Files.copy(SharedData.fixture("eu-fsf.xml"), nested.resolve("eu"));
        Files.copy(SharedData.fixture("uk-ofsi.csv"), dir.resolve("uk.csv"));
        Files.writeString(dir.resolve("README.md"), "Lists downloaded for testing.\n");

        List<ListSnapshot> lists = reader.readAll(dir);

        assertThat(lists).extracting(ListSnapshot::listId).containsExactlyInAnyOrder("us-ofac-sdn", "gb-hmt", "eu-fsf");
        assertThat(reader.find(dir)).hasSize(3).contains(trio, dir.resolve("uk.csv"), nested.resolve("eu"));
    }

    @Test
    void emptyFilesAreRejectedClearly(@TempDir Path dir) throws IOException {
        Path empty = Files.createFile(dir.resolve("sdn.csv"));

        assertThatThrownBy(() -> reader.read(empty)).isInstanceOf(ListFormatException.class)
                .hasMessage(empty + ": empty file");
    }

    @Test
    void binaryFilesAreRejectedClearly(@TempDir Path dir) throws IOException {
        Path binary = Files.write(dir.resolve("list.xml"), new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2});

        assertThatThrownBy(() -> reader.read(binary)).isInstanceOf(ListFormatException.class)
                .hasMessage(binary + ": binary file (NUL bytes), not a sanctions list");
    }

    @Test
    void unknownContentIsNotGuessedFromTheName(@TempDir Path dir) throws IOException {
        Path notAList = Files.writeString(dir.resolve("sdn.csv"), "name,country\nACME,Cuba\n");

        assertThatThrownBy(() -> reader.read(notAList)).isInstanceOf(ListFormatException.class)
                .hasMessage(notAList + ": not a recognised sanctions list format");
    }

    @Test
    void anOfacPartFileAloneIsExplained() {
        Path alt = SharedData.demo("lists/ofac-sdn-demo/alt.csv");

        assertThatThrownBy(() -> reader.read(alt)).isInstanceOf(ListFormatException.class)
                .hasMessageContaining("an OFAC alt file on its own");
    }

    @Test
    void malformedJsonLinesNameTheLine(@TempDir Path dir) throws IOException {
        String good = Files.readString(SharedData.fixture("opensanctions.ftm.json"), StandardCharsets.UTF_8);
        Path file = Files.writeString(dir.resolve("entities.ftm.json"), good + "{\"id\": \"x\", \"schema\": \n");

        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(ListFormatException.class)
                .hasMessageStartingWith(file + ":7: malformed JSON");
    }

    @Test
    void unknownFollowTheMoneySchemasAreRejected(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("entities.json"),
                "{\"id\": \"a\", \"schema\": \"Person\", \"properties\": {\"name\": [\"A\"]}}\n"
                        + "{\"id\": \"b\", \"schema\": \"Wizard\", \"properties\": {\"name\": [\"B\"]}}\n");

        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(ListFormatException.class)
                .hasMessage(file + ":2: unknown FollowTheMoney schema 'Wizard'");
    }

    @Test
    void ukRowsWithMissingColumnsNameTheLine(@TempDir Path dir) throws IOException {
        List<String> lines = Files.readAllLines(SharedData.fixture("uk-ofsi.csv"));
        Path file = dir.resolve("uk.csv");
        Files.write(file, List.of(lines.get(0), lines.get(1), lines.get(2), "SHORT,ROW"));

        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(ListFormatException.class)
                .hasMessageStartingWith(file + ":4: expected 36 columns, found 2");
    }

    @Test
    void aFolderWithSeveralListsIsNotOneList(@TempDir Path dir) throws IOException {
        Files.copy(SharedData.fixture("eu-fsf.xml"), dir.resolve("a.xml"));
        Files.copy(SharedData.fixture("uk-ofsi.csv"), dir.resolve("b.csv"));

        assertThatThrownBy(() -> reader.read(dir)).isInstanceOf(ListFormatException.class)
                .hasMessage(dir + ": folder holds 2 lists; use readAll, or name one file");
    }

    @Test
    void undeclaredEntitiesAreRejectedWithTheirLine(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("un.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <CONSOLIDATED_LIST>
                  <INDIVIDUALS>
                    <INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>&payload;</FIRST_NAME></INDIVIDUAL>
                  </INDIVIDUALS>
                </CONSOLIDATED_LIST>
                """);

        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(ListFormatException.class)
                .hasMessageStartingWith(file + ":4: ")
                .hasMessageContaining("payload");
    }
}
