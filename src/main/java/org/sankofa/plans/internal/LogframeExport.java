package org.sankofa.plans.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.sankofa.directory.Directory;
import org.sankofa.plans.ActivityStatus;
import org.sankofa.plans.Direction;
import org.sankofa.plans.Disaggregation;
import org.sankofa.plans.IndicatorSource;
import org.sankofa.plans.IsoPeriod;
import org.sankofa.plans.Measure;
import org.sankofa.plans.Pillar;
import org.sankofa.plans.PlanId;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import static org.sankofa.plans.internal.LogframeWorkbook.*;

/**
 * Writes a plan's logframe workbook ({@link LogframeWorkbook}): its tree on the sheet Logframe, its indicators and
 * targets on the sheet Indicators, the codes on the sheet Codes, headers and code labels in the reader's language,
 * with drop-down lists for the coded columns.
 */
@Service
public class LogframeExport {

    private final Plans plans;
    private final StrategicAreas strategicAreas;
    private final Indicators indicators;
    private final Directory directory;
    private final MessageSource messages;

    LogframeExport(Plans plans, StrategicAreas strategicAreas, Indicators indicators, Directory directory,
            MessageSource messages) {
        this.plans = plans;
        this.strategicAreas = strategicAreas;
        this.indicators = indicators;
        this.directory = directory;
        this.messages = messages;
    }

    public byte[] export(PlanId planId, Locale locale) {
        Plan plan = plans.require(planId);
        List<Area> areas = strategicAreas.of(planId);
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

    private String msg(Locale locale, String key) {
        return messages.getMessage(key, null, key, locale);
    }
}
