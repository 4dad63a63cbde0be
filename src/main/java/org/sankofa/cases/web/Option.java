package org.sankofa.cases.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.sankofa.cases.CodeList;
import org.sankofa.cases.GuardianRelation;
import org.sankofa.directory.SpokenLanguage;
import org.sankofa.directory.CountryPicker;

/** A choice in a form: its value and the message key of its label (or the label itself, for countries). */
record Option(String value, String key, String text) {

    static List<Option> of(CodeList list) {
        return list.codes().stream().map(c -> new Option(c.value(), c.messageKey(), null)).toList();
    }

    /** Every country, those of the region first (the one order of every country picker, {@link CountryPicker}). */
    static List<Option> countries(CountryPicker picker, Locale locale) {
        return picker.regionFirst(locale).stream().map(c -> new Option(c.code(), null, c.name())).toList();
    }

    static List<Option> guardianRelations() {
        return Arrays.stream(GuardianRelation.values()).map(r -> new Option(r.name(), r.messageKey(), null)).toList();
    }

    static List<Option> languages() {
        return Arrays.stream(SpokenLanguage.values()).map(l -> new Option(l.code(), l.messageKey(), null)).toList();
    }
}
