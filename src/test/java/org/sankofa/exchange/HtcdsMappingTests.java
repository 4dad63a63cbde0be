package org.sankofa.exchange;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sankofa.cases.CaseDraft;
import org.sankofa.cases.CodeList;
import org.sankofa.cases.ForcedLabourIndustry;
import org.sankofa.cases.HtcdsCode;
import org.sankofa.cases.MethodOfControl;
import org.sankofa.directory.Countries;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one HTCDS 2.0 mapping, checked against the official templates themselves (src/test/resources/htcds). */
class HtcdsMappingTests {

    static final HtcdsValues VALUES = values();
    static final HtcdsMapping MAPPING = new HtcdsMapping(VALUES);

    static HtcdsValues values() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/htcds");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new HtcdsValues(messages, new Countries());
    }

    @ParameterizedTest
    @ValueSource(strings = { "htcds/template.xlsx", "htcds/template-with-validation.xlsx" })
    void theColumnsAreTheOfficialTemplatesFieldAndLabelRowsInOrder(String template) throws Exception {
        try (Workbook workbook = open(template)) {
            Sheet sheet = workbook.getSheetAt(0);
            List<HtcdsColumn> columns = HtcdsColumn.templateColumns();
            assertThat(columns).hasSize(38);
            DataFormatter text = new DataFormatter();
            for (HtcdsColumn column : columns) {
                assertThat(text.formatCellValue(sheet.getRow(0).getCell(column.index())))
                        .as("field name of " + column).isEqualTo(column.field());
                assertThat(text.formatCellValue(sheet.getRow(1).getCell(column.index())))
                        .as("label of " + column).isEqualTo(column.label());
                assertThat(HtcdsColumn.named(column.field(), column.label())).contains(column);
            }
            assertThat(text.formatCellValue(sheet.getRow(0).getCell(columns.size() + 1))).isEmpty();
        }
        assertThat(HtcdsColumn.named("vic_TraffickinStatusDecisionMakingOrg", null))
                .contains(HtcdsColumn.STATUS_DECISION_MAKER);
        assertThat(HtcdsColumn.named("cas_ReasonForOutgoingReferral", null))
                .contains(HtcdsColumn.REASON_FOR_OUTGOING_REFERRAL);
    }

    @Test
    void everyValueOfTheTemplatesValidationListsIsReadAsACodeOfItsList() throws Exception {
        // the validation sheet's columns (row 3 names the list, values from row 4) and the code list of each
        Map<Integer, CodeList> lists = Map.of(1, CodeList.GENDER, 5, CodeList.METHOD_OF_RECRUITMENT, 6,
                CodeList.METHODS_OF_CONTROL, 7, CodeList.TYPE_OF_EXPLOITATION, 8, CodeList.FORCED_LABOUR_INDUSTRY, 9,
                CodeList.TYPE_OF_SEX_EXPLOITATION, 11, CodeList.CASE_STATUS, 12, CodeList.REFERRAL_REASON, 14,
                CodeList.TRAFFICKING_STATUS, 15, CodeList.TRAFFICKING_STATUS_DECISION_MAKER);
        try (Workbook workbook = open("htcds/template-with-validation.xlsx")) {
            Sheet sheet = workbook.getSheet("validation");
            int read = 0;
            for (var entry : lists.entrySet()) {
                List<HtcdsCode> seen = new ArrayList<>();
                for (int r = 3; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    String label = row == null || row.getCell(entry.getKey()) == null ? ""
                            : row.getCell(entry.getKey()).getStringCellValue();
                    if (label.isBlank()) {
                        continue;
                    }
                    HtcdsCode code = VALUES.code(entry.getValue(), label);
                    assertThat(code.list()).isEqualTo(entry.getValue());
                    assertThat(VALUES.code(entry.getValue(), label.toUpperCase())).isEqualTo(code);
                    seen.add(code);
                    read++;
                }
                assertThat(seen).as(entry.getValue().key()).doesNotHaveDuplicates()
                        .containsExactlyElementsOf(entry.getValue().codes());
            }
            assertThat(read).isGreaterThan(80);
            // the countries of the citizenship list, by English name
            int countries = 0;
            for (int r = 3; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row != null && row.getCell(4) != null && !row.getCell(4).getStringCellValue().isBlank()) {
                    String code = row.getCell(3).getStringCellValue();
                    assertThat(VALUES.country(code)).isEqualTo(code);
                    countries++;
                }
            }
            assertThat(countries).isGreaterThan(240);
        }
    }

    @Test
    void valueNamesAndLabelsOfEveryListAreReadInAnyLetterCaseAndNoTwoCodesOfAListShareAKey() throws Exception {
        for (CodeList list : CodeList.values()) {
            Map<String, HtcdsCode> keys = new HashMap<>();
            for (HtcdsCode code : list.codes()) {
                assertThat(VALUES.code(list, code.value())).isEqualTo(code);
                assertThat(VALUES.code(list, " " + code.value().toLowerCase() + " ")).isEqualTo(code);
                assertThat(keys.put(HtcdsValues.key(code.value()), code)).as(list.key()).isNull();
            }
        }
        assertThat(VALUES.code(CodeList.METHODS_OF_CONTROL, "Debt bondage ")).isEqualTo(MethodOfControl.DEBT_BONDAGE);
        assertThatThrownBy(() -> VALUES.code(CodeList.GENDER, "Female"))
                .isInstanceOf(HtcdsValues.Unreadable.class).hasMessage("exchange.value.unknown");
    }

    @Test
    void aMultiSelectCellIsSplitOnSemicolonsButALabelHoldingOneIsReadWhole() throws Exception {
        assertThat(VALUES.codes(CodeList.FORCED_LABOUR_INDUSTRY,
                "Construction; Water supply; sewerage, waste management and remediation;Mining and quarrying"))
                .containsExactly(ForcedLabourIndustry.F_CONSTRUCTION,
                        ForcedLabourIndustry.E_WATER_SUPPLY_SEWERAGE_WASTE_MANAGEMENT,
                        ForcedLabourIndustry.B_MINING_AND_QUARRYING);
        assertThat(VALUES.codes(CodeList.METHODS_OF_CONTROL, "DebtBondage;debt bondage;;TakesEarnings"))
                .containsExactly(MethodOfControl.DEBT_BONDAGE, MethodOfControl.TAKES_EARNINGS);
        assertThatThrownBy(() -> VALUES.codes(CodeList.METHODS_OF_CONTROL, "DebtBondage;Magic"))
                .isInstanceOf(HtcdsValues.Unreadable.class);
    }

    @Test
    void datesAreReadAsExcelWritesThemAndAnAmbiguousOneIsRefused() throws Exception {
        LocalDate day = LocalDate.of(2021, 3, 14);
        assertThat(HtcdsValues.date("2021-03-14")).isEqualTo(day);
        assertThat(HtcdsValues.date("44269")).isEqualTo(day); // Excel's serial number
        assertThat(HtcdsValues.date("14/03/2021")).isEqualTo(day);
        assertThat(HtcdsValues.date("14.3.2021")).isEqualTo(day);
        assertThat(HtcdsValues.date("3/14/2021")).isEqualTo(day); // only month/day can read it
        assertThat(HtcdsValues.date("05/05/2021")).isEqualTo(LocalDate.of(2021, 5, 5));
        assertThat(HtcdsValues.date(" ")).isNull();
        assertThatThrownBy(() -> HtcdsValues.date("03/04/2021")).hasMessage("exchange.date.ambiguous");
        assertThatThrownBy(() -> HtcdsValues.date("14/03/21")).hasMessage("exchange.date.year");
        assertThatThrownBy(() -> HtcdsValues.date("2021-02-30")).hasMessage("exchange.date.format");
        assertThatThrownBy(() -> HtcdsValues.date("March 2021")).hasMessage("exchange.date.format");
    }

    @Test
    void aRowOfTheTemplateBecomesTheCaseItDescribesWithWhatTheTemplateLacksFilledIn() {
        Map<HtcdsColumn, String> row = new EnumMap<>(HtcdsColumn.class);
        row.put(HtcdsColumn.FIRST_NAME, "Aminata");
        row.put(HtcdsColumn.SECOND_NAME, "Diallo");
        row.put(HtcdsColumn.BIRTHDATE, "1990-02-01");
        row.put(HtcdsColumn.GENDER, "feminine");
        row.put(HtcdsColumn.CITIZENSHIP, "Mali");
        row.put(HtcdsColumn.EMAIL, "a@example.org");
        row.put(HtcdsColumn.MOBILE_PHONE, "+221 77 000 00 00");
        row.put(HtcdsColumn.MAILING_STREET, "Rue 10");
        row.put(HtcdsColumn.MAILING_STATE, "Dakar");
        row.put(HtcdsColumn.TRAFFICKING_STATUS, "Possible victim of trafficking");
        row.put(HtcdsColumn.METHODS_OF_CONTROL, "Debt bondage ;Takes earnings");
        row.put(HtcdsColumn.TYPE_OF_EXPLOITATION, "ForcedLabour");
        row.put(HtcdsColumn.INCOMING_REFERRAL_DATE, "02/03/2024"); // day = month? no: 2 March or 3 February
        row.put(HtcdsColumn.SALUTATION, "Ms");
        HtcdsMapping.Read ambiguous = MAPPING.draft(row, "SN", draft -> Map.of());
        assertThat(ambiguous.ok()).isFalse();
        assertThat(ambiguous.problems()).extracting(HtcdsMapping.CellProblem::column, HtcdsMapping.CellProblem::value,
                HtcdsMapping.CellProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(HtcdsColumn.INCOMING_REFERRAL_DATE, "02/03/2024",
                        "exchange.date.ambiguous"));

        row.put(HtcdsColumn.INCOMING_REFERRAL_DATE, "20/03/2024");
        HtcdsMapping.Read read = MAPPING.draft(row, "SN", draft -> Map.of());
        assertThat(read.problems()).isEmpty();
        CaseDraft d = read.draft();
        assertThat(d.identifiedOn()).isEqualTo(LocalDate.of(2024, 3, 20));
        assertThat(d.identifiedCountry()).isEqualTo("SN");
        assertThat(d.referralSource()).isEqualTo("Other");
        assertThat(d.sex()).isEqualTo("Feminine");
        assertThat(d.citizenship()).isEqualTo("ML");
        assertThat(d.contact()).isEqualTo("a@example.org; +221 77 000 00 00");
        assertThat(d.address()).isEqualTo("Rue 10, Dakar");
        assertThat(d.traffickingStatus()).isEqualTo("PossibleVictimOfTrafficking");
        assertThat(d.controlMethods()).containsExactly("DebtBondage", "TakesEarnings");
        assertThat(read.notImported()).containsExactly(HtcdsColumn.SALUTATION);
    }

    @Test
    void severalValuesWhereTheCaseHoldsOneAndRulesOfTheCaseModuleAreProblemsOfTheirColumns() {
        Map<HtcdsColumn, String> row = new EnumMap<>(HtcdsColumn.class);
        row.put(HtcdsColumn.FIRST_NAME, "Kofi");
        row.put(HtcdsColumn.METHOD_OF_RECRUITMENT, "AtWork;Other");
        row.put(HtcdsColumn.STATUS, "Closed");
        HtcdsMapping.Read read = MAPPING.draft(row, "GH", draft -> Map.of());
        assertThat(read.problems()).extracting(HtcdsMapping.CellProblem::column)
                .containsExactlyInAnyOrder(HtcdsColumn.METHOD_OF_RECRUITMENT, HtcdsColumn.STATUS);

        row.remove(HtcdsColumn.METHOD_OF_RECRUITMENT);
        row.remove(HtcdsColumn.STATUS);
        HtcdsMapping.Read ruled = MAPPING.draft(row, "GH",
                draft -> Map.of("identifiedOn", "validation.required", "dateOfBirth", "case.date.future"));
        assertThat(ruled.draft()).isNull();
        assertThat(ruled.problems()).extracting(HtcdsMapping.CellProblem::column, HtcdsMapping.CellProblem::messageKey)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(HtcdsColumn.IDENTIFIED_ON, "validation.required"),
                        org.assertj.core.groups.Tuple.tuple(HtcdsColumn.BIRTHDATE, "case.date.future"));
    }

    @Test
    void theCoverageOfTheTemplateIsAsDocsDataStandardsCountsIt() {
        Map<HtcdsColumn.Coverage, Long> counts = new EnumMap<>(HtcdsColumn.Coverage.class);
        HtcdsColumn.templateColumns().forEach(c -> counts.merge(c.coverage(), 1L, Long::sum));
        assertThat(counts).containsExactly(Map.entry(HtcdsColumn.Coverage.HELD, 11L),
                Map.entry(HtcdsColumn.Coverage.PARTLY, 12L), Map.entry(HtcdsColumn.Coverage.NOT_HELD, 15L));
    }

    @Test
    void everyFieldTheCaseModuleChecksHasAColumn() {
        assertThat(HtcdsMapping.FIELD_COLUMNS).hasSize(30);
        assertThat(HtcdsMapping.FIELD_COLUMNS.values()).doesNotHaveDuplicates();
    }

    private static Workbook open(String resource) throws Exception {
        try (InputStream in = HtcdsMappingTests.class.getClassLoader().getResourceAsStream(resource)) {
            return WorkbookFactory.create(in);
        }
    }
}
