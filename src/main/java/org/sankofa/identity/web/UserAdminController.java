package org.sankofa.identity.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import org.sankofa.identity.internal.UserAdministration;
import org.sankofa.identity.internal.UserDetail;
import org.sankofa.shared.ConflictException;
import org.sankofa.shared.InvalidInputException;
import org.sankofa.shared.NotFoundException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administration of accounts: list, create, change roles, office and status, unlock, reset the second factor. */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class UserAdminController {

    private final UserAdministration administration;

    UserAdminController(UserAdministration administration) {
        this.administration = administration;
    }

    /** The fields of the create and edit forms (a role's scope goes with the role that needs it). */
    record UserForm(String username, String displayName, String email, String password, Long organisationId,
            Long officeId, String locale, List<Role> roles, String scopeCountry, String scopeCommunity,
            Boolean enabled, Integer version) {

        static UserForm empty() {
            return new UserForm("", "", "", "", null, null, "en", List.of(), null, null, true, 0);
        }

        static UserForm of(UserDetail user) {
            return new UserForm(user.username(), user.displayName(), user.email(), "", user.organisationId(),
                    user.officeId(), user.locale(), user.grants().stream().map(RoleGrant::role).sorted().toList(),
                    user.scopeCountry(), user.scopeCommunity(), user.enabled(), user.version());
        }

        public boolean has(Role role) {
            return roles != null && roles.contains(role);
        }

        Set<RoleGrant> grants() {
            Set<RoleGrant> grants = new LinkedHashSet<>();
            if (roles != null) {
                roles.stream().filter(java.util.Objects::nonNull).forEach(role -> grants.add(new RoleGrant(role,
                        role == Role.NATIONAL_COORDINATOR ? scopeCountry : null,
                        role == Role.REGIONAL_COORDINATOR ? scopeCommunity : null)));
            }
            return grants;
        }
    }

    record Choice(String value, String label) {
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("users", administration.list());
        return "admin/users";
    }

    @GetMapping("/new")
    String newUser(Model model) {
        return form(model, UserForm.empty(), null, Map.of());
    }

    @PostMapping
    String create(@ModelAttribute("form") UserForm form, BindingResult binding,
            @AuthenticationPrincipal CurrentUser actor, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Map<String, String> errors = bindingErrors(binding);
        form = form == null ? UserForm.empty() : form;
        if (errors.isEmpty()) {
            try {
                long id = administration.create(new NewUser(form.username(), form.displayName(), form.email(),
                        form.password(), form.organisationId(), form.officeId(), form.locale(), form.grants()),
                        actor.getUsername());
                redirect.addFlashAttribute("message", "admin.users.created");
                return "redirect:/admin/users/" + id;
            } catch (InvalidInputException e) {
                errors = e.fieldErrors();
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return form(model, withoutPassword(form), null, errors);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        UserDetail user = find(id);
        return form(model, UserForm.of(user), user, Map.of());
    }

    @PostMapping("/{id}")
    String change(@PathVariable long id, @ModelAttribute("form") UserForm form, BindingResult binding,
            @AuthenticationPrincipal CurrentUser actor, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        UserDetail user = find(id);
        Map<String, String> errors = bindingErrors(binding);
        form = form == null ? UserForm.of(user) : form;
        if (errors.isEmpty() && form.version() == null) {
            errors = Map.of("version", "validation.required");
        }
        if (errors.isEmpty()) {
            try {
                administration.change(id, new UserAdministration.AccountChange(form.version(), form.organisationId(),
                        form.officeId(), Boolean.TRUE.equals(form.enabled()), form.grants()), actor);
                redirect.addFlashAttribute("message", "admin.users.saved");
                return "redirect:/admin/users/" + id;
            } catch (InvalidInputException e) {
                errors = e.fieldErrors();
            } catch (ConflictException e) {
                response.setStatus(HttpStatus.CONFLICT.value());
                model.addAttribute("formError", e.messageKey());
                return form(model, UserForm.of(find(id)), find(id), Map.of());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        UserForm shown = new UserForm(user.username(), user.displayName(), user.email(), "", form.organisationId(),
                form.officeId(), user.locale(), form.roles(), form.scopeCountry(), form.scopeCommunity(),
                form.enabled(), form.version());
        return form(model, shown, user, errors);
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable long id, @AuthenticationPrincipal CurrentUser actor, RedirectAttributes redirect) {
        find(id);
        administration.unlock(id, actor.getUsername());
        redirect.addFlashAttribute("message", "admin.users.unlocked");
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
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("form", form);
        model.addAttribute("user", user);
        model.addAttribute("errors", errors);
        model.addAttribute("allRoles", Role.values());
        model.addAttribute("organisations", administration.organisationsWithOffices());
        List<Choice> countries = new ArrayList<>(UserAdministration.countryCodes().stream()
                .map(code -> new Choice(code, new Locale("", code).getDisplayCountry(locale))).toList());
        countries.sort(java.util.Comparator.comparing(Choice::label, java.text.Collator.getInstance(locale)));
        model.addAttribute("countries", countries);
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

    private static UserForm withoutPassword(UserForm form) {
        return new UserForm(form.username(), form.displayName(), form.email(), "", form.organisationId(),
                form.officeId(), form.locale(), form.roles(), form.scopeCountry(), form.scopeCommunity(),
                form.enabled(), form.version());
    }

    /** Values that could not even be read (a letter where a number belongs, an unknown role). */
    private static Map<String, String> bindingErrors(BindingResult binding) {
        Map<String, String> errors = new LinkedHashMap<>();
        binding.getFieldErrors().forEach(e -> errors.putIfAbsent(e.getField(), "validation.format"));
        if (binding.hasGlobalErrors() && errors.isEmpty()) {
            errors.put("form", "validation.format");
        }
        return errors;
    }
}
