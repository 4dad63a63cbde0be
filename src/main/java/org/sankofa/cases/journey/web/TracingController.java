package org.sankofa.cases.journey.web;

import java.util.Map;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sankofa.cases.CaseId;
import org.sankofa.cases.internal.CaseAccess;
import org.sankofa.cases.internal.attachments.Attachments;
import org.sankofa.cases.journey.internal.tracing.Tracing;
import org.sankofa.cases.journey.internal.tracing.TracingStatus;
import org.sankofa.cases.journey.internal.transfer.OfficeNotifications;
import org.sankofa.cases.journey.internal.transfer.Transfers;
import org.sankofa.cases.web.Sections;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.Roles;
import org.sankofa.shared.web.FormErrors;
import org.sankofa.shared.web.FormSubmission;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Family tracing: the section of a case (requests sent by the office where the child is) and the origin office's
 * pages (/tracing: the requests to their office; a request page with the outcome and family assessment form).
 */
@Controller
@PreAuthorize(Roles.CASE_STAFF)
class TracingController {

    private static final String CODE = "care.code.unknown";

    private final CaseAccess cases;
    private final Tracing tracing;
    private final Transfers transfers;
    private final OfficeNotifications notifications;
    private final Attachments attachments;

    TracingController(CaseAccess cases, Tracing tracing, Transfers transfers,
            OfficeNotifications notifications, Attachments attachments) {
        this.attachments = attachments;
        this.cases = cases;
        this.tracing = tracing;
        this.transfers = transfers;
        this.notifications = notifications;
    }

    @GetMapping("/cases/{caseId}/tracing")
    String section(@PathVariable CaseId caseId, @AuthenticationPrincipal CurrentUser user, HtmxRequest htmx,
            HttpServletResponse response, Model model) {
        return show(caseId, user, Map.of(), Map.of(), htmx, response, model);
    }

    /** The tracing request form: the office asked, what tracing needs, and a photo of the case (its id). */
    record TracingForm(String toOffice, String familyNames, String village, String region, String languages,
            String photo) {

        Map<String, String> values() {
            return Sections.values("toOffice", toOffice, "familyNames", familyNames, "village", village, "region",
                    region, "languages", languages, "photo", photo);
        }
    }

    /** The outcome form of the office that traced: the outcome and its family assessment. */
    record OutcomeForm(String outcome, String assessment) {
    }

    @PostMapping("/cases/{caseId}/tracing")
    String send(@PathVariable CaseId caseId, @ModelAttribute TracingForm form,
            @AuthenticationPrincipal CurrentUser user, HtmxRequest htmx, HttpServletResponse response, Model model) {
        cases.editable(user, caseId);
        FormErrors read = new FormErrors();
        Long office = read.id("toOffice", form.toOffice(), CODE);
        Long photo = read.id("photo", form.photo(), CODE);
        return Sections.save(read,
                () -> tracing.request(user, caseId, new Tracing.NewRequest(office, form.familyNames(), form.village(),
                        form.region(), form.languages(), photo)),
                form.values(), Map.<String, String>of(), "tracing.sent", "/cases/" + caseId + "/tracing", htmx,
                response, model, (messages, values) -> show(caseId, user, messages, values, htmx, response, model));
    }

    @GetMapping("/tracing")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("requests", tracing.toMyOffice(user));
        model.addAttribute("notices", notifications.latest(user));
        return "cases/tracing/list";
    }

    @GetMapping("/tracing/{requestId}")
    String request(@PathVariable long requestId, @AuthenticationPrincipal CurrentUser user, Model model) {
        return showRequest(requestId, user, Map.of(), Map.of(), model);
    }

    /** The photo the request carries (see {@link Tracing#photo}); never cached by the browser or a proxy. */
    @GetMapping("/tracing/{requestId}/photo")
    ResponseEntity<byte[]> photo(@PathVariable long requestId, @AuthenticationPrincipal CurrentUser user) {
        return image(tracing.photo(user, requestId));
    }

    static ResponseEntity<byte[]> image(Attachments.Download photo) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType()))
                .cacheControl(CacheControl.noStore()).header("Content-Disposition", "inline")
                .body(photo.content());
    }

    @PostMapping("/tracing/{requestId}/outcome")
    String outcome(@PathVariable long requestId, @ModelAttribute OutcomeForm form,
            @AuthenticationPrincipal CurrentUser user, HttpServletResponse response, Model model,
            RedirectAttributes redirect) {
        FormErrors read = new FormErrors();
        TracingStatus outcome = read.choice("outcome", form.outcome(), TracingStatus.class, CODE);
        // the form again reads the request: 404, not 422, for a request outside the person's office
        return FormSubmission.submit(read, response, () -> {
            tracing.recordOutcome(user, requestId, outcome, form.assessment());
            redirect.addFlashAttribute("saved", "tracing.outcome.recorded");
            return "redirect:/tracing/" + requestId;
        }, (errors, alert) -> {
            if (alert != null) {
                model.addAttribute("alert", alert);
                return showRequest(requestId, user, Map.of(), Map.of(), model);
            }
            return showRequest(requestId, user, errors,
                    Sections.values("outcome", form.outcome(), "assessment", form.assessment()), model);
        });
    }

    private String showRequest(long requestId, CurrentUser user, Map<String, String> errors,
            Map<String, String> values, Model model) {
        Tracing.Request request = tracing.get(user, requestId);
        model.addAttribute("request", request);
        model.addAttribute("origin", user.officeId() != null && request.toOfficeId() == user.officeId());
        model.addAttribute("outcomes", java.util.Arrays.stream(TracingStatus.values())
                .filter(TracingStatus::outcome).toList());
        model.addAttribute("errors", errors);
        model.addAttribute("values", values);
        return "cases/tracing/request";
    }

    private String show(CaseId caseId, CurrentUser user, Map<String, String> errors, Map<String, String> values,
            HtmxRequest htmx, HttpServletResponse response, Model model) {
        model.addAttribute("care", cases.readable(user, caseId, Tracing.PART));
        model.addAttribute("requests", tracing.ofCase(user, caseId));
        model.addAttribute("destinations", transfers.destinations(user));
        model.addAttribute("photos", attachments.images(caseId));
        model.addAttribute("errors", errors);
        model.addAttribute("values", values);
        return Sections.view("tracing", htmx, response, model);
    }
}
