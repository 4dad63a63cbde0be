package org.sankofa.cases.generator;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.sankofa.cases.ClosureReason;
import org.sankofa.cases.Gender;
import org.sankofa.cases.GuardianRelation;
import org.sankofa.cases.MethodOfControl;
import org.sankofa.cases.TraffickingStatus;
import org.sankofa.cases.TraffickingStatusDecisionMaker;
import org.sankofa.cases.TypeOfExploitation;
import org.sankofa.cases.generator.WestAfricanRoutes.NamePool;
import org.sankofa.cases.generator.WestAfricanRoutes.Route;
import org.sankofa.cases.internal.protection.FieldCipher;
import org.sankofa.cases.internal.protection.NameSearchKeys;
import org.sankofa.directory.Directory;
import org.sankofa.directory.NewOffice;
import org.sankofa.directory.Office;
import org.sankofa.directory.Organisation;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.UserAccounts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Fills the database with realistic synthetic cases along West African trafficking routes ({@link WestAfricanRoutes}),
 * writing rows exactly as the application does: case numbers {@code <office>-<year>-<5 digits>} with
 * {@code case_number_counter} kept in step, identifying fields encrypted with {@link FieldCipher} under the label
 * {@code <table>.<column>}, the blind name index from {@link NameSearchKeys}, HTCDS value names, the age at
 * identification derived from the date of birth (or estimated). Names are obviously synthetic ("Aminata
 * Demo-Diallo").
 *
 * <p>Deterministic for a seed: case {@code i} draws from its own random stream, so parallel generation gives the same
 * people whatever the scheduling (database ids and the exact case numbers depend on what the database already holds).
 *
 * <p>Fast: cases are built and encrypted in parallel, a chunk at a time, while the previous chunk is written with
 * PostgreSQL {@code COPY} (one transaction per chunk of {@value #CHUNK} cases).
 */
@Component
public class CaseGenerator {

    static final int CHUNK = 5_000;
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    /** How much of the case's life to generate. */
    public enum Detail {
        /**
         * Identification, person, name index, profile, route, consents and closure history: what lists, filters and
         * searches need (the scale benchmark).
         */
        CORE,
        /**
         * Also the care, at every stage: needs and risk assessments, services, referrals, notes, reopenings (the demo
         * cases, whose best interests, returns and journeys the demo steps of those modules add through their rules).
         */
        CARE,
        /**
         * Everything: the care, and for people found away from their country the journey home ({@link Journeys}) —
         * best interests, tracing, transfers, returns and documents, reintegration and its disbursements, follow-up
         * visits and their alerts, and a child's closure request.
         */
        FULL
    }

    /** Progress of a run: cases written so far, of how many, and the rate since the start. */
    public interface Progress {
        void written(long done, long total, double casesPerSecond);
    }

    /** What a run wrote. */
    public record Result(long cases, long rows, Duration elapsed) {

        public double casesPerSecond() {
            return cases / Math.max(0.001, elapsed.toNanos() / 1e9);
        }
    }

    /** Stages of a case's life, in the order assistance goes through them. */
    enum Stage {
        REGISTERED, ASSESSED, SERVED, REFERRED, CLOSED, REOPENED
    }

    private final DataSource dataSource;
    private final FieldCipher cipher;
    private final NameSearchKeys nameKeys;
    private final Directory directory;
    private final UserAccounts users;
    private final Map<String, Set<Long>> keyCache = new ConcurrentHashMap<>();
    private final List<Integer> followUpMonths;

    CaseGenerator(DataSource dataSource, FieldCipher cipher, NameSearchKeys nameKeys, Directory directory,
            UserAccounts users, @Value("${sankofa.follow-up.months:1,3,6,12}") List<Integer> followUpMonths) {
        this.followUpMonths = List.copyOf(followUpMonths);
        this.dataSource = dataSource;
        this.cipher = cipher;
        this.nameKeys = nameKeys;
        this.directory = directory;
        this.users = users;
    }

    /** Generates {@code count} cases with identification, person, profile, route and consents. */
    public Result generate(int count, long seed, Progress progress) {
        return generate(count, seed, Detail.CORE, progress);
    }

    public Result generate(int count, long seed, Detail detail, Progress progress) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative");
        }
        World world = world();
        long started = System.nanoTime();
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            Journeys journeys = new Journeys(world, this::encrypt, followUpMonths);
            long rows = writeAll(connection, new Run(pool, world, journeys, seed, detail, count, progress, started));
            connection.setAutoCommit(true);
            if (count >= 10_000) {
                analyse(connection);
            }
            return new Result(count, rows, Duration.ofNanos(System.nanoTime() - started));
        } catch (SQLException e) {
            throw new IllegalStateException("writing generated cases failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("case generation interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("building generated cases failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** What a run is asked to do, and where it reports its progress. */
    private record Run(ForkJoinPool pool, World world, Journeys journeys, long seed, Detail detail, int count,
            Progress progress, long started) {

        CompletableFuture<List<Generated>> chunkFrom(CaseGenerator generator, int from) {
            return from < count ? generator.build(this, from, Math.min(from + CHUNK, count)) : null;
        }

        void written(long done) {
            if (progress != null) {
                progress.written(done, count, done / Math.max(0.001, (System.nanoTime() - started) / 1e9));
            }
        }
    }

    /**
     * Builds the chunks in parallel and writes each (one transaction per chunk) while the next one is being built;
     * returns how many rows were written.
     */
    private long writeAll(Connection connection, Run run)
            throws SQLException, InterruptedException, ExecutionException {
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        long rows = 0;
        CompletableFuture<List<Generated>> next = run.chunkFrom(this, 0);
        for (int from = 0; from < run.count(); from += CHUNK) {
            List<Generated> chunk = next.get();
            next = run.chunkFrom(this, from + CHUNK);
            rows += write(connection, copy, run.world(), chunk);
            connection.commit();
            run.written(Math.min(run.count(), from + CHUNK));
        }
        return rows;
    }

    /** Fresh statistics for the planner after a large run (the lists choose their indexes from them). */
    private static void analyse(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("vacuum analyze case_file, case_person, case_name_key, case_profile, "
                    + "case_route_leg, case_consent, case_closure_event, case_number_counter, case_needs_assessment, "
                    + "case_risk_assessment, case_service, case_referral, case_note, case_bi_assessment, "
                    + "case_bi_determination, case_tracing_request, case_transfer, case_return_plan, "
                    + "case_return_document, case_reintegration_component, case_reintegration_disbursement, "
                    + "case_follow_up_visit, follow_up_alert, case_closure_request");
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The world: offices, users, the partner shelter.

    /**
     * The offices of the routes (by code) and their countries, the routes, the demo case workers and supervisors (by
     * office code, where the demo world has them), the IOM office of each country (the first opened: where tracing
     * requests, transfers and returns go) and the code of every office by id, the IOM and partner organisations.
     */
    record World(Map<String, Long> offices, Map<String, String> officeCountry, List<Route> routes, int totalWeight,
            Map<String, Long> caseworkers, Map<String, Long> supervisors, Map<String, Long> officeOfCountry,
            Map<Long, String> officeCodes, Long iomOrgId, Long partnerOrgId, Long partnerUserId, LocalDate today) {
    }

    World world() {
        Long iom = organisationId("IOM");
        if (iom != null) {
            openExtraOffices(iom);
        }
        Map<String, Long> offices = new HashMap<>();
        Map<String, String> countries = new HashMap<>();
        List<Route> routes = new ArrayList<>();
        int total = 0;
        for (Route route : WestAfricanRoutes.ROUTES) {
            Office office = directory.officeByCode(route.officeCode()).orElse(null);
            if (office != null) {
                offices.put(office.code(), office.id().value());
                countries.put(office.code(), office.countryCode());
                routes.add(route);
                total += route.weight();
            }
        }
        if (routes.isEmpty()) {
            throw new IllegalStateException("none of the offices the generator uses exists ("
                    + WestAfricanRoutes.ROUTES.stream().map(Route::officeCode).distinct().toList()
                    + "): start in demo mode once so that the demo world is loaded");
        }
        Map<String, Long> caseworkers = new HashMap<>();
        userId("caseworker.dakar").ifPresent(id -> caseworkers.put("SN-DKR", id));
        userId("caseworker.conakry").ifPresent(id -> caseworkers.put("GN-CKY", id));
        Map<String, Long> supervisors = new HashMap<>();
        userId("supervisor.dakar").ifPresent(id -> supervisors.put("SN-DKR", id));
        userId("supervisor.conakry").ifPresent(id -> supervisors.put("GN-CKY", id));
        Map<String, Long> officeOfCountry = new HashMap<>();
        Map<Long, String> officeCodes = new HashMap<>();
        // tracing requests, transfers and returns go to the IOM office of the country (the first opened there)
        directory.offices().stream().sorted(java.util.Comparator.comparingLong(o -> o.id().value())).forEach(o -> {
            if (iom != null && o.organisationId().value() == iom) {
                officeOfCountry.putIfAbsent(o.countryCode(), o.id().value());
            }
            officeCodes.put(o.id().value(), o.code());
        });
        return new World(offices, countries, routes, total, caseworkers, supervisors, officeOfCountry, officeCodes,
                iom, organisationId("ABRI"), userId("partner.dakar").orElse(null), LocalDate.now(ZoneOffset.UTC));
    }

    /** The IOM offices of the routes that the demo world does not have, opened once. */
    private void openExtraOffices(long iom) {
        for (WestAfricanRoutes.ExtraOffice extra : WestAfricanRoutes.EXTRA_OFFICES) {
            if (directory.officeByCode(extra.code()).isEmpty()) {
                directory.create(new NewOffice(new org.sankofa.directory.OrganisationId(iom), extra.code(),
                        extra.name(), extra.country(), extra.city()), "case-generator");
            }
        }
    }

    private Long organisationId(String acronym) {
        return directory.organisations().stream().filter(o -> acronym.equals(o.acronym())).findFirst()
                .map(Organisation::id).map(id -> id.value()).orElse(null);
    }

    private java.util.Optional<Long> userId(String username) {
        return users.findByUsername(username).map(CurrentUser::id);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Building cases (parallel, CPU: random draws and encryption).

    record Leg(String country, String role, LocalDate arrived, LocalDate left) {
    }

    record Consent(String purpose, String givenBy, LocalDate givenOn, boolean guardianConsent, boolean childAssent,
            LocalDate withdrawnOn) {
    }

    record Needs(LocalDate on, String[] levels) {
    }

    record Risk(LocalDate on, String level, List<String> factors) {
    }

    record Service(String type, LocalDate on, Long provider, Long cost, String currency) {
    }

    record Referral(String serviceType, String status, List<String> shares, String message, LocalDate sentOn,
            LocalDate respondedOn, String responseNote, LocalDate completedOn) {
    }

    record Note(String body, OffsetDateTime at) {
    }

    record ClosureEvent(String action, String reason, String note, LocalDate on) {
    }

    /** One generated case, encrypted, before it has an id and a number. */
    record Generated(String officeCode, long officeId, Long caseworker, String status, LocalDate identifiedOn,
            String identifiedCountry, String city, String source, String traffickingStatus, String decidedBy,
            String sex, int age, boolean ageEstimated, String citizenship, List<String> languages,
            List<String> exploitation, LocalDate closedOn, String closureReason,
            String givenNames, String familyName, String aliases, String dateOfBirth, String contact,
            String address, String guardianName, String guardianContact, String guardianRelation,
            Set<Long> nameKeys, String recruitment, List<String> controls, String industry, String sexType,
            String relation, String recruitmentCountry, String recruitmentPlace, String exploitationCountry,
            String exploitationPlace, String narrative, List<Leg> legs, List<Consent> consents, List<Needs> needs,
            List<Risk> risks, List<Service> services, List<Referral> referrals, List<Note> notes,
            List<ClosureEvent> closures, Journey journey) {

        /** The office that owns the case now: the office of origin after an accepted transfer. */
        long ownerOfficeId() {
            return journey.ownerOfficeId() == null ? officeId : journey.ownerOfficeId();
        }
    }

    private CompletableFuture<List<Generated>> build(Run run, int from, int to) {
        return CompletableFuture.supplyAsync(() -> IntStream.range(from, to).parallel()
                .mapToObj(i -> generate(run.world(), run.journeys(), run.seed(), run.detail(), i)).toList(),
                run.pool());
    }

    private static final Map<String, List<String>> ORIGIN_PLACES = Map.ofEntries(
            Map.entry("GN", List.of("Labé", "Mamou", "Kankan", "Pita", "Dalaba")),
            Map.entry("GW", List.of("Gabú", "Bafatá")),
            Map.entry("SN", List.of("Kolda", "Tambacounda", "Kaolack")),
            Map.entry("ML", List.of("Sikasso", "Ségou", "Mopti", "Kayes")),
            Map.entry("BF", List.of("Ouahigouya", "Koudougou", "Kaya")),
            Map.entry("NG", List.of("Benin City", "Lagos", "Onitsha", "Kano")),
            Map.entry("NE", List.of("Zinder", "Maradi", "Tahoua")),
            Map.entry("TG", List.of("Vogan", "Atakpamé", "Kara")),
            Map.entry("BJ", List.of("Zogbodomey", "Abomey", "Ouidah")),
            Map.entry("GH", List.of("Keta", "Anloga", "Ho")),
            Map.entry("SL", List.of("Kono", "Kenema", "Makeni")));

    /** A child's guardian: the relation as the case rules take it, and whether the guardian is a woman. */
    private record Relation(GuardianRelation code, boolean woman) {
    }

    /** Mother, father, uncle, aunt, grandmother, older brother. */
    private static final List<Relation> RELATIONS = List.of(new Relation(GuardianRelation.MOTHER, true),
            new Relation(GuardianRelation.FATHER, false), new Relation(GuardianRelation.OTHER_RELATIVE, false),
            new Relation(GuardianRelation.OTHER_RELATIVE, true), new Relation(GuardianRelation.GRANDPARENT, true),
            new Relation(GuardianRelation.SIBLING, false));
    /** The same codes the case sections use, so generated rows read back with their labels. */
    private static final List<String> SERVICE_TYPES = java.util.Arrays.stream(
            org.sankofa.directory.ServiceType.values()).map(Enum::name).toList();
    private static final List<String> RISK_FACTORS = java.util.Arrays.stream(
            org.sankofa.cases.assistance.RiskFactor.values()).filter(f -> !f.name().equals("OTHER")).map(Enum::name)
            .toList();
    private static final List<String> LEVELS = List.of("NONE", "LOW", "MEDIUM", "HIGH", "URGENT");
    private static final List<String> NOTES = List.of(
            "First interview held with an interpreter; the person is tired but calm.",
            "Medical check-up done at the district health centre; follow-up in two weeks.",
            "Family tracing started with the IOM office in the country of origin.",
            "Home visit done; the placement is stable.",
            "The person asked for help to obtain a birth certificate.",
            "Psychosocial session held; sleeping better, still afraid to go out alone.",
            "Contact with the family re-established by phone.",
            "School enrolment confirmed for the next term.");
    private static final Stage[] DEMO_CYCLE = {Stage.REGISTERED, Stage.ASSESSED, Stage.SERVED, Stage.REFERRED,
            Stage.REFERRED, Stage.REFERRED, Stage.REFERRED, Stage.CLOSED, Stage.REOPENED};
    private static final String[] REFERRAL_CYCLE = {"SENT", "ACCEPTED", "DECLINED", "COMPLETED"};

    /** When and where a case happens: its route, its stage of assistance (full detail), the day it was found. */
    record Setting(int index, boolean full, boolean scripted, Route route, Stage stage, int daysBack, LocalDate today,
            LocalDate identifiedOn) {

        boolean dakar() {
            return route.officeCode().equals("SN-DKR");
        }
    }

    /** Who the person is, from the names, sexes and ages of the route's countries of origin. */
    record Person(String citizenship, NamePool pool, String sex, int age, boolean estimated, LocalDate dateOfBirth,
            String given, String family, String alias, Set<Long> nameKeys) {

        boolean child() {
            return age < 18;
        }
    }

    /** Where the person was found and stays, how to reach them, and who looks after a child. */
    record Whereabouts(String city, String address, String contact, String guardianName, String guardianContact,
            String guardianRelation) {
    }

    /** How the person came to the office and what the screening found. */
    record Screening(String source, TraffickingStatus trafficking, String decidedBy, List<String> exploitation) {
    }

    /** Where the case stands: its status, and its closure (and reopening) if any. */
    record Outcome(String status, LocalDate closedOn, String closureReason, List<ClosureEvent> closures) {
    }

    /** The care recorded for a case (full detail only): assessments, services, referrals and notes. */
    record Care(List<Needs> needs, List<Risk> risks, List<Service> services, List<Referral> referrals,
            List<Note> notes) {

        static final Care NONE = new Care(List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /**
     * Case {@code index} of a run: drawn step by step from its own random stream. The steps draw in this order, and
     * the order is the case: reordering the draws changes the people a seed gives.
     */
    Generated generate(World world, Journeys journeys, long seed, Detail detail, int index) {
        SplittableRandom r = new SplittableRandom(seed * GOLDEN + index);
        Setting setting = setting(world, detail, index, r);
        Route route = setting.route();
        Person person = person(setting, r);
        Whereabouts whereabouts = whereabouts(route, person, r);
        List<String> languages = languages(person.pool(), r);
        Screening screening = screening(setting, person, r);
        Outcome outcome = outcome(setting, screening, r);
        List<String> controls = controls(route, r);
        String recruitmentPlace = pick(r, ORIGIN_PLACES.getOrDefault(person.citizenship(), List.of("unknown")));
        String exploitationPlace = pick(r, route.exploitationPlaces());
        List<Leg> legs = legs(setting, person.citizenship(), r);
        List<Consent> consents = consents(setting, person, r);
        Care care = setting.full() && setting.stage() != Stage.REGISTERED
                ? care(world, setting, person.child(), consents, outcome, r) : Care.NONE;
        String recruitment = pick(r, route.recruitment()).value();
        String relation = pick(r, route.relations()).value();
        Journey journey = detail == Detail.FULL ? journeys.build(new Journeys.Facts(seed, index, route.officeCode(),
                setting.stage(), setting.identifiedOn(), setting.today(), person.citizenship(), person.child(),
                person.family(), recruitmentPlace, languages, outcome.status(), outcome.closedOn(),
                outcome.closureReason(), consents)) : Journey.NONE;
        if (!journey.consents().isEmpty()) {
            consents = new ArrayList<>(consents);
            consents.addAll(journey.consents());
        }
        return new Generated(route.officeCode(), world.offices().get(route.officeCode()),
                world.caseworkers().get(route.officeCode()),
                journey.status() == null ? outcome.status() : journey.status(), setting.identifiedOn(),
                route.destination(), encrypt(whereabouts.city(), "case_file.identified_city"), screening.source(),
                screening.trafficking().value(),
                screening.decidedBy(), person.sex(), person.age(), person.estimated(), person.citizenship(),
                languages, screening.exploitation(), outcome.closedOn(), outcome.closureReason(),
                encrypt(person.given(), "case_person.given_names"),
                encrypt(person.family(), "case_person.family_name"), encrypt(person.alias(), "case_person.aliases"),
                encrypt(person.dateOfBirth() == null ? null : person.dateOfBirth().toString(),
                        "case_person.date_of_birth"),
                encrypt(whereabouts.contact(), "case_person.contact"),
                encrypt(whereabouts.address(), "case_person.address"),
                encrypt(whereabouts.guardianName(), "case_person.guardian_name"),
                encrypt(whereabouts.guardianContact(), "case_person.guardian_contact"),
                whereabouts.guardianRelation(), person.nameKeys(), recruitment, controls,
                route.industry() == null ? null : route.industry().value(),
                route.sexType() == null ? null : route.sexType().value(), relation, person.citizenship(),
                encrypt(recruitmentPlace, "case_profile.recruitment_place"), route.destination(),
                encrypt(exploitationPlace, "case_profile.exploitation_place"),
                encrypt("Synthetic demo case: " + route.story() + ".", "case_profile.narrative"), legs, consents,
                care.needs(), care.risks(), care.services(), care.referrals(), care.notes(), outcome.closures(),
                journey);
    }

    /**
     * The route, the stage and the day of identification. The first cases of a full (demo) run go through every stage
     * on the best-known route: Guinean boys found begging in Dakar, so that every stage, and every referral status,
     * is there to see.
     */
    private static Setting setting(World world, Detail detail, int index, SplittableRandom r) {
        boolean full = detail != Detail.CORE;
        Route demoRoute = world.routes().stream().filter(x -> x.key().equals("GN-SN-begging")).findFirst()
                .orElse(null);
        boolean scripted = full && index < DEMO_CYCLE.length * 2 && demoRoute != null;
        Route route = scripted ? demoRoute : pickRoute(world, r);
        Stage stage = scripted ? DEMO_CYCLE[index % DEMO_CYCLE.length] : null;
        int daysBack = (int) (Math.pow(r.nextDouble(), 1.7) * 6 * 365);
        if (scripted) {
            daysBack = 20 + (index * 37) % 400;
        }
        if (stage == null && full) {
            stage = pickStage(r, daysBack);
        }
        if (stage == Stage.CLOSED || stage == Stage.REOPENED) {
            daysBack = Math.max(daysBack, 120);
        }
        LocalDate today = world.today();
        return new Setting(index, full, scripted, route, stage, daysBack, today, today.minusDays(daysBack));
    }

    /** Citizenship, sex, age (from a date of birth, or estimated) and an obviously synthetic name. */
    private Person person(Setting setting, SplittableRandom r) {
        Route route = setting.route();
        String citizenship = pick(r, route.origins());
        NamePool pool = WestAfricanRoutes.NAMES.get(citizenship);
        boolean female = r.nextDouble() < route.femaleShare();
        String sex = r.nextInt(300) == 0 ? Gender.NON_SPECIFIED_UNKNOWN.value()
                : (female ? Gender.FEMININE : Gender.MASCULINE).value();
        int targetAge = route.minAge() + r.nextInt(route.maxAge() - route.minAge() + 1);
        boolean estimated = r.nextDouble() < (targetAge < 18 ? 0.35 : 0.15);
        LocalDate dob = null;
        int age = targetAge;
        if (!estimated) {
            dob = setting.identifiedOn().minusYears(targetAge).minusDays(r.nextInt(365));
            age = Period.between(dob, setting.identifiedOn()).getYears();
        }
        String given = pick(r, female ? pool.feminine() : pool.masculine());
        String family = WestAfricanRoutes.MARKER + pick(r, pool.family());
        String alias = r.nextInt(10) == 0 ? pick(r, WestAfricanRoutes.NICKNAMES) : null;
        String fullName = given + " " + family + (alias == null ? "" : " " + alias);
        return new Person(citizenship, pool, sex, age, estimated, dob, given, family, alias,
                keyCache.computeIfAbsent(fullName, nameKeys::keysFor));
    }

    /** The city and address where the person was found, an adult's phone, a child's guardian. */
    private static Whereabouts whereabouts(Route route, Person person, SplittableRandom r) {
        String destination = route.destination();
        String city = pick(r, route.identificationCities());
        List<String> neighbourhoods = WestAfricanRoutes.NEIGHBOURHOODS.getOrDefault(destination, List.of("Centre"));
        String address = pick(r, neighbourhoods) + ", " + city + " (synthetic address)";
        String contact = !person.child() && r.nextBoolean() ? syntheticPhone(r, destination) : null;
        if (!person.child()) {
            return new Whereabouts(city, address, contact, null, null, null);
        }
        Relation relation = pick(r, RELATIONS);
        String parentGiven = pick(r, relation.woman() ? person.pool().feminine() : person.pool().masculine());
        String guardianContact = r.nextBoolean() ? syntheticPhone(r, person.citizenship()) : null;
        return new Whereabouts(city, address, contact, parentGiven + " " + person.family(), guardianContact,
                relation.code().name());
    }

    /** The first language of the person's country, and sometimes a second one. */
    private static List<String> languages(NamePool pool, SplittableRandom r) {
        List<String> languages = new ArrayList<>();
        languages.add(pool.languages().get(0).code());
        if (r.nextBoolean()) {
            String second = pick(r, pool.languages()).code();
            if (!languages.contains(second)) {
                languages.add(second);
            }
        }
        return languages;
    }

    /** Who referred the person, the trafficking status decided (scripted cases are victims), the exploitation. */
    private static Screening screening(Setting setting, Person person, SplittableRandom r) {
        Route route = setting.route();
        String source = pick(r, route.sources()).value();
        double statusDraw = r.nextDouble();
        TraffickingStatus trafficking = setting.scripted() || statusDraw < 0.55
                ? TraffickingStatus.ACTUAL_VICTIM_OF_TRAFFICKING
                : statusDraw < 0.95 ? TraffickingStatus.POSSIBLE_VICTIM_OF_TRAFFICKING
                        : TraffickingStatus.NOT_A_VICTIM_OF_TRAFFICKING;
        String decidedBy = trafficking == TraffickingStatus.POSSIBLE_VICTIM_OF_TRAFFICKING ? null
                : pick(r, List.of(TraffickingStatusDecisionMaker.values())).value();
        List<String> exploitation = route.exploitation().stream().map(TypeOfExploitation::value)
                .filter(v -> !v.equals("ChildLabour") || person.child()).toList();
        return new Screening(source, trafficking, decidedBy, exploitation);
    }

    /**
     * Whether the case is closed (by its stage in full detail, more likely the older it is otherwise), why, and for a
     * reopened case the reopening; an open case older than three months may be in follow-up.
     */
    private Outcome outcome(Setting setting, Screening screening, SplittableRandom r) {
        int daysBack = setting.daysBack();
        boolean closed;
        if (setting.full()) {
            closed = setting.stage() == Stage.CLOSED;
        } else {
            double pClosed = daysBack > 365 ? 0.7 : daysBack > 90 ? 0.25 : 0.03;
            closed = r.nextDouble() < pClosed;
        }
        LocalDate closedOn = null;
        String closureReason = null;
        List<ClosureEvent> closures = new ArrayList<>();
        if (closed || setting.stage() == Stage.REOPENED) {
            closedOn = setting.identifiedOn().plusDays(30 + r.nextInt(Math.max(1, daysBack - 40)));
            ClosureReason reason = screening.trafficking() == TraffickingStatus.NOT_A_VICTIM_OF_TRAFFICKING
                    ? ClosureReason.NOT_A_VICTIM_OF_TRAFFICKING : pickClosureReason(r);
            closureReason = reason.value();
            closures.add(new ClosureEvent("CLOSED", closureReason, setting.full() ? encrypt("Closure agreed with "
                    + "the person at the last follow-up visit.", "case_closure_event.note") : null, closedOn));
            if (setting.stage() == Stage.REOPENED) {
                int sinceClosure = (int) (setting.today().toEpochDay() - closedOn.toEpochDay());
                closures.add(new ClosureEvent("REOPENED", null, encrypt("Reopened: the family could not be "
                        + "reached and the person came back to the office.", "case_closure_event.note"),
                        closedOn.plusDays(1 + r.nextInt(Math.max(1, sinceClosure)))));
                closedOn = null;
                closureReason = null;
                closed = false;
            }
        }
        String status;
        if (closed) {
            status = ClosureReason.REFERRED_TO_ANOTHER_ORGANISATION.value().equals(closureReason) ? "ClosedReferred"
                    : "Closed";
        } else {
            status = daysBack > 90 && r.nextBoolean() ? "FollowUp" : "Active";
        }
        return new Outcome(status, closedOn, closureReason, closures);
    }

    /** One to three methods of control of the route, each once. */
    private static List<String> controls(Route route, SplittableRandom r) {
        List<String> controls = new ArrayList<>();
        int nControls = 1 + r.nextInt(Math.min(3, route.controls().size()));
        while (controls.size() < nControls) {
            String c = pick(r, route.controls()).value();
            if (!controls.contains(c)) {
                controls.add(c);
            }
        }
        if (controls.isEmpty()) {
            controls.add(MethodOfControl.OTHER.value());
        }
        return controls;
    }

    /** From home, sometimes through a transit country, to the destination, arriving no later than identification. */
    private static List<Leg> legs(Setting setting, String citizenship, SplittableRandom r) {
        Route route = setting.route();
        String destination = route.destination();
        List<Leg> legs = new ArrayList<>();
        LocalDate leftHome = setting.identifiedOn().minusDays(20 + r.nextInt(700));
        legs.add(new Leg(citizenship, "ORIGIN", null, leftHome));
        LocalDate arrival = leftHome.plusDays(1 + r.nextInt(10));
        if (!route.transits().isEmpty() && r.nextDouble() < route.transitShare()) {
            String transit = pick(r, route.transits());
            if (!transit.equals(citizenship) && !transit.equals(destination)) {
                LocalDate leftTransit = arrival.plusDays(r.nextInt(60));
                legs.add(new Leg(transit, "TRANSIT", arrival, leftTransit));
                arrival = leftTransit.plusDays(1 + r.nextInt(5));
            }
        }
        if (arrival.isAfter(setting.identifiedOn())) {
            arrival = setting.identifiedOn();
        }
        legs.add(new Leg(destination, "DESTINATION", arrival, null));
        return legs;
    }

    /**
     * Consent to assistance always; to sharing with partners (always for a case to refer), across borders (a
     * foreigner), and for anonymised statistics (now and then withdrawn). A child's guardian consents, with the
     * child's assent.
     */
    private static List<Consent> consents(Setting setting, Person person, SplittableRandom r) {
        LocalDate identifiedOn = setting.identifiedOn();
        boolean child = person.child();
        List<Consent> consents = new ArrayList<>();
        String givenBy = child ? "GUARDIAN" : "PERSON";
        consents.add(new Consent("ASSISTANCE", givenBy, identifiedOn, child, child, null));
        boolean sharing = setting.stage() == Stage.REFERRED || r.nextDouble() < (setting.dakar() ? 0.5 : 0.25);
        if (sharing) {
            consents.add(new Consent("PARTNER_SHARING", givenBy, identifiedOn.plusDays(r.nextInt(5)), child, child,
                    null));
        }
        if (!person.citizenship().equals(setting.route().destination()) && r.nextDouble() < 0.3) {
            consents.add(new Consent("CROSS_BORDER_SHARING", givenBy, identifiedOn.plusDays(r.nextInt(10)), child,
                    child, null));
        }
        if (r.nextDouble() < 0.85) {
            LocalDate withdrawn = r.nextInt(100) == 0 ? identifiedOn.plusDays(10) : null;
            if (withdrawn != null && withdrawn.isAfter(setting.today())) {
                withdrawn = null;
            }
            consents.add(new Consent("ANONYMISED_STATISTICS", givenBy, identifiedOn, child, child, withdrawn));
        }
        return consents;
    }

    /**
     * The care of a case past registration, between its identification and its closure (or today): assessments,
     * services (once assessed), a referral to the partner shelter (Dakar, with consent to share) and notes.
     */
    private Care care(World world, Setting setting, boolean child, List<Consent> consents, Outcome outcome,
            SplittableRandom r) {
        LocalDate last = outcome.closures().isEmpty() ? setting.today() : outcome.closures().get(0).on();
        int span = (int) Math.max(1, last.toEpochDay() - setting.identifiedOn().toEpochDay());
        List<Needs> needs = new ArrayList<>();
        List<Risk> risks = new ArrayList<>();
        assessments(setting.identifiedOn(), span, child, r, needs, risks);
        List<Service> services = setting.stage() == Stage.ASSESSED ? List.of() : services(world, setting, span, r);
        boolean referable = setting.dakar() && world.partnerOrgId() != null
                && consents.stream().anyMatch(c -> c.purpose().equals("PARTNER_SHARING") && c.withdrawnOn() == null);
        List<Referral> referrals = referable && (setting.stage() == Stage.REFERRED || r.nextInt(3) == 0)
                ? List.of(referral(setting, child, span, r)) : List.of();
        return new Care(needs, risks, services, referrals, notes(setting.identifiedOn(), span, r));
    }

    /** One needs and risk assessment, sometimes a reassessment that finds needs lower. */
    private static void assessments(LocalDate identifiedOn, int span, boolean child, SplittableRandom r,
            List<Needs> needs, List<Risk> risks) {
        int assessments = r.nextInt(10) < 3 ? 2 : 1;
        for (int a = 0; a < assessments; a++) {
            LocalDate on = identifiedOn.plusDays(a == 0 ? r.nextInt(Math.min(span, 4) + 1)
                    : Math.min(span, 30 + r.nextInt(span)));
            String[] levels = new String[8];
            for (int k = 0; k < levels.length; k++) {
                int base = r.nextInt(5) - a; // reassessments find needs lower
                levels[k] = LEVELS.get(Math.max(0, Math.min(4, base)));
            }
            if (child) {
                levels[5] = LEVELS.get(Math.max(2 - a, 1) + r.nextInt(2)); // education
                levels[7] = LEVELS.get(Math.max(3 - a, 1)); // family contact
            }
            needs.add(new Needs(on, levels));
            List<String> factors = new ArrayList<>();
            int nFactors = 1 + r.nextInt(3);
            while (factors.size() < nFactors) {
                String f = pick(r, RISK_FACTORS);
                if (!factors.contains(f) && (child || !f.equals("UNACCOMPANIED_CHILD"))) {
                    factors.add(f);
                }
            }
            String level = a == 0 ? pick(r, List.of("MEDIUM", "HIGH", "HIGH", "LOW"))
                    : pick(r, List.of("LOW", "MEDIUM"));
            risks.add(new Risk(on, level, factors));
        }
    }

    /** One to four services, most of them costed in the office's currency; in Dakar the partner gives shelter. */
    private static List<Service> services(World world, Setting setting, int span, SplittableRandom r) {
        String currency = WestAfricanRoutes.CURRENCY.get(world.officeCountry().get(setting.route().officeCode()));
        int unit = WestAfricanRoutes.COST_UNIT.getOrDefault(currency, 5_000);
        List<Service> services = new ArrayList<>();
        int n = 1 + r.nextInt(4);
        for (int s = 0; s < n; s++) {
            String type = pick(r, SERVICE_TYPES);
            Long provider = setting.dakar() && type.equals("SHELTER") && world.partnerOrgId() != null
                    ? world.partnerOrgId() : world.iomOrgId();
            boolean costed = r.nextInt(5) != 0;
            services.add(new Service(type, setting.identifiedOn().plusDays(1 + r.nextInt(span)), provider,
                    costed ? (long) unit * (1 + r.nextInt(30)) : null, costed ? currency : null));
        }
        return services;
    }

    /** A referral to the partner shelter in every status (scripted cases cycle through them). */
    private Referral referral(Setting setting, boolean child, int span, SplittableRandom r) {
        int index = setting.index();
        String status = setting.scripted() ? REFERRAL_CYCLE[(index / DEMO_CYCLE.length + index) % 4]
                : pick(r, List.of(REFERRAL_CYCLE));
        if (setting.scripted() && setting.stage() != Stage.REFERRED) {
            status = "COMPLETED";
        }
        LocalDate today = setting.today();
        LocalDate sentOn = setting.identifiedOn().plusDays(Math.min(span, 2 + r.nextInt(10)));
        LocalDate responded = status.equals("SENT") ? null : min(sentOn.plusDays(1 + r.nextInt(5)), today);
        LocalDate completedOn = status.equals("COMPLETED") ? min(responded.plusDays(7 + r.nextInt(60)), today)
                : null;
        List<String> shares = new ArrayList<>(List.of("NAME", "AGE_SEX", "NEEDS"));
        if (r.nextBoolean()) {
            shares.add("CONTACT");
        }
        String serviceType = child ? "SHELTER" : pick(r, List.of("SHELTER", "PSYCHOSOCIAL", "MEDICAL"));
        String message = encrypt(child
                ? "Please receive this child for temporary shelter and psychosocial care while family tracing is "
                        + "under way."
                : "Please receive this person for shelter and psychosocial support.", "case_referral.message");
        String responseNote = status.equals("DECLINED") ? encrypt("No place available this month; please refer "
                + "again if still needed.", "case_referral.response_note") : null;
        return new Referral(serviceType, status, shares, message, sentOn, responded, responseNote, completedOn);
    }

    /** One to three notes of the case worker, written during office hours. */
    private List<Note> notes(LocalDate identifiedOn, int span, SplittableRandom r) {
        List<Note> notes = new ArrayList<>();
        int nNotes = 1 + r.nextInt(3);
        for (int k = 0; k < nNotes; k++) {
            LocalDate on = identifiedOn.plusDays(r.nextInt(span));
            notes.add(new Note(encrypt(pick(r, NOTES), "case_note.body"),
                    on.atTime(9 + r.nextInt(8), r.nextInt(60)).atOffset(ZoneOffset.UTC)));
        }
        return notes;
    }

    private String encrypt(String clear, String label) {
        return cipher.encrypt(clear, label);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? b : a;
    }

    private static Route pickRoute(World world, SplittableRandom r) {
        int draw = r.nextInt(world.totalWeight());
        for (Route route : world.routes()) {
            draw -= route.weight();
            if (draw < 0) {
                return route;
            }
        }
        return world.routes().get(0);
    }

    private static Stage pickStage(SplittableRandom r, int daysBack) {
        int d = r.nextInt(100);
        if (daysBack < 30) {
            return d < 40 ? Stage.REGISTERED : d < 75 ? Stage.ASSESSED : Stage.SERVED;
        }
        return d < 8 ? Stage.REGISTERED : d < 25 ? Stage.ASSESSED : d < 55 ? Stage.SERVED : d < 72 ? Stage.REFERRED
                : d < 97 ? Stage.CLOSED : Stage.REOPENED;
    }

    private static ClosureReason pickClosureReason(SplittableRandom r) {
        int d = r.nextInt(1000);
        if (d < 450) {
            return ClosureReason.REINTEGRATION_COMPLETED;
        } else if (d < 570) {
            return ClosureReason.LOST_CONTACT;
        } else if (d < 670) {
            return ClosureReason.REFERRED_TO_ANOTHER_ORGANISATION;
        } else if (d < 750) {
            return ClosureReason.DECLINED_FURTHER_ASSISTANCE;
        } else if (d < 830) {
            return ClosureReason.MOVED_OUT_OF_AREA;
        } else if (d < 900) {
            return ClosureReason.TRANSFERRED_TO_ANOTHER_OFFICE;
        } else if (d < 950) {
            return ClosureReason.OTHER;
        } else if (d < 997) {
            return ClosureReason.DUPLICATE_RECORD;
        }
        return ClosureReason.DECEASED;
    }

    private static String syntheticPhone(SplittableRandom r, String country) {
        String prefix = switch (country) {
            case "SN" -> "+221";
            case "GN" -> "+224";
            case "ML" -> "+223";
            case "CI" -> "+225";
            case "NG" -> "+234";
            case "GH" -> "+233";
            case "GA" -> "+241";
            case "BF" -> "+226";
            case "TG" -> "+228";
            case "BJ" -> "+229";
            case "NE" -> "+227";
            default -> "+000";
        };
        // "00 000" is not an allocated mobile range anywhere in the region: an obviously synthetic number
        return prefix + " 00 000 " + String.format("%02d %02d", r.nextInt(100), r.nextInt(100));
    }

    private static <T> T pick(SplittableRandom r, List<T> values) {
        return values.get(r.nextInt(values.size()));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Writing a chunk (one transaction): ids from the identity sequence, case numbers from the counter, then COPY.

    private long write(Connection connection, CopyManager copy, World world, List<Generated> chunk)
            throws SQLException {
        long[] ids = reserveIds(connection, "case_file", chunk.size());
        String[] numbers = caseNumbers(connection, chunk);
        // the journey's rows that others reference: ids from their sequences too
        int assessments = 0;
        int components = 0;
        int visits = 0;
        for (Generated g : chunk) {
            assessments += g.journey().assessments().size();
            components += g.journey().components().size();
            visits += g.journey().visits().size();
        }
        ChunkRows rows = new ChunkRows(world, new Ids(reserveIds(connection, "case_bi_assessment", assessments)),
                new Ids(reserveIds(connection, "case_reintegration_component", components)),
                new Ids(reserveIds(connection, "case_follow_up_visit", visits)));
        for (int i = 0; i < chunk.size(); i++) {
            rows.add(chunk.get(i), ids[i], numbers[i]);
        }
        return copyIn(copy, rows.byTable());
    }

    /** Ids reserved for a chunk, handed out in order. */
    private static final class Ids {

        private final long[] ids;
        private int next;

        Ids(long[] ids) {
            this.ids = ids;
        }

        long next() {
            return ids[next++];
        }
    }

    /** The ids of the next {@code count} rows of a table, from the table's identity sequence. */
    private static long[] reserveIds(Connection connection, String table, int count) throws SQLException {
        long[] ids = new long[count];
        if (count == 0) {
            return ids;
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "select nextval(pg_get_serial_sequence(?, 'id')) from generate_series(1, ?)")) {
            statement.setString(1, table);
            statement.setInt(2, count);
            try (ResultSet rs = statement.executeQuery()) {
                for (int i = 0; rs.next(); i++) {
                    ids[i] = rs.getLong(1);
                }
            }
        }
        return ids;
    }

    /** Copies each table's rows in (the case first, then its parts); returns how many rows were written. */
    private static long copyIn(CopyManager copy, Map<String, CopyText> tables) throws SQLException {
        long rows = 0;
        for (Map.Entry<String, CopyText> table : tables.entrySet()) {
            if (table.getValue().rows() == 0) {
                continue;
            }
            try {
                copy.copyIn("copy " + table.getKey() + " from stdin", new StringReader(table.getValue().text()));
            } catch (java.io.IOException e) {
                throw new SQLException("COPY into " + table.getKey() + " failed", e);
            }
            rows += table.getValue().rows();
        }
        return rows;
    }

    /**
     * The rows of a chunk, as the application writes them: one COPY text per table. The case worker of the office
     * records everything; times of day are fixed per kind of record, so that lists sort as they would in real use.
     */
    private static final class ChunkRows {

        private final World world;
        private final CopyText files = new CopyText();
        private final CopyText persons = new CopyText();
        private final CopyText keys = new CopyText();
        private final CopyText profiles = new CopyText();
        private final CopyText legs = new CopyText();
        private final CopyText consents = new CopyText();
        private final CopyText needs = new CopyText();
        private final CopyText risks = new CopyText();
        private final CopyText services = new CopyText();
        private final CopyText referrals = new CopyText();
        private final CopyText notes = new CopyText();
        private final CopyText closures = new CopyText();
        private final CopyText biAssessments = new CopyText();
        private final CopyText biDeterminations = new CopyText();
        private final CopyText tracing = new CopyText();
        private final CopyText transfers = new CopyText();
        private final CopyText plans = new CopyText();
        private final CopyText documents = new CopyText();
        private final CopyText components = new CopyText();
        private final CopyText disbursements = new CopyText();
        private final CopyText visits = new CopyText();
        private final CopyText alerts = new CopyText();
        private final CopyText closureRequests = new CopyText();
        private final CopyText notices = new CopyText();
        private final Ids assessmentIds;
        private final Ids componentIds;
        private final Ids visitIds;

        ChunkRows(World world, Ids assessmentIds, Ids componentIds, Ids visitIds) {
            this.world = world;
            this.assessmentIds = assessmentIds;
            this.componentIds = componentIds;
            this.visitIds = visitIds;
        }

        void add(Generated g, long id, String number) {
            Long worker = g.caseworker();
            OffsetDateTime created = g.identifiedOn().atTime(10, 0).atOffset(ZoneOffset.UTC);
            long owner = g.ownerOfficeId();
            // a transferred case belongs to the receiving office, whose supervisor assigns it anew
            Long assigned = owner == g.officeId() ? worker : null;
            files.row(id, number, owner, assigned, g.status(), g.identifiedOn(), g.identifiedCountry(),
                    g.city(), g.officeId(), g.source(), g.traffickingStatus(), g.decidedBy(), g.sex(), g.age(),
                    g.ageEstimated(), g.citizenship(), g.languages(), g.exploitation(), g.closedOn(),
                    g.closureReason(), worker, created, created);
            persons.row(id, g.givenNames(), g.familyName(), g.aliases(), g.dateOfBirth(), g.contact(), g.address(),
                    g.guardianName(), g.guardianContact(), g.guardianRelation());
            for (Long key : g.nameKeys()) {
                keys.row(key, owner, id);
            }
            profiles.row(id, g.recruitment(), g.controls(), g.industry(), g.sexType(), g.relation(),
                    g.recruitmentCountry(), g.recruitmentPlace(), g.exploitationCountry(), g.exploitationPlace(),
                    g.narrative());
            int position = 1;
            for (Leg leg : g.legs()) {
                legs.row(id, position++, leg.country(), leg.role(), leg.arrived(), leg.left());
            }
            for (Consent c : g.consents()) {
                consents.row(id, c.purpose(), c.givenBy(), c.givenOn(), c.guardianConsent(), c.childAssent(),
                        c.withdrawnOn(), worker, c.givenOn().atTime(11, 0).atOffset(ZoneOffset.UTC));
            }
            care(g, id, worker);
            for (ClosureEvent e : g.closures()) {
                closures.row(id, e.action(), e.reason(), e.note(), e.on(), worker,
                        e.on().atTime(16, 0).atOffset(ZoneOffset.UTC));
            }
            journey(g.journey(), id, number, owner);
        }

        private void journey(Journey j, long id, String number, long owner) {
            long[] assessed = new long[j.assessments().size()];
            for (int a = 0; a < assessed.length; a++) {
                Journey.BiAssessment x = j.assessments().get(a);
                assessed[a] = assessmentIds.next();
                biAssessments.row(assessed[a], id, x.on(), x.by(), x.summary(),
                        x.on().atTime(11, 30).atOffset(ZoneOffset.UTC));
            }
            for (Journey.BiDetermination d : j.determinations()) {
                biDeterminations.row(id, assessed[d.assessment()], d.decision(), d.status(), d.reasons(),
                        d.requestedBy(), d.requestedAt(), d.decidedBy(), d.decidedAt(), d.decisionNote(),
                        d.decidedAt() == null ? 0 : 1);
            }
            for (Journey.TracingRequest t : j.tracing()) {
                tracing.row(id, t.fromOfficeId(), t.toOfficeId(), t.status(), t.familyNames(), t.village(),
                        t.region(), t.languages(), t.requestedBy(), t.requestedAt(), t.assessment(), t.assessedBy(),
                        t.assessedAt(), t.assessedAt() == null ? 0 : 1);
                // the notices the office notifications write when the events of tracing are published
                notices.row(t.toOfficeId(), "TRACING_REQUESTED", number, null, t.requestedAt());
                if (t.assessedAt() != null) {
                    notices.row(t.fromOfficeId(), "TRACING_" + t.status(), number, null, t.assessedAt());
                }
            }
            for (Journey.Transfer t : j.transfers()) {
                transfers.row(id, t.fromOfficeId(), t.toOfficeId(), t.status(), t.reason(), t.requestedBy(),
                        t.requestedAt(), t.decidedBy(), t.decidedAt(), t.decisionNote(), t.decidedAt() == null ? 0 : 1);
                notices.row(t.toOfficeId(), "TRANSFER_REQUESTED", number, null, t.requestedAt());
                if (t.decidedAt() != null) {
                    String kind = "TRANSFER_" + t.status();
                    notices.row(t.fromOfficeId(), kind, number, null, t.decidedAt());
                    notices.row(t.toOfficeId(), kind, number, null, t.decidedAt());
                    if (t.requestedBy() != null) {
                        notices.row(t.fromOfficeId(), kind, number, t.requestedBy(), t.decidedAt());
                    }
                }
            }
            Journey.ReturnPlan p = j.plan();
            if (p != null) {
                int version = 1 + (p.departedOn() == null ? 0 : 1) + (p.arrivedOn() == null ? 0 : 1);
                plans.row(id, p.destinationCountry(), p.receivingOfficeId(), p.travelDate(), p.route(), p.escort(),
                        p.programme(), p.cost(), p.currency(), p.checklist(), p.status(), p.departedOn(),
                        p.departureRecordedBy(), p.arrivedOn(), p.arrivalPlace(), p.arrivalPersons(),
                        p.arrivalConfirmedBy(), p.plannedBy(), p.plannedAt(), version);
            }
            for (Journey.ReturnDocument d : j.documents()) {
                documents.row(id, d.kind(), d.status(), d.issuingAuthority(), d.requestedOn(), d.issuedOn(),
                        d.recordedBy());
            }
            for (Journey.Component c : j.components()) {
                long component = componentIds.next();
                components.row(component, id, c.component(), c.providerOrgId(), c.budget(), c.currency(),
                        c.status(), c.recordedBy(), c.recordedAt());
                for (Journey.Disbursement d : c.disbursements()) {
                    disbursements.row(component, d.amount(), d.paidOn(), d.recordedBy(),
                            d.paidOn().atTime(15, 30).atOffset(ZoneOffset.UTC));
                }
            }
            for (Journey.Visit v : j.visits()) {
                long visit = visitIds.next();
                visits.row(visit, id, v.monthsAfterReturn(), v.dueOn(), v.visitedOn(), v.findings(), v.economic(),
                        v.social(), v.psychosocial(), v.riskLevel(), v.recordedBy());
                if (v.alertRaisedAt() != null) {
                    // mailed when raised, as a node with mail configured does (no backlog to send)
                    alerts.row(visit, id, owner, v.alertRaisedAt(), v.alertRaisedAt());
                }
            }
            for (Journey.ClosureRequest c : j.closureRequests()) {
                closureRequests.row(id, c.reason(), c.note(), c.followUpsDone(), "APPROVED", c.requestedBy(),
                        c.requestedAt(), c.decidedBy(), c.decidedAt());
            }
        }

        private void care(Generated g, long id, Long worker) {
            for (Needs n : g.needs()) {
                String[] l = n.levels();
                needs.row(id, n.on(), worker, l[0], l[1], l[2], l[3], l[4], l[5], l[6], l[7],
                        n.on().atTime(12, 0).atOffset(ZoneOffset.UTC));
            }
            for (Risk k : g.risks()) {
                risks.row(id, k.on(), worker, k.level(), k.factors(), k.on().atTime(12, 30).atOffset(ZoneOffset.UTC));
            }
            for (Service s : g.services()) {
                services.row(id, s.type(), s.on(), s.provider(), s.cost(), s.currency(), worker,
                        s.on().atTime(15, 0).atOffset(ZoneOffset.UTC));
            }
            for (Referral f : g.referrals()) {
                Long responder = f.respondedOn() == null ? null : world.partnerUserId();
                referrals.row(id, world.partnerOrgId(), f.serviceType(), f.status(), f.shares(), f.message(),
                        f.sentOn(), worker, f.respondedOn(), responder, f.responseNote(), f.completedOn());
            }
            for (Note n : g.notes()) {
                notes.row(id, n.body(), worker, n.at());
            }
        }

        /** Each table with its columns and rows, the case first (its parts reference it). */
        Map<String, CopyText> byTable() {
            Map<String, CopyText> tables = new LinkedHashMap<>();
            tables.put("case_file (id, case_number, office_id, assigned_to, status, identified_on, "
                    + "identified_country, identified_city, identifying_office_id, referral_source, trafficking_status, "
                    + "status_decided_by, sex, age_at_identification, age_estimated, citizenship, languages, "
                    + "exploitation_types, closed_on, closure_reason, created_by, created_at, updated_at)", files);
            tables.put("case_person (case_id, given_names, family_name, aliases, date_of_birth, contact, address, "
                    + "guardian_name, guardian_contact, guardian_relation)", persons);
            tables.put("case_name_key (name_key, office_id, case_id)", keys);
            tables.put("case_profile (case_id, recruitment_method, control_methods, forced_labour_industry, "
                    + "sex_exploitation_type, recruiter_relation, recruitment_country, recruitment_place, "
                    + "exploitation_country, exploitation_place, narrative)", profiles);
            tables.put("case_route_leg (case_id, position, country, role, arrived_on, left_on)", legs);
            tables.put("case_consent (case_id, purpose, given_by, given_on, guardian_consent, child_assent, "
                    + "withdrawn_on, recorded_by, recorded_at)", consents);
            tables.put("case_needs_assessment (case_id, assessed_on, assessed_by, shelter, medical, psychosocial, "
                    + "legal, documentation, education, livelihood, family_contact, recorded_at)", needs);
            tables.put("case_risk_assessment (case_id, assessed_on, assessed_by, level, factors, recorded_at)", risks);
            tables.put("case_service (case_id, service_type, delivered_on, provider_org_id, cost, currency, "
                    + "recorded_by, recorded_at)", services);
            tables.put("case_referral (case_id, partner_org_id, service_type, status, shares, message, sent_on, "
                    + "sent_by, responded_on, responded_by, response_note, completed_on)", referrals);
            tables.put("case_note (case_id, body, author, created_at)", notes);
            tables.put("case_closure_event (case_id, action, reason, note, acted_on, acted_by, recorded_at)",
                    closures);
            tables.put("case_bi_assessment (id, case_id, assessed_on, assessed_by, summary, recorded_at)",
                    biAssessments);
            tables.put("case_bi_determination (case_id, assessment_id, decision, status, reasons, requested_by, "
                    + "requested_at, decided_by, decided_at, decision_note, version)", biDeterminations);
            tables.put("case_tracing_request (case_id, from_office_id, to_office_id, status, family_names, village, "
                    + "region, languages, requested_by, requested_at, assessment, assessed_by, assessed_at, version)",
                    tracing);
            tables.put("case_transfer (case_id, from_office_id, to_office_id, status, reason, requested_by, "
                    + "requested_at, decided_by, decided_at, decision_note, version)", transfers);
            tables.put("case_return_plan (case_id, destination_country, receiving_office_id, travel_date, route, "
                    + "escort, programme, cost, currency, checklist, status, departed_on, departure_recorded_by, "
                    + "arrived_on, arrival_place, arrival_persons, arrival_confirmed_by, planned_by, planned_at, "
                    + "version)", plans);
            tables.put("case_return_document (case_id, kind, status, issuing_authority, requested_on, issued_on, "
                    + "recorded_by)", documents);
            tables.put("case_reintegration_component (id, case_id, component, provider_org_id, budget, currency, "
                    + "status, recorded_by, recorded_at)", components);
            tables.put("case_reintegration_disbursement (component_id, amount, paid_on, recorded_by, recorded_at)",
                    disbursements);
            tables.put("case_follow_up_visit (id, case_id, months_after_return, due_on, visited_on, findings, "
                    + "economic_score, social_score, psychosocial_score, risk_level, recorded_by)", visits);
            tables.put("follow_up_alert (visit_id, case_id, office_id, raised_at, emailed_at)", alerts);
            tables.put("case_closure_request (case_id, reason, note, followups_done, status, requested_by, "
                    + "requested_at, decided_by, decided_at)", closureRequests);
            tables.put("office_notification (office_id, kind, case_number, recipient_id, created_at)", notices);
            return tables;
        }
    }

    /**
     * Case numbers as the application gives them: per office and year of identification, the next values of
     * {@code case_number_counter} (incremented once per office and year for the whole chunk, in case order).
     */
    private static String[] caseNumbers(Connection connection, List<Generated> chunk) throws SQLException {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (Generated g : chunk) {
            counts.computeIfAbsent(numbering(g), k -> new int[2])[0]++;
        }
        reserveNumbers(connection, counts);
        String[] numbers = new String[chunk.size()];
        for (int i = 0; i < chunk.size(); i++) {
            Generated g = chunk.get(i);
            int[] slot = counts.get(numbering(g));
            numbers[i] = String.format("%s-%d-%05d", g.officeCode(), g.identifiedOn().getYear(), ++slot[1]);
        }
        return numbers;
    }

    /** The series a case is numbered in: its office and the year it was identified. */
    private static String numbering(Generated g) {
        return g.officeCode() + "|" + g.officeId() + "|" + g.identifiedOn().getYear();
    }

    /**
     * Moves each series' counter on by the cases of the chunk in it, and keeps in {@code counts[series][1]} the
     * number before the chunk's first (the counter row is created or incremented in one statement).
     */
    private static void reserveNumbers(Connection connection, Map<String, int[]> counts) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                insert into case_number_counter (office_id, year, last_value) values (?, ?, ?)
                on conflict (office_id, year) do update set last_value = case_number_counter.last_value
                                                                         + excluded.last_value
                returning last_value""")) {
            for (Map.Entry<String, int[]> entry : counts.entrySet()) {
                String[] parts = entry.getKey().split("\\|");
                statement.setLong(1, Long.parseLong(parts[1]));
                statement.setInt(2, Integer.parseInt(parts[2]));
                statement.setInt(3, entry.getValue()[0]);
                try (ResultSet rs = statement.executeQuery()) {
                    rs.next();
                    entry.getValue()[1] = rs.getInt(1) - entry.getValue()[0];
                }
            }
        }
    }
}
