package org.sankofa.identity.web;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.internal.ApiTokens;
import org.sankofa.identity.internal.TokenIssuance;
import org.sankofa.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/tokens")
@Tag(name = "Tokens", description = "Personal access tokens for the API")
class TokenApiController {

    private final TokenIssuance issuance;
    private final ApiTokens tokens;
    private final MessageSource messages;

    TokenApiController(TokenIssuance issuance, ApiTokens tokens, MessageSource messages) {
        this.issuance = issuance;
        this.tokens = tokens;
        this.messages = messages;
    }

    record TokenRequest(@NotBlank @Size(max = 60) String username, @NotBlank @Size(max = 200) String password,
            @Size(max = 6) String totp, @Size(max = 100) String name, @Min(1) @Max(366) Integer days) {
    }

    record TokenResponse(long id, String token, Instant expiresAt) {
    }

    record TokenView(long id, String name, String prefix, Instant createdAt, Instant expiresAt, Instant revokedAt,
            Instant lastUsedAt, boolean active) {
    }

    /**
     * Every refusal gives the same answer, whether the account exists or not, is disabled or has a second factor:
     * 401, or 429 with {@code Retry-After} (seconds) when the name or the address must wait after failed sign-ins.
     */
    @PostMapping
    @Operation(summary = "Issue a token with username, password and, for accounts with a second factor, totp; "
            + "401 for any wrong value, 429 with Retry-After after repeated failures")
    ResponseEntity<?> issue(@Valid @RequestBody TokenRequest request, HttpServletRequest http) {
        var outcome = issuance.issue(request.username(), request.password(), request.totp(), request.name(),
                request.days(), http.getRemoteAddr());
        if (outcome.token() != null) {
            var token = outcome.token();
            return ResponseEntity.status(HttpStatus.CREATED)
                    .body(new TokenResponse(token.id(), token.token(), token.expiresAt()));
        }
        return switch (outcome.refusal()) {
            case THROTTLED -> ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(outcome.waitLeft().toSeconds()))
                    .body(problem(HttpStatus.TOO_MANY_REQUESTS, "api.tokens.refused"));
            case ENROL_FIRST -> ResponseEntity.status(HttpStatus.FORBIDDEN)
                    .body(problem(HttpStatus.FORBIDDEN, "api.tokens.refused.enrol_first"));
            case REFUSED -> ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                    .body(problem(HttpStatus.UNAUTHORIZED, "api.tokens.refused"));
        };
    }

    private ProblemDetail problem(HttpStatus status, String key) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage(key, null, key, LocaleContextHolder.getLocale()));
        problem.setTitle(status.getReasonPhrase());
        return problem;
    }

    @GetMapping
    @Operation(summary = "The caller's own tokens (never the tokens themselves)")
    List<TokenView> list(@AuthenticationPrincipal CurrentUser user) {
        return tokens.list(user.id()).stream().map(t -> new TokenView(t.id(), t.name(), t.prefix(), t.createdAt(),
                t.expiresAt(), t.revokedAt(), t.lastUsedAt(), t.active())).toList();
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke one of the caller's own tokens")
    void revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        if (!tokens.revoke(user, id)) {
            throw new NotFoundException("token");
        }
    }
}
