package org.sankofa.work;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.sankofa.cases.CaseId;
import org.sankofa.cases.DecisionTestSupport;
import org.sankofa.support.SankofaTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Each role's home page shows its own work, read within its need to know. */
@SankofaTest
class HomePageTests extends DecisionTestSupport {

    private String home(String username) throws Exception {
        var answer = perform(get("/"), username);
        assertThat(answer.getStatus()).isEqualTo(200);
        return answer.getContentAsString();
    }

    /** The HTML of one panel of the home page (from its id to the end of the section). */
    private static String panel(String page, String id) {
        int start = page.indexOf("id=\"" + id + "\"");
        assertThat(start).as("panel " + id).isNotNegative();
        return page.substring(start, page.indexOf("</section>", start));
    }

    private long organisationOf(String username) {
        return as(username).organisationId();
    }

    private void referral(CaseId caseId, String status, LocalDate respondedOn) {
        jdbc.sql("""
                insert into case_referral (case_id, partner_org_id, service_type, status, shares, sent_on, sent_by,
                                           responded_on)
                values (?, ?, 'SHELTER', ?, '{}', current_date - 5, ?, ?)""")
                .params(caseId.value(), organisationOf("partner.dakar"), status, as("caseworker.dakar").id(),
                        respondedOn).update();
    }

    private String caseNumber(CaseId caseId) {
        return jdbc.sql("select case_number from case_file where id = ?").param(caseId.value()).query(String.class)
                .single();
    }

    @Test
    void aCaseWorkerSeesTheirOpenCasesByStageTheVisitsDueAndTheReferralsAnswered() throws Exception {
        CaseId mine = dakarChild();
        jdbc.sql("update case_file set assigned_to = ? where id = ?").params(as("caseworker.dakar").id(), mine.value())
                .update();
        jdbc.sql("insert into case_follow_up_visit (case_id, months_after_return, due_on) values (?, 3, current_date + 7)")
                .param(mine.value()).update();
        CaseId answered = dakarChild();
        referral(answered, "ACCEPTED", LocalDate.now().minusDays(1));

        String page = home("caseworker.dakar");
        long active = jdbc.sql("select count(*) from case_file where assigned_to = ? and status = 'Active'"
                        + " and office_id = ?").params(as("caseworker.dakar").id(), as("caseworker.dakar").officeId())
                .query(Long.class).single();
        assertThat(panel(page, "home-cases")).containsPattern("<strong>" + active + "</strong>\\s*<a[^>]*>Active</a>");
        assertThat(panel(page, "home-visit_due")).contains(caseNumber(mine)).contains("/cases/" + mine + "/follow-ups");
        assertThat(panel(page, "home-referral_answered")).contains(caseNumber(answered));
        assertThat(page).doesNotContain("id=\"home-inbox\"").doesNotContain("id=\"home-plans\"");
    }

    @Test
    void aSupervisorSeesTheDecisionsWaitingAndTheOfficesOverdueVisits() throws Exception {
        CaseId overdue = dakarChild();
        jdbc.sql("insert into case_follow_up_visit (case_id, months_after_return, due_on) values (?, 1, current_date - 9)")
                .param(overdue.value()).update();
        String page = home("supervisor.dakar");
        int total = inboxTotal(perform(get("/api/v1/inbox"), "supervisor.dakar").getContentAsString());
        assertThat(panel(page, "home-inbox")).contains("href=\"/inbox\"").contains("Open all " + total + " decisions");
        assertThat(panel(page, "home-visit_overdue")).contains(caseNumber(overdue));
        // another office's overdue visit is not Conakry's work, nor its decisions Dakar's
        assertThat(home("supervisor.conakry")).doesNotContain(caseNumber(overdue));
    }

    private static int inboxTotal(String json) {
        return Integer.parseInt(json.replaceAll("(?s).*\"total\":(\\d+).*", "$1"));
    }

    @Test
    void aPartnerSeesTheReferralsWaitingForItsAnswerAndNoCaseWork() throws Exception {
        CaseId referred = dakarChild();
        referral(referred, "SENT", null);
        String page = home("partner.dakar");
        assertThat(panel(page, "home-referral_to_answer")).contains(caseNumber(referred)).contains("href=\"/referrals\"");
        assertThat(page).doesNotContain("id=\"home-cases\"").doesNotContain("id=\"home-inbox\"");
    }

    @Test
    void aCoordinatorSeesTheirPlansAndTheReportsWaitingAndAnObserverThePlansInForce() throws Exception {
        long plan = jdbc.sql("""
                select p.id from action_plan p join plan_party pp on pp.plan_id = p.id
                 where p.scope = 'NATIONAL' and pp.country_code = 'ML' order by p.id desc limit 1""")
                .query(Long.class).single();
        String year = String.valueOf(2200 + ThreadLocalRandom.current().nextInt(700));
        long report = jdbc.sql("""
                insert into progress_report (plan_id, period, period_start, period_end, created_by)
                values (?, ?, make_date(?::int, 1, 1), make_date(?::int, 12, 31), 'coordinator.mali') returning id""")
                .params(plan, year, Integer.parseInt(year), Integer.parseInt(year)).query(Long.class).single();

        String coordinator = home("coordinator.mali");
        List<Long> shown = Pattern.compile("href=\"/plans/(\\d+)\"").matcher(panel(coordinator, "home-plans"))
                .results().map(m -> Long.valueOf(m.group(1))).toList();
        List<Long> malian = jdbc.sql("""
                select p.id from action_plan p join plan_party pp on pp.plan_id = p.id
                 where p.scope = 'NATIONAL' and pp.country_code = 'ML'""").query(Long.class).list();
        assertThat(shown).as("the coordinator's plans, whichever of Mali's the panel has room for")
                .isNotEmpty().allMatch(malian::contains);
        assertThat(panel(coordinator, "home-reports")).contains("href=\"/reports/" + report + "\"");

        String observer = home("observer");
        assertThat(panel(observer, "home-reports")).doesNotContain("/reports/" + report);
        long inForce = jdbc.sql("select count(*) from action_plan where status = 'IN_FORCE'").query(Long.class).single();
        if (inForce > 0) {
            assertThat(panel(observer, "home-plans")).contains("href=\"/plans/");
        }
        assertThat(observer).doesNotContain("id=\"home-cases\"");
    }
}
