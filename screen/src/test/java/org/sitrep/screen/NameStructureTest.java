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

    private Comparison person(String a, String b) {
        return comparer.compare(a, b, "Person");
    }

    @Test
    void everyWritingOfOneArabicFamilyNameMeetsEveryOther() {
        String[] forms = {"AL-BIN'ALI", "AL BINALI", "Al-Binali", "البنعلي"};
        for (String a : forms) {
            for (String b : forms) {
                assertThat(person(a + " Turki", "Turki " + b).score()).as(a + " / " + b).isGreaterThan(0.85);
            }
        }
    }

    @Test
    void wordOrderAndCommaInversionDoNotMatter() {
        assertThat(person("HADDAWI, Qasim Nur", "Qasim Nur Haddawi").score()).isEqualTo(1.0);
        assertThat(person("Nur Haddawi Qasim", "Qasim Nur Haddawi").score()).isEqualTo(1.0);
    }

    @Test
    void anInitialStandsForItsNameButProvesLess() {
        double initial = person("Q. N. Haddawi", "Qasim Nur Haddawi").score();
        assertThat(initial).isGreaterThan(person("Tariq Haddawi", "Qasim Nur Haddawi").score());
        assertThat(initial).isLessThan(1.0);
    }

    @Test
    void aMissingMiddleNameCostsLessThanAConflictingGivenName() {
        double missing = person("Qasim Haddawi", "HADDAWI, Qasim Nur Salman").score();
        double conflicting = person("Faramarz Haddawi", "HADDAWI, Qasim").score();
        assertThat(missing).isGreaterThan(conflicting);
        assertThat(person("Qasim Haddawi", "HADDAWI, Qasim Nur Salman").match()).isTrue();
        assertThat(person("Faramarz Haddawi", "HADDAWI, Qasim").match()).isFalse();
    }

    @Test
    void legalFormsInOneWordOrSeveralAreTheSameForm() {
        assertThat(comparer.compare("CONSORCIO PELAYO, SOCIEDAD ANONIMA", "Consorcio Pelayo S.A.", "Company").score())
                .isEqualTo(1.0);
        assertThat(comparer.compare("MOLOT TECH, OOO", "OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYU MOLOT TECH",
                "Company").score()).isEqualTo(1.0);
        assertThat(comparer.compare("Kestrel Shipping Co. Ltd", "KESTREL SHIPPING COMPANY LIMITED", "Company").match())
                .isTrue();
        // an OOO, a TOV and a d.o.o. are what English calls a limited liability company
        assertThat(comparer.compare("TOVARYSTVO Z OBMEZHENOYU VIDPOVIDALNISTYU KALYNA AGRO", "Kalyna Agro LLC",
                "Company").score()).isEqualTo(1.0);
        assertThat(comparer.compare("ZORAN TRANS D.O.O.", "ZORAN TRANS DRUSTVO SA OGRANICENOM ODGOVORNOSCU",
                "Company").score()).isEqualTo(1.0);
        assertThat(comparer.compare("CONG TY TNHH HOANG LONG", "Hoang Long Company Limited", "Company").score())
                .isEqualTo(1.0);
        assertThat(comparer.compare("ARROYO VERDE S.A.S.", "ARROYO VERDE SOCIEDAD POR ACCIONES SIMPLIFICADA",
                "Company").score()).isEqualTo(1.0);
        // initials in a person's name are not a legal form
        assertThat(normalizer.normalize("SMITH, John A G").tokens()).contains("a", "g");
    }

    @Test
    void aWordWrittenWithoutVowelsMustFitTheLatinSpellingLetterByLetter() {
        assertThat(person("يعقوب حداوي", "Yaqoub Haddawi").match()).isTrue();
        // the same consonants in another order of vowels and letters are another name
        assertThat(person("محمد حداوي", "Mahmud Haddawi").score())
                .isLessThan(person("محمد حداوي", "Muhammad Haddawi").score());
    }

    @Test
    void twoDistinctGivenNamesAreNotSpellingsOfEachOther() {
        assertThat(person("Muhammad Haddawi", "Mahmud Haddawi").score())
                .isLessThan(person("Mohamed Haddawi", "Muhammad Haddawi").score());
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
        assertThat(screener.screen(Query.ofName("Haddawi")).get(0).id()).isEqualTo("1");
        assertThat(screener.screen(Query.ofName("Haddawi")).get(0).match()).isTrue();
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
        assertThat(top.score()).isEqualTo(1.0);
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
        assertThat(comparer.compare("TARVON MEKASHI SHIPPING CO", "Tarvon Holding", "Company").score())
                .isLessThan(apart.score());
        // three pieces, and a person's name, in the other direction
        assertThat(person("Dravik Olanso Pemura", "DRAVIK OLAN SO, Pemura").score()).isGreaterThan(0.95);
        // words that merely begin alike are not joined
        assertThat(person("Dravik Olanso", "DRAVIKOLSEN, Pemura").score()).isLessThan(0.65);
        // split differently, the letters must still be the same: a long shared start is not enough
        assertThat(person("Sakhrizadeh, Parviz", "SATHI ZADEH, Parviz").score())
                .isLessThan(person("Sakhrizadeh, Parviz", "SAKHRIZADEH-TEHRANI, Parviz").score());
    }

    @Test
    void compoundEndingsWrittenApartWithAnArticleJoinTheWordBefore() {
        assertThat(normalizer.normalize("NAFEZ EL DINE, Rami").tokens())
                .isEqualTo(normalizer.normalize("NAFEZEDDINE, Rami").tokens());
        assertThat(person("Qutb ud Deen Marwani", "MARWANI, Qutbuddin").score()).isGreaterThan(0.95);
    }

    @Test
    void differentCommonGivenNamesTellPeopleApartAsWellAsRareOnes() {
        double common = person("Hasan Dravinski", "Yusuf Dravinski").score();
        double rare = person("Belmir Dravinski", "Korvat Dravinski").score();
        assertThat(common).isCloseTo(rare, org.assertj.core.data.Offset.offset(0.02));
        assertThat(person("Hasan Dravinski", "Yusuf Dravinski").match()).isFalse();
        // a common given name merely left out is still an omission, not a conflict
        assertThat(person("Hasan Dravinski", "DRAVINSKI, Hasan Yusuf").match()).isTrue();
    }

    @Test
    void aFinalHaOfArabicScriptMayBeTheVowelALatinSpellingEndsIn() {
        assertThat(person("Hamida Qorbani", "حمیده قربانی").score()).isGreaterThan(0.95);
        assertThat(person("Jamal Zeiniye", "جمال زينيه").match()).isTrue();
        // not any ending: Zeinab is another name
        assertThat(person("Jamal Zeiniye", "جمال زينب").match()).isFalse();
        // two names both in Arabic script are written alike and compared letter by letter, alif included
        assertThat(person("احمدي خلفاني", "حمدي خلفاني").score()).isLessThan(0.95);
    }

    @Test
    void aCompoundPrefixLeftBehindByCommaInversionRejoinsTheFamilyName() {
        assertThat(normalizer.normalize("QARMUDI, Tawfiq Abu").tokens())
                .isEqualTo(normalizer.normalize("Tawfiq Abu al-Qarmudi").tokens());
        assertThat(person("NAZIRI, Abdul", "Abdulnaziri").score()).isEqualTo(1.0);
        // a given name that is no compound prefix stays where it is
        assertThat(normalizer.normalize("QARMUDI, Tawfiq").tokens()).containsExactly("qarmudi", "tawfiq");
    }

    @Test
    void belarusianAndUkrainianRomanisationsMeetTheRussianOnes() {
        assertThat(person("KRAVETSKAU, Uladzimir", "Vladimir Kravetskov").score()).isGreaterThan(0.9);
        assertThat(person("Siarhei Lenkevich", "LENKEVICH, Sergey").score()).isEqualTo(1.0);
        assertThat(person("Katsiaryna Dolmatova", "DOLMATOVA, Kateryna").score()).isEqualTo(1.0);
        // the ending alone does not make two different family names one
        assertThat(person("Uladzimir Petrau", "Vladimir Ivanov").match()).isFalse();
    }

    @Test
    void compoundsOnTheSamePieceAreAsAlikeAsTheirOtherPart() {
        // the shared "Abd al-" makes the spellings look alike, but Basir and Bari are different names
        assertThat(person("Abd al-Basir Tolvani", "Abd al-Bari Tolvani").score())
                .isLessThan(person("Abd al-Basir Tolvani", "Abdul Baseer Tolvani").score());
        assertThat(person("TOLVANI, Abdal Basir", "BARI, Abdul").match()).isFalse();
        assertThat(person("Nur ud-Din Tolvani", "Nuruddin Tolvani").score()).isEqualTo(1.0);
        // Arabic script glues the article into the compound
        assertThat(person("Abdulhadi Tolvani", "عبدالهادي تولواني").match()).isTrue();
    }

    @Test
    void koreanSyllablesInEitherRomanisationAreTheSame() {
        assertThat(person("PAEK, Chin-Kyong", "Baek Jin Gyeong").match()).isTrue();
        // a syllable apart is still another name
        assertThat(person("PAEK, Chin-Kyong", "Baek Jun Gyeong").score())
                .isLessThan(person("PAEK, Chin-Kyong", "Baek Jin Gyeong").score());
    }
}
