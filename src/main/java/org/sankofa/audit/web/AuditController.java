package org.sankofa.audit.web;

import java.security.Principal;
import java.util.List;

import org.sankofa.audit.AuditChain;
import org.sankofa.audit.AuditEvent;
import org.sankofa.audit.AuditLog;
import org.sankofa.audit.ChainVerification;
import org.sankofa.audit.internal.AuditEntries;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The audit log for administrators: newest first, by action and actor, and a check of the chain. */
@Controller
@RequestMapping("/admin/audit")
@PreAuthorize(Access.ADMINISTRATORS)
class AuditController {

    static final int PAGE_SIZE = 50;

    private final AuditEntries entries;
    private final AuditChain chain;
    private final AuditLog audit;
    private final TransactionTemplate transactions;

    AuditController(AuditEntries entries, AuditChain chain, AuditLog audit, TransactionTemplate transactions) {
        this.entries = entries;
        this.chain = chain;
        this.audit = audit;
        this.transactions = transactions;
    }

    @GetMapping
    String list(@RequestParam(required = false) Long before, @RequestParam(required = false) String action,
            @RequestParam(required = false) String actor, Model model) {
        String actionFilter = filter(action);
        String actorFilter = filter(actor);
        List<AuditEntries.AuditRecord> page = entries.newestFirst(before, actionFilter, actorFilter, PAGE_SIZE + 1);
        boolean more = page.size() > PAGE_SIZE;
        List<AuditEntries.AuditRecord> shown = more ? page.subList(0, PAGE_SIZE) : page;
        model.addAttribute("entries", shown);
        model.addAttribute("actions", entries.actions());
        model.addAttribute("action", actionFilter);
        model.addAttribute("actor", actorFilter);
        model.addAttribute("before", before);
        model.addAttribute("nextBefore", more ? shown.get(shown.size() - 1).id() : null);
        return "admin/audit";
    }

    @PostMapping("/verify")
    String verify(Principal principal, RedirectAttributes redirect) {
        ChainVerification result = chain.verify();
        transactions.executeWithoutResult(status -> audit.record(AuditEvent.of(principal.getName(),
                "AUDIT_CHAIN_VERIFIED", "audit_entry", null,
                result.intact() ? "result=intact" : "result=" + result.problem() + ";entry=" + result.firstBrokenId())));
        redirect.addFlashAttribute("verification", result);
        return "redirect:/admin/audit";
    }

    /** A filter value, or null for none; anything longer than a column can hold matches nothing anyway. */
    private static String filter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        return stripped.length() > 60 ? stripped.substring(0, 60) : stripped;
    }
}
