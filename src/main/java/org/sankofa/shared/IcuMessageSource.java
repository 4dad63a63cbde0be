package org.sankofa.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.MessageFormat;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.util.ObjectUtils;

/**
 * The message bundles formatted with ICU message formats (docs/decisions/0012-messages-icu.md): plurals by the rules
 * of each language ({@code {0, plural, one {# person} other {# persons}}}), numbers with the reader's separators.
 * Dates follow the one convention of the pages (ISO 8601, {@link Dates}): a {@code java.time} argument is written as
 * an ISO date (and time in UTC) before formatting, never in a locale's short date format.
 */
public class IcuMessageSource extends ResourceBundleMessageSource {

    private final Map<String, Map<Locale, MessageFormat>> formats = new ConcurrentHashMap<>();

    @Override
    protected String getMessageInternal(String code, Object[] args, Locale locale) {
        if (code == null || ObjectUtils.isEmpty(args)) {
            return super.getMessageInternal(code, args, locale);
        }
        Locale language = locale == null ? Locale.ENGLISH : locale;
        String pattern = resolveCodeWithoutArguments(code, language);
        if (pattern == null) {
            return super.getMessageInternal(code, args, locale);
        }
        MessageFormat format = formats.computeIfAbsent(code, c -> new ConcurrentHashMap<>())
                .computeIfAbsent(language, l -> new MessageFormat(pattern, l));
        Object[] resolved = resolveArguments(args, language);
        Object[] written = new Object[resolved.length];
        for (int i = 0; i < resolved.length; i++) {
            written[i] = isoDate(resolved[i]);
        }
        synchronized (format) {
            return format.format(written);
        }
    }

    /** A date or time as the pages write it (ISO 8601; times in UTC); anything else unchanged. */
    static Object isoDate(Object value) {
        if (value instanceof LocalDate date) {
            return Dates.iso(date);
        }
        if (value instanceof LocalDateTime time) {
            return MINUTES.format(time);
        }
        if (value instanceof Instant instant) {
            return Dates.utc(instant);
        }
        if (value instanceof OffsetDateTime time) {
            return Dates.utc(time.toInstant());
        }
        if (value instanceof ZonedDateTime time) {
            return Dates.utc(time.toInstant());
        }
        return value;
    }

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
}
