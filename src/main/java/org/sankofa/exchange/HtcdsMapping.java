package org.sankofa.exchange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.sankofa.cases.CaseDraft;
import org.sankofa.cases.CaseRecord;
import org.sankofa.cases.CaseStatus;
import org.sankofa.cases.CodeList;
import org.sankofa.cases.HtcdsCode;
import org.sankofa.cases.ReferralSource;
import org.sankofa.shared.Dates;
import org.springframework.stereotype.Component;

import static org.sankofa.exchange.HtcdsColumn.*;

/**
 * The one mapping between a row of the HTCDS 2.0 template ({@link HtcdsColumn}) and a case: a case's cells for an
 * export, and a row's {@link CaseDraft} for an import, with a problem per cell that cannot be read. Cells are text;
 * dates are written ISO ({@code yyyy-mm-dd}), picklists as HTCDS value names, several values separated by
 * {@code ;}. The case's one contact text goes to Mobile Phone and its one address to the first address column; on
 * import the contact columns (Email, Home Phone, Mobile Phone) and the address columns are joined, in the template's
 * order, into those texts.
 *
 * <p>What the template lacks falls back on import to: the identification date on the Incoming Referral Date, the
 * country of identification on the country of the importing office, the referral source on {@code Other}.
 */
@Component
public class HtcdsMapping {

    /** A cell that cannot be imported: its column, the value as written and the message key saying why. */
    public record CellProblem(HtcdsColumn column, String value, String messageKey) {
    }

    /** A row read: the case to register (when there is no problem), the problems, the cells left out. */
    public record Read(CaseDraft draft, List<CellProblem> problems, List<HtcdsColumn> notImported) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** The case fields of {@link CaseDraft} to the column that holds each, for the case module's messages. */
    static final Map<String, HtcdsColumn> FIELD_COLUMNS = Map.ofEntries(
            Map.entry("identifiedOn", IDENTIFIED_ON), Map.entry("identifiedCountry", IDENTIFIED_COUNTRY),
            Map.entry("identifiedCity", IDENTIFIED_CITY), Map.entry("referralSource", REFERRAL_SOURCE),
            Map.entry("traffickingStatus", TRAFFICKING_STATUS), Map.entry("statusDecidedBy", STATUS_DECISION_MAKER),
            Map.entry("givenNames", FIRST_NAME), Map.entry("familyName", SECOND_NAME), Map.entry("aliases", ALIASES),
            Map.entry("sex", GENDER), Map.entry("dateOfBirth", BIRTHDATE), Map.entry("estimatedAge", ESTIMATED_AGE),
            Map.entry("citizenship", CITIZENSHIP), Map.entry("languages", LANGUAGES),
            Map.entry("contact", MOBILE_PHONE), Map.entry("address", MAILING_STREET),
            Map.entry("guardianName", GUARDIAN_NAME), Map.entry("guardianContact", GUARDIAN_CONTACT),
            Map.entry("guardianRelation", GUARDIAN_RELATION), Map.entry("recruitmentMethod", METHOD_OF_RECRUITMENT),
            Map.entry("controlMethods", METHODS_OF_CONTROL), Map.entry("exploitationTypes", TYPE_OF_EXPLOITATION),
            Map.entry("forcedLabourIndustry", FORCED_LABOUR_INDUSTRY),
            Map.entry("sexExploitationType", TYPE_OF_SEX_EXPLOITATION),
            Map.entry("recruiterRelation", RELATIONSHIP_TO_TRAFFICKER),
            Map.entry("recruitmentCountry", RECRUITMENT_COUNTRY),
            Map.entry("recruitmentPlace", LOCATION_OF_RECRUITMENT),
            Map.entry("exploitationCountry", EXPLOITATION_COUNTRY),
            Map.entry("exploitationPlace", LOCATION_OF_EXPLOITATION), Map.entry("narrative", NARRATIVE));

    private static final List<HtcdsColumn> CONTACT = List.of(EMAIL, HOME_PHONE, MOBILE_PHONE);
    private static final List<HtcdsColumn> ADDRESS = List.of(MAILING_STREET, MAILING_CITY, MAILING_STATE,
            MAILING_POSTAL_CODE, MAILING_COUNTRY);

    private final HtcdsValues values;

    HtcdsMapping(HtcdsValues values) {
        this.values = values;
    }

    /** The cells of a case, by column; a column the case does not fill is absent. */
    public Map<HtcdsColumn, String> cells(CaseRecord c) {
        Map<HtcdsColumn, String> cells = new EnumMap<>(HtcdsColumn.class);
        CaseRecord.Identification i = c.identification();
        CaseRecord.Person p = c.person();
        CaseRecord.Profile f = c.profile();
        put(cells, CASE_NUMBER, c.caseNumber());
        put(cells, STATUS, c.status());
        if (i != null) {
            put(cells, IDENTIFIED_ON, Dates.iso(i.identifiedOn()));
            put(cells, IDENTIFIED_COUNTRY, i.country());
            put(cells, IDENTIFIED_CITY, i.city());
            put(cells, REFERRAL_SOURCE, i.referralSource());
            put(cells, TRAFFICKING_STATUS, i.traffickingStatus());
            put(cells, STATUS_DECISION_MAKER, i.statusDecidedBy());
        }
        if (p != null) {
            put(cells, FIRST_NAME, p.givenNames());
            put(cells, SECOND_NAME, p.familyName());
            put(cells, ALIASES, p.aliases());
            put(cells, GENDER, p.sex());
            put(cells, BIRTHDATE, p.dateOfBirth() == null ? null : Dates.iso(p.dateOfBirth()));
            if (p.dateOfBirth() == null && Boolean.TRUE.equals(p.ageEstimated()) && p.ageAtIdentification() != null) {
                put(cells, ESTIMATED_AGE, String.valueOf(p.ageAtIdentification()));
            }
            put(cells, CITIZENSHIP, p.citizenship());
            put(cells, LANGUAGES, joined(p.languages()));
            put(cells, MOBILE_PHONE, p.contact());
            put(cells, MAILING_STREET, p.address());
            put(cells, GUARDIAN_NAME, p.guardianName());
            put(cells, GUARDIAN_CONTACT, p.guardianContact());
            put(cells, GUARDIAN_RELATION, p.guardianRelation());
        }
        if (f != null) {
            put(cells, METHOD_OF_RECRUITMENT, f.recruitmentMethod());
            put(cells, METHODS_OF_CONTROL, joined(f.controlMethods()));
            put(cells, TYPE_OF_EXPLOITATION, joined(f.exploitationTypes()));
            put(cells, FORCED_LABOUR_INDUSTRY, f.forcedLabourIndustry());
            put(cells, TYPE_OF_SEX_EXPLOITATION, f.sexExploitationType());
            put(cells, RELATIONSHIP_TO_TRAFFICKER, f.recruiterRelation());
            put(cells, RECRUITMENT_COUNTRY, f.recruitmentCountry());
            put(cells, LOCATION_OF_RECRUITMENT, f.recruitmentPlace());
            put(cells, EXPLOITATION_COUNTRY, f.exploitationCountry());
            put(cells, LOCATION_OF_EXPLOITATION, f.exploitationPlace());
            put(cells, NARRATIVE, f.narrative());
        }
        return cells;
    }

    /**
     * The case a row describes, to be registered in an office of {@code officeCountry}: every cell is read (a problem
     * per cell that cannot be), then the case module's rules are applied, their messages put on the columns.
     */
    public Read draft(Map<HtcdsColumn, String> row, String officeCountry, Rules rules) {
        Cells cells = new Cells(row);
        LocalDate identifiedOn = cells.date(IDENTIFIED_ON);
        if (identifiedOn == null && cells.blank(IDENTIFIED_ON)) {
            identifiedOn = cells.date(INCOMING_REFERRAL_DATE);
        }
        String identifiedCountry = cells.country(IDENTIFIED_COUNTRY);
        if (identifiedCountry == null && cells.blank(IDENTIFIED_COUNTRY)) {
            identifiedCountry = officeCountry;
        }
        String referralSource = cells.code(CodeList.REFERRAL_SOURCE, REFERRAL_SOURCE);
        if (referralSource == null && cells.blank(REFERRAL_SOURCE)) {
            referralSource = ReferralSource.OTHER.value();
        }
        String status = cells.code(CodeList.CASE_STATUS, STATUS);
        if (status != null && !status.equals(CaseStatus.ACTIVE.value())) {
            cells.problem(STATUS, "exchange.status.notActive");
        }
        List<String> languages = cells.list(LANGUAGES);
        CaseDraft draft = new CaseDraft(identifiedOn, identifiedCountry, cells.text(IDENTIFIED_CITY), referralSource,
                cells.code(CodeList.TRAFFICKING_STATUS, TRAFFICKING_STATUS),
                cells.code(CodeList.TRAFFICKING_STATUS_DECISION_MAKER, STATUS_DECISION_MAKER),
                cells.text(FIRST_NAME), cells.text(SECOND_NAME), cells.text(ALIASES),
                cells.code(CodeList.GENDER, GENDER), cells.date(BIRTHDATE), cells.age(ESTIMATED_AGE),
                cells.country(CITIZENSHIP), languages, cells.joined(CONTACT, "; "), cells.joined(ADDRESS, ", "),
                cells.text(GUARDIAN_NAME), cells.text(GUARDIAN_CONTACT), cells.text(GUARDIAN_RELATION),
                cells.single(CodeList.METHOD_OF_RECRUITMENT, METHOD_OF_RECRUITMENT),
                cells.codes(CodeList.METHODS_OF_CONTROL, METHODS_OF_CONTROL),
                cells.codes(CodeList.TYPE_OF_EXPLOITATION, TYPE_OF_EXPLOITATION),
                cells.single(CodeList.FORCED_LABOUR_INDUSTRY, FORCED_LABOUR_INDUSTRY),
                cells.single(CodeList.TYPE_OF_SEX_EXPLOITATION, TYPE_OF_SEX_EXPLOITATION),
                cells.code(CodeList.RELATIONSHIP_TO_TRAFFICKER, RELATIONSHIP_TO_TRAFFICKER),
                cells.country(RECRUITMENT_COUNTRY), cells.text(LOCATION_OF_RECRUITMENT),
                cells.country(EXPLOITATION_COUNTRY), cells.text(LOCATION_OF_EXPLOITATION), cells.text(NARRATIVE),
                List.of(), null);
        if (cells.problems.isEmpty()) {
            rules.broken(draft).forEach((field, key) -> {
                HtcdsColumn column = FIELD_COLUMNS.getOrDefault(field, FIRST_NAME);
                cells.problem(column, key);
            });
        }
        List<HtcdsColumn> notImported = Stream.of(HtcdsColumn.values())
                .filter(c -> c.coverage() == Coverage.NOT_HELD && c != INCOMING_REFERRAL_DATE && !cells.blank(c))
                .toList();
        return new Read(cells.problems.isEmpty() ? draft : null, List.copyOf(cells.problems), notImported);
    }

    /** The case module's rules, applied to a draft (its {@code CaseExchange#broken}). */
    @FunctionalInterface
    public interface Rules {
        Map<String, String> broken(CaseDraft draft);
    }

    private static void put(Map<HtcdsColumn, String> cells, HtcdsColumn column, String value) {
        if (value != null && !value.isBlank()) {
            cells.put(column, value);
        }
    }

    private static String joined(List<String> list) {
        return list == null || list.isEmpty() ? null : String.join(";", list);
    }

    /** The cells of one row being read, and the problems found, one per column. */
    private final class Cells {

        private final Map<HtcdsColumn, String> row;
        private final Map<HtcdsColumn, CellProblem> byColumn = new LinkedHashMap<>();
        private final List<CellProblem> problems = new ArrayList<>();

        Cells(Map<HtcdsColumn, String> row) {
            this.row = row;
        }

        boolean blank(HtcdsColumn column) {
            return HtcdsValues.blank(row.get(column));
        }

        String text(HtcdsColumn column) {
            return blank(column) ? null : row.get(column).strip();
        }

        void problem(HtcdsColumn column, String key) {
            if (!byColumn.containsKey(column)) {
                CellProblem problem = new CellProblem(column, row.get(column), key);
                byColumn.put(column, problem);
                problems.add(problem);
            }
        }

        LocalDate date(HtcdsColumn column) {
            try {
                return HtcdsValues.date(row.get(column));
            } catch (HtcdsValues.Unreadable e) {
                problem(column, e.messageKey());
                return null;
            }
        }

        Integer age(HtcdsColumn column) {
            try {
                return HtcdsValues.age(row.get(column));
            } catch (HtcdsValues.Unreadable e) {
                problem(column, e.messageKey());
                return null;
            }
        }

        String country(HtcdsColumn column) {
            try {
                return values.country(row.get(column));
            } catch (HtcdsValues.Unreadable e) {
                problem(column, e.messageKey());
                return null;
            }
        }

        String code(CodeList list, HtcdsColumn column) {
            try {
                HtcdsCode code = values.code(list, row.get(column));
                return code == null ? null : code.value();
            } catch (HtcdsValues.Unreadable e) {
                problem(column, e.messageKey());
                return null;
            }
        }

        List<String> codes(CodeList list, HtcdsColumn column) {
            try {
                return values.codes(list, row.get(column)).stream().map(HtcdsCode::value).toList();
            } catch (HtcdsValues.Unreadable e) {
                problem(column, e.messageKey());
                return List.of();
            }
        }

        /** A multi-select column of which the case holds one value: several are refused, not cut. */
        String single(CodeList list, HtcdsColumn column) {
            List<String> codes = codes(list, column);
            if (codes.size() > 1) {
                problem(column, "exchange.value.several");
                return null;
            }
            return codes.isEmpty() ? null : codes.get(0);
        }

        List<String> list(HtcdsColumn column) {
            return blank(column) ? List.of()
                    : Stream.of(row.get(column).split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }

        String joined(List<HtcdsColumn> columns, String separator) {
            String joined = columns.stream().map(this::text).filter(t -> t != null)
                    .collect(Collectors.joining(separator));
            return joined.isEmpty() ? null : joined;
        }
    }
}
