package org.sankofa.plans.web;

import java.util.List;

import org.sankofa.plans.ActivityStatus;
import org.sankofa.plans.internal.Activity;
import org.sankofa.plans.internal.ActivityDraft;

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

    ActivityDraft draft(Forms forms) {
        List<Long> supporting = supportingOrgs.stream().map(s -> forms.id("supportingOrgIds", s))
                .filter(java.util.Objects::nonNull).toList();
        return new ActivityDraft(title, forms.id("leadOrgId", leadOrg), leadText, supporting, supportingText,
                forms.date("plannedStart", plannedStart), forms.date("plannedEnd", plannedEnd),
                forms.date("actualStart", actualStart), forms.date("actualEnd", actualEnd),
                forms.choice("status", status, ActivityStatus.class), forms.decimal("budgetPlanned", budgetPlanned),
                forms.decimal("budgetSecured", budgetSecured), forms.decimal("budgetSpent", budgetSpent),
                currency == null ? null : currency.strip().toUpperCase(java.util.Locale.ROOT),
                forms.id("funderOrgId", funderOrg), funderText);
    }

    private static String id(Long id) {
        return id == null ? "" : id.toString();
    }

    private static String nz(Object value) {
        return value == null ? "" : value.toString();
    }
}
