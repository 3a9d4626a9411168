package org.sitrep.ingest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.sitrep.model.DocDate;

import static org.assertj.core.api.Assertions.assertThat;

class DateFinderTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2016-02-25|2016-02-25",
            "2/11/2016|2016-02-11",
            "25/11/2016|2016-11-25",
            "25 February 2016|2016-02-25",
            "Feb. 25, 2016|2016-02-25",
            "February 25, 2016|2016-02-25",
            "Sunday, 5 June 2016|2016-06-05",
            "4 June, 2016|2016-06-04",
            "10:17 AM – 3 Oct 2016|2016-10-03",
            "Published: 2016-03-14|2016-03-14",
    })
    void readsWholeLineDates(String line, String iso) {
        DocDate date = DateFinder.parseWhole(line);
        assertThat(date).isNotNull();
        assertThat(date.isoValue()).isEqualTo(iso);
        assertThat(date.precision()).isEqualTo(DocDate.Precision.DAY);
    }

    @Test
    void monthAndYearIsMonthPrecision() {
        assertThat(DateFinder.parseWhole("February 2016").precision()).isEqualTo(DocDate.Precision.MONTH);
        assertThat(DateFinder.parseWhole("February 2016").isoValue()).isEqualTo("2016-02");
    }

    @Test
    void sentencesAreNotDateLines() {
        assertThat(DateFinder.parseWhole("On January 31, 2015, the government revoked his citizenship.")).isNull();
        assertThat(DateFinder.parseWhole("31/31/2016")).isNull();
    }

    @Test
    void findsTheDateOfADateline() {
        DateFinder.Found found = DateFinder.find("BEIRUT, Feb. 29, 2016 (Sitrep Wire) — Russia's military said");
        assertThat(found.date().isoValue()).isEqualTo("2016-02-29");
        assertThat(found.start()).isEqualTo(8);
    }
}
