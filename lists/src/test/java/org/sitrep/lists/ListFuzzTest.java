package org.sitrep.lists;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.EvidenceStore;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * A seeded fuzz run over the list readers, one real file of each of the eight formats mutated at random (bytes
 * flipped, cut short, spliced, NULs and invalid UTF-8 put in), plus XXE and billion laughs in every XML format. Each
 * input must be read or refused with a {@link ListFormatException} naming the file, and what is read must be stored
 * whole or refused ({@link ListRefusedException}) on an embedded store, within a bound, with no other failure.
 */
class ListFuzzTest {

    private static final long SEED = 20261204L;
    private static final int MUTANTS_PER_SEED = 15;
    private static final Duration HANG_BOUND = Duration.ofSeconds(90);

    @TempDir
    Path dir;

    private static final String XXE = "<!DOCTYPE root [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>";
    private static final String LAUGHS = "<!DOCTYPE root [<!ENTITY a \"lol\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
            + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">"
            + "<!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">"
            + "<!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\"><!ENTITY h \"&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;\">"
            + "<!ENTITY i \"&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;\">]>";

    /** {@code xml} with {@code doctype} before its root and {@code reference} as the root's first content. */
    private static String withDoctype(String xml, String doctype, String reference) {
        int root = xml.indexOf('<');
        while (xml.startsWith("<?", root) || xml.startsWith("<!", root)) {
            root = xml.indexOf('<', xml.indexOf('>', root) + 1);
        }
        int rootEnd = xml.indexOf('>', root) + 1;
        return xml.substring(0, root) + doctype + xml.substring(root, rootEnd) + reference + xml.substring(rootEnd);
    }

    private static byte[] mutate(byte[] seed, Random random) {
        byte[] b = seed.clone();
        switch (random.nextInt(5)) {
            case 0 -> {
                for (int i = 0, n = 1 + random.nextInt(20); i < n; i++) {
                    b[random.nextInt(b.length)] = (byte) random.nextInt(256);
                }
            }
            case 1 -> b = java.util.Arrays.copyOf(b, random.nextInt(b.length));
            case 2 -> {
                int from = random.nextInt(b.length);
                int to = from + random.nextInt(Math.min(2000, b.length - from));
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.write(b, 0, to);
                for (int i = 0, n = 1 + random.nextInt(20); i < n; i++) {
                    out.write(b, from, to - from);
                }
                out.write(b, to, b.length - to);
                b = out.toByteArray();
            }
            case 3 -> {
                for (int i = 0, n = 1 + random.nextInt(5); i < n; i++) {
                    b[random.nextInt(b.length)] = 0;
                }
            }
            default -> {
                for (int i = 0, n = 1 + random.nextInt(5); i < n; i++) {
                    b[random.nextInt(b.length)] = (byte) (0x80 | random.nextInt(0x40));
                }
            }
        }
        return b;
    }

    @Test
    void everyMutatedOrHostileListIsReadOrRefusedByName() throws Exception {
        Map<String, Path> seeds = new LinkedHashMap<>();
        seeds.put("ofac-csv", SharedData.demo("lists/ofac-sdn-demo"));
        seeds.put("un-xml", SharedData.demo("lists/un-demo.xml"));
        for (String fixture : List.of("ofac-sdn.xml", "sdn_advanced.xml", "eu-fsf.xml", "uk-ofsi.csv",
                "opensanctions.ftm.json", "treasury-press.txt")) {
            seeds.put(fixture, SharedData.fixture(fixture));
        }
        Random random = new Random(SEED);
        List<String> problems = new ArrayList<>();
        Map<String, String> outcomes = new LinkedHashMap<>();
        ListReader reader = new ListReader();
        int n = 0;
        try (EvidenceStore store = EvidenceStore.embedded(dir.resolve("db"))) {
            ListStore lists = new ListStore(store);
            for (Map.Entry<String, Path> seed : seeds.entrySet()) {
                boolean folder = Files.isDirectory(seed.getValue());
                Path original = folder ? seed.getValue().resolve("sdn.csv") : seed.getValue();
                byte[] bytes = Files.readAllBytes(original);
                List<byte[]> variants = new ArrayList<>();
                for (int i = 0; i < MUTANTS_PER_SEED; i++) {
                    variants.add(mutate(bytes, random));
                }
                String text = new String(bytes, StandardCharsets.UTF_8);
                boolean xml = original.toString().endsWith(".xml");
                if (xml) {
                    variants.add(withDoctype(text, XXE, "&secret;").getBytes(StandardCharsets.UTF_8));
                    variants.add(withDoctype(text, LAUGHS, "&i;").getBytes(StandardCharsets.UTF_8));
                }
                for (int i = 0; i < variants.size(); i++) {
                    String label = seed.getKey() + (xml && i == variants.size() - 2 ? " xxe"
                            : xml && i == variants.size() - 1 ? " billion-laughs" : " mutant " + i);
                    Path caseDir = Files.createDirectories(dir.resolve("case-" + n++));
                    Path input;
                    if (folder) {
                        for (String f : List.of("sdn.csv", "alt.csv", "add.csv")) {
                            Files.copy(seed.getValue().resolve(f), caseDir.resolve(f));
                        }
                        Files.write(caseDir.resolve("sdn.csv"), variants.get(i));
                        input = caseDir;
                    } else {
                        input = caseDir.resolve(original.getFileName());
                        Files.write(input, variants.get(i));
                    }
                    byte[] variant = variants.get(i);
                    String outcome = assertTimeoutPreemptively(HANG_BOUND, () -> {
                        try {
                            ListSnapshot snapshot = reader.read(input);
                            try {
                                return "read " + snapshot.entities().size() + ", " + lists.load(snapshot, true);
                            } catch (ListRefusedException e) {
                                return "read, refused: " + e.problems().getFirst();
                            }
                        } catch (ListFormatException e) {
                            if (!e.getMessage().contains(caseDir.toString())) {
                                problems.add(label + ": the refusal does not name the file: " + e.getMessage());
                            }
                            return "refused: " + e.getMessage().replace(caseDir + "/", "");
                        } catch (RuntimeException | StackOverflowError e) {
                            problems.add(label + ": " + e);
                            return "crashed";
                        }
                    }, label);
                    if (label.endsWith("xxe") || label.endsWith("billion-laughs")) {
                        assertThat(outcome).as(label).startsWith("refused");
                    }
                    outcomes.put(label, outcome.length() > 120 ? outcome.substring(0, 120) : outcome);
                    assertThat(variant).isNotNull();
                }
            }
            String stored = lists.activeLists().toString();
            assertThat(stored).doesNotContain("root:x:0:0").doesNotContain("lollollollol");
        }
        Map<String, int[]> byFormat = new java.util.TreeMap<>();
        outcomes.forEach((k, v) -> byFormat.computeIfAbsent(k.substring(0, k.indexOf(' ')), f -> new int[2])
                [v.startsWith("read") ? 0 : 1]++);
        byFormat.forEach((f, c) -> System.out.println("list fuzz (seed " + SEED + ") " + f + ": " + c[0] + " read, "
                + c[1] + " refused by file and line"));
        assertThat(problems).isEmpty();
    }
}
