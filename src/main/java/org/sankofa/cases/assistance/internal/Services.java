package org.sankofa.cases.assistance.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.sankofa.audit.AuditEvent;
import org.sankofa.audit.AuditLog;
import org.sankofa.cases.CaseId;
import org.sankofa.cases.events.ServiceDelivered;
import org.sankofa.cases.internal.CaseAccess;
import org.sankofa.cases.internal.CaseFacts;
import org.sankofa.cases.internal.RecordRules;
import org.sankofa.directory.Directory;
import org.sankofa.directory.Organisation;
import org.sankofa.directory.OrganisationId;
import org.sankofa.directory.ServiceType;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.UserAccounts;
import org.sankofa.shared.InvalidInputException;
import org.sankofa.shared.Texts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Services delivered: a type, a date (not in the future), a provider from the directory, a cost with its currency.
 * Recording one publishes {@link ServiceDelivered}.
 */
@Component
public class Services {

    /** The part of the case these records are, as the audit names a view of them ({@code via=services}). */
    public static final String PART = "services";

    public record Service(long id, ServiceType serviceType, LocalDate deliveredOn, String provider,
            BigDecimal cost, String currency, String recordedBy) {
    }

    public record NewService(ServiceType serviceType, LocalDate deliveredOn, Long providerOrgId, BigDecimal cost,
            String currency) {
    }

    private final JdbcClient jdbc;
    private final CaseAccess cases;
    private final Directory directory;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final UserAccounts users;

    Services(JdbcClient jdbc, CaseAccess cases, Directory directory, AuditLog audit,
            ApplicationEventPublisher events, UserAccounts users) {
        this.users = users;
        this.jdbc = jdbc;
        this.cases = cases;
        this.directory = directory;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    public List<Service> list(CurrentUser user, CaseId caseId) {
        CaseFacts facts = cases.readable(user, caseId, PART);
        record Row(long id, ServiceType serviceType, LocalDate deliveredOn, Long providerOrgId, BigDecimal cost,
                String currency, Long recordedBy) {
        }
        List<Row> rows = jdbc.sql("""
                select s.id, s.service_type, s.delivered_on, s.provider_org_id, s.cost, s.currency, s.recorded_by
                  from case_service s
                 where s.case_id = ? and s.recorded_at <= ? order by s.delivered_on desc, s.id desc""")
                .params(caseId.value(), facts.seenUntil()).query(Row.class).list();
        Map<OrganisationId, Organisation> providers = directory.organisations(rows.stream()
                .map(Row::providerOrgId).filter(Objects::nonNull).map(OrganisationId::new).collect(Collectors.toSet()));
        Function<Long, String> people = users.displayNames(rows.stream().map(Row::recordedBy).toList());
        return rows.stream().map(row -> {
            Organisation provider = row.providerOrgId() == null ? null
                    : providers.get(new OrganisationId(row.providerOrgId()));
            return new Service(row.id(), row.serviceType(), row.deliveredOn(),
                    provider == null ? null : provider.name(), row.cost(), row.currency(),
                    people.apply(row.recordedBy()));
        }).toList();
    }

    @Transactional
    public long record(CurrentUser user, CaseId caseId, NewService service) {
        cases.editable(user, caseId);
        Map<String, String> errors = new LinkedHashMap<>();
        RecordRules.required(errors, "serviceType", service.serviceType());
        RecordRules.date(errors, "deliveredOn", service.deliveredOn());
        if (service.providerOrgId() == null) {
            errors.put("provider", "care.required");
        } else if (directory.organisation(new OrganisationId(service.providerOrgId())).isEmpty()) {
            errors.put("provider", "care.organisation.unknown");
        }
        String currency = Texts.blankToNull(service.currency());
        if (service.cost() != null && service.cost().signum() < 0) {
            errors.put("cost", "care.service.cost.negative");
        } else if (service.cost() != null && (service.cost().scale() > 2
                || service.cost().compareTo(new BigDecimal("9999999999.99")) > 0)) {
            errors.put("cost", "care.service.cost.invalid");
        }
        if (currency != null && !currency.matches("[A-Z]{3}")) {
            errors.put("currency", "care.service.currency.invalid");
        } else if (service.cost() != null && currency == null) {
            errors.put("currency", "care.service.currency.required");
        } else if (service.cost() == null && currency != null) {
            errors.put("cost", "care.service.cost.required");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        long id = jdbc.sql("""
                insert into case_service (case_id, service_type, delivered_on, provider_org_id, cost, currency,
                                          recorded_by)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(caseId.value(), service.serviceType().name(), service.deliveredOn(), service.providerOrgId(),
                        service.cost(), currency, user.id())
                .query(Long.class).single();
        audit.record(AuditEvent.of(user.getUsername(), "SERVICE_RECORDED", "case", caseId,
                "service=" + service.serviceType().name()));
        events.publishEvent(new ServiceDelivered(caseId, id, service.serviceType().name(), service.deliveredOn(),
                service.providerOrgId()));
        return id;
    }
}
