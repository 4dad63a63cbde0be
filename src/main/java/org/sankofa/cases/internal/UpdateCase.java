package org.sankofa.cases.internal;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.sankofa.audit.AuditEvent;
import org.sankofa.audit.AuditLog;
import org.sankofa.cases.CaseDraft;
import org.sankofa.cases.CaseId;
import org.sankofa.cases.CaseRecord;
import org.sankofa.cases.events.CaseUpdated;
import org.sankofa.identity.CurrentUser;
import org.sankofa.shared.ConflictException;
import org.sankofa.shared.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes the identification, person, profile and route of a case, if nobody saved it since the version given
 * (optimistic locking: {@code where id = ? and version = ?}; otherwise 409 "error.stale" and nothing is written).
 * Access is checked once; the case is read once (to know what changed), and only the parts that changed are written
 * again. The blind index is rebuilt when a name changes; CASE_UPDATED records the names of the fields changed, never
 * values, and {@link CaseUpdated} tells them (when any changed) in the same transaction. Saving is not viewing: no CASE_VIEWED is recorded (the answer is the case as the person wrote it).
 */
@Service
public class UpdateCase {

    private static final Set<String> NAME_FIELDS = Set.of("givenNames", "familyName", "aliases");
    private static final Set<String> PERSON_FIELDS = Set.of("givenNames", "familyName", "aliases", "dateOfBirth",
            "contact", "address", "guardianName", "guardianContact", "guardianRelation");
    private static final Set<String> PROFILE_FIELDS = Set.of("recruitmentMethod", "controlMethods",
            "forcedLabourIndustry", "sexExploitationType", "recruiterRelation", "recruitmentCountry",
            "recruitmentPlace", "exploitationCountry", "exploitationPlace", "narrative");

    /** What a change did: the names of the fields that changed, and the case as it is now. */
    public record Updated(List<String> fields, CaseRecord record) {
    }

    private final JdbcClient jdbc;
    private final CaseRules rules;
    private final CaseWriter writer;
    private final CaseReader reader;
    private final CaseGuard guard;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    UpdateCase(JdbcClient jdbc, CaseRules rules, CaseWriter writer, CaseReader reader, CaseGuard guard,
            AuditLog audit, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.writer = writer;
        this.reader = reader;
        this.guard = guard;
        this.audit = audit;
        this.events = events;
    }

    /** Changes the case; answers the fields that changed and the case as saved. */
    @Transactional
    public Updated update(CurrentUser user, CaseId caseId, CaseDraft draft) {
        CaseScope scope = guard.requireEditable(user, caseId);
        if (draft.version() == null) {
            throw InvalidInputException.of("version", "validation.required");
        }
        CaseRules.CheckedCase checked = rules.check(draft, LocalDate.now());
        CaseDraft d = checked.draft();
        CaseRecord current = reader.load(caseId, scope);
        List<String> changed = changedFields(draftOf(current), d);
        int updated = jdbc.sql("""
                update case_file set identified_on = :on, identified_country = :country, identified_city = :city,
                       referral_source = :source, trafficking_status = :status, status_decided_by = :decidedBy,
                       sex = :sex, age_at_identification = :age, age_estimated = :estimated,
                       citizenship = :citizenship, languages = cast(:languages as varchar[]),
                       exploitation_types = cast(:exploitation as varchar[]), version = version + 1,
                       updated_at = now()
                 where id = :id and version = :version""")
                .param("on", CaseWriter.date(d.identifiedOn())).param("country", d.identifiedCountry())
                .param("city", writer.identifiedCity(d)).param("source", d.referralSource())
                .param("status", d.traffickingStatus()).param("decidedBy", d.statusDecidedBy())
                .param("sex", d.sex()).param("age", checked.ageAtIdentification())
                .param("estimated", checked.ageEstimated()).param("citizenship", d.citizenship())
                .param("languages", CaseWriter.textArray(d.languages()))
                .param("exploitation", CaseWriter.textArray(d.exploitationTypes()))
                .param("id", caseId.value()).param("version", d.version())
                .update();
        if (updated == 0) {
            throw new ConflictException("error.stale");
        }
        writeChangedParts(caseId, current.officeId(), d, changed);
        audit.record(AuditEvent.of(user.getUsername(), "CASE_UPDATED", "case", caseId,
                "fields=" + String.join(",", changed)));
        if (!changed.isEmpty()) {
            events.publishEvent(new CaseUpdated(caseId, current.officeId(), changed));
        }
        CaseRecord.Identification identification = current.identification();
        return new Updated(changed, CaseWriter.written(caseId, current.caseNumber(), current.officeId(),
                current.officeCode(), current.status(), d.version() + 1, identification.identifyingOfficeId(),
                identification.identifyingOfficeCode(), checked));
    }

    /** The person, the profile, the route and the name index, each only if a field of it changed. */
    private void writeChangedParts(CaseId caseId, long officeId, CaseDraft d, List<String> changed) {
        if (changed.stream().anyMatch(PERSON_FIELDS::contains)) {
            writer.writePerson(caseId, d);
        }
        if (changed.stream().anyMatch(PROFILE_FIELDS::contains)) {
            writer.writeProfile(caseId, d);
        }
        if (changed.contains("route")) {
            writer.writeRoute(caseId, d.route());
        }
        if (changed.stream().anyMatch(NAME_FIELDS::contains)) {
            writer.writeNameKeys(caseId, officeId, d);
        }
    }

    /** The draft that would leave a case as it is (the edit form starts from it). */
    public static CaseDraft draftOf(CaseRecord c) {
        CaseRecord.Identification i = c.identification();
        CaseRecord.Person p = c.person();
        CaseRecord.Profile f = c.profile();
        return new CaseDraft(i.identifiedOn(), i.country(), i.city(), i.referralSource(), i.traffickingStatus(),
                i.statusDecidedBy(), p.givenNames(), p.familyName(), p.aliases(), p.sex(), p.dateOfBirth(),
                Boolean.TRUE.equals(p.ageEstimated()) ? p.ageAtIdentification() : null, p.citizenship(),
                p.languages(), p.contact(), p.address(), p.guardianName(), p.guardianContact(), p.guardianRelation(),
                f.recruitmentMethod(), f.controlMethods(), f.exploitationTypes(), f.forcedLabourIndustry(),
                f.sexExploitationType(), f.recruiterRelation(), f.recruitmentCountry(), f.recruitmentPlace(),
                f.exploitationCountry(), f.exploitationPlace(), f.narrative(), c.route(), c.version());
    }

    static List<String> changedFields(CaseDraft before, CaseDraft after) {
        List<String> changed = new ArrayList<>();
        for (RecordComponent component : CaseDraft.class.getRecordComponents()) {
            if (component.getName().equals("version")) {
                continue;
            }
            try {
                Object a = component.getAccessor().invoke(before);
                Object b = component.getAccessor().invoke(after);
                if (!Objects.equals(a, b)) {
                    changed.add(component.getName());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return changed;
    }
}
