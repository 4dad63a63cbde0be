package org.sankofa.cases.journey.web;

import java.util.HashMap;
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
import org.sankofa.shared.ConflictException;
import org.sankofa.shared.InvalidInputException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Family tracing: the section of a case (requests sent by the office where the child is) and the origin office's
 * pages (/tracing: the requests to their office; a request page with the outcome and family assessment form).
 */
@Controller
@PreAuthorize(Roles.CASE_STAFF)
class TracingController {

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

    @PostMapping("/cases/{caseId}/tracing")
    String send(@PathVariable CaseId caseId, @RequestParam(required = false) String toOffice,
            @RequestParam(required = false) String familyNames, @RequestParam(required = false) String village,
            @RequestParam(required = false) String region, @RequestParam(required = false) String languages,
            @RequestParam(required = false) String photo,
            @AuthenticationPrincipal CurrentUser user, HtmxRequest htmx, HttpServletResponse response, Model model) {
        cases.editable(user, caseId);
        Map<String, String> errors = Sections.errors();
        Long office = Sections.id(toOffice, "toOffice", errors);
        Long photoId = Sections.id(photo, "photo", errors);
        return Sections.submit(
                () -> tracing.request(user, caseId, new Tracing.NewRequest(office, familyNames, village, region,
                        languages, photoId)),
                errors, Sections.values("toOffice", toOffice, "familyNames", familyNames, "village", village,
                        "region", region, "languages", languages, "photo", photo),
                "tracing.sent", "/cases/" + caseId + "/tracing", htmx, response, model,
                (messages, values) -> show(caseId, user, messages, values, htmx, response, model));
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
    String outcome(@PathVariable long requestId, @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String assessment, @AuthenticationPrincipal CurrentUser user,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Map<String, String> errors = Sections.errors();
        TracingStatus status = Sections.code(TracingStatus.class, outcome, "outcome", errors);
        try {
            if (!errors.isEmpty()) {
                tracing.get(user, requestId); // 404 before 422 for a request outside the office
                throw new InvalidInputException(errors);
            }
            tracing.recordOutcome(user, requestId, status, assessment);
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            Map<String, String> values = new HashMap<>();
            values.put("outcome", outcome);
            values.put("assessment", assessment);
            return showRequest(requestId, user, Sections.merge(errors, e), values, model);
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("alert", e.messageKey());
            return showRequest(requestId, user, Map.of(), Map.of(), model);
        }
        redirect.addFlashAttribute("saved", "tracing.outcome.recorded");
        return "redirect:/tracing/" + requestId;
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
        model.addAttribute("care", cases.readable(user, caseId));
        model.addAttribute("requests", tracing.ofCase(user, caseId));
        model.addAttribute("destinations", transfers.destinations(user));
        model.addAttribute("photos", attachments.images(caseId));
        model.addAttribute("errors", errors);
        model.addAttribute("values", values);
        return Sections.view("tracing", htmx, response, model);
    }
}
