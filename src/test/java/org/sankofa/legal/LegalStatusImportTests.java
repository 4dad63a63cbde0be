package org.sankofa.legal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sankofa.identity.UserAccounts;
import org.sankofa.support.SankofaTest;
import org.sankofa.support.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * An administrator imports the UN Treaty Collection's status table of a treaty (here a sample of the Palermo
 * Protocol's, into a test instrument adopted on the Protocol's date), on the page and through the API: a preview
 * first, then all or nothing, every problem of every row at once, each status with the source, audited.
 */
@SankofaTest
class LegalStatusImportTests {

    private static final String SOURCE = "United Nations Treaty Collection, chapter XVIII-12-a, status as at "
            + "20-04-2024 (test)";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts users;
    @Autowired
    LegalRecords legal;
    @Autowired
    JdbcClient jdbc;

    private Instrument palermoLike() {
        return legal.create(new NewInstrument(LegalFixtures.unique("Trafficking protocol"), LegalFixtures.unique("TP"),
                InstrumentKind.INTERNATIONAL, List.of(), LocalDate.of(2000, 11, 15), LocalDate.of(2003, 12, 25),
                null, LegalFixtures.SOURCE), LegalFixtures.user(users, "admin"));
    }

    private MockHttpServletRequestBuilder api(String username, MockHttpServletRequestBuilder request) {
        return request.header(HttpHeaders.AUTHORIZATION, Tokens.bearer(mvc, username)).contentType("text/csv");
    }

    private long statuses(Instrument instrument) {
        return jdbc.sql("select count(*) from legal_status where instrument_id = ?").param(instrument.id().value())
                .query(Long.class).single();
    }

    @Test
    void theApiPreviewsThenImportsThePalermoTableWithItsSourceAndAnAuditEntry() throws Exception {
        Instrument instrument = palermoLike();
        String url = "/api/v1/legal/instruments/" + instrument.id().value() + "/statuses/untc";
        mvc.perform(api("admin", post(url).param("source", SOURCE).param("dryRun", "true"))
                        .content(LegalFixtures.untcPalermoSample()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.applied").value(false))
                .andExpect(jsonPath("$.created").value(18))
                .andExpect(jsonPath("$.skipped").value(1))
                .andExpect(jsonPath("$.lines[3].country").value("CI"))
                .andExpect(jsonPath("$.lines[3].consentKind").value("ACCESSION"));
        assertThat(statuses(instrument)).isZero();

        mvc.perform(api("admin", post(url).param("source", SOURCE)).content(LegalFixtures.untcPalermoSample()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.applied").value(true))
                .andExpect(jsonPath("$.created").value(18));
        assertThat(statuses(instrument)).isEqualTo(18);
        InstrumentStatus senegal = legal.statuses(instrument.id(), "SN", 0, 5).items().get(0);
        assertThat(senegal.consentOn()).isEqualTo(LocalDate.of(2003, 10, 27));
        assertThat(senegal.consentKind()).isEqualTo(ConsentKind.RATIFICATION);
        assertThat(senegal.source()).isEqualTo(SOURCE);
        assertThat(senegal.synthetic()).isFalse();
        assertThat(jdbc.sql("select details from audit_entry where action = 'LEGAL_STATUSES_IMPORTED' "
                        + "and target_id = ?").param(String.valueOf(instrument.id().value())).query(String.class)
                .single()).isEqualTo("format=untc,created=18,updated=0,unchanged=0,skipped=1");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'LEGAL_STATUS_CREATED' and actor = "
                        + "'admin' and details = 'via=untc-import' and target_id in (select id::text from "
                        + "legal_status where instrument_id = ?)").param(instrument.id().value()).query(Long.class)
                .single()).isEqualTo(18);

        mvc.perform(api("admin", post(url).param("source", SOURCE)).content(LegalFixtures.untcPalermoSample()))
                .andExpect(jsonPath("$.unchanged").value(18)).andExpect(jsonPath("$.created").value(0));
    }

    @Test
    void aTableWithProblemsIs422WithEveryProblemOfEveryRowAndWritesNothing() throws Exception {
        Instrument instrument = palermoLike();
        String csv = LegalFixtures.untcPalermoSample()
                .replace("Benin,13 Dec 2000,30 Aug 2004", "Benin,13 Dec 2000,30 Agu 2004")
                .replace("Togo,12 Dec 2000,8 May 2009", "Togo,12 Dec 2000,8 May 2009 a,extra")
                .replace("Nigeria,13 Dec 2000,28 Jun 2001", "Nigeria,13 Dec 1999,28 Jun 2001");
        mvc.perform(api("admin", post("/api/v1/legal/instruments/" + instrument.id().value() + "/statuses/untc")
                        .param("source", " ")).content(csv))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors['rows[2].consent']").exists())
                .andExpect(jsonPath("$.errors['rows[19].columns']").exists())
                .andExpect(jsonPath("$.errors.source").exists());
        // with a source, the rules of a status are checked row by row too: a signature before the adoption
        mvc.perform(api("admin", post("/api/v1/legal/instruments/" + instrument.id().value() + "/statuses/untc")
                        .param("source", SOURCE)).content(csv))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors['rows[2].consent']").exists())
                .andExpect(jsonPath("$.errors['rows[16].signedOn']").exists());
        assertThat(statuses(instrument)).isZero();
    }

    @Test
    void onlyAdministratorsImport() throws Exception {
        Instrument instrument = palermoLike();
        mvc.perform(api("coordinator.ecowas", post("/api/v1/legal/instruments/" + instrument.id().value()
                        + "/statuses/untc").param("source", SOURCE)).content(LegalFixtures.untcPalermoSample()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/legal/statuses/import").with(user(users.findByUsername("coordinator.ecowas")
                .orElseThrow()))).andExpect(status().isForbidden());
        assertThat(statuses(instrument)).isZero();
    }

    @Test
    void anImportReplacesASyntheticStatusAndKeepsItsReservations() throws Exception {
        Instrument instrument = palermoLike();
        InstrumentStatus ghana = legal.create(new NewStatus(instrument.id(), "GH", null, null, null,
                "A reservation on article 15", LegalFixtures.SOURCE), LegalFixtures.user(users, "admin"));
        jdbc.sql("update legal_status set synthetic = true where id = ?").param(ghana.id()).update();
        StatusImport result = legal.importStatuses(instrument.id(), LegalFixtures.untcPalermoSample(), SOURCE, true,
                LegalFixtures.user(users, "admin"));
        assertThat(result.count(StatusImport.Change.UPDATED)).isEqualTo(1);
        InstrumentStatus after = legal.status(ghana.id()).orElseThrow();
        assertThat(after.synthetic()).isFalse();
        assertThat(after.consentKind()).isEqualTo(ConsentKind.ACCESSION);
        assertThat(after.reservations()).isEqualTo("A reservation on article 15");
    }

    @Test
    void thePageShowsAPreviewThenImportsOrListsEachProblemBesideItsLine() throws Exception {
        Instrument instrument = palermoLike();
        var admin = user(users.findByUsername("admin").orElseThrow());
        mvc.perform(get("/legal/statuses").with(admin))
                .andExpect(content().string(containsString("id=\"import-statuses\"")));
        mvc.perform(get("/legal/statuses/import").with(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"import-form\"")));
        String id = String.valueOf(instrument.id().value());
        mvc.perform(post("/legal/statuses/import").with(admin).with(csrf()).param("instrument", id)
                        .param("source", SOURCE).param("csv", LegalFixtures.untcPalermoSample()).param("action", "preview"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("18 new, 0 changed, 0 unchanged, 1 skipped")))
                .andExpect(content().string(containsString("data-change=\"SKIPPED\"")));
        assertThat(statuses(instrument)).isZero();

        String broken = LegalFixtures.untcPalermoSample().replace("Mali,15 Dec 2000,12 Apr 2002", "Mali,15 Dec 2000,12 Apr");
        mvc.perform(post("/legal/statuses/import").with(admin).with(csrf()).param("instrument", id)
                        .param("source", SOURCE).param("csv", broken).param("action", "import"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Line 12, ratification or accession:")));
        assertThat(statuses(instrument)).isZero();

        mvc.perform(post("/legal/statuses/import").with(admin).with(csrf()).param("instrument", id)
                        .param("source", SOURCE).param("csv", LegalFixtures.untcPalermoSample()).param("action", "import"))
                .andExpect(redirectedUrl("/legal/statuses?instrument=" + id))
                .andExpect(flash().attribute("message", "legal.import.done"));
        assertThat(statuses(instrument)).isEqualTo(18);
    }
}
