package org.sankofa.exchange;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.sankofa.support.DemoUsers;
import org.sankofa.support.SankofaTest;
import org.sankofa.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sankofa.exchange.ExchangeTestSupport.uniqueDay;
import static org.sankofa.exchange.ExchangeTestSupport.uniqueName;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The import page: upload, the status part that htmx polls, the error report in the reader's language. */
@SankofaTest
class HtcdsImportPageTests {

    /** The request attribute by which the page's language is chosen (the reader's own language, as signed in). */
    static final String LANGUAGE = "org.sankofa.web.UserLocaleResolver.locale";

    @Autowired
    MockMvc mvc;

    private String until(Cookie session, String location, String language) throws Exception {
        String page = "";
        for (int i = 0; i < 600; i++) {
            page = mvc.perform(get(location).cookie(session).header("HX-Request", "true")
                    .requestAttr(LANGUAGE, java.util.Locale.forLanguageTag(language))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            if (!page.contains("hx-trigger")) {
                return page;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the import did not end");
    }

    @Test
    void aSupervisorImportsAFileWithErrorsReadsTheReportInFrenchThenImportsItFixed() throws Exception {
        Cookie session = SignIn.session(mvc, "supervisor.conakry", DemoUsers.PASSWORD);
        assertThat(mvc.perform(get("/imports/htcds").cookie(session)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString()).contains("id=\"import-form\"", "enctype=\"multipart/form-data\"");

        var day = uniqueDay();
        Map<HtcdsColumn, String> row = HtcdsImportTests.adult(uniqueName(), day);
        row.put(HtcdsColumn.GENDER, "Femme");
        MvcResult sent = mvc.perform(multipart("/imports/htcds").file(new MockMultipartFile("file", "cases.xlsx",
                        "application/octet-stream", HtcdsImportTests.template(List.of(row)))).cookie(session)
                        .with(csrf())).andExpect(status().is3xxRedirection()).andReturn();
        String location = sent.getResponse().getRedirectedUrl();
        assertThat(location).matches("/imports/\\d+");
        String report = until(session, location, "fr");
        assertThat(report).contains("id=\"import-problems\"", "prs_Gender", "Femme",
                "Cette valeur ne fait pas partie de la liste HTCDS de cette colonne.", "Ligne");

        row.put(HtcdsColumn.GENDER, "Feminine");
        String fixed = mvc.perform(multipart("/imports/htcds").file(new MockMultipartFile("file", "cases.xlsx",
                        "application/octet-stream", HtcdsImportTests.template(List.of(row)))).cookie(session)
                        .with(csrf())).andReturn().getResponse().getRedirectedUrl();
        assertThat(until(session, fixed, "fr")).contains("Un dossier importé.");
        // the whole page, with the progress part that polls while running, renders too
        assertThat(mvc.perform(get(fixed).cookie(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("id=\"import-status\"");
    }

    @Test
    void aFileThatIsNotASpreadsheetIsRefusedOnTheFormInTheReadersLanguage() throws Exception {
        Cookie session = SignIn.session(mvc, "supervisor.dakar", DemoUsers.PASSWORD);
        String page = mvc.perform(multipart("/imports/htcds").file(new MockMultipartFile("file", "x.bin",
                        "application/octet-stream", new byte[] { 0, 1, 2, (byte) 0xff })).cookie(session)
                        .requestAttr(LANGUAGE, java.util.Locale.forLanguageTag("pt")).with(csrf()))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"file-error\"", "Este ficheiro não é uma folha de cálculo");
    }

    @Test
    void otherRolesAreRefusedThePage() throws Exception {
        for (String username : List.of("caseworker.dakar", "partner.dakar", "observer", "mne", "admin")) {
            Cookie session = SignIn.session(mvc, username, DemoUsers.PASSWORD);
            mvc.perform(get("/imports/htcds").cookie(session)).andExpect(status().isForbidden());
        }
    }
}
