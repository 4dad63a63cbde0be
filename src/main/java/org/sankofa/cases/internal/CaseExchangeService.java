package org.sankofa.cases.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;

import org.sankofa.cases.CaseDraft;
import org.sankofa.cases.CaseExchange;
import org.sankofa.cases.CaseFilter;
import org.sankofa.cases.CaseRecord;
import org.sankofa.cases.CaseId;
import org.sankofa.cases.CasePage;
import org.sankofa.cases.CaseSummary;
import org.sankofa.cases.internal.protection.FieldCipher;
import org.sankofa.directory.Directory;
import org.sankofa.directory.Office;
import org.sankofa.directory.OfficeId;
import org.sankofa.identity.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link CaseExchange} on the case module's own services: the list's query (scope and filters in its SQL), the
 * reader's decryption and the registration of the case form.
 */
@Service
class CaseExchangeService implements CaseExchange {

    /** Cases read per page of the list while exporting. */
    static final int PAGE = 500;

    private final CaseList list;
    private final CaseReader reader;
    private final RegisterCase registration;
    private final CaseRules rules;
    private final Directory directory;
    private final FieldCipher cipher;

    CaseExchangeService(CaseList list, CaseReader reader, RegisterCase registration, CaseRules rules,
            Directory directory, FieldCipher cipher) {
        this.cipher = cipher;
        this.list = list;
        this.reader = reader;
        this.registration = registration;
        this.rules = rules;
        this.directory = directory;
    }

    @Override
    @Transactional(readOnly = true)
    public long forEach(CurrentUser user, CaseFilter filter, Consumer<CaseRecord> each) {
        CaseScope.OfficeCases office = officeOf(user);
        CaseScope own = new CaseScope.OfficeCases(office.officeId());
        long count = 0;
        String cursor = null;
        do {
            CaseFilter page = new CaseFilter(filter.status(), filter.officeId(), filter.sex(), filter.ageBand(),
                    filter.child(), filter.exploitationType(), filter.nationality(), filter.identifiedFrom(),
                    filter.identifiedTo(), filter.sort(), cursor, PAGE);
            CasePage cases = list.list(user, page);
            for (CaseSummary summary : cases.items()) {
                if (summary.officeId() != office.officeId()) {
                    continue; // a case transferred away: the office no longer holds the person's data to exchange
                }
                each.accept(reader.load(summary.id(), own));
                count++;
            }
            cursor = cases.next();
        } while (cursor != null);
        return count;
    }

    @Override
    public Map<String, String> broken(CaseDraft draft) {
        return rules.broken(draft, LocalDate.now());
    }

    @Override
    @Transactional
    public CaseId register(CaseDraft draft, CurrentUser user) {
        return registration.register(draft, user).id();
    }

    @Override
    public String officeCountry(CurrentUser user) {
        if (user.officeId() == null) {
            return null;
        }
        return directory.office(new OfficeId(user.officeId())).map(Office::countryCode).orElse(null);
    }

    @Override
    public byte[] seal(byte[] clear, String purpose) {
        return cipher.encrypt(clear, purpose);
    }

    @Override
    public byte[] unseal(byte[] sealed, String purpose) {
        return cipher.decrypt(sealed, purpose);
    }

    private static CaseScope.OfficeCases officeOf(CurrentUser user) {
        if (CaseScope.of(user) instanceof CaseScope.OfficeCases office) {
            return office;
        }
        throw new AccessDeniedException("only an office's staff exchange its cases");
    }
}
