package org.sankofa.programmes.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sankofa.shared.Disclosure;
import org.sankofa.shared.Figure;

/**
 * The suppression of small cells in what a donor report publishes, so that no child can be singled out: the
 * statistics' rules ({@link Disclosure}, docs/decisions/0021) on a donor report's cells. A count of persons from 1 to
 * {@code threshold - 1} is shown as "fewer than threshold" (0 says nothing of anyone); when a breakdown would hold
 * exactly one suppressed cell beside a published total, another non-zero cell of it is suppressed too — large enough
 * that the first cannot be worked out by subtraction — and shown as "not shown".
 */
public final class SmallCells {

    private SmallCells() {
    }

    public static DonorReport.Cell cell(long value, int threshold) {
        return cell(new Disclosure(threshold).total(value, false), threshold);
    }

    /** The cells of a breakdown, in the order of {@code counts}; the breakdown's parts sum to its total. */
    public static List<DonorReport.Part> parts(Map<String, Long> counts, DonorReport.Cell total, int threshold) {
        List<Figure> figures = new Disclosure(threshold).column(List.copyOf(counts.values()),
                new Figure(total.value(), total.suppressed()), true, Set.of());
        List<DonorReport.Part> parts = new ArrayList<>();
        List<String> categories = List.copyOf(counts.keySet());
        for (int i = 0; i < categories.size(); i++) {
            parts.add(new DonorReport.Part(categories.get(i), cell(figures.get(i), threshold)));
        }
        return parts;
    }

    private static DonorReport.Cell cell(Figure figure, int threshold) {
        return new DonorReport.Cell(figure.value(), figure.suppressed(), figure.fewerThan(threshold));
    }
}
