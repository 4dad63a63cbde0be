package org.sankofa.directory;

import java.util.Arrays;
import java.util.List;

/**
 * The languages a person can be recorded as speaking, or a partner's service receives people in (Sankofa's own list
 * of ISO 639 codes: the working languages of ECOWAS, then the main West African languages), the single source of the
 * case form, the case rules, the partner service form and rules, the demo data and the labels
 * ({@code case.language.<code>} in i18n/cases*.properties — the JDK names some of them only by their code). In the
 * directory, which the cases module already uses, so that both read the one list.
 */
public enum SpokenLanguage {
    FRENCH("fr"), ENGLISH("en"), PORTUGUESE("pt"), ARABIC("ar"), WOLOF("wo"), FULA("ff"), BAMBARA("bm"), DYULA("dyu"),
    SONINKE("snk"), MANDINKA("mnk"), SUSU("sus"), HAUSA("ha"), YORUBA("yo"), IGBO("ig"), EWE("ee"), AKAN("ak"),
    FON("fon"), MOORE("mos"), KANURI("kr"), TEMNE("tem"), MENDE("men"), SONGHAI("son"), TWI("tw");

    private final String code;

    SpokenLanguage(String code) {
        this.code = code;
    }

    /** The ISO 639 code, as stored and exchanged. */
    public String code() {
        return code;
    }

    public String messageKey() {
        return "case.language." + code;
    }

    /** Every code, in the order the form offers them. */
    public static List<String> codes() {
        return Arrays.stream(values()).map(SpokenLanguage::code).toList();
    }

    /** Whether the code is one of the list. */
    public static boolean known(String code) {
        return Arrays.stream(values()).anyMatch(l -> l.code.equals(code));
    }
}
