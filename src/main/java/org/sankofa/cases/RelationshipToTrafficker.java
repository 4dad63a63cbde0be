package org.sankofa.cases;

/**
 * HTCDS 2.0 {@code vic_RelationshipToTrafficker}: how the person knew the recruiter or trafficker (HTCDS keeps the
 * value name Unaquainted as spelled).
 * Each code keeps its exact value name for data exchange ({@link #value()}); labels are in i18n/htcds*.properties.
 */
public enum RelationshipToTrafficker implements HtcdsCode {

    /** Familial. */
    FAMILIAL("Familial"),
    /** Acquainted. */
    ACQUAINTED("Acquainted"),
    /** Unacquainted. */
    UNAQUAINTED("Unaquainted");

    private final String value;

    RelationshipToTrafficker(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }

    @Override
    public CodeList list() {
        return CodeList.RELATIONSHIP_TO_TRAFFICKER;
    }

    /** The code with this exact value name; an unknown name is an {@link IllegalArgumentException}. */
    public static RelationshipToTrafficker fromValue(String value) {
        return CodeList.RELATIONSHIP_TO_TRAFFICKER.fromValue(value, RelationshipToTrafficker.class);
    }
}
