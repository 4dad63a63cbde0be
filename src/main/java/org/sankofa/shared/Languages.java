package org.sankofa.shared;

import java.util.List;
import java.util.Locale;

/** The languages Sankofa speaks: the working languages of ECOWAS. */
public final class Languages {

    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("pt"));

    private Languages() {
    }

    /** The supported language for a tag such as {@code fr-SN}, or null. */
    public static Locale supported(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String language = Locale.forLanguageTag(tag.strip()).getLanguage();
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst().orElse(null);
    }
}
