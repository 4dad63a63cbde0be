package org.sankofa.programmes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sankofa.cases.CaseId;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.UserAccounts;
import org.sankofa.programmes.internal.Enrolments;
import org.sankofa.programmes.internal.Programme;
import org.sankofa.programmes.internal.ProgrammeDraft;
import org.sankofa.programmes.internal.Programmes;
import org.sankofa.programmes.internal.TargetDraft;
import org.sankofa.programmes.internal.Targets;
import org.sankofa.shared.ConflictException;
import org.sankofa.shared.InvalidInputException;
import org.sankofa.shared.NotFoundException;
import org.sankofa.support.SankofaTest;
import org.sankofa.support.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A case leaves a programme on a day: what happens to it after that day stops counting (against counts made here from
 * the case rows); a day before the enrolment or in the future is refused in the reader's language with nothing
 * written; another office's staff do not find the case; and the API round trip (list, enrol, leave).
 */
@SankofaTest
class EnrolmentLeavingTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Programmes programmes;
    @Autowired
    Targets targets;
    @Autowired
    Enrolments enrolments;

    private CurrentUser as(String username) {
        return users.findByUsername(username).orElseThrow();
    }

    private CurrentUser french(String username) {
        CurrentUser s = as(username);
        return new CurrentUser(s.id(), s.getUsername(), s.displayName(), s.organisationId(), s.officeId(), "fr",
                s.grants(), true, false, false, null);
    }

    private long org(String acronym) {
        return jdbc.sql("select id from organisation where acronym = ?").param(acronym).query(Long.class).single();
    }

    /** A child of IOM Dakar's own cases whose return arrived (once), with the day of arrival and the country. */
    record Returned(long caseId, LocalDate arrivedOn, String country) {
    }

    private List<Returned> returnedChildrenOfDakar() {
        return jdbc.sql("""
                select c.id, min(r.arrived_on), coalesce(c.citizenship, c.identified_country) from case_file c
                join case_return_plan r on r.case_id = c.id and r.status = 'ARRIVED'
                join office o on o.id = c.office_id and o.code = 'SN-DKR'
                where c.is_child and c.trafficking_status <> 'NotAVictimOfTrafficking'
                  and r.arrived_on < current_date - 20 and r.arrived_on > date '2000-02-01'
                group by c.id, c.citizenship, c.identified_country
                having count(*) = 1
                order by c.id limit 8""")
                .query((rs, n) -> new Returned(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3)))
                .list();
    }

    private Programme programme(List<String> countries) {
        String code = "L-" + UUID.randomUUID().toString().substring(0, 8);
        List<ProgrammeDraft.Country> covered = countries.stream().distinct()
                .map(c -> new ProgrammeDraft.Country(c, LocalDate.of(2000, 1, 1))).toList();
        return programmes.create(new ProgrammeDraft(code, "Leaving " + code, null, LocalDate.of(2000, 1, 1), null,
                null, List.of(new ProgrammeDraft.Donor(org("BPRM"), null)), List.of(org("IOM")), List.of(), covered,
                List.of(), List.of(), List.of(), List.of()), as("admin"));
    }

    private long achieved(Programme programme) {
        return targets.progress(programmes.programme(programme.programmeId()).orElseThrow()).get(0).achieved()
                .total();
    }

    private long leftRows(Programme programme) {
        return jdbc.sql("select count(*) from programme_enrolment where programme_id = ? and left_on is not null")
                .param(programme.id()).query(Long.class).single();
    }

    private long leavingAudits(Programme programme) {
        return jdbc.sql("select count(*) from audit_entry where action = 'PROGRAMME_CASE_LEFT' and details like ?")
                .param("programme=" + programme.id() + " %").query(Long.class).single();
    }

    @Test
    void whatHappensAfterTheDayACaseLeftNoLongerCounts() throws Exception {
        List<Returned> returned = returnedChildrenOfDakar();
        assertThat(returned).as("demo children of IOM Dakar whose return arrived").hasSizeGreaterThanOrEqualTo(2);
        Programme programme = programme(returned.stream().map(Returned::country).toList());
        targets.add(programme.programmeId(), new TargetDraft(TargetMeasure.CHILDREN_RETURNED, "Children returned",
                null, null, Map.of(String.valueOf(LocalDate.now(ZoneOffset.UTC).getYear()), BigDecimal.TEN)),
                as("admin"));
        CurrentUser supervisor = as("supervisor.dakar");
        for (Returned r : returned) {
            enrolments.enrol(programme.programmeId(), CaseId.of(r.caseId()), r.arrivedOn().minusDays(10), supervisor);
        }
        assertThat(achieved(programme)).as("every enrolled child's return counts").isEqualTo(returned.size());

        // half leave on the day of arrival (still counted, the day included), half the day before (no longer counted)
        long stillCounted = 0;
        for (int i = 0; i < returned.size(); i++) {
            Returned r = returned.get(i);
            boolean onTheDay = i % 2 == 0;
            LocalDate leftOn = onTheDay ? r.arrivedOn() : r.arrivedOn().minusDays(1);
            if (i == 0) { // one through the page, confirmed, as the panel sends it
                mvc.perform(post("/programmes/enrolments/leaving").with(user(supervisor)).with(csrf())
                        .param("caseId", String.valueOf(r.caseId())).param("programme", String.valueOf(programme.id()))
                        .param("leftOn", leftOn.toString()).param("sankofa-confirm", "?")
                        .param("sankofa-confirmed", "yes"))
                        .andExpect(status().is3xxRedirection());
            } else {
                Enrolments.Enrolment left = enrolments.leave(programme.programmeId(), CaseId.of(r.caseId()), leftOn,
                        supervisor);
                assertThat(left.leftOn()).isEqualTo(leftOn);
            }
            if (onTheDay) {
                stillCounted++;
            }
        }
        assertThat(achieved(programme)).isEqualTo(stillCounted);
        assertThat(stillCounted).isLessThan(returned.size());
        assertThat(leftRows(programme)).isEqualTo(returned.size());
        assertThat(leavingAudits(programme)).isEqualTo(returned.size());

        // shown on the panel: enrolled on …, left on …
        Returned first = returned.get(0);
        mvc.perform(get("/programmes/enrolments").param("case", String.valueOf(first.caseId()))
                .with(user(french("supervisor.dakar")))).andExpect(status().isOk())
                .andExpect(content().string(containsString(programme.title() + ", inscrit le ")))
                .andExpect(content().string(containsString(", sorti le ")));
        // the day is recorded once
        assertThatThrownBy(() -> enrolments.leave(programme.programmeId(), CaseId.of(first.caseId()),
                first.arrivedOn(), supervisor)).isInstanceOf(ConflictException.class);
        assertThat(leavingAudits(programme)).isEqualTo(returned.size());
    }

    @Test
    void aDayBeforeTheEnrolmentOrInTheFutureIsRefusedAndNothingIsWritten() throws Exception {
        Returned r = returnedChildrenOfDakar().get(0);
        Programme programme = programme(List.of(r.country()));
        CurrentUser supervisor = as("supervisor.dakar");
        LocalDate enrolledOn = r.arrivedOn().minusDays(5);
        enrolments.enrol(programme.programmeId(), CaseId.of(r.caseId()), enrolledOn, supervisor);
        LocalDate tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1);

        assertThatThrownBy(() -> enrolments.leave(programme.programmeId(), CaseId.of(r.caseId()),
                enrolledOn.minusDays(1), supervisor)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> enrolments.leave(programme.programmeId(), CaseId.of(r.caseId()), tomorrow,
                supervisor)).isInstanceOf(InvalidInputException.class);
        mvc.perform(post("/programmes/enrolments/leaving").with(user(french("supervisor.dakar"))).with(csrf())
                .param("caseId", String.valueOf(r.caseId())).param("programme", String.valueOf(programme.id()))
                .param("leftOn", enrolledOn.minusDays(1).toString()).param("sankofa-confirm", "?")
                .param("sankofa-confirmed", "yes"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("ne peut pas précéder la date d’inscription")));
        mvc.perform(post("/programmes/enrolments/leaving").with(user(french("supervisor.dakar"))).with(csrf())
                .param("caseId", String.valueOf(r.caseId())).param("programme", String.valueOf(programme.id()))
                .param("leftOn", tomorrow.toString()).param("sankofa-confirm", "?")
                .param("sankofa-confirmed", "yes"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("La date de sortie ne peut pas être dans le futur.")));
        String token = Tokens.of(mvc, "supervisor.dakar");
        mvc.perform(post("/api/v1/cases/{c}/programmes/{p}/leaving", r.caseId(), programme.id())
                .header("Authorization", "Bearer " + token).header("Accept-Language", "pt")
                .contentType(MediaType.APPLICATION_JSON).content("{\"leftOn\":\"" + tomorrow + "\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.leftOn").value("A data de saída não pode ser no futuro."));
        mvc.perform(post("/api/v1/cases/{c}/programmes/{p}/leaving", r.caseId(), programme.id())
                .header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnprocessableContent());
        assertThat(leftRows(programme)).isZero();
        assertThat(leavingAudits(programme)).isZero();
    }

    @Test
    void anotherOfficesStaffDoNotFindTheCaseAndPartnersAreRefused() throws Exception {
        Returned r = returnedChildrenOfDakar().get(0);
        Programme programme = programme(List.of(r.country()));
        enrolments.enrol(programme.programmeId(), CaseId.of(r.caseId()), r.arrivedOn(), as("supervisor.dakar"));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        assertThatThrownBy(() -> enrolments.leave(programme.programmeId(), CaseId.of(r.caseId()), today,
                as("caseworker.conakry"))).isInstanceOf(NotFoundException.class);
        mvc.perform(post("/programmes/enrolments/leaving").with(user(as("caseworker.conakry"))).with(csrf())
                .param("caseId", String.valueOf(r.caseId())).param("programme", String.valueOf(programme.id()))
                .param("leftOn", today.toString()).param("sankofa-confirm", "?").param("sankofa-confirmed", "yes"))
                .andExpect(status().isNotFound());
        String conakry = Tokens.of(mvc, "caseworker.conakry");
        mvc.perform(get("/api/v1/cases/{c}/programmes", r.caseId()).header("Authorization", "Bearer " + conakry))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/cases/{c}/programmes/{p}/leaving", r.caseId(), programme.id())
                .header("Authorization", "Bearer " + conakry).contentType(MediaType.APPLICATION_JSON)
                .content("{\"leftOn\":\"" + today + "\"}"))
                .andExpect(status().isNotFound());
        String partner = Tokens.of(mvc, "partner.dakar");
        mvc.perform(post("/api/v1/cases/{c}/programmes/{p}/leaving", r.caseId(), programme.id())
                .header("Authorization", "Bearer " + partner).contentType(MediaType.APPLICATION_JSON)
                .content("{\"leftOn\":\"" + today + "\"}"))
                .andExpect(status().isForbidden());
        assertThat(leftRows(programme)).isZero();
        assertThat(leavingAudits(programme)).isZero();
    }

    @Test
    void theApiListsEnrolsAndRecordsTheDayACaseLeft() throws Exception {
        Returned r = returnedChildrenOfDakar().get(1);
        Programme programme = programme(List.of(r.country()));
        String token = Tokens.of(mvc, "caseworker.dakar");
        LocalDate enrolledOn = r.arrivedOn().minusDays(3);
        // a bad enrolment first: 422 in the reader's language, nothing written
        mvc.perform(post("/api/v1/cases/{c}/programmes", r.caseId()).header("Authorization", "Bearer " + token)
                .header("Accept-Language", "fr").contentType(MediaType.APPLICATION_JSON)
                .content("{\"programmeId\":" + programme.id() + ",\"enrolledOn\":\"1999-12-31\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.enrolledOn").value(containsString("en dehors de la période")));
        mvc.perform(post("/api/v1/cases/{c}/programmes", r.caseId()).header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content("{\"enrolledOn\":\"" + enrolledOn + "\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.programmeId").exists());
        assertThat(jdbc.sql("select count(*) from programme_enrolment where programme_id = ?")
                .param(programme.id()).query(Long.class).single()).isZero();

        mvc.perform(post("/api/v1/cases/{c}/programmes", r.caseId()).header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"programmeId\":" + programme.id() + ",\"enrolledOn\":\"" + enrolledOn + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.programmeId").value(programme.id()))
                .andExpect(jsonPath("$.enrolledOn").value(enrolledOn.toString()))
                .andExpect(jsonPath("$.leftOn").doesNotExist());
        mvc.perform(get("/api/v1/cases/{c}/programmes", r.caseId()).header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.programmeId == " + programme.id() + ")].enrolledOn")
                        .value(enrolledOn.toString()));
        mvc.perform(post("/api/v1/cases/{c}/programmes/{p}/leaving", r.caseId(), programme.id())
                .header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                .content("{\"leftOn\":\"" + r.arrivedOn() + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.leftOn").value(r.arrivedOn().toString()));
        mvc.perform(get("/api/v1/cases/{c}/programmes", r.caseId()).header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.programmeId == " + programme.id() + ")].leftOn")
                        .value(r.arrivedOn().toString()));
        // a programme the case is not in: 404; the day again: 409
        mvc.perform(post("/api/v1/cases/{c}/programmes/{p}/leaving", r.caseId(), 999999999L)
                .header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                .content("{\"leftOn\":\"" + r.arrivedOn() + "\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/cases/{c}/programmes/{p}/leaving", r.caseId(), programme.id())
                .header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                .content("{\"leftOn\":\"" + r.arrivedOn() + "\"}"))
                .andExpect(status().isConflict());
        assertThat(leavingAudits(programme)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'PROGRAMME_CASE_ENROLLED'"
                + " and details like ?").param("programme=" + programme.id() + " %").query(Long.class).single())
                .isEqualTo(1);
    }
}
