package org.sankofa.programmes.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.sankofa.programmes.internal.Programme;
import org.sankofa.programmes.internal.ProgrammeDraft;
import org.sankofa.shared.web.FormErrors;

/**
 * What the programme form sends, every value a string so that every field can be checked and explained. Donors come
 * as rows (an organisation and its grant reference, side by side); countries, phases, budget lines and documents are
 * written one per line: {@code SN 2006-01-01}, {@code name | 2006-01-01 | 2009-12-31},
 * {@code label | USD | planned | received | spent}, {@code title | https://…}.
 */
record ProgrammeForm(String code, String title, String summary, String startsOn, String endsOn, String source,
        List<String> donorIds, List<String> grantRefs, List<String> implementers, List<String> partners,
        String countries, String phases, String budget, List<String> activities, String documents, String version) {

    static final String DATE = "programme.form.date";
    static final String CHOICE = "programme.form.choice";

    /** Blank donor rows offered after the programme's own. */
    static final int SPARE_DONORS = 2;

    ProgrammeForm {
        donorIds = donorIds == null ? List.of() : donorIds;
        grantRefs = grantRefs == null ? List.of() : grantRefs;
        implementers = clean(implementers);
        partners = clean(partners);
        activities = clean(activities);
    }

    static ProgrammeForm empty(Long ownOrganisation) {
        return new ProgrammeForm("", "", "", "", "", "", List.of(), List.of(),
                ownOrganisation == null ? List.of() : List.of(ownOrganisation.toString()), List.of(), "", "", "",
                List.of(), "", "");
    }

    static ProgrammeForm of(Programme p) {
        return new ProgrammeForm(p.code(), p.title(), nz(p.summary()), p.startsOn().toString(),
                p.endsOn() == null ? "" : p.endsOn().toString(), nz(p.source()),
                p.donors().stream().map(d -> Long.toString(d.organisationId())).toList(),
                p.donors().stream().map(d -> nz(d.grantReference())).toList(),
                p.implementers().stream().map(d -> Long.toString(d.organisationId())).toList(),
                p.partners().stream().map(d -> Long.toString(d.organisationId())).toList(),
                p.countries().stream().map(c -> c.code() + " " + c.joinedOn()).collect(Collectors.joining("\n")),
                p.phases().stream().map(ph -> ph.name() + " | " + ph.startsOn() + " | "
                        + (ph.endsOn() == null ? "" : ph.endsOn())).collect(Collectors.joining("\n")),
                p.budget().stream().map(b -> b.label() + " | " + b.currency() + " | " + b.planned().toPlainString()
                        + " | " + b.received().toPlainString() + " | " + b.spent().toPlainString())
                        .collect(Collectors.joining("\n")),
                p.activities().stream().map(a -> Long.toString(a.id())).toList(),
                p.documents().stream().map(d -> d.title() == null ? d.url() : d.title() + " | " + d.url())
                        .collect(Collectors.joining("\n")),
                String.valueOf(p.version()));
    }

    /** The donor rows to show: those sent (or read), then blank ones. */
    public List<String[]> donorRows() {
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < donorIds.size(); i++) {
            if (donorIds.get(i) != null && !donorIds.get(i).isBlank()) {
                rows.add(new String[] { donorIds.get(i), i < grantRefs.size() ? nz(grantRefs.get(i)) : "" });
            }
        }
        for (int i = 0; i < SPARE_DONORS; i++) {
            rows.add(new String[] { "", "" });
        }
        return rows;
    }

    ProgrammeDraft draft(FormErrors read) {
        LocalDate start = read.date("startsOn", startsOn, DATE);
        if (start == null && !read.asMap().containsKey("startsOn")) {
            read.reject("startsOn", "validation.required");
        }
        LocalDate end = read.date("endsOn", endsOn, DATE);
        List<ProgrammeDraft.Donor> donors = new ArrayList<>();
        for (int i = 0; i < donorIds.size(); i++) {
            String id = donorIds.get(i);
            String grant = i < grantRefs.size() ? grantRefs.get(i) : null;
            if (id == null || id.isBlank()) {
                if (grant != null && !grant.isBlank()) {
                    read.reject("donors", "programme.donor.missing");
                }
                continue;
            }
            donors.add(new ProgrammeDraft.Donor(read.id("donors", id, CHOICE), grant));
        }
        return new ProgrammeDraft(code, title, summary, start, end, source, donors, ids(read, "implementers",
                implementers), ids(read, "partners", partners), countries(read), phases(read), budget(read),
                ids(read, "activities", activities), documentLines());
    }

    private List<ProgrammeDraft.Country> countries(FormErrors read) {
        List<ProgrammeDraft.Country> list = new ArrayList<>();
        for (String line : lines(countries)) {
            String[] parts = line.split("\\s+");
            LocalDate day = parts.length == 2 ? date(parts[1]) : null;
            if (day == null || !parts[0].matches("(?i)[a-z]{2}")) {
                read.reject("countries", "programme.form.countryLine");
                continue;
            }
            list.add(new ProgrammeDraft.Country(parts[0].toUpperCase(Locale.ROOT), day));
        }
        return list;
    }

    private List<ProgrammeDraft.Phase> phases(FormErrors read) {
        List<ProgrammeDraft.Phase> list = new ArrayList<>();
        for (String line : lines(phases)) {
            String[] parts = line.split("\\|", -1);
            LocalDate from = parts.length >= 2 ? date(parts[1].strip()) : null;
            LocalDate to = parts.length == 3 && !parts[2].isBlank() ? date(parts[2].strip()) : null;
            if (parts.length < 2 || parts.length > 3 || from == null
                    || parts.length == 3 && !parts[2].isBlank() && to == null) {
                read.reject("phases", "programme.form.phaseLine");
                continue;
            }
            list.add(new ProgrammeDraft.Phase(parts[0].strip(), from, to));
        }
        return list;
    }

    private List<ProgrammeDraft.Budget> budget(FormErrors read) {
        List<ProgrammeDraft.Budget> list = new ArrayList<>();
        for (String line : lines(budget)) {
            String[] parts = line.split("\\|", -1);
            if (parts.length < 3 || parts.length > 5) {
                read.reject("budget", "programme.form.budgetLine");
                continue;
            }
            BigDecimal planned = amount(parts[2]);
            BigDecimal received = parts.length > 3 ? amount(parts[3]) : BigDecimal.ZERO;
            BigDecimal spent = parts.length > 4 ? amount(parts[4]) : BigDecimal.ZERO;
            if (planned == null || received == null || spent == null) {
                read.reject("budget", "programme.form.budgetLine");
                continue;
            }
            list.add(new ProgrammeDraft.Budget(parts[0].strip(), parts[1].strip().toUpperCase(Locale.ROOT), planned,
                    received, spent));
        }
        return list;
    }

    private List<ProgrammeDraft.Document> documentLines() {
        List<ProgrammeDraft.Document> list = new ArrayList<>();
        for (String line : lines(documents)) {
            int bar = line.lastIndexOf('|');
            list.add(bar < 0 ? new ProgrammeDraft.Document(null, line.strip())
                    : new ProgrammeDraft.Document(line.substring(0, bar).strip(), line.substring(bar + 1).strip()));
        }
        return list;
    }

    private static BigDecimal amount(String text) {
        String t = text.strip().replace(",", "").replace(" ", "");
        if (t.isEmpty()) {
            return BigDecimal.ZERO;
        }
        if (!t.matches("-?[0-9]{1,14}(\\.[0-9]{1,2})?")) {
            return null;
        }
        return new BigDecimal(t);
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().filter(l -> !l.isBlank()).map(String::strip).toList();
    }

    private static List<Long> ids(FormErrors read, String field, List<String> values) {
        List<Long> ids = new ArrayList<>();
        for (String value : values) {
            Long id = read.id(field, value, CHOICE);
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }

    private static List<String> clean(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip)
                .distinct().toList();
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
