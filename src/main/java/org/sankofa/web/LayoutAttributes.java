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

    /**
     * Where the language switcher brings the person back: this page, with its query for a GET (the filters and
     * choices of a list stay), except a query that carries a search text ({@code q}), which may be a person's name.
     */
    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        String path = request.getRequestURI();
        if (path == null || path.equals("/error")) {
            return "/";
        }
        String query = request.getQueryString();
        boolean keepQuery = "GET".equals(request.getMethod()) && query != null && !query.isBlank()
                && request.getParameter("q") == null;
        return keepQuery ? path + "?" + query : path;
    }

    @ModelAttribute("demo")
    boolean demo() {
        return demoMode.enabled();
    }
}
