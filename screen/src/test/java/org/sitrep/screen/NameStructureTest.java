package org.sitrep.screen;

import org.junit.jupiter.api.Test;
import org.sitrep.lists.ListEntity;
import org.sitrep.lists.ListSnapshot;
import org.sitrep.screen.names.NameNormalizer;
import org.sitrep.screen.names.NameVocabulary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How names are compared: the phenomena of spelling, script, structure and rarity, on names written for the test. */
class NameStructureTest {

    private final NameComparer comparer = NameComparer.standard();
    private final NameNormalizer normalizer = new NameNormalizer(NameVocabulary.standard());

    /** The engine's name score of two people's names, before calibration: what name structure changes. */
    private double personScore(String a, String b) {
        return comparer.nameScore(a, b, "Person");
    }

    private Comparison person(String a, String b) {
        return comparer.compare(a, b, "Person");
    }

    @Test
    void everyWritingOfOneArabicFamilyNameMeetsEveryOther() {
        String[] forms = {"AL-BIN'ALI", "AL BINALI", "Al-Binali", "البنعلي"};
        for (String a : forms) {
            for (String b : forms) {
                assertThat(personScore(a + " Turki", "Turki " + b)).as(a + " / " + b).isGreaterThan(0.85);
            }
        }
    }

    @Test
    void wordOrderAndCommaInversionDoNotMatter() {
        assertThat(personScore("HADDAWI, Qasim Nur", "Qasim Nur Haddawi")).isEqualTo(1.0);
        assertThat(personScore("Nur Haddawi Qasim", "Qasim Nur Haddawi")).isEqualTo(1.0);
    }

    @Test
    void anInitialStandsForItsNameButProvesLess() {
        double initial = personScore("Q. N. Haddawi", "Qasim Nur Haddawi");
        assertThat(initial).isGreaterThan(personScore("Tariq Haddawi", "Qasim Nur Haddawi"));
        assertThat(initial).isLessThan(1.0);
    }

    @Test
    void aMissingMiddleNameCostsLessThanAConflictingGivenName() {
        double missing = personScore("Qasim Haddawi", "HADDAWI, Qasim Nur Salman");
        double conflicting = personScore("Faramarz Haddawi", "HADDAWI, Qasim");
        assertThat(missing).isGreaterThan(conflicting);
        assertThat(person("Qasim Haddawi", "HADDAWI, Qasim Nur Salman").match()).isTrue();
        assertThat(person("Faramarz Haddawi", "HADDAWI, Qasim").match()).isFalse();
    }

    @Test
    void legalFormsInOneWordOrSeveralAreTheSameForm() {
        assertThat(comparer.nameScore("CONSORCIO PELAYO, SOCIEDAD ANONIMA", "Consorcio Pelayo S.A.", "Company"))
                .isEqualTo(1.0);
        assertThat(comparer.nameScore("MOLOT TECH, OOO", "OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYU MOLOT TECH",
                "Company")).isEqualTo(1.0);
        assertThat(comparer.compare("Kestrel Shipping Co. Ltd", "KESTREL SHIPPING COMPANY LIMITED", "Company").match())
                .isTrue();
        // an OOO, a TOV and a d.o.o. are what English calls a limited liability company
        assertThat(comparer.nameScore("TOVARYSTVO Z OBMEZHENOYU VIDPOVIDALNISTYU KALYNA AGRO", "Kalyna Agro LLC",
                "Company")).isEqualTo(1.0);
        assertThat(comparer.nameScore("ZORAN TRANS D.O.O.", "ZORAN TRANS DRUSTVO SA OGRANICENOM ODGOVORNOSCU",
                "Company")).isEqualTo(1.0);
        assertThat(comparer.nameScore("CONG TY TNHH HOANG LONG", "Hoang Long Company Limited", "Company"))
                .isEqualTo(1.0);
        assertThat(comparer.nameScore("ARROYO VERDE S.A.S.", "ARROYO VERDE SOCIEDAD POR ACCIONES SIMPLIFICADA",
                "Company")).isEqualTo(1.0);
        // initials in a person's name are not a legal form
        assertThat(normalizer.normalize("SMITH, John A G").tokens()).contains("a", "g");
    }

    @Test
    void aWordWrittenWithoutVowelsMustFitTheLatinSpellingLetterByLetter() {
        assertThat(person("يعقوب حداوي", "Yaqoub Haddawi").match()).isTrue();
        // the same consonants in another order of vowels and letters are another name
        assertThat(personScore("محمد حداوي", "Mahmud Haddawi"))
                .isLessThan(personScore("محمد حداوي", "Muhammad Haddawi"));
    }

    @Test
    void twoDistinctGivenNamesAreNotSpellingsOfEachOther() {
        assertThat(personScore("Muhammad Haddawi", "Mahmud Haddawi"))
                .isLessThan(personScore("Mohamed Haddawi", "Muhammad Haddawi"));
    }

    @Test
    void rareWordsCarryAMatchAndCommonOnesDoNot() {
        List<ListEntity> entities = new ArrayList<>();
        entities.add(listed("1", "HADDAWI, Qasim"));
        String[] given = {"Muhammad", "Ahmad", "Ali", "Wei", "Jian", "Juan", "Maria"};
        String[] family = {"Wang", "Zhang", "Garcia", "Lopez", "Karimi", "Nasser", "Mansour", "Farouk"};
        int id = 10;
        for (String f : family) {
            for (String g : given) {
                entities.add(listed(String.valueOf(id++), f + ", " + g));
            }
        }
        Screener screener = Screener.of(List.of(new ListSnapshot("test", "test", "0".repeat(64), Path.of("t"),
                entities)), ScreeningSettings.defaults());
        // a rare surname alone is shown for review, but a fragment of the listed name never decides
        Match haddawi = screener.screen(Query.ofName("Haddawi")).get(0);
        assertThat(haddawi.id()).isEqualTo("1");
        assertThat(haddawi.match()).isFalse();
        assertThat(haddawi.score()).isGreaterThanOrEqualTo(ScreeningSettings.REVIEW_THRESHOLD);
        assertThat(haddawi.explanation()).extracting(Explanation::feature).contains("fragment");
        assertThat(screener.screen(Query.ofName("Qasim Haddawi")).get(0).match()).isTrue();
        assertThat(screener.screen(Query.ofName("Wang"))).noneMatch(Match::match);
        assertThat(screener.screen(Query.ofName("Muhammad Ali"))).noneMatch(Match::match);
    }

    @Test
    void severalSpellingsInOneNameFieldAreSeparateNames() {
        ListEntity entity = new ListEntity("test", "7", "Person", "Javid Rahqi; Jawid Rahqi", List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, List.of(),
                null, "test:7");
        Screener screener = Screener.of(List.of(new ListSnapshot("test", "test", "0".repeat(64), Path.of("t"),
                List.of(entity))), ScreeningSettings.defaults());
        Match top = screener.screen(Query.ofName("Jawid Rahqi")).get(0);
        assertThat(top.score()).isGreaterThan(0.99);
        assertThat(top.matchedName()).isEqualTo("Jawid Rahqi");
    }

    private static ListEntity listed(String id, String name) {
        return new ListEntity("test", id, "Person", name, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), null, List.of(), null, "test:" + id);
    }

    @Test
    void wordsWrittenApartInOneNameAndTogetherInTheOtherAreOneWord() {
        Comparison apart = comparer.compare("TARVON MEKASHI SHIPPING CO", "Tarvonmekashi Shipping Company", "Company");
        assertThat(apart.score()).isGreaterThan(0.95);
        assertThat(apart.explanation().get(0).detail()).contains("tarvonmekashi~tarvonmekashi");
        // a listed name holding only the first piece is not as good as the name the pieces spell together
        assertThat(comparer.nameScore("TARVON MEKASHI SHIPPING CO", "Tarvon Holding", "Company"))
                .isLessThan(apart.score());
        // three pieces, and a person's name, in the other direction
        assertThat(personScore("Dravik Olanso Pemura", "DRAVIK OLAN SO, Pemura")).isGreaterThan(0.95);
        // words that merely begin alike are not joined
        assertThat(personScore("Dravik Olanso", "DRAVIKOLSEN, Pemura")).isLessThan(0.65);
        // split differently, the letters must still be the same: a long shared start is not enough
        assertThat(personScore("Sakhrizadeh, Parviz", "SATHI ZADEH, Parviz"))
                .isLessThan(personScore("Sakhrizadeh, Parviz", "SAKHRIZADEH-TEHRANI, Parviz"));
    }

    @Test
    void compoundEndingsWrittenApartWithAnArticleJoinTheWordBefore() {
        assertThat(normalizer.normalize("NAFEZ EL DINE, Rami").tokens())
                .isEqualTo(normalizer.normalize("NAFEZEDDINE, Rami").tokens());
        assertThat(personScore("Qutb ud Deen Marwani", "MARWANI, Qutbuddin")).isGreaterThan(0.95);
    }

    @Test
    void differentCommonGivenNamesTellPeopleApartAsWellAsRareOnes() {
        double common = personScore("Hasan Dravinski", "Yusuf Dravinski");
        double rare = personScore("Belmir Dravinski", "Korvat Dravinski");
        assertThat(common).isCloseTo(rare, org.assertj.core.data.Offset.offset(0.02));
        assertThat(person("Hasan Dravinski", "Yusuf Dravinski").match()).isFalse();
        // a common given name merely left out is still an omission, not a conflict
        assertThat(person("Hasan Dravinski", "DRAVINSKI, Hasan Yusuf").match()).isTrue();
    }

    @Test
    void aFinalHaOfArabicScriptMayBeTheVowelALatinSpellingEndsIn() {
        assertThat(personScore("Hamida Qorbani", "حمیده قربانی")).isGreaterThan(0.95);
        assertThat(person("Jamal Zeiniye", "جمال زينيه").match()).isTrue();
        // not any ending: Zeinab is another name
        assertThat(person("Jamal Zeiniye", "جمال زينب").match()).isFalse();
        // two names both in Arabic script are written alike and compared letter by letter, alif included
        assertThat(personScore("احمدي خلفاني", "حمدي خلفاني")).isLessThan(0.95);
    }

    @Test
    void aCompoundPrefixLeftBehindByCommaInversionRejoinsTheFamilyName() {
        assertThat(normalizer.normalize("QARMUDI, Tawfiq Abu").tokens())
                .isEqualTo(normalizer.normalize("Tawfiq Abu al-Qarmudi").tokens());
        assertThat(personScore("NAZIRI, Abdul", "Abdulnaziri")).isEqualTo(1.0);
        // a given name that is no compound prefix stays where it is
        assertThat(normalizer.normalize("QARMUDI, Tawfiq").tokens()).containsExactly("qarmudi", "tawfiq");
    }

    @Test
    void belarusianAndUkrainianRomanisationsMeetTheRussianOnes() {
        assertThat(personScore("KRAVETSKAU, Uladzimir", "Vladimir Kravetskov")).isGreaterThan(0.9);
        assertThat(personScore("Siarhei Lenkevich", "LENKEVICH, Sergey")).isEqualTo(1.0);
        assertThat(personScore("Katsiaryna Dolmatova", "DOLMATOVA, Kateryna")).isEqualTo(1.0);
        // the ending alone does not make two different family names one
        assertThat(person("Uladzimir Petrau", "Vladimir Ivanov").match()).isFalse();
    }

    @Test
    void compoundsOnTheSamePieceAreAsAlikeAsTheirOtherPart() {
        // the shared "Abd al-" makes the spellings look alike, but Basir and Bari are different names
        assertThat(personScore("Abd al-Basir Tolvani", "Abd al-Bari Tolvani"))
                .isLessThan(personScore("Abd al-Basir Tolvani", "Abdul Baseer Tolvani"));
        assertThat(person("TOLVANI, Abdal Basir", "BARI, Abdul").match()).isFalse();
        assertThat(personScore("Nur ud-Din Tolvani", "Nuruddin Tolvani")).isEqualTo(1.0);
        // Arabic script glues the article into the compound
        assertThat(person("Abdulhadi Tolvani", "عبدالهادي تولواني").match()).isTrue();
    }

    @Test
    void koreanSyllablesInEitherRomanisationAreTheSame() {
        assertThat(person("PAEK, Chin-Kyong", "Baek Jin Gyeong").match()).isTrue();
        // a syllable apart is still another name
        assertThat(personScore("PAEK, Chin-Kyong", "Baek Jun Gyeong"))
                .isLessThan(personScore("PAEK, Chin-Kyong", "Baek Jin Gyeong"));
    }
}
