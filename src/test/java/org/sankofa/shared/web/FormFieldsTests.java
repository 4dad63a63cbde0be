package org.sankofa.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class FormFieldsTests {

    enum Colour { RED, GREEN }

    private final Map<String, String> errors = new LinkedHashMap<>();

    @Test
    void blankValuesAreNullWithoutAnError() {
        assertThat(FormFields.date(null, "from", errors, "x.date")).isNull();
        assertThat(FormFields.date("  ", "from", errors, "x.date")).isNull();
        assertThat(FormFields.integer("", "count", errors)).isNull();
        assertThat(FormFields.id("\t", "office", errors)).isNull();
        assertThat(FormFields.decimal(" ", "cost", errors)).isNull();
        assertThat(FormFields.choice(Colour.class, "", "colour", errors)).isNull();
        assertThat(errors).isEmpty();
    }

    @Test
    void readableValuesAreStrippedAndRead() {
        assertThat(FormFields.date(" 2026-02-28 ", "from", errors, "x.date")).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(FormFields.integer(" 42", "count", errors)).isEqualTo(42);
        assertThat(FormFields.id("7 ", "office", errors)).isEqualTo(7L);
        assertThat(FormFields.choice(Colour.class, " GREEN ", "colour", errors)).isEqualTo(Colour.GREEN);
        assertThat(errors).isEmpty();
    }

    @Test
    void aDecimalCommaIsReadAsThePoint() {
        assertThat(FormFields.decimal("1,50", "cost", errors)).isEqualByComparingTo(new BigDecimal("1.5"));
        assertThat(FormFields.decimal("2.25", "cost", errors)).isEqualByComparingTo(new BigDecimal("2.25"));
        assertThat(errors).isEmpty();
    }

    @Test
    void anUnreadableValueIsNullAndRecordsTheCallersMessageKeyForItsField() {
        assertThat(FormFields.date("2026-02-30", "from", errors, "x.date")).isNull();
        assertThat(FormFields.integer("twelve", "count", errors, "x.number")).isNull();
        assertThat(FormFields.id("12a", "office", errors, "x.id")).isNull();
        assertThat(FormFields.decimal("1.2.3", "cost", errors, "x.cost")).isNull();
        assertThat(FormFields.choice(Colour.class, "red", "colour", errors, "x.choice")).isNull();
        assertThat(errors).containsExactly(Map.entry("from", "x.date"), Map.entry("count", "x.number"),
                Map.entry("office", "x.id"), Map.entry("cost", "x.cost"), Map.entry("colour", "x.choice"));
    }

    @Test
    void withoutAMessageKeyTheSharedFormatKeyIsRecorded() {
        FormFields.date("yesterday", "from", errors);
        FormFields.integer("1.5", "count", errors);
        FormFields.id("x", "office", errors);
        FormFields.decimal("abc", "cost", errors);
        FormFields.choice(Colour.class, "BLUE", "colour", errors);
        assertThat(errors).hasSize(5).allSatisfy((field, key) -> assertThat(key).isEqualTo("validation.format"));
        assertThat(FormFields.INVALID).isEqualTo("validation.format");
    }

    @Test
    void aCustomReaderGetsTheStrippedValueAndItsFailureIsRecorded() {
        FormFields.Reader<String> upper = String::toUpperCase;
        FormFields.Reader<String> refusing = text -> {
            throw new IllegalArgumentException(text);
        };
        String read = FormFields.read(" abc ", "code", errors, "x.code", upper);
        String refused = FormFields.read("abc", "code", errors, "x.code", refusing);
        assertThat(read).isEqualTo("ABC");
        assertThat(refused).isNull();
        assertThat(errors).containsExactly(Map.entry("code", "x.code"));
    }

    @Test
    void aVersionIsANonNegativeNumberOrNull() {
        assertThat(FormFields.version(" 3 ")).isEqualTo(3);
        assertThat(FormFields.version("0")).isZero();
        assertThat(FormFields.version("-1")).isNull();
        assertThat(FormFields.version("v3")).isNull();
        assertThat(FormFields.version("")).isNull();
        assertThat(FormFields.version(null)).isNull();
    }

    @Test
    void blankMeansNullEmptyOrWhiteSpace() {
        assertThat(FormFields.blank(null)).isTrue();
        assertThat(FormFields.blank(" \n")).isTrue();
        assertThat(FormFields.blank(" a ")).isFalse();
    }
}
