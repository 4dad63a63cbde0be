package org.sankofa.cases.internal.timeline;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.sankofa.cases.CaseId;
import org.sankofa.cases.internal.CaseAccess;
import org.sankofa.cases.internal.CaseFacts;
import org.sankofa.identity.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every step of a case, oldest first: the identification (from the case record), then every audited change of the
 * case (every part audits its steps against target "case" and the case id, so steps of parts added later appear
 * without change here), each dated, with who did it and their office and country. Views of the case are not steps
 * and are left out. No personal data: the step is its action code and its non-identifying details.
 */
@NamedInterface("foundation")
@Component
public class CaseTimeline {

    /** Audit actions that are not steps of the case. */
    static final Set<String> NOT_STEPS = Set.of("CASE_VIEWED", "ATTACHMENT_DOWNLOADED", "TRACING_REQUEST_VIEWED",
            "TRACING_PHOTO_VIEWED");

    public record Step(OffsetDateTime at, String action, String actor, String office, String country) {

        public String messageKey() {
            return "timeline.action." + action;
        }
    }

    private final JdbcClient jdbc;
    private final CaseAccess cases;

    CaseTimeline(JdbcClient jdbc, CaseAccess cases) {
        this.jdbc = jdbc;
        this.cases = cases;
    }

    @Transactional(readOnly = true)
    public List<Step> steps(CurrentUser user, CaseId caseId) {
        CaseFacts facts = cases.readable(user, caseId);
        List<Step> steps = new ArrayList<>();
        jdbc.sql("""
                select c.identified_on, o.name, c.identified_country from case_file c
                       left join office o on o.id = c.identifying_office_id
                 where c.id = ?""")
                .param(caseId.value()).query((rs, n) -> new Step(rs.getObject(1, java.time.LocalDate.class)
                        .atStartOfDay().atOffset(java.time.ZoneOffset.UTC), "CASE_IDENTIFIED", null,
                        rs.getString(2), rs.getString(3))).optional().ifPresent(steps::add);
        steps.addAll(jdbc.sql("""
                select a.occurred_at, a.action, coalesce(u.display_name, a.actor), o.name, o.country_code
                  from audit_entry a left join app_user u on u.username = a.actor
                       left join office o on o.id = u.office_id
                 where a.target_type = 'case' and a.target_id = ? and a.action <> all(?) and a.occurred_at <= ?
                 order by a.occurred_at, a.id""")
                .params(String.valueOf(caseId.value()), NOT_STEPS.toArray(String[]::new), facts.seenUntil())
                .query((rs, n) -> new Step(rs.getObject(1, OffsetDateTime.class), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5))).list());
        return steps;
    }
}
