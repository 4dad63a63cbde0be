package org.sankofa.plans;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IsoPeriodTests {

    @ParameterizedTest
    @CsvSource({ "2025,YEAR,2025-01-01,2025-12-31", "2025S1,SEMESTER,2025-01-01,2025-06-30",
            "2025S2,SEMESTER,2025-07-01,2025-12-31", "2025Q3,QUARTER,2025-07-01,2025-09-30",
            "2024Q1,QUARTER,2024-01-01,2024-03-31", "202509,MONTH,2025-09-01,2025-09-30",
            "202402,MONTH,2024-02-01,2024-02-29" })
    void wellFormedPeriodsParseWithTheirFirstAndLastDayAndWriteBackTheSame(String text, IsoPeriod.Kind kind,
            LocalDate start, LocalDate end) {
        IsoPeriod period = IsoPeriod.parse(text).orElseThrow();
        assertThat(period.kind()).isEqualTo(kind);
        assertThat(period.start()).isEqualTo(start);
        assertThat(period.end()).isEqualTo(end);
        assertThat(period).hasToString(text);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", " 2025", "2025 ", "25", "20251", "2025Q0", "2025Q5", "2025q3", "2025S3", "2025S0",
            "202500", "202513", "2025-09", "2025W01", "1899", "2200", "abcd", "2025Q", "2025Q33" })
    void malformedPeriodsAreRefused(String text) {
        assertThat(IsoPeriod.parse(text)).isEmpty();
    }

    @Test
    void nullIsNotAPeriod() {
        assertThat(IsoPeriod.parse(null)).isEmpty();
    }

    @Test
    void aYearContainsItsQuartersAndMonthsButNotTheNextYearsAndPeriodsOverlapWhenTheyShareADay() {
        IsoPeriod year = IsoPeriod.parse("2025").orElseThrow();
        assertThat(year.contains(IsoPeriod.parse("2025Q3").orElseThrow())).isTrue();
        assertThat(year.contains(IsoPeriod.parse("202512").orElseThrow())).isTrue();
        assertThat(year.contains(IsoPeriod.parse("2026Q1").orElseThrow())).isFalse();
        assertThat(IsoPeriod.parse("2025S2").orElseThrow().overlaps(IsoPeriod.parse("2025Q3").orElseThrow())).isTrue();
        assertThat(IsoPeriod.parse("2025S1").orElseThrow().overlaps(IsoPeriod.parse("2025Q3").orElseThrow())).isFalse();
    }

    @Test
    void periodsSortByStartThenLongestFirst() {
        var sorted = java.util.stream.Stream.of("2025Q2", "202501", "2025", "2025S1", "2024Q4")
                .map(p -> IsoPeriod.parse(p).orElseThrow()).sorted().map(IsoPeriod::toString).toList();
        assertThat(sorted).containsExactly("2024Q4", "2025", "2025S1", "202501", "2025Q2");
    }
}
