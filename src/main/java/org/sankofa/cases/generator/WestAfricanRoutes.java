package org.sankofa.cases.generator;

import java.util.List;
import java.util.Map;

import org.sankofa.cases.ForcedLabourIndustry;
import org.sankofa.cases.MethodOfControl;
import org.sankofa.cases.MethodOfRecruitment;
import org.sankofa.cases.ReferralSource;
import org.sankofa.cases.RelationshipToTrafficker;
import org.sankofa.directory.SpokenLanguage;
import org.sankofa.cases.TypeOfExploitation;
import org.sankofa.cases.TypeOfSexExploitation;

/**
 * The synthetic world the generator draws from: documented West African trafficking routes (UNODC, IOM and US TIP
 * country narratives describe each of them) with plausible ages, sexes and forms of exploitation, and name lists per
 * country of origin. Every family name is written with the visible prefix {@value #MARKER} (as the demo users are,
 * e.g. "Awa Demo-Caseworker"), so a generated person reads naturally in a demo and can never be taken for a real one.
 */
final class WestAfricanRoutes {

    /** The prefix of every synthetic family name. */
    static final String MARKER = "Demo-";

    private WestAfricanRoutes() {
    }

    /**
     * One route with its profile. Ages are drawn uniformly in [minAge, maxAge]; {@code femaleShare} is the share of
     * women and girls; places are (city, weight-by-repetition) lists.
     */
    record Route(String key, int weight, String officeCode, List<String> origins, List<String> transits,
            double transitShare, String destination, List<String> identificationCities,
            List<ReferralSource> sources, double femaleShare, int minAge, int maxAge,
            List<TypeOfExploitation> exploitation, ForcedLabourIndustry industry, TypeOfSexExploitation sexType,
            List<MethodOfRecruitment> recruitment, List<MethodOfControl> controls,
            List<RelationshipToTrafficker> relations, List<String> exploitationPlaces, String story) {
    }

    /**
     * Given names (masculine, feminine), family names and languages of a country of origin, taken from the list the case
     * form offers (a country's other languages, e.g. Krio or Kabiyè, are not in that list).
     */
    record NamePool(List<String> masculine, List<String> feminine, List<String> family,
            List<SpokenLanguage> languages) {
    }

    static final Map<String, NamePool> NAMES = Map.ofEntries(
            Map.entry("GN", new NamePool(
                    List.of("Mamadou", "Alpha", "Ibrahima", "Oumar", "Thierno", "Boubacar", "Sékou", "Mohamed",
                            "Abdoulaye", "Amadou", "Ousmane", "Lansana", "Mamadou Saliou", "Alpha Oumar"),
                    List.of("Aminata", "Fatoumata", "Mariama", "Kadiatou", "Aïssatou", "Hawa", "Fanta", "Binta",
                            "Oumou", "Djénabou", "Ramatoulaye", "Fatoumata Binta"),
                    List.of("Diallo", "Barry", "Bah", "Sow", "Camara", "Condé", "Keïta", "Touré", "Soumah", "Sylla",
                            "Baldé", "Kouyaté"),
                    List.of(SpokenLanguage.FULA, SpokenLanguage.SUSU, SpokenLanguage.FRENCH))),
            Map.entry("SN", new NamePool(
                    List.of("Moussa", "Cheikh", "Modou", "Ousmane", "Mamadou", "Abdou", "Pape", "Ibrahima", "Babacar",
                            "Serigne"),
                    List.of("Awa", "Fatou", "Aminata", "Khady", "Ndèye", "Coumba", "Astou", "Mariama", "Adama",
                            "Sokhna"),
                    List.of("Diop", "Ndiaye", "Fall", "Sarr", "Faye", "Gueye", "Sow", "Ba", "Mbaye", "Diouf", "Seck",
                            "Cissé"),
                    List.of(SpokenLanguage.WOLOF, SpokenLanguage.FRENCH, SpokenLanguage.FULA))),
            Map.entry("GW", new NamePool(
                    List.of("Mamadu", "Braima", "Sanussi", "Aladje", "Umaru", "Bubacar", "Djibril", "Sadjo"),
                    List.of("Aminata", "Fatumata", "Mariama", "Binta", "Kadi", "Aissatu", "Nene"),
                    List.of("Baldé", "Djaló", "Embaló", "Candé", "Seidi", "Sanhá", "Mané", "Djassi"),
                    List.of(SpokenLanguage.FULA, SpokenLanguage.PORTUGUESE))),
            Map.entry("ML", new NamePool(
                    List.of("Moussa", "Oumar", "Bakary", "Seydou", "Modibo", "Souleymane", "Drissa", "Adama",
                            "Boubacar", "Mamadou"),
                    List.of("Aminata", "Fatoumata", "Mariam", "Kadidia", "Assétou", "Awa", "Rokia", "Salimata",
                            "Oumou", "Djénéba"),
                    List.of("Traoré", "Coulibaly", "Keïta", "Diarra", "Konaté", "Sissoko", "Dembélé", "Sangaré",
                            "Cissé", "Diallo", "Touré", "Maïga"),
                    List.of(SpokenLanguage.BAMBARA, SpokenLanguage.FRENCH, SpokenLanguage.FULA))),
            Map.entry("BF", new NamePool(
                    List.of("Issouf", "Boukary", "Salif", "Moumouni", "Hamidou", "Idrissa", "Lassané", "Saïdou"),
                    List.of("Aminata", "Mariam", "Awa", "Salamata", "Rasmata", "Zénabo", "Fatimata", "Alimata"),
                    List.of("Ouédraogo", "Sawadogo", "Kaboré", "Compaoré", "Zongo", "Ouattara", "Traoré", "Sanou",
                            "Zoungrana", "Kiendrébéogo"),
                    List.of(SpokenLanguage.MOORE, SpokenLanguage.DYULA, SpokenLanguage.FRENCH))),
            Map.entry("NG", new NamePool(
                    List.of("Chukwuemeka", "Emeka", "Oluwaseun", "Ibrahim", "Musa", "Tunde", "Chinedu", "Sani",
                            "Yusuf", "Osas"),
                    List.of("Blessing", "Joy", "Chioma", "Ngozi", "Aisha", "Amina", "Funmilayo", "Precious",
                            "Favour", "Esther", "Osaretin", "Gift"),
                    List.of("Okafor", "Okonkwo", "Adeyemi", "Osagie", "Omoregie", "Igbinovia", "Bello", "Eze",
                            "Nwosu", "Aigbe", "Obi", "Abubakar"),
                    List.of(SpokenLanguage.ENGLISH, SpokenLanguage.YORUBA, SpokenLanguage.IGBO,
                            SpokenLanguage.HAUSA))),
            Map.entry("NE", new NamePool(
                    List.of("Issoufou", "Abdou", "Moussa", "Hamadou", "Ali", "Souley", "Mahamadou", "Sani"),
                    List.of("Rabi", "Hadiza", "Zeinabou", "Mariama", "Aïchatou", "Fati", "Hawa"),
                    List.of("Issaka", "Garba", "Hamani", "Oumarou", "Seyni", "Abdou", "Boubacar", "Moussa"),
                    List.of(SpokenLanguage.HAUSA, SpokenLanguage.FRENCH))),
            Map.entry("TG", new NamePool(
                    List.of("Koffi", "Kossi", "Komla", "Yao", "Kodjo", "Edem", "Séna"),
                    List.of("Akossiwa", "Afi", "Ama", "Adjoa", "Abla", "Enyonam", "Dzifa", "Essi"),
                    List.of("Agbodjan", "Amegah", "Mensah", "Lawson", "Adjavon", "Kpodar", "Gbeassor", "Ayivi"),
                    List.of(SpokenLanguage.EWE, SpokenLanguage.FRENCH))),
            Map.entry("BJ", new NamePool(
                    List.of("Codjo", "Sènan", "Dossou", "Comlan", "Kossi", "Hounkpè"),
                    List.of("Sènami", "Afiavi", "Houéfa", "Chimène", "Mahoussi", "Bénédicte", "Rachida"),
                    List.of("Houngbo", "Dossou", "Agossou", "Hounkpatin", "Ahouansou", "Gbaguidi", "Zinsou",
                            "Sossa"),
                    List.of(SpokenLanguage.FON, SpokenLanguage.FRENCH, SpokenLanguage.YORUBA))),
            Map.entry("GH", new NamePool(
                    List.of("Kwame", "Kofi", "Kwabena", "Yaw", "Kwaku", "Kojo", "Kwesi", "Selorm"),
                    List.of("Akosua", "Ama", "Abena", "Efua", "Adwoa", "Yaa", "Afua", "Esinam"),
                    List.of("Mensah", "Owusu", "Asante", "Boateng", "Agyeman", "Kpeglo", "Tetteh", "Amoah",
                            "Dzokoto", "Quaye"),
                    List.of(SpokenLanguage.EWE, SpokenLanguage.TWI, SpokenLanguage.ENGLISH))),
            Map.entry("SL", new NamePool(
                    List.of("Mohamed", "Abu", "Alusine", "Foday", "Ibrahim", "Sorie"),
                    List.of("Aminata", "Fatmata", "Isatu", "Mariatu", "Hawa", "Kadiatu"),
                    List.of("Kamara", "Sesay", "Conteh", "Bangura", "Koroma", "Kargbo", "Turay", "Mansaray"),
                    List.of(SpokenLanguage.TEMNE, SpokenLanguage.ENGLISH))),
            Map.entry("CI", new NamePool(
                    List.of("Kouassi", "Konan", "Yao", "Kouadio", "Drissa", "Lacina", "Sékou", "Serge"),
                    List.of("Affoué", "Amenan", "Adjoua", "Aya", "Ahou", "Mariam", "Awa", "Akissi"),
                    List.of("Kouassi", "Konan", "Kouadio", "N'Guessan", "Koné", "Bamba", "Yao", "Ouattara"),
                    List.of(SpokenLanguage.FRENCH, SpokenLanguage.DYULA))),
            Map.entry("GM", new NamePool(
                    List.of("Lamin", "Ebrima", "Modou", "Alieu", "Omar", "Momodou", "Bakary", "Sainey"),
                    List.of("Fatou", "Isatou", "Mariama", "Binta", "Awa", "Haddy", "Kaddy", "Nyima"),
                    List.of("Jallow", "Ceesay", "Touray", "Sowe", "Njie", "Darboe", "Sanneh", "Manneh", "Bojang"),
                    List.of(SpokenLanguage.MANDINKA, SpokenLanguage.WOLOF, SpokenLanguage.FULA,
                            SpokenLanguage.ENGLISH))),
            Map.entry("LR", new NamePool(
                    List.of("Emmanuel", "Joseph", "Moses", "Prince", "Varney", "Momo", "Siaffa", "Augustine"),
                    List.of("Comfort", "Esther", "Patience", "Musu", "Korto", "Yassah", "Beatrice", "Oretha"),
                    List.of("Kollie", "Flomo", "Kpoto", "Zawolo", "Tarr", "Sackie", "Kamara", "Gbessay", "Freeman"),
                    List.of(SpokenLanguage.ENGLISH))),
            Map.entry("CV", new NamePool(
                    List.of("João", "Carlos", "Ivan", "Edson", "Nelson", "Adilson", "Hélder", "Wilson"),
                    List.of("Ana", "Maria", "Sandra", "Elisângela", "Djenifer", "Vanusa", "Ivone", "Neusa"),
                    List.of("Tavares", "Semedo", "Fernandes", "Lopes", "Monteiro", "Varela", "Gomes", "Furtado"),
                    List.of(SpokenLanguage.PORTUGUESE))));

    private static <T> List<T> l(T... values) {
        return List.of(values);
    }

    static final List<Route> ROUTES = List.of(
            new Route("GN-SN-begging", 16, "SN-DKR", l("GN", "GN", "GN", "GW"), l("ML"), 0.1, "SN",
                    l("Dakar", "Dakar", "Dakar", "Pikine", "Thiès", "Saint-Louis", "Touba"),
                    l(ReferralSource.NGO_OUTREACH, ReferralSource.NGO_OUTREACH, ReferralSource.NGO_OUTREACH,
                            ReferralSource.POLICE, ReferralSource.COMMUNITY, ReferralSource.HOTLINE),
                    0.0, 8, 14, l(TypeOfExploitation.FORCED_BEGGING), null, null,
                    l(MethodOfRecruitment.THROUGH_FAMILY_OR_FAMILY_EVENTS),
                    l(MethodOfControl.TAKES_EARNINGS, MethodOfControl.PHYSICAL_ABUSE,
                            MethodOfControl.WITHHOLDS_NECESSITIES, MethodOfControl.PHYSICAL_THREATS),
                    l(RelationshipToTrafficker.ACQUAINTED, RelationshipToTrafficker.FAMILIAL),
                    l("Dakar", "Pikine", "Thiès", "Saint-Louis", "Touba"),
                    "entrusted by the family to a Koranic teacher, sent to beg in the streets with a daily quota"),
            new Route("SN-SN-begging", 6, "SN-DKR", l("SN", "ML"), l(), 0, "SN",
                    l("Dakar", "Dakar", "Guédiawaye", "Mbour", "Kaolack"),
                    l(ReferralSource.NGO_OUTREACH, ReferralSource.COMMUNITY, ReferralSource.POLICE),
                    0.05, 6, 15, l(TypeOfExploitation.FORCED_BEGGING), null, null,
                    l(MethodOfRecruitment.THROUGH_FAMILY_OR_FAMILY_EVENTS),
                    l(MethodOfControl.TAKES_EARNINGS, MethodOfControl.PHYSICAL_ABUSE,
                            MethodOfControl.WITHHOLDS_NECESSITIES),
                    l(RelationshipToTrafficker.ACQUAINTED),
                    l("Dakar", "Guédiawaye", "Mbour", "Kaolack"),
                    "sent to beg with a daily quota, beaten when the quota was not met"),
            new Route("SN-domestic", 5, "SN-DKR", l("SN", "GN", "ML"), l(), 0, "SN",
                    l("Dakar", "Dakar", "Rufisque"),
                    l(ReferralSource.HOTLINE, ReferralSource.NGO_OUTREACH, ReferralSource.SELF_REFERRAL),
                    0.95, 11, 19, l(TypeOfExploitation.SERVITUDE), ForcedLabourIndustry.DOMESTIC_WORK, null,
                    l(MethodOfRecruitment.THROUGH_FAMILY_OR_FAMILY_EVENTS,
                            MethodOfRecruitment.THROUGH_FRIENDS_OR_SOCIAL_EVENTS),
                    l(MethodOfControl.EXCESSIVE_WORKING_HOURS, MethodOfControl.TAKES_EARNINGS,
                            MethodOfControl.PSYCHOLOGICAL_ABUSE),
                    l(RelationshipToTrafficker.ACQUAINTED, RelationshipToTrafficker.FAMILIAL),
                    l("Dakar", "Rufisque"),
                    "placed with a household as a maid, unpaid, working from dawn to night"),
            new Route("ML-CI-cocoa", 12, "CI-ABJ", l("ML", "ML", "BF", "CI"), l("BF"), 0.6, "CI",
                    l("Soubré", "Daloa", "San-Pédro", "Duékoué", "Abidjan"),
                    l(ReferralSource.LABOUR_INSPECTION, ReferralSource.POLICE, ReferralSource.NGO_OUTREACH),
                    0.1, 11, 24, l(TypeOfExploitation.FORCED_LABOUR, TypeOfExploitation.CHILD_LABOUR),
                    ForcedLabourIndustry.A_AGRICULTURE_FORESTRY_AND_FISHING, null,
                    l(MethodOfRecruitment.THROUGH_FRIENDS_OR_SOCIAL_EVENTS,
                            MethodOfRecruitment.THROUGH_FAMILY_OR_FAMILY_EVENTS, MethodOfRecruitment.AT_WORK),
                    l(MethodOfControl.DEBT_BONDAGE, MethodOfControl.FALSE_PROMISES,
                            MethodOfControl.EXCESSIVE_WORKING_HOURS, MethodOfControl.TAKES_EARNINGS),
                    l(RelationshipToTrafficker.ACQUAINTED, RelationshipToTrafficker.UNAQUAINTED),
                    l("Soubré", "Daloa", "Méagui", "Duékoué"),
                    "promised paid work, made to clear and harvest cocoa plots to repay the cost of the journey"),
            new Route("BF-CI-agriculture", 8, "CI-ABJ", l("BF"), l(), 0, "CI",
                    l("Bouaké", "Daloa", "Abidjan", "Soubré"),
                    l(ReferralSource.LABOUR_INSPECTION, ReferralSource.BORDER_POST, ReferralSource.NGO_OUTREACH),
                    0.15, 10, 22, l(TypeOfExploitation.FORCED_LABOUR, TypeOfExploitation.CHILD_LABOUR),
                    ForcedLabourIndustry.A_AGRICULTURE_FORESTRY_AND_FISHING, null,
                    l(MethodOfRecruitment.THROUGH_FRIENDS_OR_SOCIAL_EVENTS, MethodOfRecruitment.AT_WORK),
                    l(MethodOfControl.DEBT_BONDAGE, MethodOfControl.TAKES_EARNINGS,
                            MethodOfControl.WITHHOLDS_DOCUMENTS),
                    l(RelationshipToTrafficker.ACQUAINTED, RelationshipToTrafficker.UNAQUAINTED),
                    l("Bouaké", "Daloa", "Soubré"),
                    "recruited at the bus station for farm work, never paid"),
            new Route("TG-BJ-NG-domestic", 7, "NG-ABV", l("TG", "BJ", "BJ"), l("BJ"), 0.3, "NG",
                    l("Lagos", "Lagos", "Lagos", "Ibadan", "Abuja"),
                    l(ReferralSource.POLICE, ReferralSource.NGO_OUTREACH, ReferralSource.HOTLINE),
                    0.9, 10, 17, l(TypeOfExploitation.FORCED_LABOUR, TypeOfExploitation.SERVITUDE),
                    ForcedLabourIndustry.DOMESTIC_WORK, null,
                    l(MethodOfRecruitment.THROUGH_FAMILY_OR_FAMILY_EVENTS),
                    l(MethodOfControl.EXCESSIVE_WORKING_HOURS, MethodOfControl.TAKES_EARNINGS,
                            MethodOfControl.PHYSICAL_ABUSE, MethodOfControl.RESTRICTS_MEDICAL_CARE),
                    l(RelationshipToTrafficker.FAMILIAL, RelationshipToTrafficker.ACQUAINTED),
                    l("Lagos", "Ibadan", "Abuja"),
                    "sent to an urban household as a domestic worker and market vendor, her wages paid to an intermediary"),
            new Route("TG-BJ-GA-domestic", 5, "GA-LBV", l("TG", "BJ"), l("NG"), 0.4, "GA",
                    l("Libreville", "Libreville", "Port-Gentil"),
                    l(ReferralSource.POLICE, ReferralSource.NGO_OUTREACH, ReferralSource.BORDER_POST),
                    0.85, 10, 17, l(TypeOfExploitation.SERVITUDE), ForcedLabourIndustry.DOMESTIC_WORK, null,
                    l(MethodOfRecruitment.THROUGH_FAMILY_OR_FAMILY_EVENTS),
                    l(MethodOfControl.EXCESSIVE_WORKING_HOURS, MethodOfControl.WITHHOLDS_DOCUMENTS,
                            MethodOfControl.PSYCHOLOGICAL_ABUSE),
                    l(RelationshipToTrafficker.ACQUAINTED, RelationshipToTrafficker.FAMILIAL),
                    l("Libreville", "Port-Gentil"),
                    "taken by boat along the coast to work in a household and sell in the market"),
            new Route("NE-NG-begging", 6, "NG-ABV", l("NE"), l(), 0, "NG",
                    l("Kano", "Kano", "Katsina", "Sokoto", "Abuja"),
                    l(ReferralSource.NGO_OUTREACH, ReferralSource.COMMUNITY, ReferralSource.POLICE),
                    0.2, 6, 15, l(TypeOfExploitation.FORCED_BEGGING), null, null,
                    l(MethodOfRecruitment.THROUGH_FAMILY_OR_FAMILY_EVENTS),
                    l(MethodOfControl.TAKES_EARNINGS, MethodOfControl.WITHHOLDS_NECESSITIES),
                    l(RelationshipToTrafficker.ACQUAINTED, RelationshipToTrafficker.FAMILIAL),
                    l("Kano", "Katsina", "Sokoto"),
                    "sent across the border with a group of children to beg in the city"),
            new Route("NG-ML-mining", 6, "ML-BKO", l("NG"), l("NE", "BF"), 0.5, "ML",
                    l("Kéniéba", "Kayes", "Bamako", "Sikasso"),
                    l(ReferralSource.POLICE, ReferralSource.NGO_OUTREACH, ReferralSource.SELF_REFERRAL),
                    0.05, 16, 32, l(TypeOfExploitation.FORCED_LABOUR),
                    ForcedLabourIndustry.B_MINING_AND_QUARRYING, null,
                    l(MethodOfRecruitment.THROUGH_FRIENDS_OR_SOCIAL_EVENTS,
                            MethodOfRecruitment.THROUGH_ONLINE_SOCIAL_NETWORKS),
                    l(MethodOfControl.DEBT_BONDAGE, MethodOfControl.WITHHOLDS_DOCUMENTS,
                            MethodOfControl.FALSE_PROMISES, MethodOfControl.PHYSICAL_THREATS),
                    l(RelationshipToTrafficker.UNAQUAINTED, RelationshipToTrafficker.ACQUAINTED),
                    l("Kéniéba", "Kayes", "Sadiola"),
                    "promised a job in Europe, kept at an artisanal gold site to repay a travel debt"),
            new Route("NG-ML-sexual", 7, "ML-BKO", l("NG"), l("NE", "BF"), 0.6, "ML",
                    l("Kéniéba", "Bamako", "Kayes", "Sikasso"),
                    l(ReferralSource.POLICE, ReferralSource.NGO_OUTREACH, ReferralSource.HOTLINE),
                    1.0, 15, 26, l(TypeOfExploitation.SEXUAL_EXPLOITATION), null, TypeOfSexExploitation.PROSTITUTION,
                    l(MethodOfRecruitment.THROUGH_FRIENDS_OR_SOCIAL_EVENTS,
                            MethodOfRecruitment.THROUGH_ONLINE_SOCIAL_NETWORKS,
                            MethodOfRecruitment.THROUGH_FAMILY_OR_FAMILY_EVENTS),
                    l(MethodOfControl.DEBT_BONDAGE, MethodOfControl.WITHHOLDS_DOCUMENTS,
                            MethodOfControl.PSYCHOLOGICAL_ABUSE, MethodOfControl.THREATENS_CHILDREN_FAMILY,
                            MethodOfControl.SEXUAL_ABUSE),
                    l(RelationshipToTrafficker.ACQUAINTED, RelationshipToTrafficker.UNAQUAINTED),
                    l("Kéniéba", "Bamako", "Kayes"),
                    "promised work as a hairdresser, made to pay a debt through sex work near a gold-mining site"),
            new Route("GN-internal-domestic", 5, "GN-CKY", l("GN"), l(), 0, "GN",
                    l("Conakry", "Conakry", "Kindia"),
                    l(ReferralSource.NGO_OUTREACH, ReferralSource.HOTLINE, ReferralSource.COMMUNITY),
                    0.85, 9, 17, l(TypeOfExploitation.SERVITUDE, TypeOfExploitation.CHILD_LABOUR),
                    ForcedLabourIndustry.DOMESTIC_WORK, null,
                    l(MethodOfRecruitment.THROUGH_FAMILY_OR_FAMILY_EVENTS),
                    l(MethodOfControl.EXCESSIVE_WORKING_HOURS, MethodOfControl.WITHHOLDS_NECESSITIES),
                    l(RelationshipToTrafficker.FAMILIAL, RelationshipToTrafficker.ACQUAINTED),
                    l("Conakry", "Kindia"),
                    "sent from a village to relatives in the city to study, made to work in the house instead"),
            new Route("SL-GN-mining", 4, "GN-CKY", l("SL", "GN"), l(), 0, "GN",
                    l("Siguiri", "Kankan", "Conakry"),
                    l(ReferralSource.POLICE, ReferralSource.LABOUR_INSPECTION, ReferralSource.BORDER_POST),
                    0.2, 13, 28, l(TypeOfExploitation.FORCED_LABOUR, TypeOfExploitation.CHILD_LABOUR),
                    ForcedLabourIndustry.B_MINING_AND_QUARRYING, null,
                    l(MethodOfRecruitment.THROUGH_FRIENDS_OR_SOCIAL_EVENTS, MethodOfRecruitment.AT_WORK),
                    l(MethodOfControl.DEBT_BONDAGE, MethodOfControl.TAKES_EARNINGS,
                            MethodOfControl.EXCESSIVE_WORKING_HOURS),
                    l(RelationshipToTrafficker.UNAQUAINTED, RelationshipToTrafficker.ACQUAINTED),
                    l("Siguiri", "Kouroussa"),
                    "digging in an artisanal gold pit for food and lodging only"),
            new Route("GH-volta-fishing", 5, "GH-ACC", l("GH"), l(), 0, "GH",
                    l("Yeji", "Kete-Krachi", "Accra"),
                    l(ReferralSource.NGO_OUTREACH, ReferralSource.POLICE, ReferralSource.COMMUNITY),
                    0.15, 7, 16, l(TypeOfExploitation.FORCED_LABOUR, TypeOfExploitation.CHILD_LABOUR),
                    ForcedLabourIndustry.A_AGRICULTURE_FORESTRY_AND_FISHING, null,
                    l(MethodOfRecruitment.THROUGH_FAMILY_OR_FAMILY_EVENTS),
                    l(MethodOfControl.EXCESSIVE_WORKING_HOURS, MethodOfControl.PHYSICAL_ABUSE,
                            MethodOfControl.WITHHOLDS_NECESSITIES),
                    l(RelationshipToTrafficker.ACQUAINTED, RelationshipToTrafficker.FAMILIAL),
                    l("Yeji", "Kete-Krachi"),
                    "given to a fisherman on Lake Volta against a payment to the family, made to dive to free nets"),
            new Route("GM-SN-begging", 3, "SN-DKR", l("GM"), l(), 0, "SN",
                    l("Dakar", "Ziguinchor", "Kaolack"),
                    l(ReferralSource.NGO_OUTREACH, ReferralSource.COMMUNITY, ReferralSource.BORDER_POST),
                    0, 6, 14, l(TypeOfExploitation.FORCED_BEGGING), null, null,
                    l(MethodOfRecruitment.THROUGH_FAMILY_OR_FAMILY_EVENTS),
                    l(MethodOfControl.PHYSICAL_ABUSE, MethodOfControl.WITHHOLDS_NECESSITIES,
                            MethodOfControl.PSYCHOLOGICAL_ABUSE),
                    l(RelationshipToTrafficker.ACQUAINTED),
                    l("Dakar", "Kaolack"),
                    "entrusted across the border to a Koranic teacher and made to beg for a daily quota"),
            new Route("LR-CI-domestic", 3, "CI-ABJ", l("LR"), l("GN"), 0.2, "CI",
                    l("Abidjan", "Abidjan", "Man", "San-Pédro"),
                    l(ReferralSource.HOTLINE, ReferralSource.NGO_OUTREACH, ReferralSource.POLICE),
                    0.85, 10, 17, l(TypeOfExploitation.SERVITUDE, TypeOfExploitation.FORCED_LABOUR),
                    ForcedLabourIndustry.T_ACTIVITIES_OF_HOUSEHOLDS_AS_EMPLOYERS, null,
                    l(MethodOfRecruitment.THROUGH_FAMILY_OR_FAMILY_EVENTS),
                    l(MethodOfControl.EXCESSIVE_WORKING_HOURS, MethodOfControl.FALSE_PROMISES,
                            MethodOfControl.TAKES_EARNINGS),
                    l(RelationshipToTrafficker.FAMILIAL, RelationshipToTrafficker.ACQUAINTED),
                    l("Abidjan", "Man"),
                    "sent to a relative in Abidjan with the promise of school, kept at home to work without pay"),
            new Route("CV-internal-sexual", 2, "CV-PRA", l("CV"), l(), 0, "CV",
                    l("Praia", "Praia", "Mindelo", "Santa Maria"),
                    l(ReferralSource.POLICE, ReferralSource.NGO_OUTREACH, ReferralSource.HOTLINE),
                    0.8, 13, 17, l(TypeOfExploitation.SEXUAL_EXPLOITATION), null,
                    TypeOfSexExploitation.PROSTITUTION,
                    l(MethodOfRecruitment.THROUGH_FRIENDS_OR_SOCIAL_EVENTS,
                            MethodOfRecruitment.THROUGH_ONLINE_SOCIAL_NETWORKS),
                    l(MethodOfControl.PSYCHOLOGICAL_ABUSE, MethodOfControl.PSYCHOACTIVE_SUBSTANCE),
                    l(RelationshipToTrafficker.ACQUAINTED),
                    l("Praia", "Santa Maria"),
                    "exploited in commercial sex in tourist areas by an older acquaintance"),
            new Route("GN-SN-returnees", 3, "GN-CKY", l("GN"), l("ML", "SN"), 0.7, "GN",
                    l("Conakry", "Conakry", "Labé"),
                    l(ReferralSource.BORDER_POST, ReferralSource.OTHER, ReferralSource.SELF_REFERRAL),
                    0.3, 16, 35, l(TypeOfExploitation.FORCED_LABOUR), ForcedLabourIndustry.F_CONSTRUCTION, null,
                    l(MethodOfRecruitment.THROUGH_ONLINE_SOCIAL_NETWORKS,
                            MethodOfRecruitment.THROUGH_FRIENDS_OR_SOCIAL_EVENTS),
                    l(MethodOfControl.DEBT_BONDAGE, MethodOfControl.WITHHOLDS_DOCUMENTS,
                            MethodOfControl.PHYSICAL_THREATS),
                    l(RelationshipToTrafficker.UNAQUAINTED),
                    l("Agadez", "Gao"),
                    "exploited on construction sites along the migration route, returned with IOM assistance"));

    /** The cities used for synthetic addresses in the host country (one neighbourhood per line). */
    static final Map<String, List<String>> NEIGHBOURHOODS = Map.of(
            "SN", List.of("Médina", "Grand Yoff", "Pikine Est", "Colobane", "Parcelles Assainies"),
            "CI", List.of("Adjamé", "Yopougon", "Abobo", "Quartier Commerce"),
            "NG", List.of("Ajegunle", "Mushin", "Sabon Gari", "Garki"),
            "ML", List.of("Bagadadji", "Médina Coura", "Quartier Sans Fil"),
            "GN", List.of("Matoto", "Ratoma", "Kaloum", "Madina"),
            "GA", List.of("Nkembo", "Akébé", "Lalala"),
            "GH", List.of("Old Town", "Harbour Road", "Kpando Road"),
            "CV", List.of("Plateau", "Achada Santo António", "Várzea"));

    /** Currency of the country of the owning office (services' costs). */
    static final Map<String, String> CURRENCY = Map.of("SN", "XOF", "CI", "XOF", "ML", "XOF", "NG", "NGN", "GN",
            "GNF", "GA", "XAF", "GH", "GHS", "CV", "CVE");

    /** A typical cost unit of a service in that currency (a night of shelter, a consultation, a school kit). */
    static final Map<String, Integer> COST_UNIT = Map.of("XOF", 5_000, "NGN", 8_000, "GNF", 80_000, "XAF", 5_000,
            "GHS", 90, "CVE", 1_500);

    /** Offices the demo world may lack, created through the directory on first use (IOM organisation). */
    record ExtraOffice(String code, String name, String country, String city) {
    }

    static final List<ExtraOffice> EXTRA_OFFICES = List.of(
            new ExtraOffice("GA-LBV", "IOM Libreville", "GA", "Libreville"),
            new ExtraOffice("GH-ACC", "IOM Accra", "GH", "Accra"),
            new ExtraOffice("CV-PRA", "IOM Praia", "CV", "Praia"));

    static final List<String> NICKNAMES = List.of("Ami", "Fanta", "Papis", "Baba", "Petit", "Djibi", "Nene", "Tonton",
            "Maman", "Kalil");
}
