package org.sankofa.programmes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sankofa.programmes.internal.DonorReport;
import org.sankofa.programmes.internal.SmallCells;

import static org.assertj.core.api.Assertions.assertThat;

/** Small cells of a donor report: 1 to 4 suppressed (threshold 5), 0 and 5 shown, and no suppressed cell worked out. */
class SmallCellsTests {

    @Test
    void countsUnderTheThresholdAreSuppressedButZeroAndTheThresholdAreShown() {
        assertThat(SmallCells.cell(0, 5).suppressed()).isFalse();
        assertThat(SmallCells.cell(1, 5).suppressed()).isTrue();
        assertThat(SmallCells.cell(4, 5).suppressed()).isTrue();
        assertThat(SmallCells.cell(5, 5).suppressed()).isFalse();
        assertThat(SmallCells.cell(4, 5).shown()).isNull();
        assertThat(SmallCells.cell(4, 5).published()).isNull();
        assertThat(SmallCells.cell(7, 5).published()).isEqualTo(7L);
        // a configured threshold of 10
        assertThat(SmallCells.cell(9, 10).suppressed()).isTrue();
    }

    @Test
    void aLoneSuppressedCellBesideAPublishedTotalTakesACompanionLargeEnoughToHideIt() {
        Map<String, Long> bySex = new LinkedHashMap<>();
        bySex.put("Feminine", 12L);
        bySex.put("Masculine", 7L);
        bySex.put("other", 2L);
        List<DonorReport.Part> parts = SmallCells.parts(bySex, SmallCells.cell(21, 5), 5);
        // the companion is the smallest other count of at least 2 × 5 - 1 = 9: the pair's sum, less the companion's
        // known 5 or more, then leaves the small one anywhere from 1 to 4; it is "not shown", not "fewer than 5"
        assertThat(parts).extracting(p -> p.cell().suppressed()).containsExactly(true, false, true);
        assertThat(parts).extracting(p -> p.cell().fewer()).containsExactly(false, false, true);
        assertThat(parts.get(0).cell().published()).isNull();
        // with no other cell of 9 or more, the smallest other
        bySex.put("Feminine", 8L);
        assertThat(SmallCells.parts(bySex, SmallCells.cell(17, 5), 5)).extracting(p -> p.cell().suppressed())
                .containsExactly(false, true, true);
    }

    @Test
    void twoSuppressedCellsOrASuppressedTotalNeedNoMore() {
        Map<String, Long> byBand = new LinkedHashMap<>();
        byBand.put("6-11", 3L);
        byBand.put("12-14", 2L);
        byBand.put("15-17", 9L);
        assertThat(SmallCells.parts(byBand, SmallCells.cell(14, 5), 5)).extracting(p -> p.cell().suppressed())
                .containsExactly(true, true, false);
        Map<String, Long> small = new LinkedHashMap<>();
        small.put("SN", 3L);
        small.put("ML", 0L);
        assertThat(SmallCells.parts(small, SmallCells.cell(3, 5), 5)).extracting(p -> p.cell().suppressed())
                .containsExactly(true, false);
    }
}
