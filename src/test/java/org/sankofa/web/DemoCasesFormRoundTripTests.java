package org.sankofa.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.servlet.http.Cookie;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.sankofa.identity.NewUser;
import org.sankofa.identity.Role;
import org.sankofa.identity.RoleGrant;
import org.sankofa.identity.UserAccounts;
import org.sankofa.support.SankofaTest;
import org.sankofa.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every demo case survives an unchanged save through its page: a case worker of the case's office opens the edit form
 * and sends it back exactly as a browser would (every field as shown, the CSRF token of the form) — a value the
 * generator stores but the form does not offer, or the rules refuse, shows here as a refused save. Two cases are sent
 * at a time, each in a session of its own, so that both cores work.
 */
@SankofaTest
class DemoCasesFormRoundTripTests {

    private static final String PASSWORD = "form-round-trip-password";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void everyDemoCaseSavedUnchangedThroughTheEditFormIsAccepted() throws Exception {
        List<Long> offices = jdbc.sql("select distinct office_id from case_file order by office_id")
                .query(Long.class).list();
        assertThat(offices).as("demo cases in several offices").hasSizeGreaterThan(1);
        // two sessions of the office's case worker, each sending one case at a time (never two requests at once)
        List<List<Callable<String>>> roundTrips = List.of(new ArrayList<>(), new ArrayList<>());
        for (long office : offices) {
            String username = SignIn.uniqueUsername("formtrip");
            users.create(new NewUser(username, "Form round trip", null, PASSWORD, null, office, "en",
                    Set.of(RoleGrant.of(Role.CASE_WORKER))));
            List<Cookie> sessions = List.of(SignIn.session(mvc, username, PASSWORD),
                    SignIn.session(mvc, username, PASSWORD));
            // the demo's cases, not the minimal ones other tests insert directly (CaseFixtures: numbers …-T<year>-<n>)
            List<Long> cases = jdbc.sql("""
                    select id from case_file where office_id = ? and case_number !~ '-T[0-9]{4}-[0-9]+$' order by id""")
                    .param(office).query(Long.class).list();
            for (int i = 0; i < cases.size(); i++) {
                long id = cases.get(i);
                Cookie session = sessions.get(i % 2);
                roundTrips.get(i % 2).add(() -> roundTrip(session, office, id));
            }
        }
        List<String> refused = new ArrayList<>();
        int saved = 0;
        ExecutorService workers = Executors.newFixedThreadPool(roundTrips.size());
        try {
            List<Future<List<String>>> outcomes = new ArrayList<>();
            for (List<Callable<String>> share : roundTrips) {
                outcomes.add(workers.submit(() -> {
                    List<String> outcome = new ArrayList<>();
                    for (Callable<String> roundTrip : share) {
                        outcome.add(roundTrip.call());
                    }
                    return outcome;
                }));
            }
            for (Future<List<String>> outcome : outcomes) {
                for (String refusal : outcome.get()) {
                    if (refusal == null) {
                        saved++;
                    } else {
                        refused.add(refusal);
                    }
                }
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } finally {
            workers.shutdownNow();
        }
        assertThat(refused).as("refused").isEmpty();
        assertThat(saved).as("cases saved").isEqualTo(
                jdbc.sql("select count(*) from case_file where case_number !~ '-T[0-9]{4}-[0-9]+$'")
                        .query(Integer.class).single());
    }

    /** Opens a case's edit form and sends it back unchanged: null when it is saved, else why it was refused. */
    private String roundTrip(Cookie session, long office, long id) throws Exception {
        MockHttpServletResponse page = mvc.perform(get("/cases/{id}/edit", id).cookie(session))
                .andReturn().getResponse();
        if (page.getStatus() != 200) {
            return "case " + id + ": edit form answered " + page.getStatus();
        }
        Element form = Jsoup.parse(page.getContentAsString()).getElementById("case-form");
        assertThat(form).as("edit form of case " + id).isNotNull();
        MockHttpServletResponse written = mvc.perform(submission(form, "/cases/" + id).cookie(session))
                .andReturn().getResponse();
        if (written.getStatus() == 302 && ("/cases/" + id).equals(written.getRedirectedUrl())) {
            return null;
        }
        return "case " + id + " (office " + office + "): " + written.getStatus() + " " + errors(written);
    }

    /** The form as a browser submits it: successful controls only, in document order. */
    private static MockHttpServletRequestBuilder submission(Element form, String defaultAction) {
        String action = form.attr("action").isBlank() ? defaultAction : form.attr("action");
        MockHttpServletRequestBuilder request = post(action).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .with(SignIn.from(SignIn.uniqueAddress()));
        for (Element control : form.select("input[name], select[name], textarea[name]")) {
            if (control.hasAttr("disabled")) {
                continue;
            }
            String name = control.attr("name");
            switch (control.tagName()) {
                case "select" -> {
                    List<Element> selected = control.select("option[selected]");
                    if (selected.isEmpty() && !control.hasAttr("multiple") && !control.select("option").isEmpty()) {
                        selected = List.of(control.select("option").first());
                    }
                    selected.forEach(option -> request.param(name, option.hasAttr("value") ? option.attr("value")
                            : option.text()));
                }
                case "textarea" -> request.param(name, control.val());
                default -> {
                    String type = control.attr("type").toLowerCase(Locale.ROOT);
                    if ((type.equals("checkbox") || type.equals("radio")) && !control.hasAttr("checked")) {
                        continue;
                    }
                    if (type.equals("submit") || type.equals("button") || type.equals("file")) {
                        continue;
                    }
                    request.param(name, (type.equals("checkbox") || type.equals("radio"))
                            && !control.hasAttr("value") ? "on" : control.attr("value"));
                }
            }
        }
        return request;
    }

    /** The messages of a form shown again (field errors and alerts), not the whole page. */
    private static String errors(MockHttpServletResponse response) throws Exception {
        Document page = Jsoup.parse(response.getContentAsString());
        return page.select(".field-error, .alert").eachText().toString();
    }
}
