package org.sankofa.plans.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.sankofa.plans.PlanScope;
import org.sankofa.plans.PlanStatus;
import org.sankofa.shared.DatePrecision;
import org.sankofa.plans.internal.Partner;
import org.sankofa.plans.internal.PartnerKind;
import org.sankofa.plans.internal.Plan;
import org.sankofa.plans.internal.PlanDocument;
import org.sankofa.plans.internal.PlanDraft;
import org.sankofa.shared.web.FormErrors;

/**
 * What the plan form sends, every value a string so that every field can be checked and explained. Documents are
 * written one per line as {@code title | https://…}; partners and funders are chosen among the organisations (the
 * notes of those kept are kept, and partners named without an organisation stay as they are).
 */
record PlanForm(String title, String scope, String status, String periodStart, String periodEnd, String adoptedOn,
        String adoptedPrecision, String adoptedPlace, String launchedOn, String launchedPlace, String supersedes,
        String coordinatingOrg, String coordinatingBody, String description, List<String> countries,
        List<String> communities, List<String> partnerOrgs, List<String> funderOrgs, String documents,
        String version) {

    PlanForm {
        countries = clean(countries);
        communities = clean(communities);
        partnerOrgs = clean(partnerOrgs);
        funderOrgs = clean(funderOrgs);
    }

    static PlanForm empty() {
        return new PlanForm("", PlanScope.NATIONAL.name(), PlanStatus.DRAFT.name(), "", "", "", "DAY", "", "", "",
                "", "", "", "", List.of(), List.of(), List.of(), List.of(), "", "");
    }

    static PlanForm of(Plan p) {
        return new PlanForm(p.title(), p.scope().name(), p.status().name(), text(p.periodStart()),
                text(p.periodEnd()), text(p.adoptedOn()),
                p.adoptedPrecision() == null ? "DAY" : p.adoptedPrecision().name(), nz(p.adoptedPlace()),
                text(p.launchedOn()), nz(p.launchedPlace()), p.supersedesId() == null ? "" : p.supersedesId().toString(),
                p.coordinatingOrgId() == null ? "" : p.coordinatingOrgId().toString(), nz(p.coordinatingBody()),
                nz(p.description()), p.countries(), p.communities(), orgs(p, PartnerKind.PARTNER),
                orgs(p, PartnerKind.FUNDER),
                p.documents().stream().map(d -> d.title() + " | " + d.url()).collect(Collectors.joining("\n")),
                String.valueOf(p.version()));
    }

    /** The draft the form describes; fields that do not parse are named in {@code read}. */
    PlanDraft draft(FormErrors read, Plan current) {
        List<Partner> partners = new ArrayList<>();
        addPartners(read, partners, PartnerKind.PARTNER, partnerOrgs, current);
        addPartners(read, partners, PartnerKind.FUNDER, funderOrgs, current);
        if (current != null) {
            current.partners().stream().filter(p -> p.organisationId() == null).forEach(partners::add);
        }
        List<PlanDocument> docs = new ArrayList<>();
        for (String line : (documents == null ? "" : documents).split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int bar = line.lastIndexOf('|');
            docs.add(bar < 0 ? new PlanDocument("", line.strip())
                    : new PlanDocument(line.substring(0, bar).strip(), line.substring(bar + 1).strip()));
        }
        LocalDate adopted = read.date("adoptedOn", adoptedOn, FormReading.DATE);
        return new PlanDraft(title, read.choice("scope", scope, PlanScope.class, FormReading.CHOICE),
                read.choice("status", status, PlanStatus.class, FormReading.CHOICE),
                read.date("periodStart", periodStart, FormReading.DATE),
                read.date("periodEnd", periodEnd, FormReading.DATE), adopted,
                adopted == null ? null
                        : read.choice("adoptedPrecision", adoptedPrecision, DatePrecision.class, FormReading.CHOICE),
                adoptedPlace, read.date("launchedOn", launchedOn, FormReading.DATE), launchedPlace,
                read.id("supersedes", supersedes), read.id("coordinatingOrgId", coordinatingOrg), coordinatingBody,
                description, current == null ? null : current.source(), countries, communities, partners, docs);
    }

    private static void addPartners(FormErrors read, List<Partner> partners, PartnerKind kind, List<String> ids,
            Plan current) {
        for (String value : ids) {
            Long id = read.id("partners", value);
            if (id == null) {
                continue;
            }
            String note = current == null ? null : current.partners().stream()
                    .filter(p -> p.kind() == kind && Objects.equals(p.organisationId(), id)).map(Partner::note)
                    .filter(Objects::nonNull).findFirst().orElse(null);
            partners.add(new Partner(kind, id, null, null, note));
        }
    }

    private static List<String> orgs(Plan p, PartnerKind kind) {
        return p.partnersOfKind(kind).stream().filter(x -> x.organisationId() != null)
                .map(x -> x.organisationId().toString()).toList();
    }

    private static List<String> clean(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip)
                .distinct().toList();
    }

    private static String text(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
