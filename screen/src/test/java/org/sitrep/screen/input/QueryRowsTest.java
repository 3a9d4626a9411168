package org.sitrep.screen.input;

import org.junit.jupiter.api.Test;
import org.sitrep.screen.Query;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QueryRowsTest {

    private final QueryRows rows = new QueryRows(new BirthDateReader(DateOrder.DMY, 2026), "Person");

    @Test
    void bothBirthDateColumnSpellingsAreRead() throws Exception {
        Query a = rows.read(List.of("full_name", "date_of_birth"), Map.of("full_name", "Ana Petrova",
                "date_of_birth", "3/7/1975"), "2");
        Query b = rows.read(List.of("name", "birth_date"), Map.of("name", "Ana Petrova", "birth_date", "1975-7-3"), "2");
        assertThat(a.birthDate()).isEqualTo("1975-07-03").isEqualTo(b.birthDate());
        assertThat(a.schema()).isEqualTo("Person");
    }

    @Test
    void anUnreadableDateNamesItsColumn() {
        assertThatThrownBy(() -> rows.read(List.of("id", "full_name", "date_of_birth"),
                Map.of("id", "7", "full_name", "Ana Petrova", "date_of_birth", "soon"), "2"))
                .isInstanceOfSatisfying(QueryRows.UnreadableCell.class, e -> {
                    assertThat(e.column()).isEqualTo("date_of_birth");
                    assertThat(e.position()).isEqualTo(3);
                });
    }

    @Test
    void aNameOfPunctuationOnlyIsRefused() {
        assertThatThrownBy(() -> rows.read(List.of("full_name"), Map.of("full_name", " *** "), "2"))
                .isInstanceOfSatisfying(QueryRows.UnreadableCell.class, e -> assertThat(e.position()).isEqualTo(1));
    }

    @Test
    void strayPunctuationAndSpacesAreTidied() {
        assertThat(QueryNames.tidy("  *ANA   PETROVA*  ")).isEqualTo("ANA PETROVA");
        assertThat(QueryNames.tidy("PETROVA,, Ana,")).isEqualTo("PETROVA, Ana");
        assertThat(QueryNames.tidy("- Lindqvist Shipping Co.")).isEqualTo("Lindqvist Shipping Co.");
        assertThat(QueryNames.tidy("Ana\u00a0\tPetrova")).isEqualTo("Ana Petrova");
        assertThat(QueryNames.tidy("\"Boris (Bob) Ivanov\"")).isEqualTo("Boris (Bob) Ivanov");
    }
}
