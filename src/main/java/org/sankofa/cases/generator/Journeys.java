package org.sankofa.cases.generator;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.BiFunction;

import org.sankofa.cases.ClosureReason;
import org.sankofa.cases.generator.CaseGenerator.Consent;
import org.sankofa.cases.generator.CaseGenerator.Stage;
import org.sankofa.cases.generator.CaseGenerator.World;

/**
 * Draws the journey home of a case found away from its country (full detail), in the order assistance goes through
 * it: identification → best-interests assessment → determination (children) → family tracing by the office of the
 * country of origin → return plan, documents, departure and arrival (with, for some, the case transferred to the
 * office of origin first) → reintegration components and their disbursements → follow-up visits at the months the
 * application schedules (sankofa.follow-up.months) with a risk outcome, and an alert for each visit that went overdue
 * while the case was open. Every step happens after the one before it and no later than the case's closure (or
 * today); what would come later has not happened yet: a determination still waits, a tracing request is open, a
 * return is planned or under way. A case closed because its reintegration was completed went the whole way.
 *
 * <p>Rows are what the application's own services write (BestInterests, Tracing, Transfers, ReturnPlans,
 * Reintegration, FollowUps, OverdueAlerts, Closures): the same codes, the same encrypted columns under the same
 * labels. The journey draws from its own random stream, so that the rest of a case is the same with or without it.
 */
final class Journeys {

    // the codes of the bestinterests and journey modules' lists (internal there: repeated here, checked by the tests)
    static final List<String> BI_DECISIONS = List.of("RETURN_TO_FAMILY", "ALTERNATIVE_CARE_IN_ORIGIN",
            "LOCAL_INTEGRATION", "THIRD_COUNTRY");
    static final List<String> CHECKLIST = List.of("CHILD_CONSULTED", "ESCORT_BRIEFED", "FAMILY_INFORMED",
            "MEDICAL_CLEARANCE", "RECEIVING_OFFICE_CONFIRMED", "TRAVEL_DOCUMENTS_READY");
    static final List<String> RISK_LEVELS = List.of("LOW", "MEDIUM", "HIGH");
    private static final List<String> CHILD_DOCUMENTS = List.of("LAISSEZ_PASSER", "LAISSEZ_PASSER",
            "BIRTH_CERTIFICATE", "TRAVEL_AUTHORISATION");
    private static final List<String> ADULT_DOCUMENTS = List.of("LAISSEZ_PASSER", "PASSPORT", "PASSPORT",
            "IDENTITY_CARD");
    private static final List<String> CHILD_COMPONENTS = List.of("PSYCHOSOCIAL_SUPPORT", "FAMILY_SUPPORT_AND_HOUSING",
            "HEALTH", "COMMUNITY_SENSITISATION");
    private static final List<String> ADULT_COMPONENTS = List.of("INCOME_GENERATING_ACTIVITY", "VOCATIONAL_TRAINING",
            "HEALTH", "PSYCHOSOCIAL_SUPPORT", "FAMILY_SUPPORT_AND_HOUSING", "COMMUNITY_SENSITISATION");
    /** West African CFA franc countries without an office of their own in the generator's world. */
    private static final Set<String> XOF = Set.of("SN", "CI", "ML", "BF", "BJ", "TG", "NE", "GW");
    private static final long SALT = 0x5DEECE66DL;

    private static final List<String> ASSESSMENTS = List.of(
            "Best-interests assessment with the child (views, safety, family, education and health): the child asks "
                    + "to go home and no protection risk was identified at home.",
            "Best-interests assessment: the child wishes to return; the family must be traced and its situation "
                    + "assessed before a decision.",
            "Best-interests assessment with an interpreter: the child is settled in the shelter and asks to see "
                    + "the family again.");
    private static final Map<String, String> REASONS = Map.of(
            "RETURN_TO_FAMILY", "The child asks to go home; the family is known and willing; no protection risk "
                    + "identified.",
            "ALTERNATIVE_CARE_IN_ORIGIN", "The parents placed the child with the exploiter; a relative in the home "
                    + "region can care for the child.",
            "LOCAL_INTEGRATION", "The child has lived here for years and has no family to return to; foster care "
                    + "with schooling here.",
            "THIRD_COUNTRY", "The child's only parent lives in another country and asks for the child.");
    private static final List<String> FINDINGS = List.of(
            "Living with the family; attends school regularly.",
            "Back with the family; the income activity has started and covers the household's food.",
            "The family is struggling; the person is anxious about debts. Closer follow-up agreed.",
            "Settled; sees friends again and helps at the family's shop.",
            "Not found at the address at first; met at the neighbour's. Stable, but no income yet.");

    private final World world;
    private final BiFunction<String, String, String> encrypt;
    private final List<Integer> months;

    Journeys(World world, BiFunction<String, String, String> encrypt, List<Integer> months) {
        this.world = world;
        this.encrypt = encrypt;
        this.months = List.copyOf(months);
    }

    /** What the journey of a case builds on. */
    record Facts(long seed, int index, String officeCode, Stage stage, LocalDate identifiedOn, LocalDate today,
            String citizenship, boolean child, String familyName, String village, List<String> languages,
            String status, LocalDate closedOn, String closureReason, List<Consent> consents) {
    }

    /** The next day of a journey, never after its end: null once the journey has stopped. */
    private static final class Clock {

        private final LocalDate end;
        private LocalDate day;

        Clock(LocalDate start, LocalDate end) {
            this.day = start;
            this.end = end;
        }

        /** Moves on by {@code days}; false (and stays) when that day is after the end. */
        boolean after(int days) {
            LocalDate next = day.plusDays(days);
            if (next.isAfter(end)) {
                return false;
            }
            day = next;
            return true;
        }
    }

    Journey build(Facts f) {
        String home = world.officeCountry().get(f.officeCode());
        if (f.stage() == null || f.stage() == Stage.REGISTERED || f.citizenship() == null
                || f.citizenship().equals(home)) {
            return new Trip(f, null).done(false); // no journey home; a child's closure was approved all the same
        }
        Trip trip = new Trip(f, new SplittableRandom((f.seed() * 0x9E3779B97F4A7C15L + f.index()) ^ SALT));
        if ((f.child() ? trip.bestInterests() : trip.asksToGoHome()) && trip.tracing() && trip.returnHome()) {
            trip.reintegration();
            trip.followUps();
        }
        return trip.done(true);
    }

    /**
     * The journey of one case as it is drawn: each step draws, then tells whether the journey goes on (false when
     * the next step would come after the closure or today, or does not happen for this person).
     */
    private final class Trip {

        private final Facts f;
        private final SplittableRandom r;
        private final boolean closed;
        /** A case closed because its reintegration was completed went the whole way. */
        private final boolean whole;
        private final LocalDate end;
        private final Clock clock;
        private final long office;
        private final Long worker;
        private final Long supervisor;
        private final Long origin;
        private final Long originWorker;
        private final Long originSupervisor;

        final List<Journey.BiAssessment> assessments = new ArrayList<>();
        final List<Journey.BiDetermination> determinations = new ArrayList<>();
        final List<Journey.TracingRequest> tracing = new ArrayList<>();
        final List<Journey.Transfer> transfers = new ArrayList<>();
        final List<Journey.ReturnDocument> documents = new ArrayList<>();
        final List<Journey.Component> components = new ArrayList<>();
        final List<Journey.Visit> visits = new ArrayList<>();
        final List<Consent> consents = new ArrayList<>();
        Journey.ReturnPlan plan;
        private boolean familyFound;
        /** The office of origin once the case was transferred there. */
        private Long owner;
        private LocalDate arrived;

        Trip(Facts f, SplittableRandom r) {
            this.f = f;
            this.r = r;
            this.closed = f.closedOn() != null;
            this.whole = closed && ClosureReason.REINTEGRATION_COMPLETED.value().equals(f.closureReason());
            this.end = closed ? f.closedOn() : f.today();
            this.clock = new Clock(f.identifiedOn(), end);
            this.office = world.offices().get(f.officeCode());
            this.worker = world.caseworkers().get(f.officeCode());
            this.supervisor = world.supervisors().get(f.officeCode());
            this.origin = world.officeOfCountry().get(f.citizenship());
            String originCode = origin == null ? null : world.officeCodes().get(origin);
            this.originWorker = originCode == null ? null : world.caseworkers().get(originCode);
            this.originSupervisor = originCode == null ? null : world.supervisors().get(originCode);
        }

        /** A child's best interests: an assessment, then a determination a supervisor approves or sends back. */
        boolean bestInterests() {
            if (!clock.after(5 + r.nextInt(20)) || !(whole || r.nextInt(100) < 88)) {
                return false;
            }
            assessments.add(new Journey.BiAssessment(clock.day, worker,
                    encrypt.apply(pick(r, ASSESSMENTS), "case_bi_assessment.summary")));
            if (f.stage() == Stage.ASSESSED) {
                return false;
            }
            String decision = whole ? "RETURN_TO_FAMILY" : decision(r);
            if (!whole && r.nextInt(100) < 8) { // sent back first: the family must be traced and assessed
                if (!clock.after(2 + r.nextInt(8))) {
                    return false;
                }
                LocalDate requested = clock.day;
                if (!clock.after(2 + r.nextInt(10))) {
                    determination(decision, requested, null);
                    return false;
                }
                determinations.add(new Journey.BiDetermination(0, decision, "REJECTED",
                        encrypt.apply(REASONS.get(decision), "case_bi_determination.reasons"), worker,
                        at(requested, 14, 0), supervisor, at(clock.day, 10, 0),
                        encrypt.apply("Rejected for now: the family must be traced and assessed first.",
                                "case_bi_determination.decision_note")));
            }
            if (!clock.after(2 + r.nextInt(10))) {
                return false;
            }
            LocalDate requested = clock.day;
            if (!clock.after(2 + r.nextInt(12))) {
                determination(decision, requested, null);
                return false;
            }
            determination(decision, requested, clock.day);
            return decision.equals("RETURN_TO_FAMILY");
        }

        /** Most adults found abroad ask to go home; the others stay or move on. */
        boolean asksToGoHome() {
            return f.stage() != Stage.ASSESSED && (whole || r.nextInt(100) < 60) && clock.after(10 + r.nextInt(50));
        }

        /**
         * Family tracing by the office of the country of origin, where there is one (every child, some adults):
         * the journey goes on when the family is found (or, for an adult, not found but safe), or without tracing.
         */
        boolean tracing() {
            if (origin == null || !(f.child() || r.nextInt(100) < 30)) {
                return true;
            }
            if (!clock.after(1 + r.nextInt(7))) {
                return false;
            }
            LocalDate requested = clock.day;
            String outcome = whole ? "FAMILY_FOUND" : tracingOutcome(r);
            boolean answered = clock.after(10 + r.nextInt(35));
            tracing.add(new Journey.TracingRequest(office, origin, answered ? outcome : "OPEN",
                    encrypt.apply(f.familyName(), "case_tracing_request.family_names"),
                    encrypt.apply(f.village() + " (synthetic village)", "case_tracing_request.village"),
                    encrypt.apply(f.village() + " region", "case_tracing_request.region"),
                    encrypt.apply(languages(f.languages()), "case_tracing_request.languages"), worker,
                    at(requested, 12, 0),
                    answered ? encrypt.apply(familyAssessment(outcome), "case_tracing_request.assessment") : null,
                    answered ? originWorker : null, answered ? at(clock.day, 15, 0) : null));
            if (!answered) {
                return false;
            }
            familyFound = outcome.equals("FAMILY_FOUND");
            return familyFound || !f.child() && outcome.equals("NOT_FOUND");
        }

        /**
         * The return: a plan (most children whose return was approved, most adults who asked), its documents, for
         * some a transfer to the office of origin first, the departure once every document is issued and the
         * checklist done, and the arrival. True when the person arrived.
         */
        boolean returnHome() {
            if (!(whole || r.nextInt(100) < 92) || !clock.after(3 + r.nextInt(13))) {
                return false;
            }
            LocalDate planned = clock.day;
            LocalDate travel = planned.plusDays(14 + r.nextInt(32));
            String officeCurrency = currency(world.officeCountry().get(f.officeCode()));
            int officeUnit = unit(officeCurrency);
            LocalDate issuedBy = planned;
            boolean allIssued = true;
            int nDocuments = r.nextInt(100) < 30 ? 2 : 1;
            for (int d = 0; d < nDocuments; d++) {
                String kind = d == 0 ? pick(r, f.child() ? CHILD_DOCUMENTS : ADULT_DOCUMENTS)
                        : f.child() ? "TRAVEL_AUTHORISATION" : "OTHER";
                LocalDate requestedOn = planned.plusDays(r.nextInt(4));
                LocalDate issuedOn = requestedOn.plusDays(4 + r.nextInt(17));
                if (requestedOn.isAfter(end)) {
                    continue;
                }
                boolean issued = !issuedOn.isAfter(end);
                allIssued &= issued;
                issuedBy = issued && issuedOn.isAfter(issuedBy) ? issuedOn : issuedBy;
                documents.add(new Journey.ReturnDocument(kind, issued ? "ISSUED" : "REQUESTED",
                        kind.equals("LAISSEZ_PASSER") || kind.equals("PASSPORT") ? "Consulate of the country of origin"
                                : kind.equals("TRAVEL_AUTHORISATION") ? "Juvenile judge" : "Civil registry",
                        requestedOn, issued ? issuedOn : null, worker));
            }
            allIssued &= !documents.isEmpty();
            LocalDate transferDecided = transfer(planned);
            LocalDate departAfter = travel.isAfter(issuedBy) ? travel : issuedBy;
            if (transferDecided != null && transferDecided.isAfter(departAfter)) {
                departAfter = transferDecided;
            }
            Long receivingWorker = owner != null || originWorker != null ? originWorker : worker;
            LocalDate departed = departAfter.plusDays(r.nextInt(4));
            boolean leaves = allIssued && !departed.isAfter(end) && (whole || r.nextInt(100) < 93);
            LocalDate arrivedOn = departed.plusDays(r.nextInt(3));
            boolean arrives = leaves && !arrivedOn.isAfter(end);
            List<String> checklist = leaves ? CHECKLIST : CHECKLIST.subList(0, r.nextInt(CHECKLIST.size()));
            plan = new Journey.ReturnPlan(f.citizenship(), origin, leaves ? departed : travel,
                    encrypt.apply(pick(r, List.of("By road, via the border post",
                            "By bus to the capital, then by road", "By air to the capital, then by road")),
                            "case_return_plan.route"),
                    encrypt.apply(f.child() ? "Synthetic escort (social worker of the office)"
                            : "Synthetic escort (IOM operations assistant)", "case_return_plan.escort"),
                    "ECOWAS assisted voluntary return", (long) officeUnit * (20 + r.nextInt(40)), officeCurrency,
                    checklist, arrives ? "ARRIVED" : leaves ? "DEPARTED" : "PLANNED", leaves ? departed : null,
                    leaves ? worker : null, arrives ? arrivedOn : null,
                    arrives ? encrypt.apply(pick(r, List.of("Bus station", "Airport", "Border post", "IOM office")),
                            "case_return_plan.arrival_place") : null,
                    arrives ? encrypt.apply(f.child() ? "Synthetic family member, social worker, office staff"
                            : "Synthetic family member, office staff", "case_return_plan.arrival_persons") : null,
                    arrives ? receivingWorker : null, worker, at(planned, 13, 0));
            arrived = arrives ? arrivedOn : null;
            return arrives;
        }

        /**
         * Some cases whose family the office of origin found move there before the journey: requested by the
         * office's supervisor, then accepted or rejected there. Returns the day of the answer (which the departure
         * waits for), or null without a transfer.
         */
        private LocalDate transfer(LocalDate planned) {
            if (origin == null || !familyFound || r.nextInt(100) >= 35) {
                return null;
            }
            LocalDate requested = planned.plusDays(1 + r.nextInt(3));
            if (requested.isAfter(end)) {
                return null;
            }
            LocalDate decided = requested.plusDays(1 + r.nextInt(5));
            boolean answered = !decided.isAfter(end);
            String status = !answered ? "REQUESTED" : whole || r.nextInt(100) < 88 ? "ACCEPTED" : "REJECTED";
            crossBorderConsent(requested);
            transfers.add(new Journey.Transfer(office, origin, status,
                    encrypt.apply("Family found and assessed by the office of origin; the return and the follow-up "
                            + "are better run from there.", "case_transfer.reason"),
                    supervisor, at(requested, 9, 30), answered ? originSupervisor : null,
                    answered ? at(decided, 11, 0) : null,
                    status.equals("REJECTED") ? encrypt.apply("Rejected: no case worker free in the region of "
                            + "return this quarter; the sending office keeps the case.", "case_transfer"
                            + ".decision_note") : null));
            if (status.equals("ACCEPTED")) {
                owner = origin;
            }
            return decided;
        }

        /** Reintegration components from a few weeks after the arrival, paid in parts. */
        void reintegration() {
            Long staff = staff();
            String currency = currency(f.citizenship());
            int unit = unit(currency);
            List<String> kinds = new ArrayList<>();
            kinds.add(f.child() ? "RETURN_TO_SCHOOL" : pick(r, ADULT_COMPONENTS.subList(0, 2)));
            int extra = r.nextInt(3);
            for (int k = 0; k < extra; k++) {
                String kind = pick(r, f.child() ? CHILD_COMPONENTS : ADULT_COMPONENTS);
                if (!kinds.contains(kind)) {
                    kinds.add(kind);
                }
            }
            for (String kind : kinds) {
                LocalDate recorded = arrived.plusDays(3 + r.nextInt(18));
                if (recorded.isAfter(end)) {
                    continue;
                }
                long budget = (long) unit * (10 + r.nextInt(31));
                boolean cancelled = !whole && r.nextInt(100) < 4;
                int parts = 1 + r.nextInt(3);
                List<Journey.Disbursement> paid = new ArrayList<>();
                long left = budget;
                for (int p = 0; p < parts && !cancelled; p++) {
                    LocalDate on = recorded.plusDays(7 + 30L * p + r.nextInt(20));
                    if (on.isAfter(end)) {
                        break;
                    }
                    long amount = p == parts - 1 ? left : budget / parts;
                    left -= amount;
                    paid.add(new Journey.Disbursement(amount, on, staff));
                }
                String status = cancelled ? "CANCELLED" : left == 0 ? "COMPLETED" : paid.isEmpty() ? "PLANNED"
                        : "IN_PROGRESS";
                components.add(new Journey.Component(kind, r.nextInt(4) == 0 && world.partnerOrgId() != null
                        && f.officeCode().equals("SN-DKR") && !kind.equals("RETURN_TO_SCHOOL")
                        ? world.partnerOrgId() : world.iomOrgId(), budget, currency, status, staff,
                        at(recorded, 14, 30), paid));
            }
        }

        /**
         * The follow-up visits scheduled at the arrival, made around their due day with a risk outcome, a few
         * missed: a visit overdue while the case was open raised an alert the next day (mailed at once).
         */
        void followUps() {
            Long staff = staff();
            int risk = f.child() ? 1 : 0;
            for (int m : months) {
                LocalDate due = arrived.plusMonths(m);
                LocalDate visitedOn = due.plusDays(r.nextInt(25) - 4);
                if (visitedOn.isBefore(arrived)) {
                    visitedOn = arrived;
                }
                boolean visited = !visitedOn.isAfter(end) && (whole || r.nextInt(100) < 88);
                if (visited) {
                    risk = Math.max(0, Math.min(2, risk + (r.nextInt(10) < 2 ? 1 : r.nextInt(10) < 5 ? -1 : 0)));
                    int base = 2 + r.nextInt(3) - risk;
                    visits.add(new Journey.Visit(m, due, visitedOn, encrypt.apply(pick(r, FINDINGS),
                            "case_follow_up_visit.findings"), score(base, r), score(base, r), score(base, r),
                            RISK_LEVELS.get(risk), staff, null));
                } else {
                    LocalDate openUntil = closed ? end : f.today();
                    OffsetDateTime alert = due.plusDays(1).isAfter(openUntil) ? null : at(due.plusDays(1), 6, 0);
                    visits.add(new Journey.Visit(m, due, null, null, null, null, null, null, null, alert));
                }
            }
        }

        /** Who records after the arrival: the office of origin's case worker once the case was transferred there. */
        private Long staff() {
            return owner != null ? originWorker : worker;
        }

        void determination(String decision, LocalDate requested, LocalDate decided) {
            determinations.add(new Journey.BiDetermination(0, decision, decided == null ? "REQUESTED" : "APPROVED",
                    encrypt.apply(REASONS.get(decision), "case_bi_determination.reasons"), worker,
                    at(requested, 14, 0), decided == null ? null : supervisor,
                    decided == null ? null : at(decided, 10, 0), decided == null ? null
                            : encrypt.apply("Approved with a follow-up plan of one year.",
                                    "case_bi_determination.decision_note")));
        }

        /** A transfer needs the consent to share across borders: given before it if the case has none active. */
        void crossBorderConsent(LocalDate before) {
            boolean active = f.consents().stream().anyMatch(c -> c.purpose().equals("CROSS_BORDER_SHARING")
                    && c.withdrawnOn() == null && !c.givenOn().isAfter(before));
            if (!active) {
                LocalDate on = before.minusDays(1).isBefore(f.identifiedOn()) ? f.identifiedOn() : before.minusDays(1);
                String givenBy = f.child() ? "GUARDIAN" : "PERSON";
                consents.add(new Consent("CROSS_BORDER_SHARING", givenBy, on, f.child(), f.child(), null));
            }
        }

        Journey done(boolean abroad) {
            boolean open = f.closedOn() == null;
            boolean back = plan != null && plan.status().equals("ARRIVED");
            // the status of a case found abroad follows its journey: in follow-up once the person is back home
            String status = open && abroad ? (back ? "FollowUp" : "Active") : null;
            List<Journey.ClosureRequest> closure = new ArrayList<>();
            if (!open && f.child()) {
                // a child's case closes with a supervisor's approval of a closure request
                boolean followUpsDone = !visits.isEmpty() && visits.stream().allMatch(v -> v.visitedOn() != null);
                String by = owner == null ? f.officeCode() : world.officeCodes().get(owner);
                closure.add(new Journey.ClosureRequest(f.closureReason(), followUpsDone ? null
                        : encrypt.apply("Closed before every follow-up visit: see the closure note.",
                                "case_closure_request.note"), followUpsDone, world.caseworkers().get(by),
                        at(f.closedOn(), 9, 0), world.supervisors().get(by), at(f.closedOn(), 15, 30)));
            }
            return new Journey(List.copyOf(assessments), List.copyOf(determinations), List.copyOf(tracing),
                    List.copyOf(transfers), plan, List.copyOf(documents), List.copyOf(components),
                    List.copyOf(visits), closure, List.copyOf(consents), owner, status);
        }
    }

    private static String decision(SplittableRandom r) {
        int d = r.nextInt(100);
        return d < 82 ? "RETURN_TO_FAMILY" : d < 90 ? "ALTERNATIVE_CARE_IN_ORIGIN" : d < 98 ? "LOCAL_INTEGRATION"
                : "THIRD_COUNTRY";
    }

    private static String tracingOutcome(SplittableRandom r) {
        int d = r.nextInt(100);
        return d < 78 ? "FAMILY_FOUND" : d < 90 ? "NOT_FOUND" : "UNSAFE_TO_RETURN";
    }

    private static String familyAssessment(String outcome) {
        return switch (outcome) {
            case "FAMILY_FOUND" -> "Family found and visited: the parents are willing to receive the child back; "
                    + "the household is poor but safe.";
            case "NOT_FOUND" -> "The family was not found at the village named; neighbours say it moved away.";
            default -> "Family found, but the uncle who sent the child away lives in the household: unsafe.";
        };
    }

    /** The languages as the tracing office reads them: English names, not codes. */
    private static String languages(List<String> codes) {
        return String.join(", ", codes.stream().map(c -> Locale.forLanguageTag(c).getDisplayLanguage(Locale.ENGLISH))
                .toList());
    }

    private static String currency(String country) {
        String known = WestAfricanRoutes.CURRENCY.get(country);
        return known != null ? known : XOF.contains(country) ? "XOF" : "USD";
    }

    /** A typical cost unit in a currency (the routes' units, ten dollars otherwise). */
    private static int unit(String currency) {
        return WestAfricanRoutes.COST_UNIT.getOrDefault(currency, currency.equals("USD") ? 10 : 5_000);
    }

    private static Integer score(int base, SplittableRandom r) {
        return Math.max(1, Math.min(5, base + r.nextInt(3) - 1));
    }

    private static OffsetDateTime at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atOffset(ZoneOffset.UTC);
    }

    private static <T> T pick(SplittableRandom r, List<T> values) {
        return values.get(r.nextInt(values.size()));
    }
}
