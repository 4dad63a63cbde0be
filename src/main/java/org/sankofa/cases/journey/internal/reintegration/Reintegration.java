package org.sankofa.cases.journey.internal.reintegration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.sankofa.audit.AuditEvent;
import org.sankofa.audit.AuditLog;
import org.sankofa.cases.CaseId;
import org.sankofa.cases.events.ReintegrationPlanned;
import org.sankofa.cases.internal.CaseAccess;
import org.sankofa.cases.internal.CaseFacts;
import org.sankofa.cases.journey.internal.returns.Checks;
import org.sankofa.cases.journey.internal.returns.ComponentStatus;
import org.sankofa.directory.Directory;
import org.sankofa.directory.Organisation;
import org.sankofa.directory.OrganisationId;
import org.sankofa.identity.CurrentUser;
import org.sankofa.shared.ConflictException;
import org.sankofa.shared.InvalidInputException;
import org.sankofa.shared.NotFoundException;
import org.sankofa.shared.Texts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reintegration plan: one row per component (school, training, income…), with its provider, budget and status;
 * disbursements are paid against a component and their sum never exceeds its budget (the component row is locked
 * while a disbursement is checked, so that two payments at once cannot both pass). Planning a component publishes
 * {@link ReintegrationPlanned}.
 */
@Component
public class Reintegration {

    /** The part of the case these records are, as the audit names a view of them ({@code via=reintegration}). */
    public static final String PART = "reintegration";

    public record Component(long id, ReintegrationComponent component, long providerOrgId, String provider,
            BigDecimal budget, String currency, ComponentStatus status, BigDecimal disbursed) {

        public BigDecimal remaining() {
            return budget.subtract(disbursed);
        }
    }

    public record ComponentInput(ReintegrationComponent component, Long providerOrgId, BigDecimal budget,
            String currency) {
    }

    private final JdbcClient jdbc;
    private final CaseAccess cases;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Directory directory;

    Reintegration(JdbcClient jdbc, CaseAccess cases, AuditLog audit, ApplicationEventPublisher events,
            Directory directory) {
        this.directory = directory;
        this.jdbc = jdbc;
        this.cases = cases;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    public List<Component> components(CurrentUser user, CaseId caseId) {
        CaseFacts facts = cases.readable(user, caseId, PART);
        List<Component> components = jdbc.sql("""
                select r.id, r.component, r.provider_org_id, null as provider, r.budget, r.currency, r.status,
                       coalesce((select sum(d.amount) from case_reintegration_disbursement d
                                  where d.component_id = r.id), 0) as disbursed
                  from case_reintegration_component r
                 where r.case_id = ? and r.recorded_at <= ? order by r.id""")
                .params(caseId.value(), facts.seenUntil()).query(Component.class).list();
        Map<OrganisationId, Organisation> providers = directory.organisations(components.stream()
                .map(c -> new OrganisationId(c.providerOrgId())).collect(Collectors.toSet()));
        return components.stream().map(c -> {
            Organisation provider = providers.get(new OrganisationId(c.providerOrgId()));
            return new Component(c.id(), c.component(), c.providerOrgId(), provider == null ? null : provider.name(),
                    c.budget(), c.currency(), c.status(), c.disbursed());
        }).toList();
    }

    @Transactional
    public long add(CurrentUser user, CaseId caseId, ComponentInput input) {
        CaseFacts facts = open(user, caseId);
        Map<String, String> errors = new LinkedHashMap<>();
        Checks.required(errors, "component", input.component());
        if (input.providerOrgId() == null) {
            errors.put("provider", "return.required");
        } else if (directory.organisation(new OrganisationId(input.providerOrgId())).isEmpty()) {
            errors.put("provider", "return.organisation.unknown");
        }
        Checks.required(errors, "budget", input.budget());
        Checks.amount(errors, "budget", input.budget(), false);
        String currency = Texts.blankToNull(input.currency());
        Checks.required(errors, "currency", currency);
        Checks.currency(errors, "currency", currency);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Long id = jdbc.sql("""
                insert into case_reintegration_component (case_id, component, provider_org_id, budget, currency,
                                                          recorded_by)
                values (?, ?, ?, ?, ?, ?) on conflict (case_id, component) do nothing returning id""")
                .params(caseId.value(), input.component().name(), input.providerOrgId(), input.budget(), currency, user.id())
                .query(Long.class).optional().orElse(null);
        if (id == null) {
            throw InvalidInputException.of("component", "return.component.exists");
        }
        audit.record(AuditEvent.of(user.getUsername(), "REINTEGRATION_COMPONENT_ADDED", "case", facts.id(),
                "component=" + input.component().name()));
        events.publishEvent(new ReintegrationPlanned(caseId, id, input.component().name(), input.providerOrgId()));
        return id;
    }

    @Transactional
    public long disburse(CurrentUser user, CaseId caseId, long componentId, BigDecimal amount, LocalDate paidOn) {
        CaseFacts facts = open(user, caseId);
        Map<String, String> errors = new LinkedHashMap<>();
        Checks.required(errors, "amount", amount);
        Checks.amount(errors, "amount", amount, true);
        Checks.past(errors, "paidOn", paidOn);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Map<String, Object> row = jdbc.sql("""
                select budget, status from case_reintegration_component where id = ? and case_id = ? for update""")
                .params(componentId, caseId.value()).query().listOfRows().stream().findFirst()
                .orElseThrow(() -> new NotFoundException("component"));
        BigDecimal budget = (BigDecimal) row.get("budget");
        String status = (String) row.get("status");
        if ("CANCELLED".equals(status) || "COMPLETED".equals(status)) {
            throw new ConflictException("return.component.closed");
        }
        BigDecimal paid = jdbc.sql("select coalesce(sum(amount), 0) from case_reintegration_disbursement"
                        + " where component_id = ?")
                .param(componentId).query(BigDecimal.class).single();
        if (paid.add(amount).compareTo(budget) > 0) {
            throw InvalidInputException.of("amount", "return.disbursement.over-budget");
        }
        long id = jdbc.sql("""
                insert into case_reintegration_disbursement (component_id, amount, paid_on, recorded_by)
                values (?, ?, ?, ?) returning id""")
                .params(componentId, amount, paidOn, user.id()).query(Long.class).single();
        jdbc.sql("update case_reintegration_component set status = 'IN_PROGRESS' where id = ? and status = 'PLANNED'")
                .param(componentId).update();
        audit.record(AuditEvent.of(user.getUsername(), "REINTEGRATION_DISBURSED", "case", facts.id(),
                "component=" + componentId));
        return id;
    }

    @Transactional
    public void status(CurrentUser user, CaseId caseId, long componentId, ComponentStatus status) {
        CaseFacts facts = open(user, caseId);
        if (status == null) {
            throw InvalidInputException.of("status", "return.required");
        }
        int updated = jdbc.sql("update case_reintegration_component set status = ? where id = ? and case_id = ?")
                .params(status.name(), componentId, caseId.value()).update();
        if (updated != 1) {
            throw new NotFoundException("component");
        }
        audit.record(AuditEvent.of(user.getUsername(), "REINTEGRATION_STATUS_CHANGED", "case", facts.id(),
                "component=" + componentId + ",status=" + status.name()));
    }

    private CaseFacts open(CurrentUser user, CaseId caseId) {
        CaseFacts facts = cases.editable(user, caseId);
        if (facts.status().startsWith("Closed")) {
            throw new ConflictException("return.case.closed");
        }
        return facts;
    }
}
