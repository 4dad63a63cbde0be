package org.sankofa.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sankofa.directory.Coordinates;
import org.sankofa.directory.Directory;
import org.sankofa.directory.NewOrganisation;
import org.sankofa.directory.NewPartnerService;
import org.sankofa.directory.Organisation;
import org.sankofa.directory.OrganisationType;
import org.sankofa.directory.PartnerServices;
import org.sankofa.directory.ServedGroup;
import org.sankofa.directory.ServiceAvailability;
import org.sankofa.directory.ServiceType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's partner network: synthetic services (marked so, and named "demo") in the cities of the demo offices —
 * the demo shelter of Dakar and one demo partner per other country — and the offices placed on the map. Contacts are
 * invented (telephone numbers of the 555 kind, example.org addresses). Loaded once.
 */
@Component
class DemoPartnerServices implements DemoStep {

    static final String SYSTEM = "system";

    private final Directory directory;
    private final PartnerServices services;
    private final TransactionTemplate transactions;

    DemoPartnerServices(Directory directory, PartnerServices services, TransactionTemplate transactions) {
        this.directory = directory;
        this.services = services;
        this.transactions = transactions;
    }

    /** The demo cities, by office code: where the offices are. */
    static final Map<String, double[]> OFFICE_PLACES = Map.ofEntries(
            Map.entry("SN-DKR", new double[] {14.69280, -17.44670}),
            Map.entry("SN-UNODC", new double[] {14.71670, -17.46770}),
            Map.entry("SN-ABRI", new double[] {14.76450, -17.39020}),
            Map.entry("GN-CKY", new double[] {9.64120, -13.57840}),
            Map.entry("ML-BKO", new double[] {12.63920, -8.00290}),
            Map.entry("ML-CNC", new double[] {12.65000, -7.99000}),
            Map.entry("DJ-JIB", new double[] {11.57210, 43.14560}),
            Map.entry("CI-ABJ", new double[] {5.36000, -4.00830}),
            Map.entry("NG-ABV", new double[] {9.07650, 7.39860}),
            Map.entry("NG-ECW", new double[] {9.05800, 7.48900}),
            Map.entry("ET-AUC", new double[] {9.00300, 38.76400}));

    record Demo(String country, String city, double lat, double lon, ServiceType type, String name,
            Set<ServedGroup> groups, Integer capacity, ServiceAvailability availability, List<String> languages,
            String hours, int daysAgo) {
    }

    static final Set<ServedGroup> CHILDREN = Set.of(ServedGroup.CHILDREN);
    static final Set<ServedGroup> CHILDREN_WOMEN = Set.of(ServedGroup.CHILDREN, ServedGroup.WOMEN);
    static final Set<ServedGroup> EVERYONE = Set.of(ServedGroup.CHILDREN, ServedGroup.WOMEN, ServedGroup.MEN);
    static final String WEEKDAYS = "Mon–Fri 08:00–17:00";
    static final String ALWAYS = "24/7";

    static List<Demo> demoServices() {
        return List.of(
                new Demo("SN", "Dakar", 14.76450, -17.39020, ServiceType.SHELTER, "Abri Sankofa (demo)", CHILDREN, 24,
                        ServiceAvailability.LIMITED, List.of("fr", "wo"), ALWAYS, 12),
                new Demo("SN", "Dakar", 14.76450, -17.39020, ServiceType.PSYCHOSOCIAL, null, CHILDREN_WOMEN, null,
                        ServiceAvailability.AVAILABLE, List.of("fr", "wo"), WEEKDAYS, 12),
                new Demo("SN", "Dakar", 14.70500, -17.45200, ServiceType.MEDICAL, "Demo-Clinique Médina", EVERYONE,
                        null, ServiceAvailability.AVAILABLE, List.of("fr", "wo", "en"), WEEKDAYS, 40),
                new Demo("SN", "Dakar", 14.68900, -17.43800, ServiceType.FAMILY_TRACING, null, CHILDREN, null,
                        ServiceAvailability.AVAILABLE, List.of("fr", "wo", "ff"), WEEKDAYS, 95),
                new Demo("SN", "Thiès", 14.79100, -16.93590, ServiceType.VOCATIONAL_TRAINING, "Demo-Atelier Thiès",
                        Set.of(ServedGroup.CHILDREN, ServedGroup.WOMEN), 30, ServiceAvailability.AVAILABLE,
                        List.of("fr", "wo"), WEEKDAYS, 60),
                new Demo("SN", "Saint-Louis", 16.01790, -16.48960, ServiceType.EDUCATION, null, CHILDREN, 60,
                        ServiceAvailability.FULL, List.of("fr", "wo"), WEEKDAYS, 200),
                new Demo("SN", "Dakar", 14.69500, -17.44000, ServiceType.LEGAL, null, EVERYONE, null,
                        ServiceAvailability.AVAILABLE, List.of("fr", "en"), WEEKDAYS, 30),
                new Demo("GN", "Conakry", 9.53800, -13.67700, ServiceType.SHELTER, "Demo-Maison d'accueil Conakry",
                        CHILDREN, 16, ServiceAvailability.AVAILABLE, List.of("fr", "sus", "ff"), ALWAYS, 20),
                new Demo("GN", "Conakry", 9.55000, -13.65000, ServiceType.MEDICAL, null, EVERYONE, null,
                        ServiceAvailability.AVAILABLE, List.of("fr", "sus"), WEEKDAYS, 45),
                new Demo("GN", "Kindia", 10.05690, -12.86580, ServiceType.INCOME_GENERATING_ACTIVITY, null,
                        Set.of(ServedGroup.WOMEN, ServedGroup.MEN), null, ServiceAvailability.LIMITED,
                        List.of("fr", "sus"), WEEKDAYS, 120),
                new Demo("ML", "Bamako", 12.62800, -8.01500, ServiceType.SHELTER, "Demo-Foyer Bamako", CHILDREN, 20,
                        ServiceAvailability.LIMITED, List.of("fr", "bm"), ALWAYS, 15),
                new Demo("ML", "Bamako", 12.64500, -7.98500, ServiceType.PSYCHOSOCIAL, null, CHILDREN_WOMEN, null,
                        ServiceAvailability.AVAILABLE, List.of("fr", "bm", "son"), WEEKDAYS, 50),
                new Demo("ML", "Mopti", 14.48430, -4.18270, ServiceType.FAMILY_TRACING, null, CHILDREN, null,
                        ServiceAvailability.SUSPENDED, List.of("fr", "bm", "ff"), WEEKDAYS, 300),
                new Demo("CI", "Abidjan", 5.34500, -4.02400, ServiceType.SHELTER, "Demo-Centre d'accueil Abidjan",
                        CHILDREN, 30, ServiceAvailability.AVAILABLE, List.of("fr", "dyu"), ALWAYS, 10),
                new Demo("CI", "Abidjan", 5.35500, -3.99000, ServiceType.EDUCATION, null, CHILDREN, 40,
                        ServiceAvailability.AVAILABLE, List.of("fr"), WEEKDAYS, 70),
                new Demo("NG", "Abuja", 9.06500, 7.46000, ServiceType.SHELTER, "Demo-Safe House Abuja",
                        CHILDREN_WOMEN, 25, ServiceAvailability.LIMITED, List.of("en", "ha", "yo", "ig"), ALWAYS, 25),
                new Demo("NG", "Abuja", 9.08000, 7.49000, ServiceType.LEGAL, null, EVERYONE, null,
                        ServiceAvailability.AVAILABLE, List.of("en", "ha"), WEEKDAYS, 35),
                new Demo("DJ", "Djibouti", 11.58800, 43.14500, ServiceType.SHELTER, null, EVERYONE, 40,
                        ServiceAvailability.AVAILABLE, List.of("fr", "ar"), ALWAYS, 18),
                new Demo("DJ", "Djibouti", 11.59500, 43.15000, ServiceType.INTERPRETATION, null, EVERYONE, null,
                        ServiceAvailability.AVAILABLE, List.of("fr", "ar", "en"), WEEKDAYS, 18),
                new Demo("ET", "Addis Ababa", 9.01000, 38.75000, ServiceType.PSYCHOSOCIAL, null, CHILDREN_WOMEN, null,
                        ServiceAvailability.AVAILABLE, List.of("en"), WEEKDAYS, 55));
    }

    @Override
    public DemoPart part() {
        return DemoPart.PARTNER_SERVICES;
    }

    @Override
    public void load() {
        transactions.executeWithoutResult(status -> {
            if (!services.anySynthetic()) {
                loadServices();
            }
        });
    }

    private void loadServices() {
        Organisation shelter = directory.organisations().stream().filter(o -> "ABRI".equals(o.acronym()))
                .findFirst().orElseThrow();
        Map<String, Organisation> partners = new LinkedHashMap<>();
        partners.put("SN", shelter);
        for (String country : List.of("GN", "ML", "CI", "NG", "DJ", "ET")) {
            String city = demoServices().stream().filter(d -> d.country().equals(country)).findFirst().orElseThrow()
                    .city();
            partners.put(country, directory.create(new NewOrganisation("Demo partner network " + city
                    + " (synthetic)", "DEMO-" + country, OrganisationType.NGO, country, null), SYSTEM));
        }
        int n = 0;
        for (Demo d : demoServices()) {
            n++;
            Organisation partner = partners.get(d.country());
            services.addSynthetic(partner.id(), new NewPartnerService(d.type(), d.name(), d.groups(), d.country(),
                    d.city(), point(d.lat(), d.lon()), d.capacity(), d.availability(), d.languages(),
                    "Demo-Contact " + n, "+000 555 01 " + String.format("%02d", n),
                    "contact" + n + "@demo.example.org", d.hours()), LocalDate.now().minusDays(d.daysAgo()));
        }
        OFFICE_PLACES.forEach((code, place) -> directory.officeByCode(code)
                .ifPresent(office -> services.placeOffice(office.id(), point(place[0], place[1]), SYSTEM)));
    }

    private static Coordinates point(double lat, double lon) {
        return new Coordinates(BigDecimal.valueOf(lat), BigDecimal.valueOf(lon));
    }
}
