package org.sankofa.shared.web;

import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever a person types, reading a form never fails: each reader answers a value, or null with a message for its
 * field (never an exception, never a message for a blank field).
 */
class FormErrorsProperties {

    enum Colour {
        RED, GREEN
    }

    @Property
    void readingAnyTextGivesAValueOrAMessageForItsField(@ForAll String text) {
        FormErrors read = new FormErrors();
        List<Object> values = java.util.Arrays.asList(read.date("date", text), read.integer("integer", text),
                read.id("id", text), read.decimal("decimal", text), read.choice("choice", text, Colour.class));
        List<String> fields = List.of("date", "integer", "id", "decimal", "choice");
        for (int i = 0; i < fields.size(); i++) {
            boolean refused = read.asMap().containsKey(fields.get(i));
            assertThat(values.get(i) == null || !refused).as(fields.get(i)).isTrue();
            if (text.isBlank()) {
                assertThat(refused).as(fields.get(i) + " of a blank value").isFalse();
            } else if (values.get(i) == null) {
                assertThat(refused).as(fields.get(i) + " of " + text).isTrue();
            }
        }
    }
}
