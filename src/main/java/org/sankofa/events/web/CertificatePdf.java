package org.sankofa.events.web;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;
import org.sankofa.directory.Countries;
import org.sankofa.events.internal.Certificates.Certificate;
import org.sankofa.events.internal.Event;
import org.sankofa.events.internal.Participant;
import org.sankofa.shared.Dates;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;

/**
 * Certificates of attendance as a PDF (OpenPDF, the shape of the plans' progress report): A4 landscape, a page per
 * participant, in the reader's language — the person, the event (kind, title, dates, venue), its organisers as the
 * directory names them, and the days the person attended out of the event's days; a synthetic demo participant's
 * certificate says so. Helvetica in WinAnsi (Cp1252) writes the letters of French and Portuguese.
 */
@Component
class CertificatePdf {

    private static final Color INK = new Color(0x33, 0x2b, 0x22);
    private static final Color MUTED = new Color(0x5c, 0x54, 0x4a);

    private final MessageSource messages;
    private final Countries countries;

    CertificatePdf(MessageSource messages, Countries countries) {
        this.messages = messages;
        this.countries = countries;
    }

    byte[] write(Certificate certificate, Locale locale) {
        Event event = certificate.event();
        Font heading = font(Font.BOLD, 26, INK);
        Font name = font(Font.BOLD, 22, INK);
        Font title = font(Font.BOLD, 16, INK);
        Font body = font(Font.NORMAL, 12, INK);
        Font small = font(Font.NORMAL, 9, MUTED);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 60, 60, 50, 50);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new PdfPageEventHelper() {
            @Override
            public void onEndPage(PdfWriter w, Document d) {
                // a double frame round the page, as printed certificates have
                PdfContentByte canvas = w.getDirectContentUnder();
                Rectangle page = d.getPageSize();
                canvas.setColorStroke(MUTED);
                canvas.setLineWidth(2f);
                canvas.rectangle(24, 24, page.getWidth() - 48, page.getHeight() - 48);
                canvas.stroke();
                canvas.setLineWidth(0.5f);
                canvas.rectangle(30, 30, page.getWidth() - 60, page.getHeight() - 60);
                canvas.stroke();
            }
        });
        document.addTitle(msg(locale, "event.certificate.title") + " — " + event.title());
        document.addCreator("Sankofa");
        document.open();
        String issued = Dates.iso(LocalDate.now(ZoneOffset.UTC));
        String about = about(event, locale);
        String organisers = String.join(", ", certificate.organisers());
        boolean first = true;
        for (Participant participant : certificate.participants()) {
            if (!first) {
                document.newPage();
            }
            first = false;
            centred(document, msg(locale, "event.certificate.title"), heading, 40, 24);
            centred(document, msg(locale, "event.certificate.certifies"), body, 0, 8);
            centred(document, participant.name(), name, 0, 4);
            if (participant.organisation() != null) {
                centred(document, participant.organisation(), body, 0, 4);
            }
            centred(document, msg(locale, "event.certificate.attended"), body, 10, 6);
            centred(document, event.title(), title, 0, 6);
            centred(document, about, body, 0, 14);
            centred(document, msg(locale, "event.certificate.organisedBy", organisers), body, 0, 10);
            List<String> days = participant.days().stream().map(Dates::iso).toList();
            centred(document, msg(locale, "event.certificate.days", days.size(), certificate.eventDays().size(),
                    String.join(", ", days)), body, 0, 30);
            Paragraph signature = new Paragraph();
            signature.add(new Chunk(new LineSeparator(0.5f, 35, MUTED, Element.ALIGN_CENTER, -2)));
            signature.setSpacingBefore(20);
            document.add(signature);
            centred(document, msg(locale, "event.certificate.signature"), small, 2, 18);
            List<String> footer = new ArrayList<>();
            footer.add(msg(locale, "event.certificate.issued", issued));
            if (participant.synthetic()) {
                footer.add(msg(locale, "event.certificate.synthetic"));
            }
            centred(document, String.join(" · ", footer), small, 0, 0);
        }
        document.close();
        return out.toByteArray();
    }

    /** The PDF as an attachment that no cache keeps (personal data). */
    static ResponseEntity<byte[]> response(byte[] document, String filename) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build()
                        .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(document);
    }

    /** The same for a page handler, which answers either the PDF or the participants page again. */
    static View view(byte[] document, String filename) {
        return new View() {
            @Override
            public String getContentType() {
                return MediaType.APPLICATION_PDF_VALUE;
            }

            @Override
            public void render(java.util.Map<String, ?> model, HttpServletRequest request,
                    HttpServletResponse response) throws java.io.IOException {
                response.setContentType(MediaType.APPLICATION_PDF_VALUE);
                response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(filename).build().toString());
                response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
                response.setContentLength(document.length);
                response.getOutputStream().write(document);
            }
        };
    }

    /** Kind, dates and venue in one line: {@code Training · 2024-05-06 – 2024-05-08 · Djibouti, Djibouti}. */
    private String about(Event event, Locale locale) {
        List<String> parts = new ArrayList<>();
        parts.add(msg(locale, event.kind().messageKey()));
        String when = event.dates().describe(locale);
        if (!when.isEmpty()) {
            parts.add(event.dates().yearGiven() ? when : msg(locale, "event.dates.noYear", when));
        }
        String country = event.countryCode() == null ? null : countries.name(event.countryCode(), locale);
        if (event.city() != null && country != null) {
            parts.add(event.city() + ", " + country);
        } else if (event.city() != null || country != null) {
            parts.add(event.city() != null ? event.city() : country);
        }
        return String.join(" · ", parts);
    }

    private static void centred(Document document, String text, Font font, float before, float after) {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingBefore(before);
        p.setSpacingAfter(after);
        document.add(p);
    }

    /** Helvetica in WinAnsi (Cp1252): the accents of French and Portuguese. */
    private static Font font(int style, float size, Color color) {
        try {
            String face = style == Font.BOLD ? BaseFont.HELVETICA_BOLD : BaseFont.HELVETICA;
            return new Font(BaseFont.createFont(face, BaseFont.CP1252, BaseFont.NOT_EMBEDDED), size, Font.NORMAL,
                    color);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String msg(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, key, locale);
    }
}
