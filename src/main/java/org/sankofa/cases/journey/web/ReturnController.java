package org.sankofa.cases.journey.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
import org.sankofa.shared.web.FormErrors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

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

    ReturnController(CaseAccess cases, ReturnPlans plans, Reintegration reintegration, FollowUps followUps,
            Directory directory) {
        this.cases = cases;
        this.plans = plans;
        this.reintegration = reintegration;
        this.followUps = followUps;
        this.directory = directory;
    }

    private static final String DATE = "care.date.invalid";
    private static final String CODE = "care.code.unknown";
    private static final String AMOUNT = "care.service.cost.invalid";
    private static final String SCORE = "return.score.range";

    record OfficeOption(long id, String label) {
    }

    /** The return plan form. */
    record PlanForm(String destinationCountry, String receivingOffice, String travelDate, String route,
            String escort, String programme, String cost, String currency) {

        Map<String, String> values() {
            return Sections.values("destinationCountry", destinationCountry, "receivingOffice", receivingOffice,
                    "travelDate", travelDate, "route", route, "escort", escort, "programme", programme, "cost", cost,
                    "currency", currency);
        }
    }

    /** A travel or identity document asked for. */
    record DocumentForm(String kind, String issuingAuthority, String requestedOn) {

        Map<String, String> values() {
            return Sections.values("kind", kind, "issuingAuthority", issuingAuthority, "requestedOn", requestedOn);
        }
    }

    record IssueForm(String issuedOn) {
    }

    /** The checklist items ticked. */
    record ChecklistForm(List<String> done) {
    }

    record DepartureForm(String departedOn) {
    }

    /** The arrival, confirmed by the receiving office: the day, the place and who was there. */
    record ArrivalForm(String arrivedOn, String place, String personsPresent) {

        ReturnPlans.Arrival arrival(FormErrors read) {
            return new ReturnPlans.Arrival(read.date("arrivedOn", arrivedOn, DATE), place, personsPresent);
        }

        Map<String, String> values() {
            return Sections.values("arrivedOn", arrivedOn, "place", place, "personsPresent", personsPresent);
        }
    }

    /** A component of the reintegration plan. */
    record ComponentForm(String component, String provider, String budget, String currency) {

        Map<String, String> values() {
            return Sections.values("component", component, "provider", provider, "budget", budget, "currency",
                    currency);
        }
    }

    record DisbursementForm(String amount, String paidOn) {
    }

    record StatusForm(String status) {
    }

    /** A follow-up visit: the day, the findings, the sustainability scores (1 to 5) and the risk. */
    record VisitForm(String visitedOn, String findings, String economicScore, String socialScore,
            String psychosocialScore, String riskLevel) {

        Map<String, String> values() {
            return Sections.values("visitedOn", visitedOn, "findings", findings, "economicScore", economicScore,
                    "socialScore", socialScore, "psychosocialScore", psychosocialScore, "riskLevel", riskLevel);
        }
    }

    // ---- return plan -------------------------------------------------------------------------------------------

    @GetMapping("/cases/{caseId}/return")
    String returnPlan(@PathVariable CaseId caseId, @AuthenticationPrincipal CurrentUser user, HtmxRequest htmx,
            HttpServletResponse response, Model model) {
        return showReturn(caseId, user, Map.of(), Map.of(), htmx, response, model);
    }

    @PostMapping("/cases/{caseId}/return")
    String savePlan(@PathVariable CaseId caseId, @ModelAttribute PlanForm form,
            @AuthenticationPrincipal CurrentUser user, HtmxRequest htmx, HttpServletResponse response, Model model) {
        FormErrors read = new FormErrors();
        ReturnPlans.PlanInput plan = new ReturnPlans.PlanInput(upper(form.destinationCountry()),
                read.id("receivingOffice", form.receivingOffice(), CODE),
                read.date("travelDate", form.travelDate(), DATE), form.route(), form.escort(), form.programme(),
                read.decimal("cost", form.cost(), AMOUNT), upper(form.currency()));
        return act(caseId, user, read, () -> plans.save(user, caseId, plan), form.values(), "return", htmx,
                response, model);
    }

    @PostMapping("/cases/{caseId}/return/documents")
    String requestDocument(@PathVariable CaseId caseId, @ModelAttribute DocumentForm form,
            @AuthenticationPrincipal CurrentUser user, HtmxRequest htmx, HttpServletResponse response, Model model) {
        FormErrors read = new FormErrors();
        ReturnPlans.DocumentInput document = new ReturnPlans.DocumentInput(
                read.choice("kind", form.kind(), DocumentKind.class, CODE), form.issuingAuthority(),
                read.date("requestedOn", form.requestedOn(), DATE));
        return act(caseId, user, read, () -> plans.addDocument(user, caseId, document), form.values(), "return",
                htmx, response, model);
    }

    @PostMapping("/cases/{caseId}/return/documents/{documentId}/issue")
    String issueDocument(@PathVariable CaseId caseId, @PathVariable long documentId, @ModelAttribute IssueForm form,
            @AuthenticationPrincipal CurrentUser user, HtmxRequest htmx, HttpServletResponse response, Model model) {
        FormErrors read = new FormErrors();
        LocalDate issuedOn = read.date("issuedOn", form.issuedOn(), DATE);
        return act(caseId, user, read, () -> plans.issueDocument(user, caseId, documentId, issuedOn),
                Sections.values("issuedOn", form.issuedOn()), "return", htmx, response, model);
    }

    @PostMapping("/cases/{caseId}/return/checklist")
    String checklist(@PathVariable CaseId caseId, @ModelAttribute ChecklistForm form,
            @AuthenticationPrincipal CurrentUser user, HtmxRequest htmx, HttpServletResponse response, Model model) {
        FormErrors read = new FormErrors();
        Set<ChecklistItem> done = read.choices("checklist", form.done(), ChecklistItem.class, CODE);
        return act(caseId, user, read, () -> plans.checklist(user, caseId, done), Map.of(), "return", htmx,
                response, model);
    }

    @PostMapping("/cases/{caseId}/return/departure")
    String depart(@PathVariable CaseId caseId, @ModelAttribute DepartureForm form,
            @AuthenticationPrincipal CurrentUser user, HtmxRequest htmx, HttpServletResponse response, Model model) {
        FormErrors read = new FormErrors();
        LocalDate departedOn = read.date("departedOn", form.departedOn(), DATE);
        return act(caseId, user, read, () -> plans.depart(user, caseId, departedOn),
                Sections.values("departedOn", form.departedOn()), "return", htmx, response, model);
    }

    @PostMapping("/cases/{caseId}/return/arrival")
    String arrive(@PathVariable CaseId caseId, @ModelAttribute ArrivalForm form,
            @AuthenticationPrincipal CurrentUser user, HtmxRequest htmx, HttpServletResponse response, Model model) {
        FormErrors read = new FormErrors();
        ReturnPlans.Arrival arrival = form.arrival(read);
        return act(caseId, user, read, () -> plans.arrive(user, caseId, arrival), form.values(), "return", htmx,
                response, model);
    }

    // ---- handover (the receiving office sees this page and nothing else of the case) ---------------------------

    @GetMapping("/cases/{caseId}/handover")
    String handover(@PathVariable CaseId caseId, @AuthenticationPrincipal CurrentUser user, Model model) {
        return showHandover(caseId, user, Map.of(), Map.of(), model);
    }

    @PostMapping("/cases/{caseId}/handover/arrival")
    String confirmArrival(@PathVariable CaseId caseId, @ModelAttribute ArrivalForm form,
            @AuthenticationPrincipal CurrentUser user, HttpServletResponse response, Model model) {
        plans.requireHandover(user, caseId);
        FormErrors read = new FormErrors();
        ReturnPlans.Arrival arrival = form.arrival(read);
        return Sections.save(read, () -> plans.arrive(user, caseId, arrival), form.values(),
                Map.<String, String>of(), null, "/cases/" + caseId + "/handover", null, response, model,
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
    String addComponent(@PathVariable CaseId caseId, @ModelAttribute ComponentForm form,
            @AuthenticationPrincipal CurrentUser user, HtmxRequest htmx, HttpServletResponse response, Model model) {
        FormErrors read = new FormErrors();
        Reintegration.ComponentInput component = new Reintegration.ComponentInput(
                read.choice("component", form.component(), ReintegrationComponent.class, CODE),
                read.id("provider", form.provider(), CODE), read.decimal("budget", form.budget(), AMOUNT),
                upper(form.currency()));
        return act(caseId, user, read, () -> reintegration.add(user, caseId, component), form.values(),
                "reintegration", htmx, response, model);
    }

    @PostMapping("/cases/{caseId}/reintegration/{componentId}/disbursements")
    String disburse(@PathVariable CaseId caseId, @PathVariable long componentId,
            @ModelAttribute DisbursementForm form, @AuthenticationPrincipal CurrentUser user, HtmxRequest htmx,
            HttpServletResponse response, Model model) {
        FormErrors read = new FormErrors();
        BigDecimal amount = read.decimal("amount", form.amount(), AMOUNT);
        LocalDate paidOn = read.date("paidOn", form.paidOn(), DATE);
        return act(caseId, user, read, () -> reintegration.disburse(user, caseId, componentId, amount, paidOn),
                Sections.values("amount", form.amount(), "paidOn", form.paidOn()), "reintegration", htmx, response,
                model);
    }

    @PostMapping("/cases/{caseId}/reintegration/{componentId}/status")
    String componentStatus(@PathVariable CaseId caseId, @PathVariable long componentId,
            @ModelAttribute StatusForm form, @AuthenticationPrincipal CurrentUser user, HtmxRequest htmx,
            HttpServletResponse response, Model model) {
        FormErrors read = new FormErrors();
        ComponentStatus status = read.choice("status", form.status(), ComponentStatus.class, CODE);
        return act(caseId, user, read, () -> reintegration.status(user, caseId, componentId, status),
                Sections.values("status", form.status()), "reintegration", htmx, response, model);
    }

    // ---- follow-ups --------------------------------------------------------------------------------------------

    @GetMapping("/cases/{caseId}/follow-ups")
    String followUps(@PathVariable CaseId caseId, @AuthenticationPrincipal CurrentUser user, HtmxRequest htmx,
            HttpServletResponse response, Model model) {
        return showFollowUps(caseId, user, Map.of(), Map.of(), htmx, response, model);
    }

    @PostMapping("/cases/{caseId}/follow-ups/{visitId}")
    String recordVisit(@PathVariable CaseId caseId, @PathVariable long visitId, @ModelAttribute VisitForm form,
            @AuthenticationPrincipal CurrentUser user, HtmxRequest htmx, HttpServletResponse response, Model model) {
        FormErrors read = new FormErrors();
        FollowUps.VisitInput visit = new FollowUps.VisitInput(read.date("visitedOn", form.visitedOn(), DATE),
                form.findings(), read.integer("economicScore", form.economicScore(), SCORE),
                read.integer("socialScore", form.socialScore(), SCORE),
                read.integer("psychosocialScore", form.psychosocialScore(), SCORE), FormErrors.text(form.riskLevel()));
        return act(caseId, user, read, () -> followUps.record(user, caseId, visitId, visit), form.values(),
                "follow-ups", htmx, response, model);
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

    /**
     * Answers a section's form: 403/404 first for someone who may not read the case (each use case then checks who
     * may act: the owning office, or the sending side), then the use case unless a value could not be {@code read};
     * done, a redirect to the section (for htmx too).
     */
    private String act(CaseId caseId, CurrentUser user, FormErrors read, Runnable useCase, Map<String, String> values,
            String section, HtmxRequest htmx, HttpServletResponse response, Model model) {
        cases.readableToChange(user, caseId);
        return Sections.save(read, useCase, values, Map.<String, String>of(), null, "/cases/" + caseId + "/" + section,
                htmx, response, model,
                (errors, shown) -> show(section, caseId, user, errors, shown, htmx, response, model));
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
        CaseFacts care = cases.readable(user, caseId, ReturnPlans.PART);
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
        CaseFacts care = cases.readable(user, caseId, Reintegration.PART);
        model.addAttribute("components", reintegration.components(user, caseId));
        model.addAttribute("componentKinds", ReintegrationComponent.values());
        model.addAttribute("statuses", ComponentStatus.values());
        model.addAttribute("organisations", directory.organisations());
        return view("reintegration", care, values, errors, htmx, response, model);
    }

    private String showFollowUps(CaseId caseId, CurrentUser user, Map<String, String> errors,
            Map<String, String> values, HtmxRequest htmx, HttpServletResponse response, Model model) {
        CaseFacts care = cases.readable(user, caseId, FollowUps.PART);
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

    private static String upper(String value) {
        return value == null ? null : value.strip().toUpperCase(java.util.Locale.ROOT);
    }
}
