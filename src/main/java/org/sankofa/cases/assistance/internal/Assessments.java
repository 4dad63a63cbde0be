package org.sankofa.cases.assistance.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.sankofa.audit.AuditEvent;
import org.sankofa.audit.AuditLog;
import org.sankofa.cases.CaseId;
import org.sankofa.cases.assistance.Need;
import org.sankofa.cases.assistance.NeedLevel;
import org.sankofa.cases.assistance.RiskFactor;
import org.sankofa.cases.assistance.RiskLevel;
import org.sankofa.cases.internal.CaseAccess;
import org.sankofa.cases.internal.CaseFacts;
import org.sankofa.cases.internal.RecordRules;
import org.sankofa.cases.internal.protection.FieldCipher;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.UserAccounts;
import org.sankofa.shared.InvalidInputException;
import org.sankofa.shared.Texts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Needs assessments (a level per need) and re-trafficking risk assessments (a level with its factors). Each is dated
 * (never in the future) and attributed; a reassessment adds a row, so the history stays and the latest is current.
 */
@Component
public class Assessments {

    /** The part of the case these records are, as the audit names a view of them ({@code via=assessments}). */
    public static final String PART = "assessments";

    public record NeedsAssessment(long id, LocalDate assessedOn, String assessedBy, Map<Need, NeedLevel> levels,
            String notes) {
    }

    public record RiskAssessment(long id, LocalDate assessedOn, String assessedBy, RiskLevel level,
            List<RiskFactor> factors, String notes) {
    }

    public record NewNeedsAssessment(LocalDate assessedOn, Map<Need, NeedLevel> levels, String notes) {
    }

    public record NewRiskAssessment(LocalDate assessedOn, RiskLevel level, Set<RiskFactor> factors, String notes) {
    }

    static final String NEEDS_NOTES = "case_needs_assessment.notes";
    static final String RISK_NOTES = "case_risk_assessment.notes";

    private final JdbcClient jdbc;
    private final CaseAccess cases;
    private final FieldCipher cipher;
    private final AuditLog audit;
    private final UserAccounts users;

    Assessments(JdbcClient jdbc, CaseAccess cases, FieldCipher cipher, AuditLog audit, UserAccounts users) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.cipher = cipher;
        this.audit = audit;
        this.users = users;
    }

    /** A needs assessment as stored: who assessed it is an id, named by {@link #named}. */
    record NeedsRow(long id, LocalDate assessedOn, Long assessedBy, Map<Need, NeedLevel> levels, String notes) {

        NeedsAssessment named(Function<Long, String> names) {
            return new NeedsAssessment(id, assessedOn, names.apply(assessedBy), levels, notes);
        }
    }

    /** The columns of a needs assessment {@code a}, each named with {@code prefix}, for {@link #needsRow}. */
    static String needsColumns(String prefix) {
        return "a.id as " + prefix + "id, a.assessed_on as " + prefix + "assessed_on, a.assessed_by as " + prefix
                + "assessed_by, a.notes as " + prefix + "notes, " + Arrays.stream(Need.values())
                .map(n -> "a." + n.column() + " as " + prefix + n.column()).collect(Collectors.joining(", "));
    }

    /** The needs assessment of a row read with {@link #needsColumns}; null when the row has none. */
    NeedsRow needsRow(ResultSet rs, String prefix) throws SQLException {
        if (rs.getObject(prefix + "id") == null) {
            return null;
        }
        Map<Need, NeedLevel> levels = new EnumMap<>(Need.class);
        for (Need need : Need.values()) {
            levels.put(need, NeedLevel.valueOf(rs.getString(prefix + need.column())));
        }
        return new NeedsRow(rs.getLong(prefix + "id"), rs.getObject(prefix + "assessed_on", LocalDate.class),
                (Long) rs.getObject(prefix + "assessed_by"), levels,
                cipher.decrypt(rs.getString(prefix + "notes"), NEEDS_NOTES));
    }

    /** Needs assessments, newest first (the first is the current one). */
    @Transactional
    public List<NeedsAssessment> needsHistory(CurrentUser user, CaseId caseId) {
        CaseFacts facts = cases.readable(user, caseId, PART);
        List<NeedsRow> rows = jdbc.sql("select " + needsColumns("") + " from case_needs_assessment a"
                        + " where a.case_id = ? and a.recorded_at <= ? order by a.assessed_on desc, a.id desc")
                .params(caseId.value(), facts.seenUntil()).query((rs, n) -> needsRow(rs, "")).list();
        Function<Long, String> names = users.displayNames(rows.stream().map(NeedsRow::assessedBy).toList());
        return rows.stream().map(row -> row.named(names)).toList();
    }

    /** Risk assessments, newest first. */
    @Transactional
    public List<RiskAssessment> riskHistory(CurrentUser user, CaseId caseId) {
        CaseFacts facts = cases.readable(user, caseId, PART);
        record Row(RiskAssessment assessment, Long assessedBy) {
        }
        List<Row> rows = jdbc.sql("""
                select a.id, a.assessed_on, a.assessed_by, a.level, a.factors, a.notes from case_risk_assessment a
                 where a.case_id = ? and a.recorded_at <= ? order by a.assessed_on desc, a.id desc""")
                .params(caseId.value(), facts.seenUntil()).query((rs, n) -> new Row(new RiskAssessment(
                        rs.getLong("id"), rs.getObject("assessed_on", LocalDate.class), null,
                        RiskLevel.valueOf(rs.getString("level")), factors(rs),
                        cipher.decrypt(rs.getString("notes"), RISK_NOTES)), (Long) rs.getObject("assessed_by")))
                .list();
        Function<Long, String> names = users.displayNames(rows.stream().map(Row::assessedBy).toList());
        return rows.stream().map(row -> {
            RiskAssessment a = row.assessment();
            return new RiskAssessment(a.id(), a.assessedOn(), names.apply(row.assessedBy()), a.level(), a.factors(),
                    a.notes());
        }).toList();
    }

    private static List<RiskFactor> factors(ResultSet rs) throws SQLException {
        Array array = rs.getArray("factors");
        List<RiskFactor> factors = new ArrayList<>();
        if (array != null) {
            for (Object value : (Object[]) array.getArray()) {
                factors.add(RiskFactor.valueOf(value.toString()));
            }
        }
        return factors;
    }

    @Transactional
    public long assessNeeds(CurrentUser user, CaseId caseId, NewNeedsAssessment assessment) {
        cases.editable(user, caseId);
        Map<String, String> errors = new LinkedHashMap<>();
        RecordRules.date(errors, "assessedOn", assessment.assessedOn());
        RecordRules.text(errors, "notes", assessment.notes(), RecordRules.SHORT_TEXT);
        for (Need need : Need.values()) {
            if (assessment.levels() == null || assessment.levels().get(need) == null) {
                errors.put(need.name().toLowerCase(java.util.Locale.ROOT), "care.required");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String columns = Arrays.stream(Need.values()).map(Need::column).collect(Collectors.joining(", "));
        List<Object> values = new ArrayList<>(List.of(caseId.value(), assessment.assessedOn(), user.id()));
        Arrays.stream(Need.values()).forEach(n -> values.add(assessment.levels().get(n).name()));
        values.add(cipher.encrypt(Texts.blankToNull(assessment.notes()), NEEDS_NOTES));
        long id = jdbc.sql("insert into case_needs_assessment (case_id, assessed_on, assessed_by, " + columns
                        + ", notes) values (?, ?, ?, " + "?, ".repeat(Need.values().length) + "?) returning id")
                .params(values).query(Long.class).single();
        audit.record(AuditEvent.of(user.getUsername(), "NEEDS_ASSESSED", "case", caseId, "assessment=" + id));
        return id;
    }

    @Transactional
    public long assessRisk(CurrentUser user, CaseId caseId, NewRiskAssessment assessment) {
        cases.editable(user, caseId);
        Map<String, String> errors = new LinkedHashMap<>();
        RecordRules.date(errors, "assessedOn", assessment.assessedOn());
        RecordRules.required(errors, "level", assessment.level());
        RecordRules.text(errors, "notes", assessment.notes(), RecordRules.SHORT_TEXT);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String[] factors = (assessment.factors() == null ? Set.<RiskFactor>of() : assessment.factors()).stream()
                .sorted().map(Enum::name).toArray(String[]::new);
        long id = jdbc.sql("""
                insert into case_risk_assessment (case_id, assessed_on, assessed_by, level, factors, notes)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(caseId.value(), assessment.assessedOn(), user.id(), assessment.level().name(), factors,
                        cipher.encrypt(Texts.blankToNull(assessment.notes()), RISK_NOTES))
                .query(Long.class).single();
        audit.record(AuditEvent.of(user.getUsername(), "RISK_ASSESSED", "case", caseId, "assessment=" + id));
        return id;
    }
}
