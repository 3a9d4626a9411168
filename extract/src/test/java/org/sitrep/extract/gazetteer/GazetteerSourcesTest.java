package org.sitrep.extract.gazetteer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.extract.EntityType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A gazetteer line's sources column records where to check the entry; it names nothing for the tagger. */
class GazetteerSourcesTest {

    @TempDir
    Path dir;

    @Test
    void theSourcesColumnIsNeitherANameNorAnAlias() throws IOException {
        Path file = dir.resolve("groups.tsv");
        Files.writeString(file, "ArmedGroup\tVell Brigades\tVell|the Brigades\tOFAC SDN 99999\n"
                + "ArmedGroup\tSarn Militia\t\tUN QDe.999\n");
        Gazetteer g = new Gazetteer().addFile(file);

        GazetteerEntry vell = g.lookup("the Brigades").orElseThrow();
        assertThat(vell.name()).isEqualTo("Vell Brigades");
        assertThat(vell.allNames()).doesNotContain("OFAC SDN 99999");
        assertThat(g.lookup("Sarn Militia").map(GazetteerEntry::type)).contains(EntityType.ARMED_GROUP);
        assertThat(g.lookup("UN QDe.999")).isEmpty();
    }

    @Test
    void designatedGroupsOfTheBundledGazetteerStillResolve() {
        Gazetteer g = Gazetteer.bundled();
        assertThat(g.lookup("Hezbollah").map(GazetteerEntry::type)).contains(EntityType.ARMED_GROUP);
        assertThat(g.lookup("Jabhat al-Nusra").map(GazetteerEntry::name)).contains("Nusra Front");
        assertThat(g.lookup("OFAC SDN 4697")).isEmpty();
    }
}
