package org.sankofa.plans;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/** Invariants of ISO periods: written and read back, well ordered, inside their year; any text reads or is refused. */
class IsoPeriodProperties {

    @Property
    void aPeriodReadsBackAsItselfAndLiesInItsYear(@ForAll("periods") IsoPeriod period) {
        assertThat(IsoPeriod.parse(period.toString())).contains(period);
        assertThat(period.start()).isBeforeOrEqualTo(period.end());
        assertThat(period.contains(period)).isTrue();
        assertThat(period.calendarYear().contains(period)).isTrue();
        assertThat(period.calendarYear().start()).isBeforeOrEqualTo(period.start());
        assertThat(period.calendarYear().end()).isAfterOrEqualTo(period.end());
    }

    @Property
    void anyTextIsEitherAPeriodOrRefusedWithoutAnError(@ForAll String text) {
        IsoPeriod.parse(text).ifPresent(period -> assertThat(period.toString()).isEqualTo(text));
    }

    @Provide
    Arbitrary<IsoPeriod> periods() {
        return Arbitraries.of(IsoPeriod.Kind.values()).flatMap(kind -> Combinators.combine(
                Arbitraries.integers().between(1900, 2199),
                Arbitraries.integers().between(1, switch (kind) {
                    case YEAR -> 1;
                    case SEMESTER -> 2;
                    case QUARTER -> 4;
                    case MONTH -> 12;
                })).as((year, index) -> new IsoPeriod(kind, year, index)));
    }
}
