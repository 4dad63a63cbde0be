package org.sankofa.cases;

import java.util.Map;
import java.util.function.Consumer;

import org.sankofa.identity.CurrentUser;

/**
 * Cases in bulk, for data exchange (module {@code exchange}): the cases of a filter read whole, and cases registered
 * through the same path as the case form — the rules, encryption, name index, audit and events stay those of the case
 * module. Only an office's staff have a scope here: anyone else is refused (403).
 */
public interface CaseExchange {

    /**
     * Hands each case of the person's office that passes the filter (the filter's cursor and page size are ignored),
     * decrypted, to {@code each}, in the filter's order; returns how many. No CASE_VIEWED is recorded per case: the
     * caller records the export as one audit entry naming the filter and the count.
     */
    long forEach(CurrentUser user, CaseFilter filter, Consumer<CaseRecord> each);

    /** The message key of every rule the draft breaks, by field of {@link CaseDraft} (empty: none). */
    Map<String, String> broken(CaseDraft draft);

    /**
     * Registers a case in the person's office exactly as the case form does (CASE_CREATED, {@code CaseRegistered});
     * a draft that breaks a rule is an {@link org.sankofa.shared.InvalidInputException}. Joins the caller's
     * transaction, so that a caller registering many cases keeps all or none.
     */
    CaseId register(CaseDraft draft, CurrentUser user);

    /** The ISO 3166-1 code of the country of the person's office (null for someone without an office). */
    String officeCountry(CurrentUser user);

    /**
     * Encrypts a file of case data held for a moment (an import's upload, its error report) with the case module's
     * field encryption, bound to {@code purpose}; {@link #unseal} reverses it.
     */
    byte[] seal(byte[] clear, String purpose);

    /** The clear bytes of what {@link #seal} encrypted for {@code purpose}. */
    byte[] unseal(byte[] sealed, String purpose);
}
