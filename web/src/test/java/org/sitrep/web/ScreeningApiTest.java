package org.sitrep.web;

import org.junit.jupiter.api.Test;
import org.sitrep.screen.Query;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The web app's CSV rows are read as the CLI reads them: same columns, same written dates. */
class ScreeningApiTest {

    @Test
    void birthDatesInWrittenFormsAndEitherColumnSpelling() {
        List<Query> q = ScreeningApi.queries("""
                id,name,birth_date
                a,Ana Petrova,3 août 1975
                b,Ana Petrova,c. 1975
                """);
        assertThat(q).extracting(Query::birthDate).containsExactly("1975-08-03", "1974..1976");
        List<Query> other = ScreeningApi.queries("full_name,date_of_birth\nAna Petrova,1975-8-3\n");
        assertThat(other.get(0).birthDate()).isEqualTo("1975-08-03");
    }

    @Test
    void anUnreadableCellIsRefusedWithItsLineAndColumn() {
        assertThatThrownBy(() -> ScreeningApi.queries("id,name,birth_date\na,Ana Petrova,1975\nb,Ana Petrova,someday\n"))
                .isInstanceOf(ApiException.class).hasMessageContaining("line 3").hasMessageContaining("column 3")
                .hasMessageContaining("birth_date");
    }
}
