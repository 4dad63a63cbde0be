package org.sankofa.identity.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Every refusal of a signed-in person (403, from a route's role, a handler's {@code @PreAuthorize} or a service's
 * check) is logged as one WARN line — who, the method and the path (ids only; never the query string or a body) — so
 * that someone probing what they may not do shows in the log. Refusals are not put in the audit log: anyone could
 * flood its chain with them. A case outside a person's scope answers 404 and is not logged here.
 */
final class AccessRefusals {

    private static final Logger log = LoggerFactory.getLogger(AccessRefusals.class);

    private AccessRefusals() {
    }

    static AccessDeniedHandler logged(AccessDeniedHandler answer) {
        return (request, response, refused) -> {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            log.warn("Access refused: user={} {} {}", authentication == null ? "-" : authentication.getName(),
                    request.getMethod(), request.getRequestURI());
            answer.handle(request, response, refused);
        };
    }
}
