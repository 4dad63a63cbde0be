package org.sankofa.programmes.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sankofa.cases.CaseId;
import org.sankofa.identity.CurrentUser;
import org.sankofa.programmes.ProgrammeId;
import org.sankofa.programmes.internal.Enrolments;
import org.sankofa.programmes.internal.ProgrammeAccess;
import org.sankofa.shared.NotFoundException;
import org.sankofa.shared.web.FormErrors;
import org.sankofa.shared.web.FormSubmission;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A case's programmes, from its return and reintegration sections: the programmes it is enrolled in and the form that
 * enrols it in another, and the day it left one — a page, or its fragment when the section opens it with htmx. Case staff only; the case is
 * checked by cases (404 outside the user's scope).
 */
@Controller
@RequestMapping("/programmes/enrolments")
class EnrolmentController {

    private final Enrolments enrolments;

    EnrolmentController(Enrolments enrolments) {
        this.enrolments = enrolments;
    }

    record EnrolmentForm(String caseId, String programme, String enrolledOn) {
    }

    @GetMapping
    @PreAuthorize(ProgrammeAccess.ENROLLERS)
    String show(@RequestParam(name = "case", required = false) CaseId caseId,
            @AuthenticationPrincipal CurrentUser user, HtmxRequest htmx, HttpServletResponse response, Model model) {
        if (caseId == null) {
            throw new IllegalArgumentException("no case named");
        }
        return page(caseId, user, new EnrolmentForm(caseId.toString(), "",
                LocalDate.now(ZoneOffset.UTC).toString()), Map.of(), null, htmx, response, model);
    }

    @PostMapping
    @PreAuthorize(ProgrammeAccess.ENROLLERS)
    String enrol(@ModelAttribute EnrolmentForm form, @AuthenticationPrincipal CurrentUser user, HtmxRequest htmx,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        FormErrors read = new FormErrors();
        Long caseValue = read.id("case", form.caseId(), ProgrammeForm.CHOICE);
        if (caseValue == null) {
            throw new IllegalArgumentException("no case named");
        }
        CaseId caseId = CaseId.of(caseValue);
        Long programme = FormErrors.text(form.programme()) == null ? null
                : read.id("programme", form.programme(), ProgrammeForm.CHOICE);
        if (programme == null) {
            read.reject("programme", "validation.required");
        }
        LocalDate on = read.date("enrolledOn", form.enrolledOn(), ProgrammeForm.DATE);
        if (on == null && !read.asMap().containsKey("enrolledOn")) {
            read.reject("enrolledOn", "validation.required");
        }
        // the case first: outside the user's scope it is a 404 whatever else is wrong
        enrolments.check(caseId, user);
        return FormSubmission.submit(read, response, () -> {
            enrolments.enrol(ProgrammeId.of(programme), caseId, on, user);
            redirect.addFlashAttribute("message", "programme.enrolment.done");
            return "redirect:/programmes/enrolments?case=" + caseId;
        }, (errors, alert) -> page(caseId, user, form, errors, alert, htmx, response, model));
    }

    record LeavingForm(String caseId, String programme, String leftOn) {
    }

    /** The case left a programme on a day (asked to be confirmed first: the day is recorded once). */
    @PostMapping("/leaving")
    @PreAuthorize(ProgrammeAccess.ENROLLERS)
    String leave(@ModelAttribute LeavingForm form, @AuthenticationPrincipal CurrentUser user, HtmxRequest htmx,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        FormErrors read = new FormErrors();
        Long caseValue = read.id("case", form.caseId(), ProgrammeForm.CHOICE);
        Long programme = read.id("programme", form.programme(), ProgrammeForm.CHOICE);
        if (caseValue == null || programme == null) {
            throw new IllegalArgumentException("no case or programme named");
        }
        CaseId caseId = CaseId.of(caseValue);
        LocalDate on = read.date("leftOn", form.leftOn(), ProgrammeForm.DATE);
        if (on == null && !read.asMap().containsKey("leftOn")) {
            read.reject("leftOn", "validation.required");
        }
        // the case and its enrolment first: outside the user's scope, or not enrolled, it is a 404 whatever else
        enrolments.check(caseId, user);
        if (enrolments.of(caseId, user).stream().noneMatch(e -> e.programmeId() == programme)) {
            throw new NotFoundException("enrolment");
        }
        return FormSubmission.submit(read, response, () -> {
            enrolments.leave(ProgrammeId.of(programme), caseId, on, user);
            redirect.addFlashAttribute("message", "programme.leaving.done");
            return "redirect:/programmes/enrolments?case=" + caseId;
        }, (errors, alert) -> {
            model.addAttribute("leaving", programme);
            model.addAttribute("leftOn", form.leftOn());
            return page(caseId, user, new EnrolmentForm(caseId.toString(), "",
                    LocalDate.now(ZoneOffset.UTC).toString()), errors, alert, htmx, response, model);
        });
    }

    private String page(CaseId caseId, CurrentUser user, EnrolmentForm form, Map<String, String> errors,
            String alert, HtmxRequest htmx, HttpServletResponse response, Model model) {
        model.addAttribute("caseId", caseId.value());
        model.addAttribute("enrolments", enrolments.of(caseId, user));
        model.addAttribute("open", enrolments.open());
        model.addAttribute("form", form);
        model.addAttribute("today", LocalDate.now(ZoneOffset.UTC).toString());
        model.addAttribute("errors", errors);
        model.addAttribute("alert", alert);
        boolean fragment = htmx != null && htmx.isHtmxRequest() && !htmx.isHistoryRestoreRequest();
        model.addAttribute("fragment", fragment);
        response.addHeader("Vary", "HX-Request");
        return fragment ? "programmes/enrolments :: section" : "programmes/enrolments";
    }
}
