package org.sankofa.statistics;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sankofa.shared.Disclosure;
import org.sankofa.shared.Figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Small-cell suppression on its own: primary, marked and secondary cells. */
class DisclosureTests {

    private final Disclosure five = new Disclosure(5);

    @Test
    void countsFromOneToFourAreSuppressedAndZeroAndFiveAreNot() {
        List<Figure> column = five.column(List.of(0L, 1L, 4L, 5L, 9L), Figure.of(19), false, Set.of());
        assertThat(column).extracting(Figure::suppressed).containsExactly(false, true, true, false, false);
    }

    @Test
    void aLoneSuppressedCellBesideAPublishedTotalTakesACompanionLargeEnoughToHideIt() {
        // 7 hidden with the 1 would tell that the 1 is 1 (8 in all, the 7 at least 5, the 1 at most 4 → 1 to 3);
        // the smallest count of at least 2 × 5 − 1 = 9 leaves the small one anywhere from 1 to 4
        List<Figure> column = five.column(List.of(11L, 1L, 7L, 0L), Figure.of(19), true, Set.of());
        assertThat(column).extracting(Figure::suppressed).containsExactly(true, true, false, false);
        assertThat(column).extracting(figure -> figure.fewerThan(5)).containsExactly(false, true, false, false);
        // with none that large, the smallest other non-zero count
        assertThat(five.column(List.of(8L, 1L, 7L), Figure.of(16), true, Set.of()))
                .extracting(Figure::suppressed).containsExactly(false, true, true);
        // two suppressed already: nothing more to hide
        assertThat(five.column(List.of(11L, 1L, 2L), Figure.of(14), true, Set.of()))
                .extracting(Figure::suppressed).containsExactly(false, true, true);
        // overlapping parts (forms of exploitation) are not subtracted from the total
        assertThat(five.column(List.of(11L, 1L, 7L), Figure.of(15), false, Set.of()))
                .extracting(Figure::suppressed).containsExactly(false, true, false);
    }

    @Test
    void markedCellsAreSuppressedWhateverTheirValueExceptZero() {
        List<Figure> column = five.column(List.of(30L, 20L, 0L), Figure.of(50), true, Set.of(0, 2));
        assertThat(column).extracting(Figure::suppressed).containsExactly(true, true, false);
        assertThat(five.total(40, true).suppressed()).isTrue();
        assertThat(five.total(40, false).suppressed()).isFalse();
        assertThat(five.total(3, false).suppressed()).isTrue();
    }

    @Test
    void aThresholdUnderTwoIsRefused() {
        assertThatThrownBy(() -> new Disclosure(1)).isInstanceOf(IllegalArgumentException.class);
    }
}
