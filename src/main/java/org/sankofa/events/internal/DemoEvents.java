package org.sankofa.events.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sankofa.demo.DemoPart;
import org.sankofa.demo.DemoStep;
import org.sankofa.directory.Directory;
import org.sankofa.directory.NewOrganisation;
import org.sankofa.directory.Organisation;
import org.sankofa.directory.OrganisationType;
import org.sankofa.events.EventKind;
import org.sankofa.events.EventStatus;
import org.sankofa.events.ReachBasis;
import org.sankofa.events.InstitutionType;
import org.sankofa.events.ParticipantSex;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.Role;
import org.sankofa.identity.RoleGrant;
import org.sankofa.shared.DatePrecision;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The events of the seeds (shared/seeds 000, 001, 002, 003): what a source does not say is left empty — a day and
 * month without a year is recorded as "year not given", an event announced without a date has no dates, a status the
 * source does not date has no day. The participants are synthetic, and marked so; one upcoming training is synthetic
 * too (no seed announces one), so that the demo organiser has an event to prepare. Loads once (found by a title).
 */
@Component
class DemoEvents implements DemoStep {

    private static final Logger log = LoggerFactory.getLogger(DemoEvents.class);
    static final String ABUJA = "Workshop launching the Ouagadougou Action Plan in the ECOWAS region and at AU level";
    private static final String SEED_ABUJA = "IOM press release \"IOM, AU, ECOWAS and UNODC Joint Launch of "
            + "Ouagadougou Action Plan to Combat Human Trafficking\"";
    private static final String SEED_WORKSHOPS = "IOM press release \"IOM Expands Regional Return and Reintegration "
            + "Programme for Child Trafficking Victims\"";
    private static final String SEED_DJIBOUTI = "IOM press release \"Conference Focuses on Greater Protection of "
            + "Trafficked Victims in Djibouti\"";
    private static final String SEED_MALI = "IOM press release \"Mali Launches a National Action Plan to Combat "
            + "Trafficking in Persons 2023-2027 with the Support of IOM and UNODC\" (Bamako, October 2023)";
    private static final String SYNTHETIC = "Synthetic demo event: no seed announces it";

    private final Events events;
    private final Participants participants;
    private final Directory directory;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final CurrentUser loader = new CurrentUser(0, "demo-loader", "Demo loader", null, null, "en",
            Set.of(RoleGrant.of(Role.ADMINISTRATOR)), true, false, false, null);

    DemoEvents(Events events, Participants participants, Directory directory, JdbcClient jdbc,
            TransactionTemplate transactions) {
        this.events = events;
        this.participants = participants;
        this.directory = directory;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public DemoPart part() {
        return DemoPart.EVENTS;
    }

    @Override
    public void load() {
        transactions.executeWithoutResult(status -> {
            if (jdbc.sql("select count(*) from event where title = ?").param(ABUJA).query(Long.class).single() > 0) {
                return;
            }
            long started = System.nanoTime();
            int count = loadEvents();
            log.info("Demo events loaded: {} events in {} ms", count, (System.nanoTime() - started) / 1_000_000);
        });
    }

    private int loadEvents() {
        Map<String, Long> orgs = new HashMap<>();
        for (Organisation o : directory.organisations()) {
            if (o.acronym() != null) {
                orgs.put(o.acronym(), o.id().value());
            }
        }
        long doj = orgs.computeIfAbsent("US DOJ", a -> directory.create(new NewOrganisation(
                "United States Department of Justice", a, OrganisationType.GOVERNMENT, "US", null), "demo-loader")
                .id().value());
        long gtip = orgs.computeIfAbsent("G/TIP", a -> directory.create(new NewOrganisation(
                "Office to Monitor and Combat Trafficking in Persons, US Department of State", a,
                OrganisationType.DONOR, "US", null), "demo-loader").id().value());
        int count = 0;

        Event abuja = create(EventKind.WORKSHOP, ABUJA, yearless(3, 24, 3, 26, DatePrecision.DAY), "Abuja", "NG",
                "More than 50 officials and experts from ECOWAS and other regional economic communities, UN "
                        + "agencies, civil society organisations and international partners dealing with migration "
                        + "and development", List.of(), null, List.of(orgs.get("IOM"), orgs.get("AUC"),
                        orgs.get("ECOWAS"), orgs.get("UNODC")), List.of(orgs.get("BPRM")),
                "Official launch of the Ouagadougou Action Plan in the ECOWAS region and at AU level, and of the "
                        + "Stop Trafficking campaign in the region: mechanisms for member States to address "
                        + "trafficking in persons in a strategic and programmatic manner.", SEED_ABUJA);
        held(abuja);
        syntheticParticipants(abuja, 52, List.of("NG", "SN", "GH", "CI", "ML", "BF", "NE", "GN", "LR", "SL"),
                List.of(InstitutionType.OTHER, InstitutionType.UN_AGENCY, InstitutionType.NGO,
                        InstitutionType.JUDICIARY, InstitutionType.POLICE));
        count++;

        for (String[] city : List.of(new String[] {"Abidjan", "CI"}, new String[] {"Conakry", "GN"},
                new String[] {"Dakar", "SN"}, new String[] {"Ouagadougou", "BF"}, new String[] {"Monrovia", "LR"},
                new String[] {"Niamey", "NE"})) {
            create(EventKind.WORKSHOP, "National workshop on child trafficking and best practices, " + city[0],
                    none(), city[0], city[1], "Representatives of government and civil society", List.of(), null,
                    List.of(orgs.get("IOM")), List.of(orgs.get("BPRM")),
                    "Exchange of information on human trafficking and a set of best practices on how to combat it.",
                    SEED_WORKSHOPS);
            count++;
        }

        Event training = create(EventKind.TRAINING, "Training of border patrol officers in Djibouti", none(),
                "Djibouti", "DJ", "Border patrol officers of Djibouti and surrounding countries", List.of(), null,
                List.of(orgs.get("IOM")), List.of(), null, SEED_DJIBOUTI);
        held(training);
        List<Long> trained = syntheticParticipants(training, 24, List.of("DJ", "ET", "SO"),
                List.of(InstitutionType.BORDER, InstitutionType.BORDER, InstitutionType.POLICE));
        for (int i = 0; i < trained.size(); i++) {
            // synthetic pre- and post-test scores, like the participants
            jdbc.sql("update event_participant set pre_score = ?, post_score = ? where id = ?")
                    .params(35 + (i * 7) % 30, 60 + (i * 11) % 35, trained.get(i)).update();
        }
        count++;
        Event december = create(EventKind.MEETING, "High-level meeting of government officials on the needs of "
                        + "irregular migrants", yearless(12, 1, 12, 1, DatePrecision.MONTH), "Djibouti", "DJ",
                "High-level government officials of Djibouti and surrounding countries", List.of(), null,
                List.of(orgs.get("IOM")), List.of(), null, SEED_DJIBOUTI);
        held(december);
        count++;
        Event conference = create(EventKind.CONFERENCE, "Conference on combating human trafficking and protecting "
                        + "trafficking victims in Djibouti", yearless(2, 7, 2, 10, DatePrecision.DAY), "Djibouti", "DJ",
                "Counter-trafficking experts from the United States, representatives of the government of Djibouti, "
                        + "non-governmental organisations and Ethiopian authorities", List.of(), null,
                List.of(orgs.get("IOM"), doj, orgs.get("UNHCR")), List.of(gtip),
                "National counter-trafficking strategies with a victim-centred approach to investigation and "
                        + "enforcement; regional cooperation and uniform approaches to combating human trafficking.",
                SEED_DJIBOUTI);
        held(conference);
        count++;
        create(EventKind.MEETING, "One-day presentation of the Djibouti conference materials to Ethiopian law "
                        + "enforcement officials", none(), "Addis Ababa", "ET", "Ethiopian law enforcement officials",
                List.of(), conference.id(), List.of(orgs.get("IOM")), List.of(),
                "A condensed one-day presentation of the conference materials.", SEED_DJIBOUTI);
        count++;

        Event bamako = create(EventKind.AWARENESS, "Official launch of Mali's National Action Plan to Combat "
                        + "Trafficking in Persons 2023–2027", new EventDates(LocalDate.of(2023, 10, 19), null,
                        DatePrecision.DAY, true), "Bamako", "ML", "Government, partners and civil society of Mali",
                List.of("fr"), null, List.of(orgs.get("CNCLTP/PA"), orgs.get("IOM"), orgs.get("UNODC")), List.of(),
                "Launch ceremony chaired by the Minister of Justice and Human Rights, Keeper of the Seals.", SEED_MALI);
        bamako = events.changeStatus(bamako.eventId(), bamako.version(), EventStatus.HELD, LocalDate.of(2023, 10, 19),
                loader);
        List<Long> present = syntheticParticipants(bamako, 30, List.of("ML"), List.of(InstitutionType.OTHER,
                InstitutionType.JUDICIARY, InstitutionType.NGO, InstitutionType.UN_AGENCY, InstitutionType.POLICE));
        participants.recordDay(bamako.eventId(), LocalDate.of(2023, 10, 19), present.subList(0, 27), loader);
        // a synthetic reach, like the participants: the seed gives no audience figure
        events.recordReach(bamako.eventId(), bamako.version(), 450, ReachBasis.ESTIMATED,
                "Synthetic demo figure: guests at the ceremony and listeners of the national radio report", loader);
        count++;

        Event campaign = create(EventKind.AWARENESS, "AU.COMMIT campaign against trafficking in human beings "
                        + "(Stop Trafficking campaign)", none(), null, null,
                "AU member States, regional economic communities and the public", List.of(), null,
                List.of(orgs.get("AUC")), List.of(orgs.get("BPRM")),
                "The AU counter-trafficking campaign whose cornerstone is the Ouagadougou Action Plan; launched in "
                        + "the ECOWAS region at the Abuja workshop.", SEED_ABUJA);
        held(campaign);
        count++;

        LocalDate soon = LocalDate.now(ZoneOffset.UTC).plusDays(30);
        create(EventKind.TRAINING, "Regional training of trainers on the Ouagadougou Action Plan (synthetic)",
                new EventDates(soon, soon.plusDays(2), DatePrecision.DAY, true), "Addis Ababa", "ET",
                "Trainers of national police and border services", List.of("en", "fr"), null,
                List.of(orgs.get("AUC")), List.of(), null, SYNTHETIC);
        count++;
        return count;
    }

    private Event create(EventKind kind, String title, EventDates dates, String city, String country,
            String audience, List<String> languages, Long follows, List<Long> organisers, List<Long> funders,
            String agenda, String source) {
        return events.create(new EventDraft(kind, title, dates, city, country, audience, languages, agenda, follows,
                organisers, funders, List.of(), List.of(), source), loader);
    }

    /** Held, as the source says, on a day it does not give. */
    private void held(Event event) {
        jdbc.sql("update event set status = 'HELD' where id = ?").param(event.id()).update();
    }

    private static EventDates yearless(int startMonth, int startDay, int endMonth, int endDay,
            DatePrecision precision) {
        return new EventDates(LocalDate.of(EventDates.PLACEHOLDER_YEAR, startMonth, startDay),
                LocalDate.of(EventDates.PLACEHOLDER_YEAR, endMonth, endDay), precision, false);
    }

    private static EventDates none() {
        return new EventDates(null, null, DatePrecision.DAY, true);
    }

    private static final String[] GIVEN = {"Amina", "Kofi", "Fatou", "Ibrahim", "Aïssata", "Moussa", "Mariam",
            "Yaw", "Ngozi", "Sékou", "Awa", "Chukwudi", "Hawa", "Oumar", "Adjoa", "Bakary"};

    /** Participants with clearly synthetic names, marked synthetic; returns their ids. */
    private List<Long> syntheticParticipants(Event event, int number, List<String> countries,
            List<InstitutionType> types) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < number; i++) {
            String name = GIVEN[i % GIVEN.length] + " Synthetic-" + String.format("%02d", i + 1);
            ParticipantSex sex = i % 5 == 4 ? ParticipantSex.NOT_STATED
                    : (i % 2 == 0 ? ParticipantSex.FEMALE : ParticipantSex.MALE);
            ids.add(participants.insert(event, new ParticipantDraft(name, null, countries.get(i % countries.size()),
                    types.get(i % types.size()), sex, null), true, "demo-loader", false));
        }
        return ids;
    }
}
