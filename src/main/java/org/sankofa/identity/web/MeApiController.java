package org.sankofa.identity.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sankofa.identity.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Me", description = "Who the caller is")
class MeApiController {

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
}
