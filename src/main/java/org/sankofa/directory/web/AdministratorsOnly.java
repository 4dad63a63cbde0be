package org.sankofa.directory.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Refuses a directory handler reserved to administrators before its arguments are read, so that someone else gets
 * 403 whatever they send (and not 400 or 422 for a body they may not send at all). {@code @PreAuthorize} on the
 * handler still checks again.
 */
@Configuration(proxyBeanMethods = false)
class AdministratorsOnly implements WebMvcConfigurer, HandlerInterceptor {

    static final String RULE = "hasRole('ADMINISTRATOR')";
    private static final String AUTHORITY = "ROLE_ADMINISTRATOR";

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/directory/**", "/api/v1/organisations/**",
                "/api/v1/organisations", "/api/v1/offices/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method
                && method.getBeanType().getPackage().equals(AdministratorsOnly.class.getPackage())) {
            PreAuthorize rule = method.getMethodAnnotation(PreAuthorize.class);
            if (rule != null && RULE.equals(rule.value()) && !isAdministrator()) {
                throw new AccessDeniedException("administrators only");
            }
        }
        return true;
    }

    private static boolean isAdministrator() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && authentication.getAuthorities().stream().anyMatch(a -> AUTHORITY.equals(a.getAuthority()));
    }
}
