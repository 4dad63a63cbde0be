package org.sankofa.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;
import org.sankofa.events.internal.Event;
import org.sankofa.events.internal.EventDates;
import org.sankofa.events.internal.EventDraft;
import org.sankofa.events.internal.Events;
import org.sankofa.events.internal.ParticipantDraft;
import org.sankofa.events.internal.Participants;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.NewUser;
import org.sankofa.identity.Role;
import org.sankofa.identity.RoleGrant;
import org.sankofa.identity.UserAccounts;
import org.sankofa.shared.DatePrecision;
import org.sankofa.support.SankofaTest;
import org.sankofa.support.SignIn;
import org.sankofa.support.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Certificates of attendance: a PDF per participant and one for the whole list, in the reader's language, naming the
 * person, the event, its organisers and the days attended; never for someone who attended no day; printed only by
 * the event's organisers and administrators, and audited without a name.
 */
@SankofaTest
class CertificateTests {

    private static final LocalDate MONDAY = LocalDate.of(2024, 5, 6);
    private static final LocalDate TUESDAY = LocalDate.of(2024, 5, 7);
    private static final LocalDate WEDNESDAY = LocalDate.of(2024, 5, 8);

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Events events;
    @Autowired
    Participants participants;

    private CurrentUser as(String username) {
        return users.findByUsername(username).orElseThrow();
    }

    private long auc() {
        return jdbc.sql("select id from organisation where acronym = 'AUC'").query(Long.class).single();
    }

    /** A three-day training in Djibouti: Amina came on Monday and Wednesday, Awa on Tuesday, Omar never. */
    private record Training(Event event, long amina, long awa, long omar) {
    }

    private Training training() {
        CurrentUser organiser = as("organiser");
        Event event = events.create(new EventDraft(EventKind.TRAINING, "Border officers " + UUID.randomUUID(),
                new EventDates(MONDAY, WEDNESDAY, DatePrecision.DAY, true), "Djibouti", "DJ", null, List.of(), null,
                null, List.of(auc()), List.of(), List.of(), List.of(), null), organiser);
        long amina = participants.add(event.eventId(), new ParticipantDraft("Amina Certifiée", "Police nationale",
                "DJ", InstitutionType.BORDER, ParticipantSex.FEMALE, null), organiser);
        long awa = participants.add(event.eventId(), new ParticipantDraft("Awa Présente", null, "DJ",
                InstitutionType.POLICE, ParticipantSex.FEMALE, null), organiser);
        long omar = participants.add(event.eventId(), new ParticipantDraft("Omar Absent", null, "DJ",
                InstitutionType.POLICE, ParticipantSex.MALE, null), organiser);
        participants.recordDay(event.eventId(), MONDAY, List.of(amina), organiser);
        participants.recordDay(event.eventId(), TUESDAY, List.of(awa), organiser);
        participants.recordDay(event.eventId(), WEDNESDAY, List.of(amina), organiser);
        return new Training(event, amina, awa, omar);
    }

    private static String text(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-store");
        PdfReader reader = new PdfReader(response.getContentAsByteArray());
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append("\n<page>\n");
        }
        return text.toString().replaceAll("[ \\t]+", " ");
    }

    /** Keeps a copy under target/certificates/ to look at. */
    private static MockHttpServletResponse kept(MockHttpServletResponse response, String name) throws Exception {
        java.nio.file.Path folder = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target",
                "certificates"));
        java.nio.file.Files.write(folder.resolve(name), response.getContentAsByteArray());
        return response;
    }

    private static int pages(MockHttpServletResponse response) throws Exception {
        return new PdfReader(response.getContentAsByteArray()).getNumberOfPages();
    }

    @Test
    void theCertificateNamesThePersonTheEventItsOrganisersAndTheDaysAttendedInTheReadersLanguage() throws Exception {
        Training t = training();
        String aucName = jdbc.sql("select name from organisation where id = ?").param(auc()).query(String.class)
                .single();
        String one = "/events/" + t.event().id() + "/participants/" + t.amina() + "/certificate.pdf";

        String english = text(kept(mvc.perform(get(one).with(user(as("organiser")))).andReturn().getResponse(),
                "certificate-en.pdf"));
        assertThat(english.replace('\n', ' ')).contains("Certificate of attendance", "Amina Certifiée",
                "Police nationale", t.event().title(), "Training · 2024-05-06 – 2024-05-08 · Djibouti, Djibouti",
                "Organised by " + aucName + " (AUC)", "Attended 2 days of 3: 2024-05-06, 2024-05-08")
                .doesNotContain("2024-05-07", "Awa", "Omar");

        String username = SignIn.uniqueUsername("attestations-fr");
        users.create(new NewUser(username, "Organisatrice", null, "sankofa-demo", auc(), null, "fr",
                Set.of(RoleGrant.of(Role.EVENT_ORGANISER))));
        String french = text(kept(mvc.perform(get(one).with(user(as(username)))).andReturn().getResponse(),
                "certificate-fr.pdf"));
        assertThat(french.replace('\n', ' ')).contains("Attestation de participation", "Nous attestons que",
                "Amina Certifiée", t.event().title(), "Formation · 2024-05-06 – 2024-05-08", "Organisé par " + aucName,
                "Présence 2 jours sur 3 : 2024-05-06, 2024-05-08");

        String portuguese = text(mvc.perform(get("/api/v1/events/" + t.event().id() + "/participants/" + t.amina()
                        + "/certificate.pdf").header(HttpHeaders.AUTHORIZATION, Tokens.bearer(mvc, "organiser"))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "pt")).andReturn().getResponse());
        assertThat(portuguese.replace('\n', ' ')).contains("Certificado de participação", "Amina Certifiée",
                "Presente 2 dias de 3: 2024-05-06, 2024-05-08");
    }

    @Test
    void theWholeListHasAPagePerPersonWhoAttendedAndNobodyGetsAnEmptyCertificate() throws Exception {
        Training t = training();
        MockHttpServletResponse all = mvc.perform(get("/events/" + t.event().id() + "/certificates.pdf")
                .with(user(as("organiser")))).andReturn().getResponse();
        String text = text(all);
        assertThat(pages(all)).isEqualTo(2);
        assertThat(text).contains("Amina Certifiée", "Awa Présente", "Attended 1 day of 3: 2024-05-07")
                .doesNotContain("Omar");
        assertThat(text.split("<page>")[0]).contains("Amina").doesNotContain("Awa");

        // Omar attended no day: the page again with a message, the API a problem; no PDF
        mvc.perform(get("/events/" + t.event().id() + "/participants/" + t.omar() + "/certificate.pdf")
                        .with(user(as("organiser"))))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith("text/html"))
                .andExpect(content().string(allOf(containsString("attended no day of the event"),
                        containsString("id=\"participants\""))));
        mvc.perform(get("/api/v1/events/" + t.event().id() + "/participants/" + t.omar() + "/certificate.pdf")
                        .header(HttpHeaders.AUTHORIZATION, Tokens.bearer(mvc, "organiser")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("attended no day of the event")));
        // a participant of another event is not found
        Training other = training();
        mvc.perform(get("/events/" + t.event().id() + "/participants/" + other.amina() + "/certificate.pdf")
                .with(user(as("organiser")))).andExpect(status().isNotFound());
        // an event where nobody attended: no list either
        Event empty = events.create(new EventDraft(EventKind.WORKSHOP, "Nobody came " + UUID.randomUUID(),
                new EventDates(MONDAY, MONDAY, DatePrecision.DAY, true), null, "DJ", null, List.of(), null, null,
                List.of(auc()), List.of(), List.of(), List.of(), null), as("organiser"));
        participants.add(empty.eventId(), new ParticipantDraft("Never Came", null, null, InstitutionType.NGO,
                ParticipantSex.NOT_STATED, null), as("organiser"));
        mvc.perform(get("/events/" + empty.id() + "/certificates.pdf").with(user(as("organiser"))))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Nobody has attended a day of the event yet")));

        // the participants page links each certificate, says who has none, and links the whole list
        mvc.perform(get("/events/" + t.event().id() + "/participants").with(user(as("organiser"))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"certificate-" + t.amina() + "\""),
                        containsString("id=\"no-certificate-" + t.omar() + "\""),
                        not(containsString("id=\"certificate-" + t.omar() + "\"")),
                        containsString("/events/" + t.event().id() + "/certificates.pdf"))));
    }

    @Test
    void onlyTheEventsOrganisersAndAdministratorsPrintCertificatesAndEachPrintIsAuditedWithoutAName()
            throws Exception {
        Training t = training();
        String one = "/events/" + t.event().id() + "/participants/" + t.amina() + "/certificate.pdf";
        String all = "/events/" + t.event().id() + "/certificates.pdf";
        String username = SignIn.uniqueUsername("organiser-iom");
        long iom = jdbc.sql("select id from organisation where acronym = 'IOM'").query(Long.class).single();
        users.create(new NewUser(username, "Organiser IOM", null, "sankofa-demo", iom, null, "en",
                Set.of(RoleGrant.of(Role.EVENT_ORGANISER))));
        for (String reader : List.of("coordinator.mali", "coordinator.ecowas", "mne", "observer",
                "caseworker.dakar", "supervisor.dakar", username)) {
            for (String path : List.of(one, all)) {
                mvc.perform(get(path).with(user(as(reader)))).andExpect(status().isForbidden());
                mvc.perform(get("/api/v1" + path).header(HttpHeaders.AUTHORIZATION, Tokens.bearer(mvc, reader)))
                        .andExpect(status().isForbidden());
            }
        }
        mvc.perform(get(one)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1" + all)).andExpect(status().isUnauthorized());
        long before = jdbc.sql("select coalesce(max(id), 0) from audit_entry").query(Long.class).single();

        text(mvc.perform(get(one).with(user(as("admin")))).andReturn().getResponse());
        text(mvc.perform(get("/api/v1" + all).header(HttpHeaders.AUTHORIZATION, Tokens.bearer(mvc, "organiser")))
                .andReturn().getResponse());

        record Entry(String actor, String action, String targetId, String details) {
        }
        List<Entry> printed = jdbc.sql("""
                select actor, action, target_id, details from audit_entry
                where id > ? and action like 'EVENT_CERTIFICATE%' order by id""").param(before)
                .query((rs, n) -> new Entry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
        assertThat(printed).containsExactly(
                new Entry("admin", "EVENT_CERTIFICATE_PRINTED", String.valueOf(t.event().id()),
                        "participant=" + t.amina()),
                new Entry("organiser", "EVENT_CERTIFICATES_PRINTED", String.valueOf(t.event().id()), "number=2"));
        assertThat(jdbc.sql("select count(*) from audit_entry where id > ? and (details like '%Amina%'"
                + " or details like '%Awa%')").param(before).query(Long.class).single()).isZero();
    }
}
