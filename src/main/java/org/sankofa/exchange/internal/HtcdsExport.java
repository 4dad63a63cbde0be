package org.sankofa.exchange.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.sankofa.audit.AuditEvent;
import org.sankofa.audit.AuditLog;
import org.sankofa.cases.CaseExchange;
import org.sankofa.cases.CaseFilter;
import org.sankofa.exchange.HtcdsMapping;
import org.sankofa.identity.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports the cases of a person's office that pass the case list's filters into the HTCDS 2.0 template
 * ({@link HtcdsWorkbook}), and records the export: one {@code CASES_EXPORTED} entry with the filter and the number of
 * cases (never a name), in the same transaction as the reading — an export that fails records nothing and sends
 * nothing, one that is sent is recorded.
 */
@Service
public class HtcdsExport {

    public static final String CONTENT_TYPE = HtcdsWorkbook.CONTENT_TYPE;

    private final CaseExchange cases;
    private final HtcdsMapping mapping;
    private final AuditLog audit;

    HtcdsExport(CaseExchange cases, HtcdsMapping mapping, AuditLog audit) {
        this.cases = cases;
        this.mapping = mapping;
        this.audit = audit;
    }

    /** Writes the workbook to {@code out}; returns the number of cases written. */
    @Transactional
    public long export(CurrentUser user, CaseFilter filter, OutputStream out) {
        try (HtcdsWorkbook workbook = new HtcdsWorkbook()) {
            long count = cases.forEach(user, filter, c -> workbook.add(mapping.cells(c)));
            audit.record(AuditEvent.of(user.getUsername(), "CASES_EXPORTED", "office", user.officeId(),
                    "format=htcds-2.0;cases=" + count + ";filter=" + describe(filter)));
            workbook.write(out);
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The filter as the audit shows it: the filters set, as codes ({@code status:Active,sex:Feminine}). */
    static String describe(CaseFilter f) {
        List<String> parts = new ArrayList<>();
        add(parts, "status", f.status() == null ? null : f.status().value());
        add(parts, "office", f.officeId());
        add(parts, "sex", f.sex() == null ? null : f.sex().value());
        add(parts, "age", f.ageBand() == null ? null : f.ageBand().label());
        add(parts, "child", f.child());
        add(parts, "exploitation", f.exploitationType() == null ? null : f.exploitationType().value());
        add(parts, "nationality", f.nationality());
        add(parts, "from", f.identifiedFrom());
        add(parts, "to", f.identifiedTo());
        return parts.isEmpty() ? "none" : String.join(",", parts);
    }

    private static void add(List<String> parts, String name, Object value) {
        if (value != null) {
            parts.add(name + ":" + value);
        }
    }
}
