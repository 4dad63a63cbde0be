package org.sankofa.audit.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sankofa.audit.internal.AuditEntries;
import org.sankofa.shared.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/audit")
@PreAuthorize(Access.ADMINISTRATORS)
@Tag(name = "Audit", description = "The audit log (administrators only)")
class AuditApiController {

    static final int MAX_LIMIT = 1000;

    private final AuditEntries entries;

    AuditApiController(AuditEntries entries) {
        this.entries = entries;
    }

    /**
     * A page of the log, oldest first.
     *
     * @param next the {@code after} to ask for the following page, or null when this page is the last one so far
     */
    record AuditPage(List<AuditEntries.AuditRecord> entries, Long next) {
    }

    @GetMapping
    @Operation(summary = "Entries with an id greater than 'after' (default 0), oldest first, at most 'limit' "
            + "(1 to 1000, default 100); follow 'next' to read on")
    AuditPage list(@RequestParam(defaultValue = "0") long after, @RequestParam(defaultValue = "100") int limit) {
        if (after < 0) {
            throw InvalidInputException.of("after", "audit.api.after.invalid");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw InvalidInputException.of("limit", "audit.api.limit.invalid");
        }
        List<AuditEntries.AuditRecord> page = entries.after(after, limit);
        return new AuditPage(page, page.size() == limit ? page.get(page.size() - 1).id() : null);
    }
}
