package org.sankofa.shared.web;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/** Binds the last segment of a decision's route ({@code approve}, {@code reject}) to a {@link Decision.Outcome}. */
@Component
class DecisionOutcomes implements Converter<String, Decision.Outcome> {

    @Override
    public Decision.Outcome convert(String segment) {
        return Decision.Outcome.of(segment);
    }
}
