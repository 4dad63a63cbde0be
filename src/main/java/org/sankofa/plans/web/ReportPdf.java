package org.sankofa.plans.web;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.sankofa.plans.IsoPeriod;
import org.sankofa.plans.PlanId;
import org.sankofa.plans.internal.Area;
import org.sankofa.plans.internal.Indicator;
import org.sankofa.plans.internal.IndicatorValue;
import org.sankofa.plans.internal.Indicators;
import org.sankofa.plans.internal.Plan;
import org.sankofa.plans.internal.Plans;
import org.sankofa.plans.internal.ProgressReport;
import org.sankofa.plans.internal.StrategicAreas;
import org.sankofa.plans.internal.Target;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A progress report as a PDF (OpenPDF): the plan and period, the workflow (who started, submitted and approved it,
 * when), the narrative per strategic area, and the indicators with the period's targets and the values whose period
 * lies within the report's period (synthetic demo values are marked). Helvetica in WinAnsi encoding (Cp1252) writes
 * every letter of French and Portuguese (é, è, ç, à, ã, õ, â, ê, ô, œ…).
 */
@Component
class ReportPdf {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final Color LINE = new Color(0xcc, 0xcc, 0xcc);
    private static final Color HEAD = new Color(0xee, 0xee, 0xee);

    private final Plans plans;
    private final Indicators indicators;
    private final MessageSource messages;
    private final StrategicAreas strategicAreas;

    ReportPdf(Plans plans, Indicators indicators, MessageSource messages, StrategicAreas strategicAreas) {
        this.plans = plans;
        this.indicators = indicators;
        this.messages = messages;
        this.strategicAreas = strategicAreas;
    }

    byte[] write(ProgressReport report, Locale locale) {
        Plan plan = plans.require(PlanId.of(report.planId()));
        List<Area> areas = strategicAreas.of(plan.planId());
        List<Indicator> list = indicators.forPlan(plan.planId());
        IsoPeriod period = IsoPeriod.parse(report.period()).orElseThrow();
        Map<Long, List<IndicatorValue>> values = indicators.valuesOfPlan(plan.planId()).stream()
                .filter(v -> IsoPeriod.parse(v.period()).map(period::contains).orElse(false))
                .collect(Collectors.groupingBy(IndicatorValue::indicatorId));

        Font title = font(Font.BOLD, 16);
        Font heading = font(Font.BOLD, 12);
        Font body = font(Font.NORMAL, 10);
        Font small = font(Font.NORMAL, 8);
        Font bold = font(Font.BOLD, 10);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 50, 50);
        PdfWriter.getInstance(document, out);
        document.addTitle(plan.title() + " — " + msg(locale, "plan.report.title", report.period()));
        document.addCreator("Sankofa");
        document.open();

        document.add(new Paragraph(plan.title(), title));
        Paragraph subtitle = new Paragraph(msg(locale, "plan.report.title", report.period()), heading);
        subtitle.setSpacingAfter(8);
        document.add(subtitle);

        PdfPTable facts = new PdfPTable(new float[] { 1, 3 });
        facts.setWidthPercentage(100);
        fact(facts, msg(locale, "plan.status"), msg(locale, report.status().messageKey()), bold, body);
        fact(facts, msg(locale, "plan.report.createdBy"), report.createdBy(), bold, body);
        if (report.submittedBy() != null) {
            fact(facts, msg(locale, "plan.report.submittedBy"), who(report.submittedBy(), report.submittedAt()),
                    bold, body);
        }
        if (report.approvedBy() != null) {
            fact(facts, msg(locale, "plan.report.approvedBy"), who(report.approvedBy(), report.approvedAt()), bold,
                    body);
        } else {
            fact(facts, msg(locale, "plan.report.approvedBy"), msg(locale, "plan.report.pdf.notApproved"), bold,
                    body);
        }
        if (report.lockedAt() != null) {
            fact(facts, msg(locale, "plan.report.pdf.lockedAt"), WHEN.format(report.lockedAt()), bold, body);
        }
        document.add(facts);

        section(document, msg(locale, "plan.report.pdf.narratives"), heading);
        if (areas.isEmpty()) {
            document.add(new Paragraph(msg(locale, "plan.areas.empty"), body));
        }
        for (Area area : areas) {
            Paragraph name = new Paragraph(area.position() + ". " + area.title() + " (" + msg(locale,
                    area.pillar().messageKey()) + ")", bold);
            name.setSpacingBefore(6);
            document.add(name);
            String narrative = report.narratives().get(area.id());
            document.add(new Paragraph(narrative == null ? msg(locale, "plan.report.noNarrative") : narrative, body));
        }

        section(document, msg(locale, "plan.report.pdf.indicators", report.period()), heading);
        if (list.isEmpty()) {
            document.add(new Paragraph(msg(locale, "plan.indicators.empty"), body));
        } else {
            PdfPTable table = new PdfPTable(new float[] { 1.2f, 4, 2, 3 });
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            for (String key : List.of("plan.indicator.code", "plan.indicator.definition", "plan.report.pdf.target",
                    "plan.values")) {
                PdfPCell cell = cell(msg(locale, key), bold);
                cell.setBackgroundColor(HEAD);
                table.addCell(cell);
            }
            boolean synthetic = false;
            for (Indicator i : list) {
                table.addCell(cell(i.code() == null ? "" : i.code(), body));
                table.addCell(cell(i.definition(), body));
                table.addCell(cell(targets(i, period, locale), body));
                List<String> lines = new ArrayList<>();
                for (IndicatorValue v : values.getOrDefault(i.id(), List.of())) {
                    lines.add(v.period() + ": " + value(i, v, locale) + (v.synthetic() ? " *" : ""));
                    synthetic |= v.synthetic();
                }
                table.addCell(cell(lines.isEmpty() ? msg(locale, "plan.report.pdf.noValue")
                        : String.join("\n", lines), body));
            }
            document.add(table);
            if (synthetic) {
                document.add(new Paragraph("* " + msg(locale, "plan.synthetic"), small));
            }
        }
        Paragraph footer = new Paragraph(msg(locale, "plan.report.pdf.generated", WHEN.format(Instant.now())), small);
        footer.setSpacingBefore(12);
        footer.setAlignment(Element.ALIGN_RIGHT);
        document.add(footer);
        document.close();
        return out.toByteArray();
    }

    private String targets(Indicator indicator, IsoPeriod period, Locale locale) {
        Optional<Target> exact = indicator.targets().stream().filter(t -> t.period().equals(period.toString()))
                .findFirst();
        if (exact.isPresent()) {
            return target(exact.get());
        }
        List<String> within = indicator.targets().stream()
                .filter(t -> IsoPeriod.parse(t.period()).map(period::contains).orElse(false))
                .map(t -> t.period() + ": " + target(t)).toList();
        return within.isEmpty() ? msg(locale, "plan.report.pdf.noTarget") : String.join("\n", within);
    }

    private static String target(Target t) {
        return t.target() != null ? plain(t.target()) : t.targetText();
    }

    private String value(Indicator indicator, IndicatorValue v, Locale locale) {
        return switch (indicator.measure()) {
            case TEXT -> v.valueText() == null ? "" : v.valueText();
            case YES_NO -> msg(locale, v.value() != null && v.value().signum() > 0 ? "plan.yes" : "plan.no");
            case RATIO -> number(v.numerator(), locale) + " / " + number(v.denominator(), locale);
            case PERCENT -> v.value() == null ? "" : msg(locale, "labels.percent", v.value());
            // the unit is free text typed with the indicator: named beside the number, never made plural by hand
            case NUMBER -> number(v.value(), locale) + (indicator.unit() == null ? "" : " (" + indicator.unit() + ")");
        };
    }

    /** A number in the reader's language (ICU, docs/decisions/0012-messages-icu.md). */
    private String number(BigDecimal number, Locale locale) {
        return number == null ? "" : msg(locale, "labels.number", number);
    }

    private static String plain(BigDecimal number) {
        return number == null ? "" : number.stripTrailingZeros().toPlainString();
    }

    private static String who(String username, Instant when) {
        return when == null ? username : username + ", " + WHEN.format(when);
    }

    private static void section(Document document, String text, Font font) {
        Paragraph p = new Paragraph(text, font);
        p.setSpacingBefore(14);
        p.setSpacingAfter(4);
        document.add(p);
    }

    private static void fact(PdfPTable table, String label, String value, Font labelFont, Font valueFont) {
        table.addCell(cell(label, labelFont));
        table.addCell(cell(value, valueFont));
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setBorderColor(LINE);
        cell.setPadding(4);
        return cell;
    }

    /** Helvetica in WinAnsi (Cp1252): the accents of French and Portuguese. */
    private static Font font(int style, float size) {
        try {
            String name = style == Font.BOLD ? BaseFont.HELVETICA_BOLD : BaseFont.HELVETICA;
            return new Font(BaseFont.createFont(name, BaseFont.CP1252, BaseFont.NOT_EMBEDDED), size);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String msg(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, key, locale);
    }
}
