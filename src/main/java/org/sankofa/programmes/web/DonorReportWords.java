package org.sankofa.programmes.web;

import java.util.Locale;

import org.sankofa.directory.Countries;
import org.sankofa.programmes.internal.DonorReport;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The words of a donor report in a language: for the page, the PDF and the workbook alike. */
@Component
class DonorReportWords {

    private final MessageSource messages;
    private final Countries countries;

    DonorReportWords(MessageSource messages, Countries countries) {
        this.messages = messages;
        this.countries = countries;
    }

    String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** A cell: its number, "fewer than n", or "not shown" (hidden so that a small one cannot be worked out). */
    String cell(DonorReport.Cell cell, int threshold, Locale locale) {
        if (!cell.suppressed()) {
            return Long.toString(cell.value());
        }
        return cell.fewer() ? msg("programme.report.fewer", locale, threshold) : msg("programme.report.hidden", locale);
    }

    String country(String code, Locale locale) {
        return code == null || code.isEmpty() ? msg("programme.report.unknownCountry", locale)
                : countries.name(code, locale);
    }

    String sex(String value, Locale locale) {
        return "other".equals(value) ? msg("programme.report.sex.other", locale)
                : msg("htcds.Gender." + value, locale);
    }

    String measure(DonorReport.Line line, Locale locale) {
        return msg("programme.measure." + line.measure().name(), locale);
    }

    String title(DonorReport report, Locale locale) {
        return msg("programme.report.title", locale, report.title(), report.period());
    }
}
