package org.sankofa.programmes.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * A programme to create or change, as typed: checked by {@link Programmes} (422 with a message key per field, nothing
 * written). Lists may be null (nothing).
 */
public record ProgrammeDraft(String code, String title, String summary, LocalDate startsOn, LocalDate endsOn,
        String source, List<Donor> donors, List<Long> implementers, List<Long> partners, List<Country> countries,
        List<Phase> phases, List<Budget> budget, List<Long> activities, List<Document> documents) {

    public record Donor(Long organisationId, String grantReference) {
    }

    public record Country(String code, LocalDate joinedOn) {
    }

    public record Phase(String name, LocalDate startsOn, LocalDate endsOn) {
    }

    public record Budget(String label, String currency, java.math.BigDecimal planned, java.math.BigDecimal received,
            java.math.BigDecimal spent) {
    }

    public record Document(String title, String url) {
    }

    public ProgrammeDraft {
        donors = donors == null ? List.of() : donors;
        implementers = implementers == null ? List.of() : implementers;
        partners = partners == null ? List.of() : partners;
        countries = countries == null ? List.of() : countries;
        phases = phases == null ? List.of() : phases;
        budget = budget == null ? List.of() : budget;
        activities = activities == null ? List.of() : activities;
        documents = documents == null ? List.of() : documents;
    }
}
