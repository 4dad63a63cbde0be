package org.sankofa.exchange;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.sankofa.support.Tokens;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Cases registered through the API, and exported workbooks read back, for the exchange tests. */
final class ExchangeTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ExchangeTestSupport() {
    }

    /** A day of identification no other test uses, so that a filter on it exports only this test's cases. */
    static LocalDate uniqueDay() {
        return LocalDate.of(1951, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(20_000));
    }

    /** A synthetic unique name. */
    static String uniqueName() {
        String letters = "bdfgkmnrstz";
        String vowels = "aeiou";
        StringBuilder name = new StringBuilder();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 4; i++) {
            name.append(letters.charAt(random.nextInt(letters.length())))
                    .append(vowels.charAt(random.nextInt(vowels.length())));
        }
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** A child's case identified on {@code day}, with every field the exchange carries. */
    static Map<String, Object> childCase(String given, String family, LocalDate day, String country) {
        Map<String, Object> body = new HashMap<>();
        body.put("identifiedOn", day.toString());
        body.put("identifiedCountry", country);
        body.put("identifiedCity", "Kindia");
        body.put("referralSource", "NgoOutreach");
        body.put("traffickingStatus", "PossibleVictimOfTrafficking");
        body.put("statusDecidedBy", "NGO");
        body.put("givenNames", given);
        body.put("familyName", family);
        body.put("aliases", "Kiki");
        body.put("sex", "Masculine");
        body.put("estimatedAge", 11);
        body.put("citizenship", "GN");
        body.put("languages", List.of("fr", "ff"));
        body.put("contact", "+221 77 000 00 00");
        body.put("address", "Quartier Medina, Dakar");
        body.put("guardianName", "Mariama " + family);
        body.put("guardianContact", "+224 620 00 00 00");
        body.put("guardianRelation", "MOTHER");
        body.put("recruitmentMethod", "ThroughFamilyOrFamilyEvents");
        body.put("controlMethods", List.of("PhysicalThreats", "DebtBondage"));
        body.put("exploitationTypes", List.of("ForcedBegging", "ForcedLabour"));
        body.put("forcedLabourIndustry", "E_WaterSupplySewerageWasteManagement");
        body.put("recruiterRelation", null);
        body.put("recruitmentCountry", "GN");
        body.put("recruitmentPlace", "Labé");
        body.put("exploitationCountry", "SN");
        body.put("exploitationPlace", "Dakar");
        body.put("narrative", "Made to beg every day.\nSecret word " + given + ".");
        body.put("route", new ArrayList<>());
        return body;
    }

    /** An adult's case with a date of birth and no guardian. */
    static Map<String, Object> adultCase(String given, String family, LocalDate day, String country) {
        Map<String, Object> body = childCase(given, family, day, country);
        body.put("estimatedAge", null);
        body.put("dateOfBirth", day.minusYears(30).minusDays(3).toString());
        body.put("sex", "Feminine");
        body.put("guardianName", null);
        body.put("guardianContact", null);
        body.put("guardianRelation", null);
        body.put("languages", List.of());
        body.put("forcedLabourIndustry", null);
        body.put("exploitationTypes", List.of("SexualExploitation"));
        body.put("sexExploitationType", "Prostitution");
        body.put("recruiterRelation", "Acquainted");
        return body;
    }

    /** Registers the case through the case API; its id. */
    static long register(MockMvc mvc, String username, Map<String, Object> body) throws Exception {
        String created = mvc.perform(post("/api/v1/cases").header(HttpHeaders.AUTHORIZATION,
                        Tokens.bearer(mvc, username)).contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(body)))
                .andReturn().getResponse().getContentAsString();
        if (!created.contains("\"caseNumber\"")) {
            throw new AssertionError("not registered: " + created);
        }
        return ((Number) JsonPath.read(created, "$.id")).longValue();
    }

    static Workbook workbook(byte[] bytes) throws Exception {
        return WorkbookFactory.create(new ByteArrayInputStream(bytes));
    }

    /** The text of every cell of the sheet's rows from {@code first}, by row, from column A to the last column. */
    static List<List<String>> rows(Sheet sheet, int first) {
        DataFormatter text = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        for (int r = first; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<String> cells = new ArrayList<>();
            for (int c = 0; c <= HtcdsColumn.values().length; c++) {
                cells.add(row == null || row.getCell(c) == null ? "" : text.formatCellValue(row.getCell(c)));
            }
            rows.add(cells);
        }
        return rows;
    }

    /** A row's cells by column. */
    static Map<HtcdsColumn, String> byColumn(List<String> row) {
        Map<HtcdsColumn, String> cells = new HashMap<>();
        for (HtcdsColumn column : HtcdsColumn.values()) {
            cells.put(column, row.get(column.index()));
        }
        return cells;
    }
}
