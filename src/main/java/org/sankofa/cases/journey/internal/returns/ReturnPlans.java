package org.sankofa.cases.journey.internal.returns;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.sankofa.audit.AuditEvent;
import org.sankofa.audit.AuditLog;
import org.sankofa.cases.CaseId;
import org.sankofa.cases.bestinterests.ReturnApprovals;
import org.sankofa.cases.events.ReturnCompleted;
import org.sankofa.cases.internal.CaseAccess;
import org.sankofa.cases.internal.CaseFacts;
import org.sankofa.cases.internal.CaseGuard;
import org.sankofa.cases.internal.CaseViews;
import org.sankofa.cases.internal.protection.FieldCipher;
import org.sankofa.cases.journey.internal.Lookups;
import org.sankofa.directory.Countries;
import org.sankofa.directory.Office;
import org.sankofa.identity.Colleague;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.Roles;
import org.sankofa.shared.ConflictException;
import org.sankofa.shared.InvalidInputException;
import org.sankofa.shared.NotFoundException;
import org.sankofa.shared.Texts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The return plan of a case and its handover. A child's return is planned only with an approved best-interests
 * determination deciding a return to the family (the gate is here, so neither the page nor the API can skip it).
 * The handover is confirmed on both sides: the sending office — the office that planned the return, which prepares
 * the documents and the checklist and records the departure, even after it has transferred the case — and the
 * receiving office, which confirms the arrival (date, place, persons present) and so schedules the follow-up
 * visits: the office the case was transferred to, else the office named in the plan, else the owning office.
 * The arrival publishes {@link ReturnCompleted}, to which the follow-up schedule listens in the same transaction.
 */
@Component
public class ReturnPlans {

    /** The part of the case these records are, as the audit names a view of them ({@code via=return}). */
    public static final String PART = "return";

    /** The handover, as the view of it is named in the audit (the receiving office sees this and nothing else). */
    public static final String HANDOVER = "handover";

    public record Plan(long id, String destinationCountry, Long receivingOfficeId, String receivingOffice,
            LocalDate travelDate, String route, String escort, String programme, BigDecimal cost, String currency,
            Set<ChecklistItem> checklist, String status, LocalDate departedOn, LocalDate arrivedOn,
            String arrivalPlace, String arrivalPersons, int version) {

        public boolean checklistComplete() {
            return checklist.containsAll(EnumSet.allOf(ChecklistItem.class));
        }
    }

    public record Document(long id, DocumentKind kind, String status, String issuingAuthority, LocalDate requestedOn,
            LocalDate issuedOn) {
    }

    public record PlanInput(String destinationCountry, Long receivingOfficeId, LocalDate travelDate, String route,
            String escort, String programme, BigDecimal cost, String currency) {
    }

    public record DocumentInput(DocumentKind kind, String issuingAuthority, LocalDate requestedOn) {
    }

    public record Arrival(LocalDate arrivedOn, String place, String personsPresent) {
    }

    /**
     * What the receiving office sees of a case returned to it (before any transfer): the handover only, no name.
     * {@code receiving} tells whether the person's office confirms the arrival.
     */
    public record Handover(CaseId caseId, String caseNumber, String sendingOffice, String destinationCountry,
            String receivingOffice, LocalDate travelDate, String status, LocalDate departedOn, LocalDate arrivedOn,
            String arrivalPlace, String arrivalPersons, boolean receiving) {
    }

    /** The offices of a return: the owner of the case, the office that sends the person, the one that receives. */
    record Sides(long owner, long sending, long receiving) {

        boolean includes(Long office) {
            return office != null && (office == owner || office == sending || office == receiving);
        }
    }

    private final JdbcClient jdbc;
    private final CaseAccess cases;
    private final FieldCipher cipher;
    private final AuditLog audit;
    private final CaseGuard guard;
    private final CaseViews views;
    private final ApplicationEventPublisher events;
    private final ReturnApprovals approvals;
    private final Lookups lookups;
    private final Countries countries;

    ReturnPlans(JdbcClient jdbc, CaseAccess cases, FieldCipher cipher, AuditLog audit, CaseGuard guard,
            CaseViews views, ApplicationEventPublisher events, ReturnApprovals approvals, Lookups lookups,
            Countries countries) {
        this.events = events;
        this.approvals = approvals;
        this.lookups = lookups;
        this.countries = countries;
        this.guard = guard;
        this.views = views;
        this.jdbc = jdbc;
        this.cases = cases;
        this.cipher = cipher;
        this.audit = audit;
    }

    /** True when the return of this case may be planned: adults always, children with an approved determination. */
    public boolean returnAllowed(CaseFacts facts) {
        return returnAllowed(facts.id(), facts.child());
    }

    private boolean returnAllowed(CaseId caseId, boolean child) {
        return !child || approvals.returnApproved(caseId);
    }

    /** The plan (route, escort and handover persons decrypted). */
    @Transactional
    public Optional<Plan> plan(CurrentUser user, CaseId caseId) {
        cases.readable(user, caseId, PART);
        return find(caseId);
    }

    @Transactional
    public List<Document> documents(CurrentUser user, CaseId caseId) {
        cases.readable(user, caseId, PART);
        return jdbc.sql("""
                select id, kind, status, issuing_authority, requested_on, issued_on
                  from case_return_document where case_id = ? order by id""")
                .param(caseId.value()).query(Document.class).list();
    }

    /** Creates or replaces the plan while the person has not left. */
    @Transactional
    public long save(CurrentUser user, CaseId caseId, PlanInput input) {
        CaseFacts facts = open(user, caseId);
        Map<String, String> errors = new LinkedHashMap<>();
        String country = Texts.blankToNull(input.destinationCountry());
        if (country == null) {
            errors.put("destinationCountry", "return.required");
        } else if (!countries.exists(country)) {
            errors.put("destinationCountry", "return.country.unknown");
        }
        if (input.receivingOfficeId() != null && country != null && !errors.containsKey("destinationCountry")) {
            Office receiving = lookups.offices(List.of(input.receivingOfficeId())).get(input.receivingOfficeId());
            if (receiving == null || !receiving.countryCode().equals(country)) {
                errors.put("receivingOffice", "return.office.unknown");
            }
        }
        if (input.travelDate() != null && input.travelDate().isBefore(LocalDate.now().minusYears(1))) {
            errors.put("travelDate", "return.date.invalid");
        }
        Checks.text(errors, "route", input.route(), Checks.TEXT);
        Checks.text(errors, "escort", input.escort(), Checks.TEXT);
        Checks.text(errors, "programme", input.programme(), 200);
        Checks.amount(errors, "cost", input.cost(), false);
        String currency = Texts.blankToNull(input.currency());
        Checks.currency(errors, "currency", currency);
        if (input.cost() != null && currency == null) {
            errors.put("currency", "return.currency.required");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Optional<Plan> existing = find(caseId);
        if (existing.isPresent() && !"PLANNED".equals(existing.get().status())) {
            throw new ConflictException("return.plan.departed");
        }
        String route = encrypt(input.route(), "case_return_plan.route");
        String escort = encrypt(input.escort(), "case_return_plan.escort");
        long id = jdbc.sql("""
                insert into case_return_plan (case_id, destination_country, receiving_office_id, travel_date, route,
                                              escort, programme, cost, currency, planned_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (case_id) do update set destination_country = excluded.destination_country,
                    receiving_office_id = excluded.receiving_office_id, travel_date = excluded.travel_date,
                    route = excluded.route, escort = excluded.escort, programme = excluded.programme,
                    cost = excluded.cost, currency = excluded.currency, version = case_return_plan.version + 1
                returning id""")
                .params(caseId.value(), country, input.receivingOfficeId(), input.travelDate(), route, escort,
                        Texts.blankToNull(input.programme()), input.cost(), currency, user.id())
                .query(Long.class).single();
        audit.record(AuditEvent.of(user.getUsername(), existing.isPresent() ? "RETURN_PLAN_UPDATED" : "RETURN_PLANNED",
                "case", facts.id(), "fields=destinationCountry,receivingOffice,travelDate,route,escort,programme,cost"));
        return id;
    }

    @Transactional
    public long addDocument(CurrentUser user, CaseId caseId, DocumentInput input) {
        CaseFacts facts = sendingSide(user, caseId);
        planned(caseId);
        Map<String, String> errors = new LinkedHashMap<>();
        Checks.required(errors, "kind", input.kind());
        Checks.required(errors, "issuingAuthority", input.issuingAuthority());
        Checks.text(errors, "issuingAuthority", input.issuingAuthority(), 200);
        Checks.past(errors, "requestedOn", input.requestedOn());
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        long id = jdbc.sql("""
                insert into case_return_document (case_id, kind, issuing_authority, requested_on, recorded_by)
                values (?, ?, ?, ?, ?) returning id""")
                .params(caseId.value(), input.kind().name(), input.issuingAuthority().strip(), input.requestedOn(), user.id())
                .query(Long.class).single();
        audit.record(AuditEvent.of(user.getUsername(), "RETURN_DOCUMENT_REQUESTED", "case", facts.id(),
                "document=" + input.kind().name()));
        return id;
    }

    @Transactional
    public void issueDocument(CurrentUser user, CaseId caseId, long documentId, LocalDate issuedOn) {
        CaseFacts facts = sendingSide(user, caseId);
        Map<String, String> errors = new LinkedHashMap<>();
        Checks.past(errors, "issuedOn", issuedOn);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Document document = jdbc.sql("""
                select id, kind, status, issuing_authority, requested_on, issued_on
                  from case_return_document where id = ? and case_id = ? for update""")
                .params(documentId, caseId.value()).query(Document.class).optional()
                .orElseThrow(() -> new NotFoundException("document"));
        if (!"REQUESTED".equals(document.status())) {
            throw new ConflictException("return.document.issued");
        }
        if (issuedOn.isBefore(document.requestedOn())) {
            throw InvalidInputException.of("issuedOn", "return.document.before-request");
        }
        jdbc.sql("update case_return_document set status = 'ISSUED', issued_on = ? where id = ?")
                .params(issuedOn, documentId).update();
        audit.record(AuditEvent.of(user.getUsername(), "RETURN_DOCUMENT_ISSUED", "case", facts.id(),
                "document=" + document.kind().name()));
    }

    @Transactional
    public void checklist(CurrentUser user, CaseId caseId, Set<ChecklistItem> done) {
        CaseFacts facts = sendingSide(user, caseId);
        Plan plan = planned(caseId);
        if (!"PLANNED".equals(plan.status())) {
            throw new ConflictException("return.plan.departed");
        }
        String[] items = done.stream().map(Enum::name).sorted().toArray(String[]::new);
        jdbc.sql("update case_return_plan set checklist = ?::varchar[], version = version + 1 where id = ?")
                .params(items, plan.id()).update();
        audit.record(AuditEvent.of(user.getUsername(), "RETURN_CHECKLIST_UPDATED", "case", facts.id(),
                "fields=checklist"));
    }

    /** The sending office records the departure: checklist complete, every document issued, a travel date set. */
    @Transactional
    public void depart(CurrentUser user, CaseId caseId, LocalDate departedOn) {
        CaseFacts facts = sendingSide(user, caseId);
        Plan plan = planned(caseId);
        if (!"PLANNED".equals(plan.status())) {
            throw new ConflictException("return.plan.departed");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Checks.past(errors, "departedOn", departedOn);
        if (!plan.checklistComplete()) {
            errors.put("checklist", "return.checklist.incomplete");
        }
        long pending = jdbc.sql("select count(*) from case_return_document where case_id = ? and status <> 'ISSUED'")
                .param(caseId.value()).query(Long.class).single();
        long documents = jdbc.sql("select count(*) from case_return_document where case_id = ?")
                .param(caseId.value()).query(Long.class).single();
        if (pending > 0 || documents == 0) {
            errors.put("documents", "return.documents.not-issued");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        int updated = jdbc.sql("""
                update case_return_plan set status = 'DEPARTED', departed_on = ?, departure_recorded_by = ?,
                       version = version + 1
                 where id = ? and status = 'PLANNED'""")
                .params(departedOn, user.id(), plan.id()).update();
        if (updated != 1) {
            throw new ConflictException("return.plan.departed");
        }
        audit.record(AuditEvent.of(user.getUsername(), "RETURN_DEPARTED", "case", facts.id(), "fields=departedOn"));
    }

    /** The receiving side confirms the arrival; the follow-up visits are scheduled from the arrival date. */
    @Transactional
    public void arrive(CurrentUser user, CaseId caseId, Arrival arrival) {
        Seen seen = seen(user, caseId);
        if (!seen.handover().receiving()) {
            throw new ConflictException("return.arrival.receiving-office");
        }
        if (seen.closed()) {
            throw new ConflictException("return.case.closed");
        }
        if (!returnAllowed(caseId, seen.child())) {
            throw InvalidInputException.of("determination", "return.gate.determination");
        }
        Plan plan = planned(caseId);
        if (!"DEPARTED".equals(plan.status())) {
            throw new ConflictException("PLANNED".equals(plan.status()) ? "return.plan.not-departed"
                    : "return.plan.arrived");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Checks.past(errors, "arrivedOn", arrival.arrivedOn());
        if (arrival.arrivedOn() != null && arrival.arrivedOn().isBefore(plan.departedOn())) {
            errors.put("arrivedOn", "return.arrival.before-departure");
        }
        Checks.required(errors, "place", arrival.place());
        Checks.text(errors, "place", arrival.place(), 200);
        Checks.required(errors, "personsPresent", arrival.personsPresent());
        Checks.text(errors, "personsPresent", arrival.personsPresent(), Checks.TEXT);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        int updated = jdbc.sql("""
                update case_return_plan set status = 'ARRIVED', arrived_on = ?, arrival_place = ?,
                       arrival_persons = ?, arrival_confirmed_by = ?, version = version + 1
                 where id = ? and status = 'DEPARTED'""")
                .params(arrival.arrivedOn(), cipher.encrypt(arrival.place().strip(), "case_return_plan.arrival_place"),
                        cipher.encrypt(arrival.personsPresent().strip(), "case_return_plan.arrival_persons"),
                        user.id(), plan.id())
                .update();
        if (updated != 1) {
            throw new ConflictException("return.plan.arrived");
        }
        audit.record(AuditEvent.of(user.getUsername(), "RETURN_ARRIVED", "case", caseId,
                "fields=arrivedOn,place,personsPresent"));
        events.publishEvent(new ReturnCompleted(caseId, plan.id(), seen.sides().sending(), seen.sides().receiving(),
                arrival.arrivedOn(), plan.destinationCountry()));
    }

    /**
     * The handover of a case, for the offices of its return — the owner, the sending and the receiving office (a
     * case worker or supervisor there sees this and nothing else of the case); 404 for everyone else, 403 without
     * case access.
     */
    @Transactional
    public Handover handover(CurrentUser user, CaseId caseId) {
        Handover handover = seen(user, caseId).handover();
        views.record(user, caseId, HANDOVER);
        return handover;
    }

    /**
     * The check of the handover (404 for an office that is no side of the return) before its arrival form is read:
     * the request confirms the arrival, a change, so what it shows afterwards is no view.
     */
    public void requireHandover(CurrentUser user, CaseId caseId) {
        seen(user, caseId);
        views.changing(caseId);
    }

    /** The handover as the person's office sees it, with the sides of the return and the state of the case. */
    private record Seen(Handover handover, Sides sides, boolean child, boolean closed) {
    }

    private Seen seen(CurrentUser user, CaseId caseId) {
        guard.scopeOf(user);
        Long office = caseOffice(user);
        Sides sides = sides(caseId).filter(s -> s.includes(office)).orElseThrow(() -> new NotFoundException("case"));
        Map<Long, Office> offices = lookups.offices(List.of(sides.sending(), sides.receiving()));
        record Row(Handover handover, boolean child, String status) {
        }
        Row row = jdbc.sql("""
                select c.id, c.case_number, c.is_child, c.status as case_status, p.destination_country,
                       p.travel_date, p.status, p.departed_on, p.arrived_on, p.arrival_place, p.arrival_persons
                  from case_return_plan p join case_file c on c.id = p.case_id
                 where p.case_id = ?""")
                .param(caseId.value())
                .query((rs, n) -> new Row(new Handover(CaseId.of(rs.getLong("id")), rs.getString("case_number"),
                        name(offices.get(sides.sending())), rs.getString("destination_country"),
                        name(offices.get(sides.receiving())), rs.getObject("travel_date", LocalDate.class),
                        rs.getString("status"), rs.getObject("departed_on", LocalDate.class),
                        rs.getObject("arrived_on", LocalDate.class),
                        decrypt(rs.getString("arrival_place"), "case_return_plan.arrival_place"),
                        decrypt(rs.getString("arrival_persons"), "case_return_plan.arrival_persons"),
                        office == sides.receiving()), rs.getBoolean("is_child"), rs.getString("case_status")))
                .single();
        return new Seen(row.handover(), sides, row.child(),
                "Closed".equals(row.status()) || "ClosedReferred".equals(row.status()));
    }

    /**
     * The person's part in the return of a case with a plan: whether their office sends the person home (prepares
     * the documents, records the departure) or receives them (confirms the arrival), and who receives.
     */
    public record Part(boolean sending, boolean receiving, String receivingOffice) {
    }

    /** The person's part in the return of a case (empty without a plan), read in one query. */
    @Transactional(readOnly = true)
    public Optional<Part> part(CurrentUser user, CaseId caseId) {
        Long office = caseOffice(user);
        return sides(caseId).map(s -> new Part(office != null && s.sending() == office,
                office != null && s.receiving() == office,
                name(lookups.offices(List.of(s.receiving())).get(s.receiving()))));
    }

    /**
     * The sides of the return of a case, if it has a plan. The sending office is the office of the person who
     * planned the return (else the office that transferred the case, else its owner); the receiving office is the
     * owner when the case was transferred away from the sending office, else the office the plan names.
     */
    private Optional<Sides> sides(CaseId caseId) {
        Optional<Parties> parties = jdbc.sql("select " + PARTIES + PLANS + " where p.case_id = ?")
                .param(caseId.value()).query(Parties.class).optional();
        return parties.map(p -> p.sides(lookups.people(Stream.of(p.plannedBy()).filter(Objects::nonNull).toList())));
    }

    /** Who takes part in the return of a case {@code c} with a plan {@code p}, as stored (people and offices by id). */
    private static final String PARTIES = """
            c.id as case_id, c.office_id as owner, p.planned_by, p.receiving_office_id as named,
                   (select t.from_office_id from case_transfer t where t.case_id = c.id and t.status = 'ACCEPTED'
                     order by t.decided_at desc limit 1) as transferred_from""";

    /** The return plans {@code p} with their cases {@code c}. */
    private static final String PLANS = " from case_return_plan p join case_file c on c.id = p.case_id";

    private record Parties(long caseId, long owner, Long plannedBy, Long named, Long transferredFrom) {

        /** The sides, knowing the planners' offices ({@code planners}, by id). */
        Sides sides(Map<Long, Colleague> planners) {
            Colleague planner = plannedBy == null ? null : planners.get(plannedBy);
            long sending = planner != null && planner.officeId() != null ? planner.officeId()
                    : transferredFrom != null ? transferredFrom : owner;
            long receiving = owner != sending ? owner : named == null ? owner : named;
            return new Sides(owner, sending, receiving);
        }
    }

    private static Long caseOffice(CurrentUser user) {
        return user.hasAnyRole(Roles.CASE_STAFF_ROLES) ? user.officeId() : null;
    }

    /** Handovers to receive in the person's office (named in the plan, or the case transferred to it), not arrived. */
    @Transactional(readOnly = true)
    public List<Handover> incoming(CurrentUser user) {
        guard.scopeOf(user);
        if (user.officeId() == null || !user.hasAnyRole(Roles.CASE_STAFF_ROLES)) {
            return List.of();
        }
        long office = user.officeId();
        record Candidate(Parties parties, Handover handover) {
        }
        // the plans not yet arrived of the office's cases or naming it: those it sends itself are left out below,
        // once the planners' offices are known (returns under way are few: no limit needed before that)
        List<Candidate> candidates = jdbc.sql("select c.case_number, p.destination_country, p.travel_date, p.status,"
                        + " p.departed_on, p.arrived_on, " + PARTIES + PLANS
                        + " where p.status <> 'ARRIVED' and (c.office_id = :office or p.receiving_office_id = :office)"
                        + " order by p.travel_date nulls last, p.id")
                .param("office", office)
                .query((rs, n) -> new Candidate(new Parties(rs.getLong("case_id"), rs.getLong("owner"),
                        (Long) rs.getObject("planned_by"), (Long) rs.getObject("named"),
                        (Long) rs.getObject("transferred_from")),
                        new Handover(CaseId.of(rs.getLong("case_id")), rs.getString("case_number"), null,
                                rs.getString("destination_country"), null, rs.getObject("travel_date", LocalDate.class),
                                rs.getString("status"), rs.getObject("departed_on", LocalDate.class),
                                rs.getObject("arrived_on", LocalDate.class), null, null, true)))
                .list();
        Map<Long, Colleague> planners = lookups.people(candidates.stream().map(c -> c.parties().plannedBy())
                .filter(Objects::nonNull).toList());
        record Incoming(Handover handover, long sending) {
        }
        List<Incoming> incoming = candidates.stream()
                .map(c -> new Incoming(c.handover(), c.parties().sides(planners).sending()))
                .filter(i -> i.sending() != office).limit(200).toList();
        Map<Long, Office> offices = lookups.offices(Stream.concat(Stream.of(office),
                incoming.stream().map(Incoming::sending)).toList());
        return incoming.stream().map(i -> {
            Handover h = i.handover();
            return new Handover(h.caseId(), h.caseNumber(), name(offices.get(i.sending())), h.destinationCountry(),
                    name(offices.get(office)), h.travelDate(), h.status(), h.departedOn(), h.arrivedOn(), null, null,
                    true);
        }).toList();
    }

    /**
     * The case, for the staff of the sending office preparing the departure (which may have transferred the case
     * already): readable by them, open, and (for a child) with an approved return determination.
     */
    private CaseFacts sendingSide(CurrentUser user, CaseId caseId) {
        CaseFacts facts = cases.readableToChange(user, caseId);
        Sides sides = sides(caseId).orElseThrow(() -> InvalidInputException.of("plan", "return.plan.missing"));
        Long office = caseOffice(user);
        if (office == null || sides.sending() != office) {
            throw new AccessDeniedException("only the sending office prepares the departure");
        }
        if (facts.closed()) {
            throw new ConflictException("return.case.closed");
        }
        if (!returnAllowed(facts)) {
            throw InvalidInputException.of("determination", "return.gate.determination");
        }
        return facts;
    }

    /** The case, editable by the person, open, and (for a child) with an approved return determination. */
    private CaseFacts open(CurrentUser user, CaseId caseId) {
        CaseFacts facts = cases.editable(user, caseId);
        if (facts.status().startsWith("Closed")) {
            throw new ConflictException("return.case.closed");
        }
        if (!returnAllowed(facts)) {
            throw InvalidInputException.of("determination", "return.gate.determination");
        }
        return facts;
    }

    private Plan planned(CaseId caseId) {
        return find(caseId).orElseThrow(() -> InvalidInputException.of("plan", "return.plan.missing"));
    }

    private Optional<Plan> find(CaseId caseId) {
        return jdbc.sql("""
                select p.id, p.destination_country, p.receiving_office_id, p.travel_date, p.route, p.escort,
                       p.programme, p.cost, p.currency, p.checklist, p.status, p.departed_on, p.arrived_on,
                       p.arrival_place, p.arrival_persons, p.version
                  from case_return_plan p
                 where p.case_id = ?""")
                .param(caseId.value())
                .query((rs, n) -> new Plan(rs.getLong("id"), rs.getString("destination_country"),
                        (Long) rs.getObject("receiving_office_id"), null,
                        rs.getObject("travel_date", LocalDate.class),
                        decrypt(rs.getString("route"), "case_return_plan.route"),
                        decrypt(rs.getString("escort"), "case_return_plan.escort"), rs.getString("programme"),
                        rs.getBigDecimal("cost"), rs.getString("currency"),
                        checklistOf((String[]) rs.getArray("checklist").getArray()), rs.getString("status"),
                        rs.getObject("departed_on", LocalDate.class), rs.getObject("arrived_on", LocalDate.class),
                        decrypt(rs.getString("arrival_place"), "case_return_plan.arrival_place"),
                        decrypt(rs.getString("arrival_persons"), "case_return_plan.arrival_persons"),
                        rs.getInt("version")))
                .optional()
                .map(this::withReceivingOffice);
    }

    /** The plan with the name of the office it names to receive the person. */
    private Plan withReceivingOffice(Plan p) {
        if (p.receivingOfficeId() == null) {
            return p;
        }
        String receiving = name(lookups.offices(List.of(p.receivingOfficeId())).get(p.receivingOfficeId()));
        return new Plan(p.id(), p.destinationCountry(), p.receivingOfficeId(), receiving, p.travelDate(), p.route(),
                p.escort(), p.programme(), p.cost(), p.currency(), p.checklist(), p.status(), p.departedOn(),
                p.arrivedOn(), p.arrivalPlace(), p.arrivalPersons(), p.version());
    }

    private static String name(Office office) {
        return office == null ? null : office.name();
    }

    private static Set<ChecklistItem> checklistOf(String[] items) {
        Set<ChecklistItem> set = EnumSet.noneOf(ChecklistItem.class);
        Arrays.stream(items).map(ChecklistItem::valueOf).forEach(set::add);
        return set;
    }

    private String encrypt(String value, String label) {
        String clear = Texts.blankToNull(value);
        return clear == null ? null : cipher.encrypt(clear, label);
    }

    private String decrypt(String value, String label) {
        return value == null ? null : cipher.decrypt(value, label);
    }

    static String names(Set<? extends Enum<?>> codes) {
        return codes.stream().map(Enum::name).collect(Collectors.joining(","));
    }
}
