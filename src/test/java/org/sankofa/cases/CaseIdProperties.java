package org.sankofa.cases;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Whatever a path holds, a case id read from it is a positive number or refused with a 400's exception. */
class CaseIdProperties {

    @Property
    void aCaseIdIsAPositiveNumberOrRefused(@ForAll String text) {
        Throwable refused = catchThrowable(() -> assertThat(CaseId.valueOf(text).value()).isPositive());
        assertThat(refused).satisfiesAnyOf(e -> assertThat(e).isNull(),
                e -> assertThat(e).isInstanceOf(IllegalArgumentException.class));
    }
}
