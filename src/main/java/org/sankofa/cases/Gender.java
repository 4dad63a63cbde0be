package org.sankofa.cases;

/**
 * HTCDS 2.0 {@code prs_Gender}: the person's gender as HTCDS 2.0 records it.
 * Each code keeps its exact value name for data exchange ({@link #value()}); labels are in i18n/htcds*.properties.
 */
public enum Gender implements HtcdsCode {

    /** Feminine. */
    FEMININE("Feminine"),
    /** Masculine. */
    MASCULINE("Masculine"),
    /** Transgender Feminine. */
    TRANSGENDER_FEMININE("TransgenderFeminine"),
    /** Transgender Masculine. */
    TRANSGENDER_MASCULINE("TransgenderMasculine"),
    /** Non-Conforming. */
    NON_CONFORMING("NonConforming"),
    /** Not Specified/Unknown. */
    NON_SPECIFIED_UNKNOWN("NonSpecifiedUnknown");

    private final String value;

    Gender(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }

    @Override
    public CodeList list() {
        return CodeList.GENDER;
    }

    /** The code with this exact value name; an unknown name is an {@link IllegalArgumentException}. */
    public static Gender fromValue(String value) {
        return CodeList.GENDER.fromValue(value, Gender.class);
    }
}
