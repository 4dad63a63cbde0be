package org.sankofa.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Messages speak the reader's language: plurals by its rules, its number separators, and dates in ISO 8601. */
class IcuMessageSourceTests {

    private static final Locale PORTUGUESE = Locale.forLanguageTag("pt");
    private final IcuMessageSource messages = messages();

    private static IcuMessageSource messages() {
        IcuMessageSource messages = new IcuMessageSource();
        messages.setBasenames("messages", "i18n/cases", "i18n/legal");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @Test
    void pluralsFollowTheRulesOfEachLanguage() {
        assertThat(messages.getMessage("legal.laws.count", new Object[] { 1 }, Locale.ENGLISH))
                .isEqualTo("1 law recorded");
        assertThat(messages.getMessage("legal.laws.count", new Object[] { 2 }, Locale.ENGLISH))
                .isEqualTo("2 laws recorded");
        assertThat(messages.getMessage("legal.laws.count", new Object[] { 1 }, Locale.FRENCH))
                .isEqualTo("1 loi enregistrée");
        assertThat(messages.getMessage("case.list.count", new Object[] { 0 }, PORTUGUESE))
                .isEqualTo("Nenhum processo");
        assertThat(messages.getMessage("case.list.count", new Object[] { 1234 }, Locale.FRENCH))
                .isEqualTo("1\u202f234 dossiers");
    }

    @Test
    void numbersAndPercentagesUseTheReadersSeparators() {
        BigDecimal execution = new BigDecimal("93.3333");
        assertThat(messages.getMessage("labels.percent", new Object[] { execution }, Locale.ENGLISH))
                .isEqualTo("93.3 %");
        assertThat(messages.getMessage("labels.percent", new Object[] { execution }, Locale.FRENCH))
                .isEqualTo("93,3\u202f%");
        assertThat(messages.getMessage("labels.number", new Object[] { new BigDecimal("1234.5") }, PORTUGUESE))
                .isEqualTo("1.234,5");
        assertThat(messages.getMessage("labels.number", new Object[] { new BigDecimal("12.00") }, Locale.ENGLISH))
                .isEqualTo("12");
    }

    @Test
    void datesAreWrittenInIsoWhateverTheLanguage() {
        assertThat(IcuMessageSource.isoDate(LocalDate.of(2026, 3, 12))).isEqualTo("2026-03-12");
        assertThat(IcuMessageSource.isoDate(Instant.parse("2026-03-12T09:30:15Z"))).isEqualTo("2026-03-12 09:30 UTC");
        assertThat(messages.getMessage("labels.pair", new Object[] { "Du", LocalDate.of(2026, 3, 12) },
                Locale.FRENCH)).isEqualTo("Du : 2026-03-12");
    }

    @Test
    void aMessageWithoutArgumentsIsReturnedAsWritten() {
        assertThat(messages.getMessage("labels.address.local", null, Locale.FRENCH)).isEqualTo("cette machine");
    }
}
