package org.sankofa.identity.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.internal.PasswordChange;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Me", description = "Who the caller is, and their password")
class MeApiController {

    private final PasswordChange passwordChange;

    MeApiController(PasswordChange passwordChange) {
        this.passwordChange = passwordChange;
    }

    record NewPassword(String currentPassword, String newPassword) {
    }

    record Grant(String role, String scopeCountry, String scopeCommunity) {
    }

    record Me(long id, String username, String displayName, Long organisationId, Long officeId, String locale,
            List<Grant> roles) {
    }

    @GetMapping("/api/v1/me")
    @Operation(summary = "The caller: username, organisation, office, language and roles with their scopes")
    Me me(@AuthenticationPrincipal CurrentUser user) {
        return new Me(user.id(), user.getUsername(), user.displayName(), user.organisationId(), user.officeId(),
                user.locale(), user.grants().stream()
                        .map(g -> new Grant(g.role().name(), g.scopeCountry(), g.scopeCommunity()))
                        .sorted(java.util.Comparator.comparing(Grant::role)).toList());
    }

    @PutMapping("/api/v1/me/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Change the caller's password: the current one and a new one of 12 to 200 characters. "
            + "Every page session of the caller ends; tokens go on working. 422 with the fields when refused")
    void changePassword(@AuthenticationPrincipal CurrentUser user, @RequestBody NewPassword body,
            HttpServletRequest request) {
        passwordChange.change(user, new PasswordChange.Request(body.currentPassword(), body.newPassword(), null, true,
                null, request.getRemoteAddr()));
    }
}
