package org.sankofa.statistics.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.sankofa.shared.Figure;
import org.sankofa.statistics.internal.Dashboard;
import org.sankofa.statistics.internal.Measure;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The dashboard's tables as a workbook: one sheet per breakdown, a line per category and a column per measure,
 * suppressed counts written as "fewer than 5" (text, never the number). Each category is named in the reader's
 * language, with its code as stored (HTCDS values, ISO codes) beside it for other tools.
 */
@Component
class DashboardWorkbook {

    private final MessageSource messages;
    private final DashboardLabels labels;

    DashboardWorkbook(MessageSource messages, DashboardLabels labels) {
        this.messages = messages;
        this.labels = labels;
    }

    void write(Dashboard dashboard, Locale locale, OutputStream out) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet total = book.createSheet(text("statistics.total", locale));
            heading(total, dashboard, locale);
            line(total, 1, "total", dashboard.total(), dashboard, locale);
            for (Dashboard.Breakdown breakdown : dashboard.breakdowns()) {
                Sheet sheet = book.createSheet(text("statistics.by." + breakdown.name(), locale));
                heading(sheet, dashboard, locale);
                int r = 1;
                for (Dashboard.Line line : breakdown.lines()) {
                    line(sheet, r++, breakdown.name(), line, dashboard, locale);
                }
            }
            book.write(out);
        }
    }

    private void heading(Sheet sheet, Dashboard dashboard, Locale locale) {
        Row row = sheet.createRow(0);
        row.createCell(0).setCellValue(text("statistics.category", locale));
        row.createCell(1).setCellValue(text("statistics.code", locale));
        for (Measure m : Measure.values()) {
            row.createCell(2 + m.ordinal()).setCellValue(text("statistics.measure." + m.name().toLowerCase(Locale.ROOT),
                    locale));
        }
    }

    private void line(Sheet sheet, int r, String breakdown, Dashboard.Line line, Dashboard dashboard,
            Locale locale) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(breakdown.equals("total") ? text("statistics.total", locale)
                : labels.label(breakdown, line.key(), locale));
        row.createCell(1).setCellValue(line.key());
        for (Measure m : Measure.values()) {
            Figure f = line.figure(m);
            if (f.suppressed()) {
                row.createCell(2 + m.ordinal()).setCellValue(f.fewerThan(dashboard.threshold())
                        ? messages.getMessage("statistics.fewer", new Object[] {dashboard.threshold()}, locale)
                        : text("statistics.hidden", locale));
            } else {
                row.createCell(2 + m.ordinal()).setCellValue(f.value());
            }
        }
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
