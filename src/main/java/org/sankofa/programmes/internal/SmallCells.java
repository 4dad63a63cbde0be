package org.sankofa.programmes.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The suppression of small cells in what a donor report publishes, so that no child can be singled out: a count of
 * persons from 1 to {@code threshold - 1} is shown as "fewer than threshold" (0 says nothing of anyone); when a
 * breakdown would hold exactly one suppressed cell beside a published total, its smallest other non-zero cell is
 * suppressed too, so that the first cannot be worked out by subtraction.
 */
public final class SmallCells {

    private SmallCells() {
    }

    public static DonorReport.Cell cell(long value, int threshold) {
        return new DonorReport.Cell(value, value > 0 && value < threshold);
    }

    /** The cells of a breakdown, in the order of {@code counts}. */
    public static List<DonorReport.Part> parts(Map<String, Long> counts, DonorReport.Cell total, int threshold) {
        List<DonorReport.Part> parts = new ArrayList<>();
        counts.forEach((category, n) -> parts.add(new DonorReport.Part(category, cell(n, threshold))));
        long suppressed = parts.stream().filter(p -> p.cell().suppressed()).count();
        if (suppressed == 1 && !total.suppressed()) {
            parts.stream().filter(p -> !p.cell().suppressed() && p.cell().value() > 0)
                    .min(Comparator.comparingLong(p -> p.cell().value())).ifPresent(smallest -> {
                        int i = parts.indexOf(smallest);
                        parts.set(i, new DonorReport.Part(smallest.category(),
                                new DonorReport.Cell(smallest.cell().value(), true)));
                    });
        }
        return parts;
    }
}
