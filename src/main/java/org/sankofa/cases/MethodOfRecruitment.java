package org.sankofa.cases;

/**
 * HTCDS 2.0 {@code vic_MethodOfRecruitment}: how the person was recruited (several may apply).
 * Each code keeps its exact value name for data exchange ({@link #value()}); labels are in i18n/htcds*.properties.
 */
public enum MethodOfRecruitment implements HtcdsCode {

    /** At a place of business. */
    AT_A_PLACE_OF_BUSINESS("AtAPlaceOfBusiness"),
    /** At an educational institution. */
    AT_AN_EDUCATIONAL_INSTITUTION("AtAnEducationalInstitution"),
    /** At work. */
    AT_WORK("AtWork"),
    /** Through online social networks. */
    THROUGH_ONLINE_SOCIAL_NETWORKS("ThroughOnlineSocialNetworks"),
    /** Through an online advertisement. */
    THROUGH_AN_ONLINE_ADVERTISEMENT("ThroughAnOnlineAdvertisement"),
    /** Through a television advert. */
    THROUGH_A_TELEVISION_ADVERT("ThroughATelevisionAdvert"),
    /** Through a newspaper advert. */
    THROUGH_A_NEWSPAPER_ADVERT("ThroughANewspaperAdvert"),
    /** Through family or family events. */
    THROUGH_FAMILY_OR_FAMILY_EVENTS("ThroughFamilyOrFamilyEvents"),
    /** Through friends or social events. */
    THROUGH_FRIENDS_OR_SOCIAL_EVENTS("ThroughFriendsOrSocialEvents"),
    /** Other. */
    OTHER("Other");

    private final String value;

    MethodOfRecruitment(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }

    @Override
    public CodeList list() {
        return CodeList.METHOD_OF_RECRUITMENT;
    }

    /** The code with this exact value name; an unknown name is an {@link IllegalArgumentException}. */
    public static MethodOfRecruitment fromValue(String value) {
        return CodeList.METHOD_OF_RECRUITMENT.fromValue(value, MethodOfRecruitment.class);
    }
}
