package org.sankofa.programmes.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.sankofa.plans.PlanActivities;
import org.sankofa.programmes.ProgrammeId;

/**
 * A funded programme as read: its parties (donors with their grant references, implementers, partners), the countries
 * it covers from the day each joined, its phases, budget lines, the plan activities it serves and its documents.
 */
public record Programme(long id, String code, String title, String summary, LocalDate startsOn, LocalDate endsOn,
        String source, List<Party> donors, List<Party> implementers, List<Party> partners,
        List<CountryCovered> countries, List<Phase> phases, List<BudgetLine> budget,
        List<PlanActivities.ActivityRef> activities, List<Document> documents, int version) {

    /** An organisation of the directory in a role; the grant reference for a donor. */
    public record Party(long organisationId, String name, String grantReference) {
    }

    /** A country covered from the day it joined. */
    public record CountryCovered(String code, LocalDate joinedOn) {
    }

    public record Phase(String name, LocalDate startsOn, LocalDate endsOn) {
    }

    /** A budget line in one ISO 4217 currency. */
    public record BudgetLine(String label, String currency, BigDecimal planned, BigDecimal received,
            BigDecimal spent) {
    }

    /** The sums of the lines of one currency: lines of different currencies are never added. */
    public record CurrencyTotal(String currency, BigDecimal planned, BigDecimal received, BigDecimal spent) {
    }

    public record Document(String title, String url) {
    }

    public ProgrammeId programmeId() {
        return ProgrammeId.of(id);
    }

    public List<Long> implementerIds() {
        return implementers.stream().map(Party::organisationId).toList();
    }

    public List<Long> donorIds() {
        return donors.stream().map(Party::organisationId).toList();
    }

    /** The budget per currency (by currency code), each a sum of its own lines only. */
    public List<CurrencyTotal> totals() {
        Map<String, CurrencyTotal> totals = new TreeMap<>();
        for (BudgetLine line : budget) {
            totals.merge(line.currency(), new CurrencyTotal(line.currency(), line.planned(), line.received(),
                    line.spent()), (a, b) -> new CurrencyTotal(a.currency(), a.planned().add(b.planned()),
                            a.received().add(b.received()), a.spent().add(b.spent())));
        }
        return List.copyOf(totals.values());
    }

    /** The countries covered on a day (those that had joined by then). */
    public List<String> countriesOn(LocalDate day) {
        return countries.stream().filter(c -> !c.joinedOn().isAfter(day)).map(CountryCovered::code).toList();
    }
}
