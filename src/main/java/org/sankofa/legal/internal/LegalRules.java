package org.sankofa.legal.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.sankofa.directory.Communities;
import org.sankofa.directory.Countries;
import org.sankofa.legal.Instrument;
import org.sankofa.legal.InstrumentKind;
import org.sankofa.legal.NewInstrument;
import org.sankofa.legal.NewLaw;
import org.sankofa.legal.NewStatus;
import org.sankofa.shared.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * The rules of instruments, statuses and laws, in one place for pages, API and demo data. Values are trimmed
 * first (blank optional text becomes null). A legal fact is never recorded without its source, and no date of a
 * signature or consent may lie in the future or before the instrument was adopted.
 */
@Component
class LegalRules {

    private final Countries countries;
    private final Communities communities;

    LegalRules(Countries countries, Communities communities) {
        this.countries = countries;
        this.communities = communities;
    }

    NewInstrument normalise(NewInstrument i) {
        List<String> codes = i.communities() == null ? List.of() : i.communities().stream()
                .map(LegalRules::trim).filter(c -> c != null).map(c -> c.toUpperCase(Locale.ROOT))
                .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)).stream().toList();
        if (i.kind() == InstrumentKind.INTERNATIONAL) {
            codes = List.of();
        }
        return new NewInstrument(trim(i.title()), trim(i.shortName()), i.kind(), codes, i.adoptedOn(),
                i.inForceOn(), trim(i.notes()), trim(i.source()));
    }

    NewStatus normalise(NewStatus s) {
        return new NewStatus(s.instrumentId(), upper(s.country()), s.signedOn(), s.consentKind(), s.consentOn(),
                trim(s.reservations()), trim(s.source()));
    }

    NewLaw normalise(NewLaw l) {
        return new NewLaw(upper(l.country()), trim(l.title()), l.year(),
                l.exploitationTypes() == null ? List.of() : List.copyOf(new LinkedHashSet<>(l.exploitationTypes())),
                l.childSpecific(), trim(l.childProvisions()), trim(l.penalties()), trim(l.link()), trim(l.source()));
    }

    void check(NewInstrument i) {
        Map<String, String> errors = new LinkedHashMap<>();
        text(errors, "title", i.title(), 500, true);
        text(errors, "shortName", i.shortName(), 100, true);
        if (i.kind() == null) {
            errors.put("kind", "legal.instrument.kind.required");
        } else if (i.kind() == InstrumentKind.REGIONAL && i.communities().isEmpty()) {
            errors.put("communities", "legal.instrument.communities.required");
        }
        if (i.communities().stream().anyMatch(c -> communities.community(c).isEmpty())) {
            errors.put("communities", "legal.community.unknown");
        }
        notFuture(errors, "adoptedOn", i.adoptedOn());
        if (i.adoptedOn() != null && i.inForceOn() != null && i.inForceOn().isBefore(i.adoptedOn())) {
            errors.put("inForceOn", "legal.instrument.in.force.before.adoption");
        }
        text(errors, "notes", i.notes(), 2000, false);
        text(errors, "source", i.source(), 1000, true);
        throwIfAny(errors);
    }

    void check(NewStatus s, Optional<Instrument> instrument) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (s.instrumentId() == null) {
            errors.put("instrument", "legal.status.instrument.required");
        } else if (instrument.isEmpty()) {
            errors.put("instrument", "legal.status.instrument.unknown");
        }
        country(errors, s.country());
        notFuture(errors, "signedOn", s.signedOn());
        notFuture(errors, "consentOn", s.consentOn());
        if (s.consentKind() != null && s.consentOn() == null) {
            errors.put("consentOn", "legal.status.consent.date.required");
        } else if (s.consentKind() == null && s.consentOn() != null) {
            errors.put("consentKind", "legal.status.consent.kind.required");
        }
        if (s.signedOn() != null && s.consentOn() != null && s.consentOn().isBefore(s.signedOn())
                && !errors.containsKey("consentOn")) {
            errors.put("consentOn", "legal.status.consent.before.signature");
        }
        LocalDate adopted = instrument.map(Instrument::adoptedOn).orElse(null);
        if (adopted != null) {
            if (s.signedOn() != null && s.signedOn().isBefore(adopted)) {
                errors.putIfAbsent("signedOn", "legal.status.before.adoption");
            }
            if (s.consentOn() != null && s.consentOn().isBefore(adopted)) {
                errors.putIfAbsent("consentOn", "legal.status.before.adoption");
            }
        }
        text(errors, "reservations", s.reservations(), 4000, false);
        text(errors, "source", s.source(), 1000, true);
        throwIfAny(errors);
    }

    void check(NewLaw l) {
        Map<String, String> errors = new LinkedHashMap<>();
        country(errors, l.country());
        text(errors, "title", l.title(), 500, true);
        if (l.year() == null) {
            errors.put("year", "legal.law.year.required");
        } else if (l.year() < 1800 || l.year() > Year.now().getValue()) {
            errors.put("year", "legal.law.year.range");
        }
        if (l.childSpecific() == null) {
            errors.put("childSpecific", "legal.law.child.required");
        } else if (l.childSpecific() && l.childProvisions() == null) {
            errors.put("childProvisions", "legal.law.child.provisions.required");
        }
        text(errors, "childProvisions", l.childProvisions(), 4000, false);
        text(errors, "penalties", l.penalties(), 4000, false);
        if (l.link() != null) {
            if (l.link().length() > 1000) {
                errors.put("link", "validation.too.long");
            } else if (!isWebAddress(l.link())) {
                errors.put("link", "legal.link.invalid");
            }
        }
        text(errors, "source", l.source(), 1000, true);
        throwIfAny(errors);
    }

    boolean knownCountry(String code) {
        return countries.exists(code);
    }

    private void country(Map<String, String> errors, String code) {
        if (code == null) {
            errors.put("country", "legal.country.required");
        } else if (!countries.exists(code)) {
            errors.put("country", "legal.country.unknown");
        }
    }

    private static void notFuture(Map<String, String> errors, String field, LocalDate date) {
        if (date != null && date.isAfter(LocalDate.now())) {
            errors.put(field, "legal.date.future");
        }
    }

    private static void text(Map<String, String> errors, String field, String value, int max, boolean required) {
        if (value == null) {
            if (required) {
                errors.put(field, field.equals("source") ? "legal.source.required" : "validation.required");
            }
        } else if (value.length() > max) {
            errors.put(field, "validation.too.long");
        }
    }

    private static void throwIfAny(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    static boolean isWebAddress(String value) {
        if (value.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    static String trim(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    private static String upper(String value) {
        String trimmed = trim(value);
        return trimmed == null ? null : trimmed.toUpperCase(Locale.ROOT);
    }
}
