package org.sankofa.shared;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Small-cell suppression, so that no child can be singled out by a published count (docs/decisions/0021):
 * <ol>
 * <li>a count from 1 to threshold − 1 is suppressed (0 singles out nobody);</li>
 * <li>cells marked by the caller are suppressed too: those whose difference with another published count would be
 * small (an outcome beside the persons it is a part of; the same cell with one filter fewer);</li>
 * <li>in a breakdown whose parts sum to a published total, one suppressed cell alone could be worked out by
 * subtraction: another non-zero cell is suppressed with it ({@link #companion}).</li>
 * </ol>
 */
public final class Disclosure {

    private final int threshold;

    public Disclosure(int threshold) {
        if (threshold < 2) {
            throw new IllegalArgumentException("a threshold under 2 suppresses nothing");
        }
        this.threshold = threshold;
    }

    public int threshold() {
        return threshold;
    }

    /** Whether a count, or a difference between two counts, is small enough to single someone out. */
    public boolean small(long count) {
        return count > 0 && count < threshold;
    }

    /**
     * One column of a breakdown as published.
     *
     * @param values    the counts, in order
     * @param total     the total they are parts of, as published
     * @param partition whether the values sum to the total (false for overlapping parts, such as forms of exploitation)
     * @param marked    the positions to suppress whatever their value
     */
    public List<Figure> column(List<Long> values, Figure total, boolean partition, Set<Integer> marked) {
        List<Figure> figures = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            long value = values.get(i);
            figures.add(new Figure(value, small(value) || (marked.contains(i) && value > 0)));
        }
        long suppressed = figures.stream().filter(Figure::suppressed).count();
        if (partition && suppressed == 1 && !total.suppressed()) {
            int companion = companion(figures, IntStream.range(0, figures.size()).boxed().toList());
            if (companion >= 0) {
                figures.set(companion, figures.get(companion).hidden());
            }
        }
        return figures;
    }

    /**
     * The cell to hide with a lone suppressed one, among the given positions: the smallest shown non-zero count of at
     * least 2 × threshold − 1 — shown as "not shown", it is then known to be at least the threshold, and only from
     * that size does the pair's sum leave the small count anywhere from 1 to threshold − 1 — or, when there is none,
     * the smallest shown non-zero count; −1 when there is no candidate.
     */
    public int companion(List<Figure> figures, List<Integer> positions) {
        Comparator<Integer> smallest = Comparator.comparingLong(i -> figures.get(i).value());
        List<Integer> candidates = positions.stream()
                .filter(i -> !figures.get(i).suppressed() && figures.get(i).value() > 0).sorted(smallest).toList();
        return candidates.stream().filter(i -> figures.get(i).value() >= 2L * threshold - 1).findFirst()
                .orElse(candidates.isEmpty() ? -1 : candidates.get(0));
    }

    /**
     * Cells as published when groups of them sum to counts published elsewhere (the months of a year, the offices of
     * an organisation, a country's year and its sexes): a group with one suppressed cell takes another non-zero cell
     * of the group with it ({@link #companion}) — repeated until every group holds none, or two or more.
     *
     * @param cells    the cells, suppressed as they are so far
     * @param groupsOf for each cell, in the same order, the names of the groups it belongs to
     */
    public List<Figure> withinGroups(List<Figure> cells, List<List<String>> groupsOf) {
        List<Figure> out = new ArrayList<>(cells);
        Map<String, List<Integer>> groups = new TreeMap<>();
        for (int i = 0; i < out.size(); i++) {
            for (String group : groupsOf.get(i)) {
                groups.computeIfAbsent(group, g -> new ArrayList<>()).add(i);
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (List<Integer> group : groups.values()) {
                if (group.stream().filter(i -> out.get(i).suppressed()).count() != 1) {
                    continue;
                }
                int companion = companion(out, group);
                if (companion >= 0) {
                    out.set(companion, out.get(companion).hidden());
                    changed = true;
                }
            }
        }
        return out;
    }

    /** A total as published: suppressed when small or marked. */
    public Figure total(long value, boolean marked) {
        return new Figure(value, small(value) || (marked && value > 0));
    }
}
