package org.sankofa.cases.journey.internal.transfer;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sankofa.cases.internal.protection.FieldCipher;
import org.sankofa.demo.DemoPart;
import org.sankofa.demo.DemoStep;
import org.sankofa.directory.Directory;
import org.sankofa.directory.Office;
import org.sankofa.identity.Colleague;
import org.sankofa.identity.UserAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo tracing and transfers (last of the demo world in DemoPart order, so that an accepted transfer closes the
 * history the sending office keeps): Guinean children's cases of IOM Dakar with tracing requests to IOM Conakry in
 * every status, a transfer waiting for an answer, an accepted one and a rejected one. Only cases without referrals
 * are used (so that the partner's referred cases stay with Dakar), and nothing is added when a tracing request
 * exists. The offices and the demo staff come from the directory and identity modules.
 */
@Component
class DemoJourneys implements DemoStep {

    private static final Logger log = LoggerFactory.getLogger(DemoJourneys.class);

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final Directory directory;
    private final UserAccounts users;

    DemoJourneys(JdbcClient jdbc, FieldCipher cipher, Directory directory, UserAccounts users) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.directory = directory;
        this.users = users;
    }

    @Override
    public DemoPart part() {
        return DemoPart.JOURNEYS;
    }

    @Override
    @Transactional
    public void load() {
        if (jdbc.sql("select exists (select 1 from case_tracing_request)").query(Boolean.class).single()) {
            return;
        }
        Optional<Office> dakarOffice = directory.officeByCode("SN-DKR");
        Optional<Office> conakryOffice = directory.officeByCode("GN-CKY");
        if (dakarOffice.isEmpty() || conakryOffice.isEmpty()) {
            return;
        }
        long dakar = dakarOffice.get().id().value();
        long conakry = conakryOffice.get().id().value();
        List<Long> cases = jdbc.sql("""
                select c.id from case_file c
                 where c.office_id = ? and c.citizenship = 'GN' and c.is_child and c.status = 'Active'
                   and not exists (select 1 from case_referral r where r.case_id = c.id)
                   and not exists (select 1 from case_return_plan p where p.case_id = c.id)
                 order by c.id limit 6""")
                .param(dakar).query(Long.class).list();
        if (cases.size() < 6) {
            return;
        }
        Map<String, Colleague> staff = users.colleaguesByUsername(List.of("caseworker.dakar", "supervisor.dakar",
                "caseworker.conakry", "supervisor.conakry"));
        Long caseWorker = idOf(staff.get("caseworker.dakar"));
        Long supervisor = idOf(staff.get("supervisor.dakar"));
        Long origin = idOf(staff.get("caseworker.conakry"));
        Long originSupervisor = idOf(staff.get("supervisor.conakry"));
        String[] outcomes = {"OPEN", "FAMILY_FOUND", "NOT_FOUND", "UNSAFE_TO_RETURN", "FAMILY_FOUND", "FAMILY_FOUND"};
        String[][] families = {{"Demo-Diallo", "Kindia", "Pular"}, {"Demo-Bah", "Labé", "Pular, French"},
                {"Demo-Camara", "Boké", "Susu"}, {"Demo-Sylla", "Kankan", "Maninka"}, {"Demo-Barry", "Mamou", "Pular"},
                {"Demo-Touré", "Faranah", "Maninka, French"}};
        for (int i = 0; i < cases.size(); i++) {
            long caseId = cases.get(i);
            String outcome = outcomes[i];
            boolean assessed = !"OPEN".equals(outcome);
            jdbc.sql("""
                    insert into case_tracing_request (case_id, from_office_id, to_office_id, status, family_names,
                                                      village, region, languages, requested_by, requested_at,
                                                      assessment, assessed_by, assessed_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, now() - interval '40 days', ?, ?,
                            case when ? then now() - interval '20 days' end)""")
                    .params(caseId, dakar, conakry, outcome, enc(families[i][0], "family_names"),
                            enc("Demo village " + (i + 1), "village"), enc(families[i][1], "region"),
                            enc(families[i][2], "languages"), caseWorker,
                            assessed ? enc("Demo family assessment: " + outcome.toLowerCase(java.util.Locale.ROOT)
                                    .replace('_', ' '), "assessment") : null,
                            assessed ? origin : null, assessed)
                    .update();
        }
        // transfers: the fifth case waiting, the sixth accepted, the fourth rejected (with cross-border consent)
        for (long caseId : cases.subList(3, 6)) {
            jdbc.sql("""
                    insert into case_consent (case_id, purpose, given_by, given_on, guardian_consent, child_assent,
                                              recorded_by)
                    select ?, 'CROSS_BORDER_SHARING', 'GUARDIAN', current_date - 30, true, true, ?
                     where not exists (select 1 from case_consent where case_id = ? and purpose = 'CROSS_BORDER_SHARING'
                                         and withdrawn_on is null)""")
                    .params(caseId, caseWorker, caseId).update();
        }
        transfer(cases.get(4), dakar, conakry, supervisor, null, null, "REQUESTED");
        transfer(cases.get(5), dakar, conakry, supervisor, originSupervisor, null, "ACCEPTED");
        transfer(cases.get(3), dakar, conakry, supervisor, originSupervisor, "Demo: the family was judged unsafe",
                "REJECTED");
        jdbc.sql("update case_file set office_id = ?, version = version + 1 where id = ?")
                .params(conakry, cases.get(5)).update();
        jdbc.sql("update case_name_key set office_id = ? where case_id = ?").params(conakry, cases.get(5)).update();
        log.info("Demo tracing requests and transfers loaded");
    }

    private void transfer(long caseId, long from, long to, Long requestedBy, Long decidedBy, String note,
            String status) {
        boolean decided = !"REQUESTED".equals(status);
        jdbc.sql("""
                insert into case_transfer (case_id, from_office_id, to_office_id, status, reason, requested_by,
                                           requested_at, decided_by, decided_at, decision_note)
                values (?, ?, ?, ?, ?, ?, now() - interval '10 days', ?,
                        case when ? then clock_timestamp() end, ?)""")
                .params(caseId, from, to, status, cipher.encrypt("Demo: family found, return in the child's best interests",
                                Transfers.REASON), requestedBy, decidedBy, decided,
                        note == null ? null : cipher.encrypt(note, Transfers.NOTE))
                .update();
    }

    private String enc(String value, String column) {
        return cipher.encrypt(value, "case_tracing_request." + column);
    }

    private static Long idOf(Colleague colleague) {
        return colleague == null ? null : colleague.id();
    }
}
