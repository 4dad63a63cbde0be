package org.sankofa.statistics;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sankofa.cases.CountryBasis;
import org.sankofa.cases.VictimMeasure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
class StatisticsModuleTests {

    @Autowired
    VictimStatistics statistics;

    @Test
    void countsNothingForNoCountry() {
        VictimCounts counts = statistics.count(VictimMeasure.VICTIMS_IDENTIFIED, CountryBasis.IDENTIFIED_IN, List.of(),
                LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31));
        assertThat(counts.total()).isZero();
        assertThatThrownBy(() -> statistics.count(VictimMeasure.VICTIMS_IDENTIFIED, CountryBasis.IDENTIFIED_IN,
                List.of("ML"), LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
