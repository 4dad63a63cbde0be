package org.sankofa.matching.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Synthetic persons registered again under corrupted records, with the ground truth (which records are one person),
 * for the tests and the linkage benchmark: spelling variants across orthographies (Diallo, Jallow; Kouadio, Kwadwo),
 * typos, given and family names swapped, dates of birth missing (an estimated age instead) or shifted, citizenship
 * missing. Family names are drawn with a skewed frequency (a few very common names, as in the region). Seeded: the
 * same seed gives the same records.
 */
public final class SyntheticPeople {

    /** A generated record and the person it describes. */
    public record Generated(LinkageRecord record, int person) {
    }

    private static final String[][] FAMILY = {
            { "Diallo", "Jallow", "Djalo", "Jalloh" }, { "Traoré", "Trawally", "Traore" }, { "Cissé", "Sisay", "Sissé" },
            { "Camara", "Kamara" }, { "Ndiaye", "Njie", "N'Diaye" }, { "Touré", "Turay", "Toure" }, { "Fall", "Faal" },
            { "Coulibaly", "Kulibali" }, { "Keïta", "Keita" }, { "Sow" }, { "Bah", "Ba" }, { "Ouattara", "Wattara" },
            { "Konaté", "Konate" }, { "Sylla", "Silla" }, { "Mensah" }, { "Okafor" }, { "Asante", "Asantey" },
            { "Kouyaté", "Kuyate" }, { "Dembélé", "Dembele" }, { "Sanogo" }, { "Barry", "Bari" }, { "Sangaré" },
            { "Gueye", "Gaye" }, { "Faye" }, { "Sarr", "Sar" }, { "Mbaye" }, { "Diop", "Jop" }, { "Bamba" },
            { "Yeboah" }, { "Boateng" }, { "Adjei" }, { "Nwosu" }, { "Eze" }, { "Adeyemi" }, { "Baldé", "Balde" } };
    private static final String[][] GIVEN_FEMALE = {
            { "Aminata", "Aminatou" }, { "Fatoumata", "Fatumata", "Fatimata" }, { "Mariama", "Mariam" },
            { "Aïssatou", "Aissatu", "Aïssata" }, { "Kadiatou", "Kadiatu" }, { "Hawa", "Awa" }, { "Adjoa", "Adwoa" },
            { "Akua", "Ekua" }, { "Afua", "Efua" }, { "Khady", "Khadi" }, { "Ramatoulaye", "Ramatulai" },
            { "Oumou", "Umu" }, { "Ngozi" }, { "Adama" }, { "Binta" }, { "Rokia", "Rokiatou" }, { "Salimata" } };
    private static final String[][] GIVEN_MALE = {
            { "Mamadou", "Mamadu" }, { "Moussa", "Musa" }, { "Ousmane", "Usman" }, { "Ibrahima", "Ibrahim" },
            { "Kouadio", "Kwadwo", "Kodjo" }, { "Kouakou", "Kwaku" }, { "Kwame", "Kouamé" }, { "Yao", "Yaw" },
            { "Souleymane", "Suleiman" }, { "Abdoulaye", "Abdullahi" }, { "Boubacar", "Bubakar" }, { "Seydou" },
            { "Lamine", "Lamin" }, { "Chukwuemeka", "Chukwu Emeka" }, { "Oumar", "Omar" }, { "Sékou", "Sekou" },
            { "Youssouf", "Yusuf" } };
    private static final String[] COUNTRIES = { "SN", "GM", "ML", "GN", "CI", "GH", "BF", "SL", "NG" };
    /** Syllables of synthetic village names (thousands of villages, as a region has). */
    private static final String[] SYLLABLES = { "ka", "ba", "ko", "di", "sa", "ma", "ni", "to", "ye", "fa", "lo", "da",
            "ke", "bou", "ta", "so", "ga", "na", "mo", "ri", "si", "wa", "dou", "kou" };

    private final Random random;

    public SyntheticPeople(long seed) {
        this.random = new Random(seed);
    }

    /**
     * {@code persons} persons, of whom {@code duplicatedShare} are registered two or three times (the copies
     * corrupted); records shuffled.
     */
    public List<Generated> generate(int persons, double duplicatedShare) {
        List<Generated> records = new ArrayList<>();
        long id = 1;
        for (int person = 0; person < persons; person++) {
            Person truth = person();
            records.add(new Generated(truth.record(id++, random, false), person));
            if (random.nextDouble() < duplicatedShare) {
                int copies = random.nextDouble() < 0.2 ? 2 : 1;
                for (int copy = 0; copy < copies; copy++) {
                    records.add(new Generated(truth.record(id++, random, true), person));
                }
            }
        }
        java.util.Collections.shuffle(records, random);
        return records;
    }

    private Person person() {
        boolean female = random.nextBoolean();
        String[][] given = female ? GIVEN_FEMALE : GIVEN_MALE;
        // skewed: the first names of the list are much more common (a Zipf-like draw)
        int family = (int) Math.floor(FAMILY.length * Math.pow(random.nextDouble(), 2.2));
        String[] secondGiven = random.nextDouble() < 0.15 ? given[random.nextInt(given.length)] : null;
        LocalDate born = LocalDate.of(2004, 1, 1).plusDays(random.nextInt(365 * 14));
        return new Person(given[random.nextInt(given.length)], secondGiven, FAMILY[family], female ? "F" : "M", born,
                COUNTRIES[random.nextInt(COUNTRIES.length)], village(),
                GIVEN_FEMALE[random.nextInt(GIVEN_FEMALE.length)][0] + " "
                        + FAMILY[random.nextInt(FAMILY.length)][0]);
    }

    private String village() {
        StringBuilder name = new StringBuilder();
        int syllables = 2 + random.nextInt(2);
        for (int i = 0; i < syllables; i++) {
            name.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private record Person(String[] given, String[] secondGiven, String[] family, String sex, LocalDate born,
            String citizenship, String place, String guardian) {

        LinkageRecord record(long id, Random random, boolean corrupted) {
            String givenNames = spelling(given, random, corrupted);
            if (secondGiven != null && (!corrupted || random.nextDouble() < 0.6)) {
                givenNames += " " + spelling(secondGiven, random, corrupted);
            }
            String familyName = spelling(family, random, corrupted);
            LocalDate identifiedOn = born.plusYears(12 + random.nextInt(5)).plusDays(random.nextInt(300));
            LocalDate dateOfBirth = born;
            Integer age = null;
            if (corrupted) {
                givenNames = typo(givenNames, random);
                familyName = typo(familyName, random);
                if (random.nextDouble() < 0.1) {
                    String swap = givenNames;
                    givenNames = familyName;
                    familyName = swap;
                }
                double birth = random.nextDouble();
                if (birth < 0.3) {
                    dateOfBirth = null;
                    age = identifiedOn.getYear() - born.getYear() + random.nextInt(3) - 1;
                } else if (birth < 0.4) {
                    dateOfBirth = born.withDayOfMonth(1).plusMonths(random.nextInt(3) - 1);
                }
            }
            String country = corrupted && random.nextDouble() < 0.2 ? null : citizenship;
            String from = corrupted && random.nextDouble() < 0.4 ? null : place;
            String parent = corrupted && random.nextDouble() < 0.5 ? null : guardian;
            return new LinkageRecord(id, givenNames, familyName, corrupted && random.nextDouble() < 0.02
                    ? null : sex, dateOfBirth, age, identifiedOn, country, from, parent);
        }

        private static String spelling(String[] spellings, Random random, boolean corrupted) {
            return corrupted ? spellings[random.nextInt(spellings.length)] : spellings[0];
        }

        /** One record in five has a typo in a name: a letter dropped, doubled or two letters swapped. */
        private static String typo(String name, Random random) {
            if (name.length() < 4 || random.nextDouble() >= 0.2) {
                return name;
            }
            int at = 1 + random.nextInt(name.length() - 2);
            return switch (random.nextInt(3)) {
                case 0 -> name.substring(0, at) + name.substring(at + 1);
                case 1 -> name.substring(0, at) + name.charAt(at) + name.substring(at);
                default -> name.substring(0, at) + name.charAt(at + 1) + name.charAt(at) + name.substring(at + 2);
            };
        }
    }
}
