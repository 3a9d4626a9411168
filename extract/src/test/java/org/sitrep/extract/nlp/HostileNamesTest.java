package org.sitrep.extract.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.EntityType;
import org.sitrep.extract.gazetteer.GazetteerEntry;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * List and gazetteer names are input: whatever characters they hold must reach TokensRegex as literals. Every regular
 * expression and TokensRegex metacharacter appears in one of these names; the pipeline must build, tag, and match
 * each name exactly as written (and nothing its characters would match as a pattern).
 */
class HostileNamesTest {

    /** Names written for this test, one per metacharacter (and a few combinations). */
    static final List<String> HOSTILE = List.of(
            "Qarwan\\Trading", "Dalbek Freight\\", "Miravel \\\\ Partners", "Osk\\\"ar Lines",
            "[Tesmar] Group", "Halvo (Nord) Ltd", "Brenn {Alpha} Co", "Kelt/Varo Works", "/Zorin/ Shipping",
            "Pellan|Ostra", "Star* Holdings", "Vantor+ Energy", "Quiso? Imports", "^Caret Minerals", "Dollmar$ Corp",
            "\"Orvel\" Logistics", "'Sandra' Tankers", "Tomas `Rell`", "$Vega Finance", "Ulm == Ostrov",
            "[{word:/Farid/}] Agency", "Nabo\tKesh", "Yaro\u0000Fin", "Lisk\u202EEdra Holdings", "Merk.*Talon",
            "Ansel ( ) Group", "Rhun & Sons", "Tarp # Mill", "Corvo @ Bay", "Pim % Fund", "Orra! Ltd", "Ossa ~ Ltd",
            "\\\"", "\\", "\"", "(", "[", "{", "/", "|", "*", "+", "?", "^", "$");

    private static NlpPipeline pipeline;

    @BeforeAll
    static void build() {
        List<GazetteerEntry> exact = new ArrayList<>();
        List<GazetteerEntry> anyCase = new ArrayList<>();
        for (String name : HOSTILE) {
            exact.add(new GazetteerEntry(EntityType.COMPANY, name, List.of()));
            anyCase.add(new GazetteerEntry(EntityType.PERSON, name.toUpperCase(java.util.Locale.ROOT) + " X", List.of()));
        }
        pipeline = new NlpPipeline(exact, anyCase);
    }

    private static List<CoreLabel> tag(String text) {
        Annotation a = pipeline.tag(text, null);
        return a.get(CoreAnnotations.TokensAnnotation.class);
    }

    private static String labels(List<CoreLabel> tokens) {
        return tokens.stream().map(t -> t.word() + "/" + t.ner()).collect(Collectors.joining(" "));
    }

    @Test
    void everyHostileNameIsMatchedAsWritten() {
        List<String> missed = new ArrayList<>();
        for (String name : HOSTILE) {
            if (name.length() < 3 || name.contains("!")) { // "!" ends the sentence: tagged by sentence, no name spans two
                continue;
            }
            List<CoreLabel> tokens = tag("Investigators named " + name + " in the report on Tuesday.");
            boolean tagged = tokens.stream().anyMatch(t -> ("GAZ_" + EntityType.COMPANY.label()).equals(t.ner()));
            if (!tagged) {
                missed.add(name + " -> " + labels(tokens));
            }
        }
        assertThat(missed).isEmpty();
    }

    @Test
    void namesMatchInAnyCasePassToo() {
        List<CoreLabel> tokens = tag("Officials said qarwan\\trading x paid the crew.");
        assertThat(tokens).anyMatch(t -> ("GAZ_" + EntityType.PERSON.label()).equals(t.ner()));
    }

    @Test
    void metacharactersInANameAreNotPatterns() {
        // As patterns, "Star*" would match "Sta", "Merk.*Talon" anything between, "[Tesmar]" one letter.
        for (String text : List.of("Sta Holdings said nothing.", "Merkel and Talon met.", "T Group said nothing.",
                "Pellan said nothing.")) {
            assertThat(tag(text)).as(text).noneMatch(t -> t.ner() != null && t.ner().startsWith("GAZ_"));
        }
    }

    @Test
    void literalsEscapeEveryCharacterButLettersAndDigits() {
        assertThat(NlpPipeline.stringLiteral("Homs")).isEqualTo("\"Homs\"");
        assertThat(NlpPipeline.stringLiteral("a\\b")).isEqualTo("/a\\x{5c}b/");
        assertThat(NlpPipeline.stringLiteral("x\"/")).isEqualTo("/x\\x{22}\\x{2f}/");
    }
}
