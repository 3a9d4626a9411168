package org.sitrep.web;

import org.junit.jupiter.api.Test;
import org.sitrep.store.PartyName;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Name boxes offer parties by the start of any word of any of their names, and by near spellings. */
class PartySuggestionsTest {

    private final PartySuggestions index = new PartySuggestions(List.of(
            new PartyName("p1", "Person", "Turki al-Binali", "Turki al-Binali", 4),
            new PartyName("p1", "Person", "Turki al-Binali", "AL-BIN'ALI, Turki", 4),
            new PartyName("p2", "Person", "Nadia Rahal", "Nadia Rahal", 9),
            new PartyName("c1", "Company", "Kestrel Freight Ltd", "Kestrel Freight Ltd", 1),
            new PartyName("c2", "Company", "Alba Trading", "Alba Trading", 0),
            new PartyName("c3", "Company", "Ürgüp Exports", "Ürgüp Exports", 0)));

    private List<String> ids(String typed) {
        return index.suggest(typed, 10).stream().map(PartySuggestions.Suggestion::id).toList();
    }

    @Test
    void everyTypedWordStartsAWordOfAName() {
        assertThat(ids("al")).containsExactly("p1", "c2");
        assertThat(ids("bin tur")).containsExactly("p1");
        assertThat(ids("kestrel fr")).containsExactly("c1");
        assertThat(ids("urgup")).as("accents folded").containsExactly("c3");
        assertThat(ids("x")).isEmpty();
    }

    @Test
    void nearSpellingsAreOfferedAfterExactOnes() {
        assertThat(ids("Rahall")).as("one letter too many").containsExactly("p2");
        assertThat(ids("Kestrle")).as("two letters swapped count as two edits: too far for seven letters").isEmpty();
        assertThat(ids("Kestral")).containsExactly("c1");
    }

    @Test
    void saysWhichAliasMatched() {
        PartySuggestions.Suggestion s = index.suggest("binali", 1).get(0);
        assertThat(s.caption()).isEqualTo("Turki al-Binali");
        assertThat(s.matched()).isEqualTo("Turki al-Binali");
    }
}
