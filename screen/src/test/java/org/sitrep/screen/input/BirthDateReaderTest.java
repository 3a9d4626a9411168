package org.sitrep.screen.input;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BirthDateReaderTest {

    private final BirthDateReader dmy = new BirthDateReader(DateOrder.DMY, 2026);
    private final BirthDateReader mdy = new BirthDateReader(DateOrder.MDY, 2026);

    @Test
    void paddedIso() {
        assertThat(dmy.read("1971-03-09")).isEqualTo("1971-03-09");
    }

    @Test
    void nonPaddedIso() {
        assertThat(dmy.read("1971-3-9")).isEqualTo("1971-03-09");
        assertThat(dmy.read("1971/3/19")).isEqualTo("1971-03-19");
        assertThat(dmy.read("1971.03.9")).isEqualTo("1971-03-09");
    }

    @Test
    void isoWithTimeOfDay() {
        assertThat(dmy.read("1971-03-09T00:00:00Z")).isEqualTo("1971-03-09");
    }

    @Test
    void compactIso() {
        assertThat(dmy.read("19710309")).isEqualTo("1971-03-09");
    }

    @Test
    void yearAndMonth() {
        assertThat(dmy.read("1971-3")).isEqualTo("1971-03");
        assertThat(dmy.read("1971-11")).isEqualTo("1971-11");
    }

    @Test
    void dayMonthYearWithSlashesDotsOrDashes() {
        assertThat(dmy.read("09/03/1971")).isEqualTo("1971-03-09");
        assertThat(dmy.read("9.3.1971")).isEqualTo("1971-03-09");
        assertThat(dmy.read("09-03-1971")).isEqualTo("1971-03-09");
    }

    @Test
    void ambiguousAllDigitDatesFollowTheDateOrder() {
        assertThat(dmy.read("04/05/1980")).isEqualTo("1980-05-04");
        assertThat(mdy.read("04/05/1980")).isEqualTo("1980-04-05");
    }

    @Test
    void anAllDigitDateReadableOnlyOneWayIsReadThatWay() {
        assertThat(dmy.read("11/27/1980")).isEqualTo("1980-11-27");
        assertThat(mdy.read("27/11/1980")).isEqualTo("1980-11-27");
    }

    @Test
    void englishMonthNamesInEitherOrder() {
        assertThat(dmy.read("Mar 9, 1971")).isEqualTo("1971-03-09");
        assertThat(dmy.read("March 9th 1971")).isEqualTo("1971-03-09");
        assertThat(dmy.read("9 March 1971")).isEqualTo("1971-03-09");
        assertThat(dmy.read("09-MAR-1971")).isEqualTo("1971-03-09");
        assertThat(dmy.read("Sept. 30, 1944")).isEqualTo("1944-09-30");
    }

    @Test
    void frenchMonthNames() {
        assertThat(dmy.read("9 août 1971")).isEqualTo("1971-08-09");
        assertThat(dmy.read("1er février 1950")).isEqualTo("1950-02-01");
        assertThat(dmy.read("12 DÉCEMBRE 1966")).isEqualTo("1966-12-12");
        assertThat(dmy.read("juil. 1980")).isEqualTo("1980-07");
    }

    @Test
    void monthNameAndYearOnly() {
        assertThat(dmy.read("October 1958")).isEqualTo("1958-10");
    }

    @Test
    void bareYear() {
        assertThat(dmy.read(" 1958 ")).isEqualTo("1958");
    }

    @Test
    void circaIsTheYearGiveOrTakeOne() {
        assertThat(dmy.read("c. 1958")).isEqualTo("1957..1959");
        assertThat(dmy.read("c.1958")).isEqualTo("1957..1959");
        assertThat(dmy.read("ca 1958")).isEqualTo("1957..1959");
        assertThat(dmy.read("circa 1958")).isEqualTo("1957..1959");
        assertThat(dmy.read("approx. 1958")).isEqualTo("1957..1959");
        assertThat(dmy.read("vers 1958")).isEqualTo("1957..1959");
        assertThat(dmy.read("~1958")).isEqualTo("1957..1959");
        assertThat(dmy.read("circa 1956-1958")).isEqualTo("1955..1959");
    }

    @Test
    void yearRanges() {
        assertThat(dmy.read("1956-1958")).isEqualTo("1956..1958");
        assertThat(dmy.read("1956 / 1958")).isEqualTo("1956..1958");
        assertThat(dmy.read("1956 to 1958")).isEqualTo("1956..1958");
        assertThat(dmy.read("between 1956 and 1958")).isEqualTo("1956..1958");
        assertThat(dmy.read("entre 1956 et 1958")).isEqualTo("1956..1958");
        assertThat(dmy.read("1956..1958")).isEqualTo("1956..1958");
    }

    @Test
    void blankIsNoDate() {
        assertThat(dmy.read("  ")).isNull();
        assertThat(dmy.read(null)).isNull();
    }

    @Test
    void impossibleOrUnreadableDatesAreRefusedWithTheReason() {
        assertThatThrownBy(() -> dmy.read("31/02/1971")).hasMessageContaining("no such date");
        assertThatThrownBy(() -> dmy.read("1971-13-01")).hasMessageContaining("no such");
        assertThatThrownBy(() -> dmy.read("2031")).hasMessageContaining("year out of range");
        assertThatThrownBy(() -> dmy.read("1958-1956")).hasMessageContaining("forward");
        assertThatThrownBy(() -> dmy.read("yesterday")).hasMessageContaining("cannot read as a date");
        assertThatThrownBy(() -> dmy.read("9 Brumaire 1971")).hasMessageContaining("cannot read as a date");
    }
}
