package org.sankofa.programmes.web;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

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
import org.sankofa.programmes.internal.DonorReport;
import org.springframework.stereotype.Component;

/**
 * A donor report as a PDF (OpenPDF, as the events' certificates and the plans' progress report): A4, in the reader's
 * language — the programme and period, the targets against achieved, the breakdowns by country, sex and age band with
 * small cells written "fewer than n", and the narrative. Helvetica in WinAnsi (Cp1252) writes French and Portuguese.
 */
@Component
class DonorReportPdf {

    private static final Color INK = new Color(0x33, 0x2b, 0x22);
    private static final Color MUTED = new Color(0x5c, 0x54, 0x4a);

    private final DonorReportWords words;

    DonorReportPdf(DonorReportWords words) {
        this.words = words;
    }

    byte[] write(DonorReport report, Locale locale) {
        Font heading = font(Font.BOLD, 16, INK);
        Font subheading = font(Font.BOLD, 12, INK);
        Font body = font(Font.NORMAL, 10, INK);
        Font bold = font(Font.BOLD, 10, INK);
        Font small = font(Font.NORMAL, 8, MUTED);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter.getInstance(document, out);
        document.addTitle(words.title(report, locale));
        document.open();
        document.add(new Paragraph(words.title(report, locale), heading));
        document.add(new Paragraph(report.code() + " · " + report.from() + " – " + report.to(), body));
        if (!report.donors().isEmpty()) {
            document.add(new Paragraph(words.msg("programme.report.donors", locale,
                    String.join(", ", report.donors())), body));
        }
        document.add(new Paragraph(words.msg("programme.report.aggregates", locale, report.threshold()), small));

        document.add(spaced(new Paragraph(words.msg("programme.report.targets", locale), subheading)));
        PdfPTable table = new PdfPTable(new float[] { 4, 2.5f, 1.5f, 1.5f, 1.5f });
        table.setWidthPercentage(100);
        for (String h : List.of("programme.target.label", "programme.target.measure", "programme.target.baseline",
                "programme.target.aimed", "programme.target.achieved")) {
            table.addCell(cell(words.msg(h, locale), bold));
        }
        for (DonorReport.Line line : report.lines()) {
            table.addCell(cell(line.label(), body));
            table.addCell(cell(words.measure(line, locale), body));
            table.addCell(number(decimal(line.baseline()), body));
            table.addCell(number(decimal(line.aimed()), body));
            table.addCell(number(line.counted() ? words.cell(line.achieved(), report.threshold(), locale)
                    : words.msg("programme.target.notCounted", locale), body));
        }
        document.add(table);

        for (DonorReport.Line line : report.lines()) {
            if (line.byCountry().isEmpty() && line.bySex().isEmpty() && line.byAgeBand().isEmpty()) {
                continue;
            }
            document.add(spaced(new Paragraph(line.label(), subheading)));
            breakdown(document, words.msg("programme.report.byCountry", locale), line.byCountry(), report, locale,
                    body, bold, "country");
            breakdown(document, words.msg("programme.report.bySex", locale), line.bySex(), report, locale, body,
                    bold, "sex");
            breakdown(document, words.msg("programme.report.byAge", locale), line.byAgeBand(), report, locale, body,
                    bold, "age");
        }

        document.add(spaced(new Paragraph(words.msg("programme.report.narrative", locale), subheading)));
        document.add(new Paragraph(report.narrative() == null ? words.msg("programme.report.narrative.none", locale)
                : report.narrative(), body));
        document.add(spaced(new Paragraph(words.msg("programme.report.generated", locale,
                LocalDate.now(ZoneOffset.UTC).toString()), small)));
        document.close();
        return out.toByteArray();
    }

    private void breakdown(Document document, String title, List<DonorReport.Part> parts, DonorReport report,
            Locale locale, Font body, Font bold, String kind) {
        if (parts.isEmpty()) {
            return;
        }
        document.add(new Paragraph(title, bold));
        PdfPTable table = new PdfPTable(new float[] { 4, 2 });
        table.setWidthPercentage(60);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        for (DonorReport.Part part : parts) {
            String label = switch (kind) {
                case "country" -> words.country(part.category(), locale);
                case "sex" -> words.sex(part.category(), locale);
                default -> part.category();
            };
            table.addCell(cell(label, body));
            table.addCell(number(words.cell(part.cell(), report.threshold(), locale), body));
        }
        document.add(table);
    }

    private static String decimal(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    private static Paragraph spaced(Paragraph paragraph) {
        paragraph.setSpacingBefore(10);
        paragraph.setSpacingAfter(4);
        return paragraph;
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(4);
        return cell;
    }

    private static PdfPCell number(String text, Font font) {
        PdfPCell cell = cell(text, font);
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }

    /** Helvetica in WinAnsi (Cp1252): the accents of French and Portuguese. */
    private static Font font(int style, float size, Color color) {
        try {
            String face = style == Font.BOLD ? BaseFont.HELVETICA_BOLD : BaseFont.HELVETICA;
            return new Font(BaseFont.createFont(face, BaseFont.CP1252, BaseFont.NOT_EMBEDDED), size, Font.NORMAL,
                    color);
        } catch (Exception e) {
            throw new IllegalStateException("the PDF fonts are part of OpenPDF", e);
        }
    }
}
