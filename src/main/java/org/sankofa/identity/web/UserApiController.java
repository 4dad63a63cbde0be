package org.sankofa.identity.web;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.NewUser;
import org.sankofa.identity.Role;
import org.sankofa.identity.RoleGrant;
import org.sankofa.identity.Roles;
import org.sankofa.identity.internal.UserAdministration;
import org.sankofa.identity.internal.UserDetail;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/users")
@PreAuthorize(Roles.ADMINISTRATORS)
@Tag(name = "Users", description = "Accounts, their roles and scopes (administrators only)")
class UserApiController {

    private final UserAdministration administration;

    UserApiController(UserAdministration administration) {
        this.administration = administration;
    }

    record Grant(@NotNull Role role, @Size(max = 2) String scopeCountry, @Size(max = 16) String scopeCommunity) {
    }

    record NewUserRequest(@Size(max = 60) String username, @Size(max = 120) String displayName,
            @Size(max = 200) String email, @Size(max = 200) String password, Long organisationId, Long officeId,
            String locale, List<@Valid @NotNull Grant> roles) {
    }

    /** An account; {@code failedSignIns}: failed sign-ins to it since its last sign-in. */
    record UserView(long id, String username, String displayName, String organisation, String office,
            boolean enabled, int failedSignIns, boolean totpEnabled, List<Role> roles) {
    }

    record CreatedUser(long id, String username, String displayName, String email, Long organisationId,
            Long officeId, String locale, boolean enabled, List<Grant> roles) {

        static CreatedUser of(UserDetail user) {
            return new CreatedUser(user.id(), user.username(), user.displayName(), user.email(),
                    user.organisationId(), user.officeId(), user.locale(), user.enabled(), user.grants().stream()
                            .map(g -> new Grant(g.role(), g.scopeCountry(), g.scopeCommunity()))
                            .sorted(Comparator.comparing(Grant::role)).toList());
        }
    }

    @GetMapping
    @Operation(summary = "Every account: username, name, organisation, office, roles, status and failed sign-ins "
            + "since its last sign-in")
    List<UserView> list() {
        return administration.list().stream().map(u -> new UserView(u.id(), u.username(), u.displayName(),
                u.organisation(), u.office(), u.enabled(), u.failedSignIns(), u.totpEnabled(), u.roles())).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an account with an initial password (at least 12 characters) and roles with scopes: "
            + "scopeCountry for NATIONAL_COORDINATOR, scopeCommunity for REGIONAL_COORDINATOR")
    CreatedUser create(@Valid @RequestBody NewUserRequest request, @AuthenticationPrincipal CurrentUser actor) {
        Set<RoleGrant> grants = new LinkedHashSet<>();
        if (request.roles() != null) {
            request.roles().forEach(g -> grants.add(new RoleGrant(g.role(), g.scopeCountry(), g.scopeCommunity())));
        }
        long id = administration.create(new NewUser(request.username(), request.displayName(), request.email(),
                request.password(), request.organisationId(), request.officeId(),
                request.locale() == null ? "en" : request.locale(), grants), actor.getUsername());
        return CreatedUser.of(administration.detail(id));
    }
}
