package org.sankofa.plans.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.sankofa.audit.AuditEvent;
import org.sankofa.audit.AuditLog;
import org.sankofa.directory.Directory;
import org.sankofa.directory.Organisation;
import org.sankofa.identity.CurrentUser;
import org.sankofa.plans.ActivityStatus;
import org.sankofa.plans.Direction;
import org.sankofa.plans.Disaggregation;
import org.sankofa.plans.IndicatorSource;
import org.sankofa.plans.IsoPeriod;
import org.sankofa.plans.Measure;
import org.sankofa.plans.Pillar;
import org.sankofa.plans.PlanId;
import org.sankofa.shared.ConflictException;
import org.sankofa.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's logframe as an XLSX workbook (docs/decisions/0008-logframe-workbook.md): the sheet "Logframe" holds the
 * structure, one row per strategic area, objective and activity in reading order with a LEVEL column; the sheet
 * "Indicators" one row per indicator, its baseline, and one column per target period (the header is the ISO period);
 * the sheet "Codes" lists the codes the cells use. Headers are in the reader's language, codes are not, so a workbook
 * exported in French imports in English: the import reads the sheets and columns by position.
 * <p>
 * Import is all or nothing and only into a plan with no strategic area and no indicator (never over existing
 * content): every row is checked first, and one wrong row rejects the whole workbook with a problem per cell
 * ({@link LogframeRejected}); otherwise everything is written in one transaction through {@link Plans} and
 * {@link Indicators} (their rules and audit entries) and a {@code PLAN_LOGFRAME_IMPORTED} entry sums it up.
 */
@Service
public class Logframes {

    /** The largest workbook accepted. */
    public static final long MAX_BYTES = 2L * 1024 * 1024;
    /** The most rows read per sheet (header included). */
    public static final int MAX_ROWS = 2000;
    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final BigDecimal MAX = new BigDecimal("99999999999999");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    // the Logframe sheet
    static final int LEVEL = 0, REF = 1, TITLE = 2, PILLAR = 3, DESCRIPTION = 4, LEAD = 5, LEAD_OTHER = 6,
            SUPPORTING = 7, SUPPORTING_OTHER = 8, PLANNED_START = 9, PLANNED_END = 10, ACTUAL_START = 11,
            ACTUAL_END = 12, STATUS = 13, BUDGET_PLANNED = 14, BUDGET_SECURED = 15, BUDGET_SPENT = 16, CURRENCY = 17,
            FUNDER = 18, FUNDER_OTHER = 19;
    private static final List<String> STRUCTURE_HEADERS = List.of("level", "ref", "title", "pillar", "description",
            "lead", "leadOther", "supporting", "supportingOther", "plannedStart", "plannedEnd", "actualStart",
            "actualEnd", "status", "budgetPlanned", "budgetSecured", "budgetSpent", "currency", "funder",
            "funderOther");

    // the Indicators sheet; target periods from TARGETS on
    static final int CODE = 0, ATTACHED_TO = 1, DEFINITION = 2, MEASURE = 3, DIRECTION = 4, UNIT = 5, BASELINE = 6,
            BASELINE_TEXT = 7, BASELINE_PERIOD = 8, DISAGGREGATIONS = 9, SOURCE = 10, COMPUTED_KEY = 11,
            REFERENCES = 12, TARGETS = 13;
    private static final List<String> INDICATOR_HEADERS = List.of("code", "attachedTo", "definition", "measure",
            "direction", "unit", "baseline", "baselineText", "baselinePeriod", "disaggregations", "source",
            "computedKey", "references");

    enum Level {
        AREA, OBJECTIVE, ACTIVITY
    }

    private final Plans plans;
    private final Indicators indicators;
    private final Directory directory;
    private final AuditLog audit;
    private final MessageSource messages;
    private final JdbcClient jdbc;

    Logframes(Plans plans, Indicators indicators, Directory directory, AuditLog audit, MessageSource messages,
            JdbcClient jdbc) {
        this.plans = plans;
        this.indicators = indicators;
        this.directory = directory;
        this.audit = audit;
        this.messages = messages;
        this.jdbc = jdbc;
    }

    /** Whether the plan has neither a strategic area nor an indicator, so that a logframe may be imported into it. */
    public boolean importable(PlanId planId) {
        return !jdbc.sql("""
                select exists (select 1 from strategic_area where plan_id = ?)
                    or exists (select 1 from indicator where plan_id = ?)""").params(planId.value(), planId.value())
                .query(Boolean.class).single();
    }

    /** Whether the bytes start as an XLSX file (a ZIP container) does. */
    public static boolean looksLikeXlsx(byte[] content) {
        return content != null && content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3
                && content[3] == 4;
    }

    // ---- export

    public byte[] export(PlanId planId, Locale locale) {
        Plan plan = plans.require(planId);
        List<Area> areas = plans.areas(planId);
        List<Indicator> list = indicators.forPlan(planId);
        Map<Long, String> orgNames = new HashMap<>();
        directory.organisations().forEach(o -> orgNames.put(o.id().value(), o.name()));
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("@"));

            Sheet structure = workbook.createSheet(msg(locale, "plan.logframe.sheet.logframe"));
            header(structure, STRUCTURE_HEADERS, bold, locale);
            Map<Long, String> refs = new HashMap<>();
            int r = 1;
            for (Area area : areas) {
                String areaRef = String.valueOf(area.position());
                refs.put(area.id(), areaRef);
                Row row = structure.createRow(r++);
                put(row, LEVEL, Level.AREA.name());
                put(row, REF, areaRef).setCellStyle(text);
                put(row, TITLE, area.title());
                put(row, PILLAR, area.pillar().name());
                put(row, DESCRIPTION, area.description());
                for (Objective objective : area.objectives()) {
                    String objectiveRef = areaRef + "." + objective.position();
                    refs.put(-objective.id(), objectiveRef);
                    row = structure.createRow(r++);
                    put(row, LEVEL, Level.OBJECTIVE.name());
                    put(row, REF, objectiveRef).setCellStyle(text);
                    put(row, TITLE, objective.title());
                    for (Activity a : objective.activities()) {
                        row = structure.createRow(r++);
                        put(row, LEVEL, Level.ACTIVITY.name());
                        put(row, REF, objectiveRef + "." + a.position()).setCellStyle(text);
                        put(row, TITLE, a.title());
                        put(row, LEAD, a.leadOrgName());
                        put(row, LEAD_OTHER, a.leadText());
                        put(row, SUPPORTING, String.join("; ", a.supportingOrgIds().stream()
                                .map(id -> orgNames.getOrDefault(id, "")).toList()));
                        put(row, SUPPORTING_OTHER, a.supportingText());
                        put(row, PLANNED_START, a.plannedStart(), date);
                        put(row, PLANNED_END, a.plannedEnd(), date);
                        put(row, ACTUAL_START, a.actualStart(), date);
                        put(row, ACTUAL_END, a.actualEnd(), date);
                        put(row, STATUS, a.status().name());
                        put(row, BUDGET_PLANNED, a.budgetPlanned());
                        put(row, BUDGET_SECURED, a.budgetSecured());
                        put(row, BUDGET_SPENT, a.budgetSpent());
                        put(row, CURRENCY, a.currency());
                        put(row, FUNDER, a.funderOrgName());
                        put(row, FUNDER_OTHER, a.funderText());
                    }
                }
            }
            choices(structure, LEVEL, names(Level.values()));
            choices(structure, PILLAR, names(Pillar.values()));
            choices(structure, STATUS, names(ActivityStatus.values()));
            width(structure, STRUCTURE_HEADERS.size());
            structure.createFreezePane(3, 1);

            Sheet sheet = workbook.createSheet(msg(locale, "plan.logframe.sheet.indicators"));
            Row head = header(sheet, INDICATOR_HEADERS, bold, locale);
            TreeSet<IsoPeriod> periods = new TreeSet<>();
            list.forEach(i -> i.targets().forEach(t -> IsoPeriod.parse(t.period()).ifPresent(periods::add)));
            List<String> periodColumns = periods.stream().map(IsoPeriod::toString).toList();
            for (int c = 0; c < periodColumns.size(); c++) {
                Cell cell = head.createCell(TARGETS + c);
                cell.setCellValue(periodColumns.get(c));
                cell.setCellStyle(bold);
            }
            r = 1;
            for (Indicator i : list) {
                Row row = sheet.createRow(r++);
                put(row, CODE, i.code());
                String attached = i.objectiveId() != null ? refs.get(-i.objectiveId())
                        : i.areaId() != null ? refs.get(i.areaId()) : null;
                put(row, ATTACHED_TO, attached).setCellStyle(text);
                put(row, DEFINITION, i.definition());
                put(row, MEASURE, i.measure().name());
                put(row, DIRECTION, i.direction().name());
                put(row, UNIT, i.unit());
                put(row, BASELINE, i.baseline());
                put(row, BASELINE_TEXT, i.baselineText());
                put(row, BASELINE_PERIOD, i.baselinePeriod()).setCellStyle(text);
                put(row, DISAGGREGATIONS, String.join("; ", names(i.disaggregations().toArray(Enum[]::new))));
                put(row, SOURCE, i.source().name());
                put(row, COMPUTED_KEY, i.computedKey());
                put(row, REFERENCES, String.join("; ", i.references()));
                for (Target t : i.targets()) {
                    int c = TARGETS + periodColumns.indexOf(t.period());
                    if (t.target() != null) {
                        put(row, c, t.target());
                    } else {
                        put(row, c, t.targetText());
                    }
                }
            }
            choices(sheet, MEASURE, names(Measure.values()));
            choices(sheet, DIRECTION, names(Direction.values()));
            choices(sheet, SOURCE, names(IndicatorSource.values()));
            width(sheet, TARGETS + periodColumns.size());
            sheet.createFreezePane(3, 1);

            codes(workbook.createSheet(msg(locale, "plan.logframe.sheet.codes")), bold, locale, plan);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void codes(Sheet sheet, CellStyle bold, Locale locale, Plan plan) {
        Row title = sheet.createRow(0);
        put(title, 0, plan.title()).setCellStyle(bold);
        sheet.createRow(1).createCell(0).setCellValue(msg(locale, "plan.logframe.codes.note"));
        int r = 3;
        Map<String, List<? extends Enum<?>>> lists = new LinkedHashMap<>();
        lists.put("plan.logframe.col.level", List.of(Level.values()));
        lists.put("plan.logframe.col.pillar", List.of(Pillar.values()));
        lists.put("plan.logframe.col.status", List.of(ActivityStatus.values()));
        lists.put("plan.logframe.col.measure", List.of(Measure.values()));
        lists.put("plan.logframe.col.direction", List.of(Direction.values()));
        lists.put("plan.logframe.col.disaggregations", List.of(Disaggregation.values()));
        lists.put("plan.logframe.col.source", List.of(IndicatorSource.values()));
        for (var entry : lists.entrySet()) {
            Row head = sheet.createRow(r++);
            put(head, 0, msg(locale, entry.getKey())).setCellStyle(bold);
            for (Enum<?> value : entry.getValue()) {
                Row row = sheet.createRow(r++);
                put(row, 0, value.name());
                put(row, 1, msg(locale, codeLabel(value)));
            }
            r++;
        }
        sheet.setColumnWidth(0, 24 * 256);
        sheet.setColumnWidth(1, 48 * 256);
    }

    private static String codeLabel(Enum<?> value) {
        if (value instanceof Level level) {
            return "plan.logframe.level." + level.name().toLowerCase(Locale.ROOT);
        }
        if (value instanceof Pillar p) {
            return p.messageKey();
        }
        if (value instanceof ActivityStatus s) {
            return s.messageKey();
        }
        if (value instanceof Measure m) {
            return m.messageKey();
        }
        if (value instanceof Direction d) {
            return d.messageKey();
        }
        if (value instanceof Disaggregation d) {
            return d.messageKey();
        }
        return ((IndicatorSource) value).messageKey();
    }

    private Row header(Sheet sheet, List<String> keys, CellStyle bold, Locale locale) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < keys.size(); c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(msg(locale, "plan.logframe.col." + keys.get(c)));
            cell.setCellStyle(bold);
        }
        return row;
    }

    private static void choices(Sheet sheet, int column, List<String> values) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation validation = helper.createValidation(
                helper.createExplicitListConstraint(values.toArray(String[]::new)),
                new CellRangeAddressList(1, MAX_ROWS - 1, column, column));
        validation.setShowErrorBox(true);
        sheet.addValidationData(validation);
    }

    private static void width(Sheet sheet, int columns) {
        for (int c = 0; c < columns; c++) {
            sheet.setColumnWidth(c, (c == TITLE || c == DEFINITION ? 60 : 18) * 256);
        }
    }

    private static Cell put(Row row, int column, String value) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value);
        }
        return cell;
    }

    private static void put(Row row, int column, BigDecimal value) {
        if (value != null) {
            row.createCell(column).setCellValue(value.doubleValue());
        }
    }

    private static void put(Row row, int column, LocalDate value, CellStyle style) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(style);
        }
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    // ---- import

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
        Parsed parsed;
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            parsed = new Reader(workbook).read();
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

    private LogframeImported write(PlanId planId, Parsed parsed, CurrentUser user) {
        Map<String, Long> areaIds = new HashMap<>();
        Map<String, Long> objectiveIds = new HashMap<>();
        int objectives = 0, activities = 0, targets = 0;
        for (AreaRow area : parsed.areas()) {
            long areaId = plans.addArea(planId, area.title(), area.pillar(), area.description(), user);
            if (area.ref() != null) {
                areaIds.put(area.ref(), areaId);
            }
            for (ObjectiveRow objective : area.objectives()) {
                long objectiveId = plans.addObjective(areaId, objective.title(), user);
                objectives++;
                if (objective.ref() != null) {
                    objectiveIds.put(objective.ref(), objectiveId);
                }
                for (ActivityDraft activity : objective.activities()) {
                    plans.addActivity(objectiveId, activity, user);
                    activities++;
                }
            }
        }
        for (IndicatorRow row : parsed.indicators()) {
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
        LogframeImported result = new LogframeImported(planId.value(), parsed.areas().size(), objectives, activities,
                parsed.indicators().size(), targets);
        audit.record(AuditEvent.of(user.getUsername(), "PLAN_LOGFRAME_IMPORTED", "plan", planId.value(),
                "areas=" + result.areas() + ",objectives=" + objectives + ",activities=" + activities
                        + ",indicators=" + result.indicators() + ",targets=" + targets));
        return result;
    }

    record AreaRow(String ref, String title, Pillar pillar, String description, List<ObjectiveRow> objectives) {
    }

    record ObjectiveRow(String ref, String title, List<ActivityDraft> activities) {
    }

    record IndicatorRow(String attachedTo, IndicatorDraft draft, List<Target> targets) {
    }

    record Parsed(List<AreaRow> areas, List<IndicatorRow> indicators, List<LogframeProblem> problems) {
    }

    /** Reads and checks both sheets, collecting a problem per wrong cell. */
    private final class Reader {

        private final Workbook workbook;
        private final List<LogframeProblem> problems = new ArrayList<>();
        private final Map<String, Organisation> byName = new HashMap<>();
        private final Map<String, List<Organisation>> byAcronym = new HashMap<>();
        private Sheet sheet;
        private List<String> headers = List.of();

        Reader(Workbook workbook) {
            this.workbook = workbook;
            for (Organisation o : directory.organisations()) {
                byName.put(key(o.name()), o);
                if (o.acronym() != null && !o.acronym().isBlank()) {
                    byAcronym.computeIfAbsent(key(o.acronym()), k -> new ArrayList<>()).add(o);
                }
            }
        }

        Parsed read() {
            if (workbook.getNumberOfSheets() < 2) {
                problems.add(new LogframeProblem("", 0, "", "", "plan.logframe.error.sheets", List.of()));
                return new Parsed(List.of(), List.of(), problems);
            }
            Map<String, Level> refs = new HashMap<>();
            List<AreaRow> areas = structure(workbook.getSheetAt(0), refs);
            List<IndicatorRow> list = indicators(workbook.getSheetAt(1), refs);
            return new Parsed(areas, list, problems);
        }

        private List<AreaRow> structure(Sheet s, Map<String, Level> refs) {
            begin(s);
            List<AreaRow> areas = new ArrayList<>();
            Map<String, Integer> refRows = new HashMap<>();
            Map<String, Integer> areaTitles = new HashMap<>();
            Map<String, Integer> objectiveTitles = new HashMap<>();
            List<ObjectiveRow> objectives = null;
            List<ActivityDraft> activities = null;
            for (int r = 1; r <= Math.min(s.getLastRowNum(), MAX_ROWS); r++) {
                Row row = s.getRow(r);
                if (blank(row, STRUCTURE_HEADERS.size())) {
                    continue;
                }
                int problemsBefore = problems.size();
                String levelText = text(row, LEVEL);
                Level level = null;
                if (levelText == null) {
                    problem(r, LEVEL, "plan.logframe.error.required");
                } else {
                    level = choice(Level.class, levelText);
                    if (level == null) {
                        problem(r, LEVEL, "plan.logframe.error.level", levelText);
                    }
                }
                String ref = text(row, REF);
                if (ref != null) {
                    Integer first = refRows.putIfAbsent(ref, r + 1);
                    if (first != null) {
                        problem(r, REF, "plan.logframe.error.ref.duplicate", ref, first);
                    } else if (level != null) {
                        refs.put(ref, level);
                    }
                }
                String title = required(row, r, TITLE, 300);
                if (level == null) {
                    continue;
                }
                switch (level) {
                    case AREA -> {
                        Pillar pillar = null;
                        String pillarText = text(row, PILLAR);
                        if (pillarText == null) {
                            problem(r, PILLAR, "plan.logframe.error.required");
                        } else if ((pillar = choice(Pillar.class, pillarText)) == null) {
                            problem(r, PILLAR, "plan.logframe.error.pillar", pillarText);
                        }
                        String description = optional(row, r, DESCRIPTION, 2000);
                        unused(row, r, level, LEAD, FUNDER_OTHER);
                        if (title != null) {
                            duplicate(areaTitles, title, r, TITLE);
                        }
                        objectives = new ArrayList<>();
                        objectiveTitles.clear();
                        activities = null;
                        areas.add(new AreaRow(ref, title, pillar, description, objectives));
                    }
                    case OBJECTIVE -> {
                        unused(row, r, level, PILLAR, FUNDER_OTHER);
                        if (objectives == null) {
                            problem(r, LEVEL, "plan.logframe.error.noArea");
                            continue;
                        }
                        if (title != null) {
                            duplicate(objectiveTitles, title, r, TITLE);
                        }
                        activities = new ArrayList<>();
                        objectives.add(new ObjectiveRow(ref, title, activities));
                    }
                    case ACTIVITY -> {
                        unused(row, r, level, PILLAR, DESCRIPTION);
                        ActivityDraft activity = activity(row, r, title);
                        if (activities == null) {
                            problem(r, LEVEL, "plan.logframe.error.noObjective");
                            continue;
                        }
                        if (problems.size() == problemsBefore) {
                            activities.add(activity);
                        }
                    }
                }
            }
            tooLong(s);
            return areas;
        }

        private ActivityDraft activity(Row row, int r, String title) {
            Long lead = organisation(row, r, LEAD);
            String leadText = optional(row, r, LEAD_OTHER, 300);
            List<Long> supporting = new ArrayList<>();
            String supportingList = text(row, SUPPORTING);
            if (supportingList != null) {
                for (String name : supportingList.split(";")) {
                    if (!name.isBlank()) {
                        Long id = organisation(name.strip(), r, SUPPORTING);
                        if (id != null && !supporting.contains(id)) {
                            supporting.add(id);
                        }
                    }
                }
            }
            String supportingText = optional(row, r, SUPPORTING_OTHER, 500);
            LocalDate plannedStart = date(row, r, PLANNED_START);
            LocalDate plannedEnd = date(row, r, PLANNED_END);
            LocalDate actualStart = date(row, r, ACTUAL_START);
            LocalDate actualEnd = date(row, r, ACTUAL_END);
            if (plannedStart != null && plannedEnd != null && plannedStart.isAfter(plannedEnd)) {
                problem(r, PLANNED_END, "plan.logframe.error.dateOrder");
            }
            if (actualStart != null && actualEnd != null && actualStart.isAfter(actualEnd)) {
                problem(r, ACTUAL_END, "plan.logframe.error.dateOrder");
            }
            ActivityStatus status = ActivityStatus.NOT_STARTED;
            String statusText = text(row, STATUS);
            if (statusText != null && (status = choice(ActivityStatus.class, statusText)) == null) {
                problem(r, STATUS, "plan.logframe.error.status", statusText);
            }
            BigDecimal planned = budget(row, r, BUDGET_PLANNED);
            BigDecimal secured = budget(row, r, BUDGET_SECURED);
            BigDecimal spent = budget(row, r, BUDGET_SPENT);
            String currency = text(row, CURRENCY);
            if (currency != null) {
                currency = currency.toUpperCase(Locale.ROOT);
                if (!isCurrency(currency)) {
                    problem(r, CURRENCY, "plan.logframe.error.currency", currency);
                }
            } else if (planned != null || secured != null || spent != null) {
                problem(r, CURRENCY, "plan.logframe.error.currency.required");
            }
            Long funder = organisation(row, r, FUNDER);
            String funderText = optional(row, r, FUNDER_OTHER, 300);
            return new ActivityDraft(title, lead, leadText, supporting, supportingText, plannedStart, plannedEnd,
                    actualStart, actualEnd, status, planned, secured, spent, currency, funder, funderText);
        }

        private List<IndicatorRow> indicators(Sheet s, Map<String, Level> refs) {
            begin(s);
            List<IndicatorRow> list = new ArrayList<>();
            Row head = s.getRow(0);
            Map<Integer, String> periods = new LinkedHashMap<>();
            Map<String, Integer> seenPeriods = new HashMap<>();
            int last = head == null ? -1 : head.getLastCellNum() - 1;
            for (int c = TARGETS; c <= last; c++) {
                String header = text(head, c);
                if (header == null) {
                    continue;
                }
                Optional<IsoPeriod> period = IsoPeriod.parse(header.toUpperCase(Locale.ROOT));
                if (period.isEmpty()) {
                    problem(0, c, "plan.logframe.error.period", header);
                } else if (seenPeriods.putIfAbsent(period.get().toString(), c) != null) {
                    problem(0, c, "plan.logframe.error.period.duplicate", period.get().toString());
                } else {
                    periods.put(c, period.get().toString());
                }
            }
            Map<String, Integer> codes = new HashMap<>();
            int width = Math.max(TARGETS, last + 1);
            for (int r = 1; r <= Math.min(s.getLastRowNum(), MAX_ROWS); r++) {
                Row row = s.getRow(r);
                if (blank(row, width)) {
                    continue;
                }
                String code = optional(row, r, CODE, 40);
                if (code != null) {
                    Integer first = codes.putIfAbsent(code, r + 1);
                    if (first != null) {
                        problem(r, CODE, "plan.logframe.error.code.duplicate", code, first);
                    }
                }
                String attachedTo = text(row, ATTACHED_TO);
                if (attachedTo != null && refs.get(attachedTo) != Level.AREA
                        && refs.get(attachedTo) != Level.OBJECTIVE) {
                    problem(r, ATTACHED_TO, "plan.logframe.error.attachedTo", attachedTo);
                }
                String definition = required(row, r, DEFINITION, 1000);
                Measure measure = null;
                String measureText = text(row, MEASURE);
                if (measureText == null) {
                    problem(r, MEASURE, "plan.logframe.error.required");
                } else if ((measure = choice(Measure.class, measureText)) == null) {
                    problem(r, MEASURE, "plan.logframe.error.measure", measureText);
                }
                Direction direction = Direction.HIGHER_IS_BETTER;
                String directionText = text(row, DIRECTION);
                if (directionText != null && (direction = choice(Direction.class, directionText)) == null) {
                    problem(r, DIRECTION, "plan.logframe.error.direction", directionText);
                }
                String unit = optional(row, r, UNIT, 60);
                BigDecimal baseline = number(row, r, BASELINE);
                if (baseline != null && measure != null) {
                    checkNumber(measure, baseline, r, BASELINE);
                }
                String baselineText = optional(row, r, BASELINE_TEXT, 300);
                String baselinePeriod = text(row, BASELINE_PERIOD);
                if (baselinePeriod != null) {
                    Optional<IsoPeriod> p = IsoPeriod.parse(baselinePeriod.toUpperCase(Locale.ROOT));
                    if (p.isEmpty()) {
                        problem(r, BASELINE_PERIOD, "plan.logframe.error.period", baselinePeriod);
                    } else {
                        baselinePeriod = p.get().toString();
                    }
                }
                List<Disaggregation> by = new ArrayList<>();
                String byText = text(row, DISAGGREGATIONS);
                if (byText != null) {
                    for (String part : byText.split(";")) {
                        if (part.isBlank()) {
                            continue;
                        }
                        Disaggregation d = choice(Disaggregation.class, part.strip());
                        if (d == null) {
                            problem(r, DISAGGREGATIONS, "plan.logframe.error.disaggregation", part.strip());
                        } else if (!by.contains(d)) {
                            by.add(d);
                        }
                    }
                    if (!by.isEmpty() && measure != null && measure != Measure.NUMBER) {
                        problem(r, DISAGGREGATIONS, "plan.indicator.disaggregation.numberOnly");
                    }
                }
                IndicatorSource source = IndicatorSource.MANUAL;
                String sourceText = text(row, SOURCE);
                if (sourceText != null && (source = choice(IndicatorSource.class, sourceText)) == null) {
                    problem(r, SOURCE, "plan.logframe.error.source", sourceText);
                }
                String computedKey = optional(row, r, COMPUTED_KEY, 80);
                if (source == IndicatorSource.COMPUTED && computedKey == null) {
                    problem(r, COMPUTED_KEY, "plan.logframe.error.required");
                } else if (source == IndicatorSource.MANUAL && computedKey != null) {
                    problem(r, COMPUTED_KEY, "plan.indicator.computedKey.manual");
                }
                List<String> references = new ArrayList<>();
                String referenceText = text(row, REFERENCES);
                if (referenceText != null) {
                    for (String ref : referenceText.split(";")) {
                        if (ref.isBlank()) {
                            continue;
                        }
                        if (ref.strip().length() > 60) {
                            problem(r, REFERENCES, "plan.logframe.error.tooLong", 60);
                        }
                        references.add(ref.strip());
                    }
                }
                List<Target> targets = new ArrayList<>();
                for (var period : periods.entrySet()) {
                    int c = period.getKey();
                    Cell cell = row.getCell(c);
                    if (cell == null || text(row, c) == null) {
                        continue;
                    }
                    BigDecimal target = numeric(cell);
                    if (measure == Measure.TEXT || target == null) {
                        String targetText = text(row, c);
                        if (targetText.length() > 300) {
                            problem(r, c, "plan.logframe.error.tooLong", 300);
                        }
                        targets.add(new Target(period.getValue(), null, targetText));
                    } else {
                        if (measure != null) {
                            checkNumber(measure, target, r, c);
                        }
                        targets.add(new Target(period.getValue(), target, null));
                    }
                }
                list.add(new IndicatorRow(attachedTo, new IndicatorDraft(null, null, code, definition, measure,
                        direction, unit, baseline, baselineText, baselinePeriod, by, source, computedKey, references),
                        targets));
            }
            tooLong(s);
            return list;
        }

        // -- cells

        private void begin(Sheet s) {
            sheet = s;
            Row head = s.getRow(0);
            List<String> names = new ArrayList<>();
            if (head != null) {
                for (int c = 0; c < head.getLastCellNum(); c++) {
                    String name = text(head, c);
                    names.add(name == null ? "" : name);
                }
            }
            headers = names;
        }

        private void tooLong(Sheet s) {
            if (s.getLastRowNum() > MAX_ROWS) {
                problem(MAX_ROWS + 1, 0, "plan.logframe.error.tooManyRows", MAX_ROWS);
            }
        }

        private void problem(int rowIndex, int column, String key, Object... args) {
            problems.add(new LogframeProblem(sheet.getSheetName(), rowIndex + 1,
                    CellReference.convertNumToColString(column), column < headers.size() ? headers.get(column) : "",
                    key, List.of(args)));
        }

        private void unused(Row row, int r, Level level, int from, int to) {
            for (int c = from; c <= to; c++) {
                if (text(row, c) != null) {
                    problem(r, c, "plan.logframe.error.notForLevel", level.name());
                }
            }
        }

        private void duplicate(Map<String, Integer> seen, String title, int r, int column) {
            Integer first = seen.putIfAbsent(key(title), r + 1);
            if (first != null) {
                problem(r, column, "plan.logframe.error.title.duplicate", first);
            }
        }

        private String required(Row row, int r, int column, int max) {
            String value = text(row, column);
            if (value == null) {
                problem(r, column, "plan.logframe.error.required");
            } else if (value.length() > max) {
                problem(r, column, "plan.logframe.error.tooLong", max);
            }
            return value;
        }

        private String optional(Row row, int r, int column, int max) {
            String value = text(row, column);
            if (value != null && value.length() > max) {
                problem(r, column, "plan.logframe.error.tooLong", max);
            }
            return value;
        }

        private Long organisation(Row row, int r, int column) {
            String name = text(row, column);
            return name == null ? null : organisation(name, r, column);
        }

        private Long organisation(String name, int r, int column) {
            Organisation o = byName.get(key(name));
            if (o != null) {
                return o.id().value();
            }
            List<Organisation> matches = byAcronym.getOrDefault(key(name), List.of());
            if (matches.size() == 1) {
                return matches.get(0).id().value();
            }
            problem(r, column, matches.isEmpty() ? "plan.logframe.error.organisation"
                    : "plan.logframe.error.organisation.ambiguous", name);
            return null;
        }

        private LocalDate date(Row row, int r, int column) {
            Cell cell = row.getCell(column);
            if (cell == null || text(row, column) == null) {
                return null;
            }
            if (type(cell) == CellType.NUMERIC) {
                double serial = cell.getNumericCellValue();
                if (DateUtil.isValidExcelDate(serial)) {
                    return DateUtil.getLocalDateTime(serial).toLocalDate();
                }
            } else {
                try {
                    return LocalDate.parse(text(row, column));
                } catch (DateTimeParseException e) {
                    // reported below
                }
            }
            problem(r, column, "plan.logframe.error.date", text(row, column));
            return null;
        }

        private BigDecimal budget(Row row, int r, int column) {
            BigDecimal value = number(row, r, column);
            if (value != null && (value.signum() < 0 || value.compareTo(MAX) > 0 || value.scale() > 2)) {
                problem(r, column, "plan.logframe.error.budget");
                return null;
            }
            return value;
        }

        private BigDecimal number(Row row, int r, int column) {
            Cell cell = row.getCell(column);
            if (cell == null || text(row, column) == null) {
                return null;
            }
            BigDecimal value = numeric(cell);
            if (value == null) {
                problem(r, column, "plan.logframe.error.number", text(row, column));
            }
            return value;
        }

        private void checkNumber(Measure measure, BigDecimal value, int r, int column) {
            if (value.abs().compareTo(MAX) > 0) {
                problem(r, column, "plan.value.number.invalid");
            } else if (measure == Measure.PERCENT && (value.signum() < 0 || value.compareTo(HUNDRED) > 0)) {
                problem(r, column, "plan.value.percent.range");
            } else if (measure == Measure.YES_NO && value.compareTo(BigDecimal.ZERO) != 0
                    && value.compareTo(BigDecimal.ONE) != 0) {
                problem(r, column, "plan.value.yesNo.target");
            }
        }
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String text) {
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean blank(Row row, int width) {
        if (row == null) {
            return true;
        }
        for (int c = 0; c < width; c++) {
            if (text(row, c) != null) {
                return false;
            }
        }
        return true;
    }

    private static CellType type(Cell cell) {
        return cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    }

    /** The cell's content as text (numbers without a trailing ".0"), or null when it is blank. */
    static String text(Row row, int column) {
        if (row == null) {
            return null;
        }
        Cell cell = row.getCell(column);
        if (cell == null) {
            return null;
        }
        String value = switch (type(cell)) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> null;
        };
        if (value == null) {
            return null;
        }
        value = value.strip();
        return value.isEmpty() ? null : value;
    }

    /** A number cell, or a text that is a number (a comma may stand for the decimal point); null otherwise. */
    private static BigDecimal numeric(Cell cell) {
        CellType type = type(cell);
        if (type == CellType.NUMERIC) {
            return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros();
        }
        if (type == CellType.STRING) {
            String text = cell.getStringCellValue().strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "");
            if (text.indexOf('.') < 0) {
                text = text.replace(',', '.');
            }
            try {
                return text.matches("^[+-]?\\d+(\\.\\d+)?$") ? new BigDecimal(text).stripTrailingZeros() : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static boolean isCurrency(String code) {
        if (!code.matches("^[A-Z]{3}$")) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private String msg(Locale locale, String key) {
        return messages.getMessage(key, null, key, locale);
    }
}
