package org.sankofa.cases;

/**
 * HTCDS 2.0 {@code vic_ForcedLabourIndustry}: the industry of forced labour: ISIC rev. 4 sections; T is domestic work.
 * Each code keeps its exact value name for data exchange ({@link #value()}); labels are in i18n/htcds*.properties.
 */
public enum ForcedLabourIndustry implements HtcdsCode {

    /** Agriculture, forestry and fishing. */
    A_AGRICULTURE_FORESTRY_AND_FISHING("A_AgricultureForestryAndFishing"),
    /** Mining and quarrying. */
    B_MINING_AND_QUARRYING("B_MiningAndQuarrying"),
    /** Manufacturing. */
    C_MANUFACTURING("C_Manufacturing"),
    /** Electricity, gas, steam and air conditioning supply. */
    D_ELECTRICITY_GAS_STEAM_AND_AIR_CONDITIONING_SUPPLY("D_ElectricityGasSteamAndAirConditioningSupply"),
    /** Water supply; sewerage, waste management and remediation. */
    E_WATER_SUPPLY_SEWERAGE_WASTE_MANAGEMENT("E_WaterSupplySewerageWasteManagement"),
    /** Construction. */
    F_CONSTRUCTION("F_Construction"),
    /** Wholesale and retail trade; repair of motor vehicles and motorcycles. */
    G_WHOLESALE_AND_RETAIL_TRADE_REPAIR_OF_MOTOR_VEHICLES("G_WholesaleAndRetailTradeRepairOfMotorVehicles"),
    /** Transportation and storage. */
    H_TRANSPORTATION_AND_STORAGE("H_TransportationAndStorage"),
    /** Accommodation and food service activities. */
    I_ACCOMMODATION_AND_FOOD_SERVICE_ACTIVITIES("I_AccommodationAndFoodServiceActivities"),
    /** Information and communication. */
    J_INFORMATION_AND_COMMUNICATION("J_InformationAndCommunication"),
    /** Financial and insurance activities. */
    K_FINANCIAL_AND_INSURANCE_ACTIVITIES("K_FinancialAndInsuranceActivities"),
    /** Real estate activities. */
    L_REAL_ESTATE_ACTIVITIES("L_RealEstateActivities"),
    /** Professional, scientific and technical activities. */
    M_PROFESSIONAL_SCIENTIFIC_AND_TECHNICAL_ACTIVITIES("M_ProfessionalScientificAndTechnicalActivities"),
    /** Administrative and support service activities. */
    N_ADMINISTRATIVE_AND_SUPPORT_SERVICE_ACTIVITIES("N_AdministrativeAndSupportServiceActivities"),
    /** Public administration and defence; compulsory social security. */
    O_PUBLIC_ADMINISTRATION_AND_DEFENCE("O_PublicAdministrationAndDefence"),
    /** Education. */
    P_EDUCATION("P_Education"),
    /** Human health and social work activities. */
    Q_HUMAN_HEALTH_AND_SOCIAL_WORK_ACTIVITIES("Q_HumanHealthAndSocialWorkActivities"),
    /** Arts, entertainment and recreation. */
    R_ARTS_ENTERTAINMENT_AND_RECREATION("R_ArtsEntertainmentAndRecreation"),
    /** Other service activities. */
    S_OTHER_SERVICE_ACTIVITIES("S_OtherServiceActivities"),
    /** Activities of households as employers (domestic work); production of households for own use. */
    T_ACTIVITIES_OF_HOUSEHOLDS_AS_EMPLOYERS("T_ActivitiesOfHouseholdsAsEmployers"),
    /** Activities of extraterritorial organizations and bodies. */
    U_ACTIVITIES_OF_EXTRATERRITORIAL_ORGANIZATIONS("U_ActivitiesOfExtraterritorialOrganizations");

    /** Domestic work: HTCDS records it as forced labour or servitude in the households-as-employers industry. */
    public static final ForcedLabourIndustry DOMESTIC_WORK = T_ACTIVITIES_OF_HOUSEHOLDS_AS_EMPLOYERS;

    private final String value;

    ForcedLabourIndustry(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }

    @Override
    public CodeList list() {
        return CodeList.FORCED_LABOUR_INDUSTRY;
    }

    /** The code with this exact value name; an unknown name is an {@link IllegalArgumentException}. */
    public static ForcedLabourIndustry fromValue(String value) {
        return CodeList.FORCED_LABOUR_INDUSTRY.fromValue(value, ForcedLabourIndustry.class);
    }
}
