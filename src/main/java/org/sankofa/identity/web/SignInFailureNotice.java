package org.sankofa.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.sankofa.identity.internal.SignInFailures;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The notice a person sees once, on the first page after signing in, when someone failed to sign in to their account
 * repeatedly since their previous sign-in (the layout shows {@code signInFailures}). It is taken out of the session by
 * the first full page (a GET that is not an htmx fragment), so that it is shown once and not lost to a fragment.
 */
@ControllerAdvice
class SignInFailureNotice {

    @ModelAttribute("signInFailures")
    SignInFailures signInFailures(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || request.getHeader("HX-Request") != null
                || request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return null;
        }
        HttpSession session = request.getSession(false);
        if (session == null
                || !(session.getAttribute(SignInFailures.SESSION_ATTRIBUTE) instanceof SignInFailures failures)) {
            return null;
        }
        session.removeAttribute(SignInFailures.SESSION_ATTRIBUTE);
        return failures;
    }
}
