package org.sankofa.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sankofa.database.DatabaseUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers 503 when the database cannot be reached, wherever in the request it was needed — loading the session (kept
 * in PostgreSQL), checking a bearer token, signing in, or in a handler: problem details for the API, the error page in
 * the person's language for pages. It sits before every other filter, the session's included, so that it reads
 * nothing from the database itself: the language comes from the language cookie or the browser, not from the
 * session or the account. A failure that is not the database's is left to the usual handling.
 */
class DatabaseOutage implements Filter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutage.class);
    private static final HttpStatus STATUS = HttpStatus.SERVICE_UNAVAILABLE;

    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json = JsonMapper.builder().build();
    private volatile JakartaServletWebApplication application;

    DatabaseOutage(ITemplateEngine templates, MessageSource messages, LocaleResolver locales) {
        this.templates = templates;
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (!DatabaseUnavailable.causes(failure) || response.isCommitted()) {
                throw failure;
            }
            log.warn("Database unavailable: {} {} answered 503 ({})", request.getMethod(), request.getRequestURI(),
                    DatabaseUnavailable.reason(failure));
            answer(request, response);
        }
    }

    private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = locales.resolveLocale(request);
        response.reset();
        response.setStatus(STATUS.value());
        response.setCharacterEncoding("UTF-8");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        if (wantsProblem(request)) {
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", "about:blank");
            problem.put("title", STATUS.getReasonPhrase());
            problem.put("status", STATUS.value());
            problem.put("detail", messages.getMessage("error.503.detail", null, STATUS.getReasonPhrase(), locale));
            problem.put("instance", request.getRequestURI());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), problem);
        } else {
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            WebContext page = new WebContext(application(request).buildExchange(request, response), locale,
                    Map.of("status", STATUS.value()));
            templates.process("error", page, response.getWriter());
        }
        response.flushBuffer();
    }

    /** The API, and clients that ask for JSON rather than a page. */
    private static boolean wantsProblem(HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return true;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains("json") && !accept.contains(MediaType.TEXT_HTML_VALUE);
    }

    private JakartaServletWebApplication application(HttpServletRequest request) {
        if (application == null) {
            application = JakartaServletWebApplication.buildApplication(request.getServletContext());
        }
        return application;
    }
}
