package org.sankofa.web;

import jakarta.servlet.http.HttpServletRequest;
import org.sankofa.database.DemoMode;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout needs on every page. */
@ControllerAdvice
class LayoutAttributes {

    private final DemoMode demoMode;

    LayoutAttributes(DemoMode demoMode) {
        this.demoMode = demoMode;
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path == null || path.equals("/error") ? "/" : path;
    }

    @ModelAttribute("demo")
    boolean demo() {
        return demoMode.enabled();
    }
}
