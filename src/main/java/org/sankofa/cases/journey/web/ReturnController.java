package org.sankofa.cases.journey.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sankofa.cases.CaseId;
import org.sankofa.cases.internal.CaseAccess;
import org.sankofa.cases.internal.CaseFacts;
import org.sankofa.cases.journey.internal.followup.FollowUps;
import org.sankofa.cases.journey.internal.reintegration.Reintegration;
import org.sankofa.cases.journey.internal.reintegration.ReintegrationComponent;
import org.sankofa.cases.journey.internal.returns.ChecklistItem;
import org.sankofa.cases.journey.internal.returns.ComponentStatus;
import org.sankofa.cases.journey.internal.returns.DocumentKind;
import org.sankofa.cases.journey.internal.returns.ReturnPlans;
import org.sankofa.cases.web.Sections;
import org.sankofa.directory.Directory;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.Roles;
import org.sankofa.shared.FormFields;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Pages of the journey home: the return plan with its documents, checklist and handover, the reintegration plan,
 * the follow-up visits, and the tasks of case workers and supervisors. Each section is a page, or its fragment for
 * htmx; forms post normally and come back to the section (422/409 with the messages when refused). The rules are
 * in the use cases (ReturnPlans, Reintegration, FollowUps), shared with the API.
 */
@Controller
@PreAuthorize(Roles.CASE_STAFF)
class ReturnController {

    private final CaseAccess cases;
    private final ReturnPlans plans;
    private final Reintegration reintegration;
    private final FollowUps followUps;
    private final Directory directory;
    private final TransactionTemplate transaction;

    ReturnController(CaseAccess cases, ReturnPlans plans, Reintegration reintegration, FollowUps followUps,
            Directory directory, PlatformTransactionManager transactions) {
        this.transaction = new TransactionTemplate(transactions);
        this.cases = cases;
        this.plans = plans;
        this.reintegration = reintegration;
        this.followUps = followUps;
        this.directory = directory;
    }

    record OfficeOption(long id, String label) {
    }

    // ---- return plan -------------------------------------------------------------------------------------------

    @GetMapping("/cases/{caseId}/return")
    String returnPlan(@PathVariable CaseId caseId, @AuthenticationPrincipal CurrentUser user, HtmxRequest htmx,
            HttpServletResponse response, Model model) {
        return showReturn(caseId, user, Map.of(), Map.of(), htmx, response, model);
    }

    @PostMapping("/cases/{caseId}/return")
    String savePlan(@PathVariable CaseId caseId, @RequestParam MultiValueMap<String, String> form,
            @AuthenticationPrincipal CurrentUser user, HtmxRequest htmx, HttpServletResponse response, Model model) {
        return act(caseId, user, form, htmx, response, model, "return", errors -> plans.save(user, caseId,
                new ReturnPlans.PlanInput(upper(form.getFirst("destinationCountry")),
                        Sections.id(form.getFirst("receivingOffice"), "receivingOffice", errors),
                        Sections.date(form.getFirst("travelDate"), "travelDate", errors), form.getFirst("route"),
                        form.getFirst("escort"), form.getFirst("programme"),
                        Sections.amount(form.getFirst("cost"), "cost", errors), upper(form.getFirst("currency")))));
    }

    @PostMapping("/cases/{caseId}/return/documents")
    String requestDocument(@PathVariable CaseId caseId, @RequestParam MultiValueMap<String, String> form,
            @AuthenticationPrincipal CurrentUser user, HtmxRequest htmx, HttpServletResponse response, Model model) {
        return act(caseId, user, form, htmx, response, model, "return", errors -> plans.addDocument(user, caseId,
                new ReturnPlans.DocumentInput(Sections.code(DocumentKind.class, form.getFirst("kind"), "kind", errors),
                        form.getFirst("issuingAuthority"),
                        Sections.date(form.getFirst("requestedOn"), "requestedOn", errors))));
    }

    @PostMapping("/cases/{caseId}/return/documents/{documentId}/issue")
    String issueDocument(@PathVariable CaseId caseId, @PathVariable long documentId,
            @RequestParam MultiValueMap<String, String> form, @AuthenticationPrincipal CurrentUser user,
            HtmxRequest htmx, HttpServletResponse response, Model model) {
        return act(caseId, user, form, htmx, response, model, "return", errors -> plans.issueDocument(user, caseId,
                documentId, Sections.date(form.getFirst("issuedOn"), "issuedOn", errors)));
    }

    @PostMapping("/cases/{caseId}/return/checklist")
    String checklist(@PathVariable CaseId caseId, @RequestParam MultiValueMap<String, String> form,
            @AuthenticationPrincipal CurrentUser user, HtmxRequest htmx, HttpServletResponse response, Model model) {
        return act(caseId, user, form, htmx, response, model, "return", errors -> plans.checklist(user, caseId,
                Sections.codes(ChecklistItem.class, form.get("done"), "checklist", errors)));
    }

    @PostMapping("/cases/{caseId}/return/departure")
    String depart(@PathVariable CaseId caseId, @RequestParam MultiValueMap<String, String> form,
            @AuthenticationPrincipal CurrentUser user, HtmxRequest htmx, HttpServletResponse response, Model model) {
        return act(caseId, user, form, htmx, response, model, "return", errors -> plans.depart(user, caseId,
                Sections.date(form.getFirst("departedOn"), "departedOn", errors)));
    }

    @PostMapping("/cases/{caseId}/return/arrival")
    String arrive(@PathVariable CaseId caseId, @RequestParam MultiValueMap<String, String> form,
            @AuthenticationPrincipal CurrentUser user, HtmxRequest htmx, HttpServletResponse response, Model model) {
        return act(caseId, user, form, htmx, response, model, "return", errors -> plans.arrive(user, caseId,
                new ReturnPlans.Arrival(Sections.date(form.getFirst("arrivedOn"), "arrivedOn", errors),
                        form.getFirst("place"), form.getFirst("personsPresent"))));
    }

    // ---- handover (the receiving office sees this page and nothing else of the case) ---------------------------

    @GetMapping("/cases/{caseId}/handover")
    String handover(@PathVariable CaseId caseId, @AuthenticationPrincipal CurrentUser user, Model model) {
        return showHandover(caseId, user, Map.of(), Map.of(), model);
    }

    @PostMapping("/cases/{caseId}/handover/arrival")
    String confirmArrival(@PathVariable CaseId caseId, @RequestParam MultiValueMap<String, String> form,
            @AuthenticationPrincipal CurrentUser user, HttpServletResponse response, Model model) {
        plans.handover(user, caseId);
        return Sections.submitInTransaction(transaction, errors -> plans.arrive(user, caseId,
                new ReturnPlans.Arrival(Sections.date(form.getFirst("arrivedOn"), "arrivedOn", errors),
                        form.getFirst("place"), form.getFirst("personsPresent"))),
                form.toSingleValueMap(), "/cases/" + caseId + "/handover", response, model,
                (errors, values) -> showHandover(caseId, user, errors, values, model));
    }

    private String showHandover(CaseId caseId, CurrentUser user, Map<String, String> errors,
            Map<String, String> values, Model model) {
        model.addAttribute("handover", plans.handover(user, caseId));
        model.addAttribute("form", values);
        model.addAttribute("errors", errors);
        model.addAttribute("today", LocalDate.now());
        return "cases/return/handover";
    }

    // ---- reintegration -----------------------------------------------------------------------------------------

    @GetMapping("/cases/{caseId}/reintegration")
    String reintegration(@PathVariable CaseId caseId, @AuthenticationPrincipal CurrentUser user, HtmxRequest htmx,
            HttpServletResponse response, Model model) {
        return showReintegration(caseId, user, Map.of(), Map.of(), htmx, response, model);
    }

    @PostMapping("/cases/{caseId}/reintegration")
    String addComponent(@PathVariable CaseId caseId, @RequestParam MultiValueMap<String, String> form,
            @AuthenticationPrincipal CurrentUser user, HtmxRequest htmx, HttpServletResponse response, Model model) {
        return act(caseId, user, form, htmx, response, model, "reintegration", errors -> reintegration.add(user,
                caseId, new Reintegration.ComponentInput(
                        Sections.code(ReintegrationComponent.class, form.getFirst("component"), "component", errors),
                        Sections.id(form.getFirst("provider"), "provider", errors),
                        Sections.amount(form.getFirst("budget"), "budget", errors), upper(form.getFirst("currency")))));
    }

    @PostMapping("/cases/{caseId}/reintegration/{componentId}/disbursements")
    String disburse(@PathVariable CaseId caseId, @PathVariable long componentId,
            @RequestParam MultiValueMap<String, String> form, @AuthenticationPrincipal CurrentUser user,
            HtmxRequest htmx, HttpServletResponse response, Model model) {
        return act(caseId, user, form, htmx, response, model, "reintegration", errors -> reintegration.disburse(user,
                caseId, componentId, Sections.amount(form.getFirst("amount"), "amount", errors),
                Sections.date(form.getFirst("paidOn"), "paidOn", errors)));
    }

    @PostMapping("/cases/{caseId}/reintegration/{componentId}/status")
    String componentStatus(@PathVariable CaseId caseId, @PathVariable long componentId,
            @RequestParam MultiValueMap<String, String> form, @AuthenticationPrincipal CurrentUser user,
            HtmxRequest htmx, HttpServletResponse response, Model model) {
        return act(caseId, user, form, htmx, response, model, "reintegration", errors -> reintegration.status(user,
                caseId, componentId, Sections.code(ComponentStatus.class, form.getFirst("status"), "status", errors)));
    }

    // ---- follow-ups --------------------------------------------------------------------------------------------

    @GetMapping("/cases/{caseId}/follow-ups")
    String followUps(@PathVariable CaseId caseId, @AuthenticationPrincipal CurrentUser user, HtmxRequest htmx,
            HttpServletResponse response, Model model) {
        return showFollowUps(caseId, user, Map.of(), Map.of(), htmx, response, model);
    }

    @PostMapping("/cases/{caseId}/follow-ups/{visitId}")
    String recordVisit(@PathVariable CaseId caseId, @PathVariable long visitId,
            @RequestParam MultiValueMap<String, String> form, @AuthenticationPrincipal CurrentUser user,
            HtmxRequest htmx, HttpServletResponse response, Model model) {
        return act(caseId, user, form, htmx, response, model, "follow-ups", errors -> followUps.record(user, caseId,
                visitId, new FollowUps.VisitInput(Sections.date(form.getFirst("visitedOn"), "visitedOn", errors),
                        form.getFirst("findings"), score(form.getFirst("economicScore"), "economicScore", errors),
                        score(form.getFirst("socialScore"), "socialScore", errors),
                        score(form.getFirst("psychosocialScore"), "psychosocialScore", errors),
                        Sections.blank(form.getFirst("riskLevel")))));
    }

    // ---- tasks -------------------------------------------------------------------------------------------------

    @GetMapping("/tasks")
    String tasks(@AuthenticationPrincipal CurrentUser user, Model model) {
        List<FollowUps.Task> tasks = followUps.tasks(user, false);
        model.addAttribute("due", tasks.stream().filter(t -> !t.overdue()).toList());
        model.addAttribute("overdue", tasks.stream().filter(FollowUps.Task::overdue).toList());
        model.addAttribute("incoming", plans.incoming(user));
        return "cases/return/tasks";
    }

    /** What is overdue in the supervisor's office: every visit past its date, who has the case, whether alerted. */
    @GetMapping("/tasks/overdue")
    @PreAuthorize(Roles.SUPERVISORS)
    String overdue(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("overdue", followUps.tasks(user, true));
        return "cases/return/overdue";
    }

    // ---- shared ------------------------------------------------------------------------------------------------

    private String act(CaseId caseId, CurrentUser user, MultiValueMap<String, String> form, HtmxRequest htmx,
            HttpServletResponse response, Model model, String section, Sections.Parsing action) {
        cases.readable(user, caseId); // each use case checks who may act: the owning office, or the sending side
        return Sections.submitInTransaction(transaction, action, new HashMap<>(form.toSingleValueMap()),
                "/cases/" + caseId + "/" + section, response, model,
                (errors, values) -> show(section, caseId, user, errors, values, htmx, response, model));
    }

    private String show(String section, CaseId caseId, CurrentUser user, Map<String, String> errors,
            Map<String, String> values, HtmxRequest htmx, HttpServletResponse response, Model model) {
        return switch (section) {
            case "return" -> showReturn(caseId, user, errors, values, htmx, response, model);
            case "reintegration" -> showReintegration(caseId, user, errors, values, htmx, response, model);
            default -> showFollowUps(caseId, user, errors, values, htmx, response, model);
        };
    }

    private String showReturn(CaseId caseId, CurrentUser user, Map<String, String> errors,
            Map<String, String> values, HtmxRequest htmx, HttpServletResponse response, Model model) {
        CaseFacts care = cases.readable(user, caseId);
        var plan = plans.plan(user, caseId);
        model.addAttribute("plan", plan.orElse(null));
        var part = plans.part(user, caseId);
        model.addAttribute("sending", part.map(ReturnPlans.Part::sending).orElse(false));
        model.addAttribute("receiving", part.map(ReturnPlans.Part::receiving).orElse(false));
        model.addAttribute("receivingOffice", part.map(ReturnPlans.Part::receivingOffice).orElse(null));
        model.addAttribute("allowed", plans.returnAllowed(care));
        model.addAttribute("documents", plans.documents(user, caseId));
        model.addAttribute("documentKinds", DocumentKind.values());
        model.addAttribute("checklistItems", ChecklistItem.values());
        model.addAttribute("done", plan.map(ReturnPlans.Plan::checklist).orElse(EnumSet.noneOf(ChecklistItem.class)));
        model.addAttribute("offices", directory.offices().stream()
                .map(o -> new OfficeOption(o.id().value(), o.code() + " - " + o.name())).toList());
        Map<String, String> form = new HashMap<>();
        plan.ifPresent(p -> {
            form.put("destinationCountry", p.destinationCountry());
            form.put("receivingOffice", p.receivingOfficeId() == null ? "" : p.receivingOfficeId().toString());
            form.put("travelDate", p.travelDate() == null ? "" : p.travelDate().toString());
            form.put("route", p.route());
            form.put("escort", p.escort());
            form.put("programme", p.programme());
            form.put("cost", p.cost() == null ? "" : p.cost().toPlainString());
            form.put("currency", p.currency());
        });
        form.putAll(values);
        return view("return", care, form, errors, htmx, response, model);
    }

    private String showReintegration(CaseId caseId, CurrentUser user, Map<String, String> errors,
            Map<String, String> values, HtmxRequest htmx, HttpServletResponse response, Model model) {
        CaseFacts care = cases.readable(user, caseId);
        model.addAttribute("components", reintegration.components(user, caseId));
        model.addAttribute("componentKinds", ReintegrationComponent.values());
        model.addAttribute("statuses", ComponentStatus.values());
        model.addAttribute("organisations", directory.organisations());
        return view("reintegration", care, values, errors, htmx, response, model);
    }

    private String showFollowUps(CaseId caseId, CurrentUser user, Map<String, String> errors,
            Map<String, String> values, HtmxRequest htmx, HttpServletResponse response, Model model) {
        CaseFacts care = cases.readable(user, caseId);
        model.addAttribute("visits", followUps.visits(user, caseId));
        model.addAttribute("riskLevels", List.of("LOW", "MEDIUM", "HIGH"));
        return view("follow-ups", care, values, errors, htmx, response, model);
    }

    private static String view(String section, CaseFacts care, Map<String, String> form, Map<String, String> errors,
            HtmxRequest htmx, HttpServletResponse response, Model model) {
        model.addAttribute("care", care);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("today", LocalDate.now());
        return Sections.page("cases/return/" + section, htmx, response, model);
    }

    private static Integer score(String value, String field, Map<String, String> errors) {
        return FormFields.integer(value, field, errors, "return.score.range");
    }

    private static String upper(String value) {
        return value == null ? null : value.strip().toUpperCase(java.util.Locale.ROOT);
    }
}
