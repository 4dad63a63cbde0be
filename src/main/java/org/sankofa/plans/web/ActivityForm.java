package org.sankofa.plans.web;

import java.util.List;

import org.sankofa.plans.ActivityStatus;
import org.sankofa.plans.internal.Activity;
import org.sankofa.plans.internal.ActivityDraft;
import org.sankofa.shared.web.FormErrors;

/** What the activity form sends. */
record ActivityForm(String title, String leadOrg, String leadText, List<String> supportingOrgs,
        String supportingText, String plannedStart, String plannedEnd, String actualStart, String actualEnd,
        String status, String budgetPlanned, String budgetSecured, String budgetSpent, String currency,
        String funderOrg, String funderText, String version) {

    ActivityForm {
        supportingOrgs = supportingOrgs == null ? List.of()
                : supportingOrgs.stream().filter(s -> s != null && !s.isBlank()).toList();
    }

    static ActivityForm empty() {
        return new ActivityForm("", "", "", List.of(), "", "", "", "", "", ActivityStatus.NOT_STARTED.name(), "", "",
                "", "", "", "", "");
    }

    static ActivityForm of(Activity a) {
        return new ActivityForm(a.title(), id(a.leadOrgId()), nz(a.leadText()),
                a.supportingOrgIds().stream().map(String::valueOf).toList(), nz(a.supportingText()),
                nz(a.plannedStart()), nz(a.plannedEnd()), nz(a.actualStart()), nz(a.actualEnd()), a.status().name(),
                nz(a.budgetPlanned()), nz(a.budgetSecured()), nz(a.budgetSpent()), nz(a.currency()),
                id(a.funderOrgId()), nz(a.funderText()), String.valueOf(a.version()));
    }

    /** The draft the form describes; fields that do not parse are named in {@code read}. */
    ActivityDraft draft(FormErrors read) {
        List<Long> supporting = supportingOrgs.stream().map(s -> read.id("supportingOrgIds", s))
                .filter(java.util.Objects::nonNull).toList();
        return new ActivityDraft(title, read.id("leadOrgId", leadOrg), leadText, supporting, supportingText,
                read.date("plannedStart", plannedStart, FormReading.DATE),
                read.date("plannedEnd", plannedEnd, FormReading.DATE),
                read.date("actualStart", actualStart, FormReading.DATE),
                read.date("actualEnd", actualEnd, FormReading.DATE),
                read.choice("status", status, ActivityStatus.class, FormReading.CHOICE),
                FormReading.amount(read, "budgetPlanned", budgetPlanned),
                FormReading.amount(read, "budgetSecured", budgetSecured),
                FormReading.amount(read, "budgetSpent", budgetSpent),
                currency == null ? null : currency.strip().toUpperCase(java.util.Locale.ROOT),
                read.id("funderOrgId", funderOrg), funderText);
    }

    private static String id(Long id) {
        return id == null ? "" : id.toString();
    }

    private static String nz(Object value) {
        return value == null ? "" : value.toString();
    }
}
