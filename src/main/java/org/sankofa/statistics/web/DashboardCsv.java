package org.sankofa.statistics.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sankofa.shared.Figure;
import org.sankofa.statistics.internal.Dashboard;
import org.sankofa.statistics.internal.Measure;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The dashboard's tables as one CSV file: a row per category of every table (the table's title, the category in the
 * reader's language, its code, then a column per measure), suppressed counts written as "fewer than 5" or "not shown"
 * (never the number). UTF-8 with a byte order mark, and a semicolon between cells in French and Portuguese, so that a
 * spreadsheet of that language opens it in columns (their decimal separator is the comma).
 */
@Component
class DashboardCsv {

    private final MessageSource messages;
    private final DashboardLabels labels;

    DashboardCsv(MessageSource messages, DashboardLabels labels) {
        this.messages = messages;
        this.labels = labels;
    }

    void write(Dashboard dashboard, Locale locale, OutputStream out) throws IOException {
        char delimiter = locale.getLanguage().equals("en") ? ',' : ';';
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        List<String> header = new ArrayList<>(List.of(text("statistics.table.name", locale),
                text("statistics.category", locale), text("statistics.code", locale)));
        for (Measure m : Measure.values()) {
            header.add(text("statistics.measure." + m.name().toLowerCase(Locale.ROOT), locale));
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter)
                .setHeader(header.toArray(String[]::new)).get();
        try (CSVPrinter csv = new CSVPrinter(writer, format)) {
            String total = text("statistics.total", locale);
            csv.printRecord(row(total, total, "total", dashboard.total(), dashboard, locale));
            for (Dashboard.Breakdown breakdown : dashboard.breakdowns()) {
                String table = text("statistics.by." + breakdown.name(), locale);
                for (Dashboard.Line line : breakdown.lines()) {
                    csv.printRecord(row(table, labels.label(breakdown.name(), line.key(), locale), line.key(), line,
                            dashboard, locale));
                }
            }
        }
    }

    private List<Object> row(String table, String category, String code, Dashboard.Line line, Dashboard dashboard,
            Locale locale) {
        List<Object> row = new ArrayList<>(List.of(table, category, code));
        for (Measure m : Measure.values()) {
            Figure f = line.figure(m);
            row.add(!f.suppressed() ? f.value() : f.fewerThan(dashboard.threshold())
                    ? messages.getMessage("statistics.fewer", new Object[] {dashboard.threshold()}, locale)
                    : text("statistics.hidden", locale));
        }
        return row;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
