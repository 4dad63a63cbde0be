package org.sankofa.plans.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.sankofa.directory.Organisation;
import org.sankofa.plans.ActivityStatus;
import org.sankofa.plans.Direction;
import org.sankofa.plans.Disaggregation;
import org.sankofa.plans.IndicatorSource;
import org.sankofa.plans.IsoPeriod;
import org.sankofa.plans.Measure;
import org.sankofa.plans.Pillar;

import static org.sankofa.plans.internal.LogframeWorkbook.*;

/**
 * Reads and checks both sheets of a logframe workbook ({@link LogframeWorkbook}), collecting a problem per wrong cell
 * (its sheet, row, column and header, and a message key): what {@link LogframeImport} writes only when there is none.
 * A row is held to the rules of the services that write it, with their limits ({@link PlanFields}) and nothing more:
 * titles and indicator codes may repeat, as they may through the API, so that every plan's export imports; only the
 * workbook's own references and period columns must be unique, since rows are attached by them.
 * Organisations are named by their name or (when it names one only) their acronym.
 */
final class LogframeReader {

    record AreaRow(String ref, String title, Pillar pillar, String description, List<ObjectiveRow> objectives) {
    }

    record ObjectiveRow(String ref, String title, List<ActivityDraft> activities) {
    }

    record IndicatorRow(String attachedTo, IndicatorDraft draft, List<Target> targets) {
    }

    record Parsed(List<AreaRow> areas, List<IndicatorRow> indicators, List<LogframeProblem> problems) {
    }


    private final Workbook workbook;
    private final List<LogframeProblem> problems = new ArrayList<>();
    private final Map<String, Organisation> byName = new HashMap<>();
    private final Map<String, List<Organisation>> byAcronym = new HashMap<>();
    private Sheet sheet;
    private List<String> headers = List.of();

    LogframeReader(Workbook workbook, List<Organisation> organisations) {
        this.workbook = workbook;
        for (Organisation o : organisations) {
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
            String title = required(row, r, TITLE, PlanFields.TITLE);
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
                    String description = optional(row, r, DESCRIPTION, PlanFields.AREA_DESCRIPTION);
                    unused(row, r, level, LEAD, FUNDER_OTHER);
                    objectives = new ArrayList<>();
                    activities = null;
                    areas.add(new AreaRow(ref, title, pillar, description, objectives));
                }
                case OBJECTIVE -> {
                    unused(row, r, level, PILLAR, FUNDER_OTHER);
                    if (objectives == null) {
                        problem(r, LEVEL, "plan.logframe.error.noArea");
                        continue;
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
        String leadText = optional(row, r, LEAD_OTHER, PlanFields.ORGANISATION_TEXT);
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
        String supportingText = optional(row, r, SUPPORTING_OTHER, PlanFields.SUPPORTING_TEXT);
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
            if (!Activities.isCurrency(currency)) {
                problem(r, CURRENCY, "plan.logframe.error.currency", currency);
            }
        } else if (planned != null || secured != null || spent != null) {
            problem(r, CURRENCY, "plan.logframe.error.currency.required");
        }
        Long funder = organisation(row, r, FUNDER);
        String funderText = optional(row, r, FUNDER_OTHER, PlanFields.ORGANISATION_TEXT);
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
        int width = Math.max(TARGETS, last + 1);
        for (int r = 1; r <= Math.min(s.getLastRowNum(), MAX_ROWS); r++) {
            Row row = s.getRow(r);
            if (blank(row, width)) {
                continue;
            }
            String code = optional(row, r, CODE, PlanFields.INDICATOR_CODE);
            String attachedTo = text(row, ATTACHED_TO);
            if (attachedTo != null && refs.get(attachedTo) != Level.AREA
                    && refs.get(attachedTo) != Level.OBJECTIVE) {
                problem(r, ATTACHED_TO, "plan.logframe.error.attachedTo", attachedTo);
            }
            String definition = required(row, r, DEFINITION, PlanFields.DEFINITION);
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
            String unit = optional(row, r, UNIT, PlanFields.UNIT);
            BigDecimal baseline = number(row, r, BASELINE);
            if (baseline != null && measure != null) {
                checkNumber(measure, baseline, r, BASELINE);
            }
            String baselineText = optional(row, r, BASELINE_TEXT, PlanFields.BASELINE_TEXT);
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
                    if (ref.strip().length() > PlanFields.REFERENCE) {
                        problem(r, REFERENCES, "plan.logframe.error.tooLong", PlanFields.REFERENCE);
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
                // a text cell is a text target unless it holds a number the measure takes: the API takes any text
                // as a target, "150" for a percentage too, and the export writes text targets as text cells
                if (target != null && type(cell) == CellType.STRING && measure != null
                        && Indicators.numberProblem(measure, target) != null) {
                    target = null;
                }
                if (measure == Measure.TEXT || target == null) {
                    String targetText = text(row, c);
                    if (targetText.length() > PlanFields.TARGET_TEXT) {
                        problem(r, c, "plan.logframe.error.tooLong", PlanFields.TARGET_TEXT);
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
        if (value != null && !Activities.budget(value)) {
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
        String problem = Indicators.numberProblem(measure, value);
        if (problem != null) {
            problem(r, column, problem);
        }
    }
}
