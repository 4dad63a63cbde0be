package org.sankofa.cases.internal.timeline;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.sankofa.audit.AuditTrail;
import org.sankofa.cases.CaseId;
import org.sankofa.cases.internal.CaseAccess;
import org.sankofa.cases.internal.CaseFacts;
import org.sankofa.directory.Directory;
import org.sankofa.directory.Office;
import org.sankofa.directory.OfficeId;
import org.sankofa.identity.Colleague;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.UserAccounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every step of a case, oldest first: the identification (from the case record), then every audited change of the
 * case (every part audits its steps against target "case" and the case id, so steps of parts added later appear
 * without change here), each dated, with who did it and their office and country. Views of the case are not steps
 * and are left out. No personal data: the step is its action code and its non-identifying details. The audit trail,
 * the people and the offices come from their modules ({@link AuditTrail}, {@link UserAccounts}, {@link Directory}).
 */
@NamedInterface("foundation")
@Component
public class CaseTimeline {

    /** The part of the case these records are, as the audit names a view of them ({@code via=timeline}). */
    public static final String PART = "timeline";

    /** Audit actions that are not steps of the case. */
    static final Set<String> NOT_STEPS = Set.of("CASE_VIEWED", "ATTACHMENT_DOWNLOADED", "TRACING_REQUEST_VIEWED",
            "TRACING_PHOTO_VIEWED", "POSSIBLE_DUPLICATE_SHOWN");

    public record Step(OffsetDateTime at, String action, String actor, String office, String country) {

        public String messageKey() {
            return "timeline.action." + action;
        }
    }

    private final JdbcClient jdbc;
    private final CaseAccess cases;
    private final AuditTrail audit;
    private final UserAccounts users;
    private final Directory directory;

    CaseTimeline(JdbcClient jdbc, CaseAccess cases, AuditTrail audit, UserAccounts users, Directory directory) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.audit = audit;
        this.users = users;
        this.directory = directory;
    }

    /**
     * The steps the person may read: the identification, then the audit trail of the case (up to the handover, for
     * an office that transferred it). Who did each step and their office are looked up once for the whole timeline.
     */
    @Transactional
    public List<Step> steps(CurrentUser user, CaseId caseId) {
        CaseFacts facts = cases.readable(user, caseId, PART);
        record Identified(LocalDate on, long officeId, String country) {
        }
        Identified identified = jdbc.sql("""
                select identified_on, identifying_office_id, identified_country from case_file where id = ?""")
                .param(caseId.value()).query((rs, n) -> new Identified(rs.getObject(1, LocalDate.class),
                        rs.getLong(2), rs.getString(3))).single();
        List<AuditTrail.Step> trail = audit.of("case", caseId.toString(), NOT_STEPS, facts.seenUntil().toInstant());
        Map<String, Colleague> actors = users.colleaguesByUsername(trail.stream().map(AuditTrail.Step::actor)
                .toList());
        Set<OfficeId> officeIds = new HashSet<>();
        officeIds.add(new OfficeId(identified.officeId()));
        actors.values().stream().map(Colleague::officeId).filter(Objects::nonNull).map(OfficeId::new)
                .forEach(officeIds::add);
        Map<OfficeId, Office> offices = directory.offices(officeIds);
        List<Step> steps = new ArrayList<>();
        Office identifying = offices.get(new OfficeId(identified.officeId()));
        steps.add(new Step(identified.on().atStartOfDay().atOffset(ZoneOffset.UTC), "CASE_IDENTIFIED", null,
                identifying == null ? null : identifying.name(), identified.country()));
        for (AuditTrail.Step step : trail) {
            Colleague actor = actors.get(step.actor());
            Office office = actor == null || actor.officeId() == null ? null
                    : offices.get(new OfficeId(actor.officeId()));
            steps.add(new Step(step.occurredAt().atOffset(ZoneOffset.UTC), step.action(),
                    actor == null ? step.actor() : actor.displayName(), office == null ? null : office.name(),
                    office == null ? null : office.countryCode()));
        }
        return steps;
    }
}
