package org.sankofa.identity.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sankofa.database.DemoMode;
import org.sankofa.identity.CurrentUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Outside demo mode, supervisors and administrators (configurable) must set up a second factor before they do
 * anything else: every page but the enrolment page and sign-out sends them there.
 */
class SecondFactorEnrolmentFilter extends OncePerRequestFilter {

    static final String ENROLMENT_PATH = "/profile/totp";

    private final SecurityProperties properties;
    private final DemoMode demoMode;
    private final UserAccountRepository users;

    SecondFactorEnrolmentFilter(SecurityProperties properties, DemoMode demoMode, UserAccountRepository users) {
        this.properties = properties;
        this.demoMode = demoMode;
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user
                && mustEnrol(user) && !allowedBeforeEnrolment(path(request))
                && !users.findById(user.id()).map(CurrentUser::totpEnabled).orElse(false)) {
            response.sendRedirect(request.getContextPath() + ENROLMENT_PATH);
            return;
        }
        chain.doFilter(request, response);
    }

    boolean mustEnrol(CurrentUser user) {
        return !demoMode.enabled() && !user.totpEnabled()
                && user.roles().stream().anyMatch(properties.totpRequiredFor()::contains);
    }

    /** The path within the application (the servlet path is empty under some mappings and in MockMvc). */
    static String path(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }

    private static boolean allowedBeforeEnrolment(String path) {
        return path.startsWith(ENROLMENT_PATH) || path.equals("/logout") || path.startsWith("/css/")
                || path.startsWith("/js/") || path.startsWith("/webjars/") || path.equals("/error")
                || path.equals("/language") || path.startsWith("/actuator/health");
    }
}
