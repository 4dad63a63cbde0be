package org.sankofa.programmes;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sankofa.cases.CaseId;
import org.sankofa.cases.EnrolledCases;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.UserAccounts;
import org.sankofa.programmes.internal.Enrolments;
import org.sankofa.programmes.internal.Programme;
import org.sankofa.programmes.internal.ProgrammeDraft;
import org.sankofa.programmes.internal.Programmes;
import org.sankofa.programmes.internal.Progress;
import org.sankofa.programmes.internal.TargetDraft;
import org.sankofa.programmes.internal.Targets;
import org.sankofa.shared.ConflictException;
import org.sankofa.shared.InvalidInputException;
import org.sankofa.shared.NotFoundException;
import org.sankofa.support.SankofaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Progress is counted from the cases enrolled, against counts made here from the case rows: only what happened while
 * a case was enrolled (the day of enrolment included), each case once, a transferred case never twice; and enrolment
 * only by case staff of a case in their scope.
 */
@SankofaTest
class EnrolmentTests {

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
    @Autowired
    EnrolledCases enrolledCases;

    private CurrentUser as(String username) {
        return users.findByUsername(username).orElseThrow();
    }

    private long org(String acronym) {
        return jdbc.sql("select id from organisation where acronym = ?").param(acronym).query(Long.class).single();
    }

    /** A child of IOM Dakar's own cases whose return arrived, with the day of arrival and the person's country. */
    record Returned(long caseId, LocalDate arrivedOn, String country) {
    }

    private List<Returned> returnedChildrenOfDakar() {
        return jdbc.sql("""
                select c.id, r.arrived_on, coalesce(c.citizenship, c.identified_country) from case_file c
                join case_return_plan r on r.case_id = c.id and r.status = 'ARRIVED'
                join office o on o.id = c.office_id and o.code = 'SN-DKR'
                where c.is_child and c.trafficking_status <> 'NotAVictimOfTrafficking'
                  and r.arrived_on < current_date - 2
                order by c.id limit 8""")
                .query((rs, n) -> new Returned(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3)))
                .list();
    }

    private Programme programme(List<String> countries) {
        String code = "E-" + UUID.randomUUID().toString().substring(0, 8);
        List<ProgrammeDraft.Country> covered = countries.stream().distinct()
                .map(c -> new ProgrammeDraft.Country(c, LocalDate.of(2000, 1, 1))).toList();
        return programmes.create(new ProgrammeDraft(code, "Returns " + code, null, LocalDate.of(2000, 1, 1), null,
                null, List.of(new ProgrammeDraft.Donor(org("BPRM"), null)), List.of(org("IOM")), List.of(), covered,
                List.of(), List.of(), List.of(), List.of()), as("admin"));
    }

    @Test
    void progressCountsOnlyWhatHappenedWhileACaseWasEnrolledAndEachCaseOnce() {
        List<Returned> returned = returnedChildrenOfDakar();
        assertThat(returned).as("demo children of IOM Dakar whose return arrived").hasSizeGreaterThanOrEqualTo(2);
        Programme programme = programme(returned.stream().map(Returned::country).toList());
        int year = LocalDate.now(ZoneOffset.UTC).getYear();
        targets.add(programme.programmeId(), new TargetDraft(TargetMeasure.CHILDREN_RETURNED, "Children returned",
                null, null, Map.of(String.valueOf(year), java.math.BigDecimal.TEN)), as("admin"));
        CurrentUser supervisor = as("supervisor.dakar");
        long expected = 0;
        Map<Integer, Long> expectedByYear = new TreeMap<>();
        List<Long> enrolledAfter = new ArrayList<>();
        for (int i = 0; i < returned.size(); i++) {
            Returned r = returned.get(i);
            boolean before = i % 2 == 0;
            // half enrolled on the day of arrival (counted, the day included), half the day after (not counted)
            LocalDate on = before ? r.arrivedOn() : r.arrivedOn().plusDays(1);
            enrolments.enrol(programme.programmeId(), CaseId.of(r.caseId()), on, supervisor);
            if (before) {
                expected++;
                expectedByYear.merge(r.arrivedOn().getYear(), 1L, Long::sum);
            } else {
                enrolledAfter.add(r.caseId());
            }
        }
        Progress progress = targets.progress(programmes.programme(programme.programmeId()).orElseThrow()).get(0);
        assertThat(progress.achieved().total()).isEqualTo(expected);
        assertThat(progress.achieved().bySex().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(expected);
        assertThat(progress.achieved().byAgeBand().values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(expected);
        assertThat(progress.periods().get(0).achieved().total()).isEqualTo(expectedByYear.getOrDefault(year, 0L));

        // a case enrolled twice is refused (409), whoever tries: it is counted once
        Returned first = returned.get(0);
        assertThatThrownBy(() -> enrolments.enrol(programme.programmeId(), CaseId.of(first.caseId()),
                first.arrivedOn(), supervisor)).isInstanceOf(ConflictException.class);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'PROGRAMME_CASE_ENROLLED'"
                + " and details like ?").param("programme=" + programme.id() + " %").query(Long.class).single())
                .isEqualTo(returned.size());
        assertThat(enrolledAfter).isNotEmpty();
    }

    @Test
    void aCaseWithSeveralWindowsOrOfficesIsCountedOnce() {
        List<Returned> returned = returnedChildrenOfDakar();
        Returned r = returned.get(0);
        // the same case named twice (as a case transferred between offices would be, were it enrolled by both)
        List<EnrolledCases.Enrolment> twice = List.of(
                new EnrolledCases.Enrolment(CaseId.of(r.caseId()), r.arrivedOn().minusDays(30), null),
                new EnrolledCases.Enrolment(CaseId.of(r.caseId()), r.arrivedOn().minusDays(1), r.arrivedOn()));
        long counted = enrolledCases.groups(EnrolledCases.Outcome.RETURNED, true, twice, LocalDate.of(2000, 1, 1),
                LocalDate.now(ZoneOffset.UTC)).stream().mapToLong(g -> g.persons()).sum();
        assertThat(counted).isEqualTo(1);
        // a window that ends before the arrival counts nothing
        long none = enrolledCases.groups(EnrolledCases.Outcome.RETURNED, true, List.of(new EnrolledCases.Enrolment(
                CaseId.of(r.caseId()), r.arrivedOn().minusDays(30), r.arrivedOn().minusDays(1))),
                LocalDate.of(2000, 1, 1), LocalDate.now(ZoneOffset.UTC)).stream().mapToLong(g -> g.persons()).sum();
        assertThat(none).isZero();
    }

    @Test
    void aTransferredCaseIsEnrolledOnceAndTheFormerOfficeMayNotEnrolIt() {
        record Transfer(long caseId, String toOffice) {
        }
        List<Transfer> transfers = jdbc.sql("""
                select t.case_id, o.code from case_transfer t join office o on o.id = t.to_office_id
                join office f on f.id = t.from_office_id
                where t.status = 'ACCEPTED' and f.code = 'SN-DKR' and o.code = 'GN-CKY' limit 1""")
                .query((rs, n) -> new Transfer(rs.getLong(1), rs.getString(2))).list();
        if (transfers.isEmpty()) {
            return; // the demo world holds no transfer from Dakar to Conakry
        }
        long caseId = transfers.get(0).caseId();
        String country = jdbc.sql("select coalesce(citizenship, identified_country) from case_file where id = ?")
                .param(caseId).query(String.class).single();
        Programme programme = programme(List.of(country));
        // the office that handed it over reads its history but may not enrol it
        assertThatThrownBy(() -> enrolments.enrol(programme.programmeId(), CaseId.of(caseId),
                LocalDate.of(2020, 1, 1), as("supervisor.dakar"))).isInstanceOf(AccessDeniedException.class);
        enrolments.enrol(programme.programmeId(), CaseId.of(caseId), LocalDate.of(2020, 1, 1),
                as("supervisor.conakry"));
        assertThatThrownBy(() -> enrolments.enrol(programme.programmeId(), CaseId.of(caseId),
                LocalDate.of(2021, 1, 1), as("caseworker.conakry"))).isInstanceOf(ConflictException.class);
        assertThat(jdbc.sql("select count(*) from programme_enrolment where programme_id = ?").param(programme.id())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aCaseOutsideOnesScopeIsNotFoundAndNothingIsWritten() throws Exception {
        List<Returned> returned = returnedChildrenOfDakar();
        Returned r = returned.get(returned.size() - 1);
        Programme programme = programme(List.of(r.country()));
        assertThatThrownBy(() -> enrolments.enrol(programme.programmeId(), CaseId.of(r.caseId()), r.arrivedOn(),
                as("caseworker.conakry"))).isInstanceOf(NotFoundException.class);
        mvc.perform(post("/programmes/enrolments").with(user(as("caseworker.conakry"))).with(csrf())
                .param("caseId", String.valueOf(r.caseId())).param("programme", String.valueOf(programme.id()))
                .param("enrolledOn", r.arrivedOn().toString())).andExpect(status().isNotFound());
        // and others than case staff may not enrol at all
        assertThatThrownBy(() -> enrolments.enrol(programme.programmeId(), CaseId.of(r.caseId()), r.arrivedOn(),
                as("coordinator.mali"))).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.sql("select count(*) from programme_enrolment where programme_id = ?").param(programme.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void anEnrolmentOutsideTheProgrammesPeriodOrCountriesIsRefusedInTheReadersLanguage() throws Exception {
        List<Returned> returned = returnedChildrenOfDakar();
        Returned r = returned.get(0);
        Programme elsewhere = programme(List.of(r.country().equals("NE") ? "TG" : "NE"));
        assertThatThrownBy(() -> enrolments.enrol(elsewhere.programmeId(), CaseId.of(r.caseId()), r.arrivedOn(),
                as("supervisor.dakar"))).isInstanceOf(InvalidInputException.class);
        Programme here = programme(List.of(r.country()));
        CurrentUser s = as("supervisor.dakar");
        CurrentUser french = new CurrentUser(s.id(), s.getUsername(), s.displayName(), s.organisationId(),
                s.officeId(), "fr", s.grants(), true, false, false, null);
        mvc.perform(post("/programmes/enrolments").with(user(french)).with(csrf())
                .param("caseId", String.valueOf(r.caseId())).param("programme", String.valueOf(here.id()))
                .param("enrolledOn", "1999-12-31"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("en dehors de la période du programme")));
        mvc.perform(get("/programmes/enrolments").param("case", String.valueOf(r.caseId()))
                .with(user(as("supervisor.dakar")))).andExpect(status().isOk())
                .andExpect(content().string(containsString(here.title())));
        assertThat(jdbc.sql("select count(*) from programme_enrolment where programme_id in (?, ?)")
                .params(here.id(), elsewhere.id()).query(Long.class).single()).isZero();
    }
}
