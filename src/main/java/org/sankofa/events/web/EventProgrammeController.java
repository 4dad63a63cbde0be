package org.sankofa.events.web;

import org.sankofa.events.EventId;
import org.sankofa.events.internal.EventProgrammes;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.Roles;
import org.sankofa.shared.web.FormErrors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The funded programmes an event serves (issue 14): its managers name one, or take one away. */
@Controller
@RequestMapping("/events/{id}/programmes")
class EventProgrammeController {

    private final EventProgrammes programmes;

    EventProgrammeController(EventProgrammes programmes) {
        this.programmes = programmes;
    }

    @PostMapping
    @PreAuthorize(Roles.EVENT_ORGANISERS)
    String link(@PathVariable EventId id, @RequestParam(required = false) String programme,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        FormErrors read = new FormErrors();
        Long chosen = read.id("programme", programme, EventForm.CHOICE);
        if (chosen == null) {
            throw new IllegalArgumentException("no programme chosen");
        }
        programmes.link(id, chosen, user);
        redirect.addFlashAttribute("message", "event.programme.added");
        return "redirect:/events/" + id + "#programmes";
    }

    @PostMapping("/{programme}/remove")
    @PreAuthorize(Roles.EVENT_ORGANISERS)
    String unlink(@PathVariable EventId id, @PathVariable long programme, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        programmes.unlink(id, programme, user);
        redirect.addFlashAttribute("message", "event.programme.removed");
        return "redirect:/events/" + id + "#programmes";
    }
}
