package org.sankofa.identity.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.NewUser;
import org.sankofa.identity.Role;
import org.sankofa.identity.RoleGrant;
import org.sankofa.identity.Roles;
import org.sankofa.identity.internal.UserAdministration;
import org.sankofa.identity.internal.UserDetail;
import org.sankofa.shared.NotFoundException;
import org.sankofa.shared.web.FormErrors;
import org.sankofa.shared.web.FormSubmission;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administration of accounts: list (accounts with repeated failed sign-ins first noted), create, change roles, office
 * and status, clear failed sign-ins, reset the second factor.
 */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize(Roles.ADMINISTRATORS)
class UserAdminController {

    private final UserAdministration administration;

    UserAdminController(UserAdministration administration) {
        this.administration = administration;
    }

    /**
     * The fields of the create and edit forms, as sent (a role's scope goes with the role that needs it): every value a
     * string, so that a value that cannot be read is explained next to its field.
     */
    record UserForm(String username, String displayName, String email, String password, String organisationId,
            String officeId, String locale, List<String> roles, String scopeCountry, String scopeCommunity,
            String enabled, String version) {

        static UserForm empty() {
            return new UserForm("", "", "", "", null, null, "en", List.of(), null, null, "true", "0");
        }

        static UserForm of(UserDetail user) {
            return new UserForm(user.username(), user.displayName(), user.email(), "", text(user.organisationId()),
                    text(user.officeId()), user.locale(),
                    user.grants().stream().map(RoleGrant::role).sorted().map(Role::name).toList(),
                    user.scopeCountry(), user.scopeCommunity(), String.valueOf(user.enabled()),
                    String.valueOf(user.version()));
        }

        public boolean has(Role role) {
            return roles != null && roles.contains(role.name());
        }

        public boolean organisationIs(long id) {
            return String.valueOf(id).equals(FormErrors.text(organisationId));
        }

        public boolean officeIs(long id) {
            return String.valueOf(id).equals(FormErrors.text(officeId));
        }

        public boolean ticked() {
            return FormErrors.checked(enabled);
        }

        /** The same form without the password, which is never sent back to the browser. */
        UserForm withoutPassword() {
            return new UserForm(username, displayName, email, "", organisationId, officeId, locale, roles,
                    scopeCountry, scopeCommunity, enabled, version);
        }

        Set<RoleGrant> grants(FormErrors read) {
            Set<RoleGrant> grants = new LinkedHashSet<>();
            for (Role role : read.choices("roles", roles, Role.class, FormErrors.INVALID)) {
                grants.add(new RoleGrant(role, role == Role.NATIONAL_COORDINATOR ? scopeCountry : null,
                        role == Role.REGIONAL_COORDINATOR ? scopeCommunity : null));
            }
            return grants;
        }

        private static String text(Long id) {
            return id == null ? null : String.valueOf(id);
        }
    }

    @GetMapping
    String list(Model model) {
        List<UserAdministration.UserRow> users = administration.list();
        model.addAttribute("users", users);
        model.addAttribute("repeatedFailures", users.stream().filter(UserAdministration.UserRow::repeatedFailures)
                .map(UserAdministration.UserRow::username).toList());
        return "admin/users";
    }

    @GetMapping("/new")
    String newUser(Model model) {
        return form(model, UserForm.empty(), null, Map.of());
    }

    @PostMapping
    String create(@ModelAttribute("form") UserForm form, @AuthenticationPrincipal CurrentUser actor, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        FormErrors read = new FormErrors();
        NewUser user = new NewUser(form.username(), form.displayName(), form.email(), form.password(),
                read.id("organisationId", form.organisationId()), read.id("officeId", form.officeId()),
                form.locale(), form.grants(read));
        return FormSubmission.submit(read, response, () -> {
            long id = administration.create(user, actor.getUsername());
            redirect.addFlashAttribute("message", "admin.users.created");
            return "redirect:/admin/users/" + id;
        }, (errors, alert) -> form(model, form.withoutPassword(), null, errors));
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        UserDetail user = find(id);
        return form(model, UserForm.of(user), user, Map.of());
    }

    /**
     * A wrong value shows the form again (422) with the account's own facts and the values sent; a change someone else
     * saved first (409) shows the account as it is now, with the reason.
     */
    @PostMapping("/{id}")
    String change(@PathVariable long id, @ModelAttribute("form") UserForm form,
            @AuthenticationPrincipal CurrentUser actor, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        UserDetail user = find(id);
        FormErrors read = new FormErrors();
        Long organisationId = read.id("organisationId", form.organisationId());
        Long officeId = read.id("officeId", form.officeId());
        Set<RoleGrant> grants = form.grants(read);
        Integer version = read.integer("version", form.version());
        if (version == null) {
            read.reject("version", "validation.required");
        }
        return FormSubmission.submit(read, response, () -> {
            administration.change(id, new UserAdministration.AccountChange(version, organisationId, officeId,
                    form.ticked(), grants), actor);
            redirect.addFlashAttribute("message", "admin.users.saved");
            return "redirect:/admin/users/" + id;
        }, (errors, alert) -> {
            if (alert != null) {
                UserDetail now = find(id);
                model.addAttribute("formError", alert);
                return form(model, UserForm.of(now), now, Map.of());
            }
            UserForm shown = new UserForm(user.username(), user.displayName(), user.email(), "",
                    form.organisationId(), form.officeId(), user.locale(), form.roles(), form.scopeCountry(),
                    form.scopeCommunity(), form.enabled(), form.version());
            return form(model, shown, user, errors);
        });
    }

    /** Clears the failed sign-ins of an account and lifts the waits they caused (the path of the former unlock). */
    @PostMapping("/{id}/unlock")
    String clearFailedSignIns(@PathVariable long id, @AuthenticationPrincipal CurrentUser actor,
            RedirectAttributes redirect) {
        find(id);
        administration.clearFailedSignIns(id, actor.getUsername());
        redirect.addFlashAttribute("message", "admin.users.failures.cleared");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/reset-second-factor")
    String resetSecondFactor(@PathVariable long id, @AuthenticationPrincipal CurrentUser actor,
            RedirectAttributes redirect) {
        find(id);
        administration.resetSecondFactor(id, actor.getUsername());
        redirect.addFlashAttribute("message", "admin.users.totp.reset.done");
        return "redirect:/admin/users/" + id;
    }

    private String form(Model model, UserForm form, UserDetail user, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("user", user);
        model.addAttribute("repeatedFailures", user != null && administration.repeatedFailures(
                user.failedSignIns().count()));
        model.addAttribute("errors", errors);
        model.addAttribute("allRoles", Role.values());
        model.addAttribute("organisations", administration.organisationsWithOffices());
        model.addAttribute("communities", administration.communityCodes());
        return "admin/user-form";
    }

    private UserDetail find(long id) {
        try {
            return administration.detail(id);
        } catch (NotFoundException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
