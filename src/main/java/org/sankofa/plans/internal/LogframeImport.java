package org.sankofa.plans.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.sankofa.audit.AuditEvent;
import org.sankofa.audit.AuditLog;
import org.sankofa.directory.Directory;
import org.sankofa.identity.CurrentUser;
import org.sankofa.plans.PlanId;
import org.sankofa.shared.ConflictException;
import org.sankofa.shared.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static org.sankofa.plans.internal.LogframeWorkbook.looksLikeXlsx;

/**
 * Imports a logframe workbook ({@link LogframeWorkbook}) into a plan that has no strategic area and no indicator
 * yet, all or nothing: {@link LogframeReader} checks every row first; then the tree, the indicators and their
 * targets are written through {@link StrategicAreas}, {@link Activities} and {@link Indicators} in one transaction.
 */
@Service
public class LogframeImport {

    private final Plans plans;
    private final StrategicAreas strategicAreas;
    private final Activities activities;
    private final Indicators indicators;
    private final Directory directory;
    private final AuditLog audit;
    private final JdbcClient jdbc;

    LogframeImport(Plans plans, StrategicAreas strategicAreas, Activities activities, Indicators indicators,
            Directory directory, AuditLog audit, JdbcClient jdbc) {
        this.plans = plans;
        this.strategicAreas = strategicAreas;
        this.activities = activities;
        this.indicators = indicators;
        this.directory = directory;
        this.audit = audit;
        this.jdbc = jdbc;
    }


    /** Whether the plan has neither a strategic area nor an indicator, so that a logframe may be imported into it. */
    public boolean importable(PlanId planId) {
        return !jdbc.sql("""
                select exists (select 1 from strategic_area where plan_id = ?)
                    or exists (select 1 from indicator where plan_id = ?)""").params(planId.value(), planId.value())
                .query(Boolean.class).single();
    }

    /**
     * Imports a workbook into an empty plan the user may edit: 403 outside their scope, 409 {@code
     * plan.logframe.notEmpty} when the plan has areas or indicators, 422 on the field {@code file} when it is not an
     * XLSX workbook, {@link LogframeRejected} when any row is wrong — and then nothing is written.
     */
    @Transactional
    public LogframeImported importInto(PlanId planId, byte[] content, CurrentUser user) {
        plans.editable(planId, user);
        // one import at a time per plan: the second waits, then finds the plan no longer empty
        jdbc.sql("select id from action_plan where id = ? for update").param(planId.value()).query(Long.class).single();
        if (!importable(planId)) {
            throw new ConflictException("plan.logframe.notEmpty");
        }
        if (!looksLikeXlsx(content)) {
            throw InvalidInputException.of("file", "plan.logframe.file.type");
        }
        LogframeReader.Parsed parsed;
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            parsed = new LogframeReader(workbook, directory.organisations()).read();
        } catch (IOException | RuntimeException e) {
            if (e instanceof LogframeRejected rejected) {
                throw rejected;
            }
            throw InvalidInputException.of("file", "plan.logframe.file.unreadable");
        }
        if (!parsed.problems().isEmpty()) {
            throw new LogframeRejected(parsed.problems());
        }
        return write(planId, parsed, user);
    }

    private LogframeImported write(PlanId planId, LogframeReader.Parsed parsed, CurrentUser user) {
        Map<String, Long> areaIds = new HashMap<>();
        Map<String, Long> objectiveIds = new HashMap<>();
        int objectives = 0, activityCount = 0, targets = 0;
        for (LogframeReader.AreaRow area : parsed.areas()) {
            long areaId = strategicAreas.addArea(planId, area.title(), area.pillar(), area.description(), user);
            if (area.ref() != null) {
                areaIds.put(area.ref(), areaId);
            }
            for (LogframeReader.ObjectiveRow objective : area.objectives()) {
                long objectiveId = strategicAreas.addObjective(areaId, objective.title(), user);
                objectives++;
                if (objective.ref() != null) {
                    objectiveIds.put(objective.ref(), objectiveId);
                }
                for (ActivityDraft activity : objective.activities()) {
                    activities.add(objectiveId, activity, user);
                    activityCount++;
                }
            }
        }
        for (LogframeReader.IndicatorRow row : parsed.indicators()) {
            IndicatorDraft d = row.draft();
            Long areaId = row.attachedTo() == null ? null : areaIds.get(row.attachedTo());
            Long objectiveId = row.attachedTo() == null ? null : objectiveIds.get(row.attachedTo());
            Indicator indicator = indicators.create(planId, new IndicatorDraft(areaId, objectiveId, d.code(),
                    d.definition(), d.measure(), d.direction(), d.unit(), d.baseline(), d.baselineText(),
                    d.baselinePeriod(), d.disaggregations(), d.source(), d.computedKey(), d.references()), user);
            for (Target t : row.targets()) {
                indicators.setTarget(indicator.id(), t.period(), t.target(), t.targetText(), user);
                targets++;
            }
        }
        LogframeImported result = new LogframeImported(planId.value(), parsed.areas().size(), objectives, activityCount,
                parsed.indicators().size(), targets);
        audit.record(AuditEvent.of(user.getUsername(), "PLAN_LOGFRAME_IMPORTED", "plan", planId.value(),
                "areas=" + result.areas() + ",objectives=" + objectives + ",activities=" + activityCount
                        + ",indicators=" + result.indicators() + ",targets=" + targets));
        return result;
    }
}
