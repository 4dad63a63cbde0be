package org.sankofa.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
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
 * Answers the failures that escape every handler and filter, and that are nobody's bug, before the servlet container
 * turns them into its own error page and an ERROR with a stack trace in the log:
 * <ul>
 * <li>the database cannot be reached, wherever in the request it was needed — loading the session (kept in
 * PostgreSQL), checking a bearer token, signing in, or in a handler: 503;</li>
 * <li>request parameters the container cannot decode (a malformed percent-escape such as {@code ?q=%ZZ}, too many
 * parameters): 400 (or the container's 4xx).</li>
 * </ul>
 * Problem details for the API, the error page in the person's language for pages; one WARN line in the log, without
 * the parameters' values (a search may hold a person's name). It sits before every other filter, the session's
 * included, so that it reads nothing from the database itself: the language comes from the language cookie or the
 * browser, not from the session or the account. Any other failure is left to the usual handling.
 */
class FailureAnswers implements Filter {

    private static final Logger log = LoggerFactory.getLogger(FailureAnswers.class);

    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json = JsonMapper.builder().build();
    private volatile JakartaServletWebApplication application;

    FailureAnswers(ITemplateEngine templates, MessageSource messages, LocaleResolver locales) {
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
            if (response.isCommitted()) {
                throw failure;
            }
            if (DatabaseUnavailable.causes(failure)) {
                log.warn("Database unavailable: {} {} answered 503 ({})", request.getMethod(),
                        request.getRequestURI(), DatabaseUnavailable.reason(failure));
                answer(HttpStatus.SERVICE_UNAVAILABLE, request, response);
                return;
            }
            Optional<HttpStatus> malformed = malformedParameters(failure);
            if (malformed.isPresent()) {
                log.warn("Malformed request parameters: {} {} answered {}", request.getMethod(),
                        request.getRequestURI(), malformed.get().value());
                answer(malformed.get(), request, response);
                return;
            }
            throw failure;
        }
    }

    /** The status the container gives parameters it could not read (its message quotes them: never logged). */
    private static Optional<HttpStatus> malformedParameters(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InvalidParameterException invalid) {
                HttpStatus status = HttpStatus.resolve(invalid.getErrorCode());
                return Optional.of(status != null && status.is4xxClientError() ? status : HttpStatus.BAD_REQUEST);
            }
        }
        return Optional.empty();
    }

    private void answer(HttpStatus status, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Locale locale = locales.resolveLocale(request);
        response.reset();
        response.setStatus(status.value());
        response.setCharacterEncoding("UTF-8");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        if (wantsProblem(request)) {
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", "about:blank");
            problem.put("title", status.getReasonPhrase());
            problem.put("status", status.value());
            problem.put("detail", messages.getMessage("error." + status.value() + ".detail", null,
                    status.getReasonPhrase(), locale));
            problem.put("instance", request.getRequestURI());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), problem);
        } else {
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            WebContext page = new WebContext(application(request).buildExchange(request, response), locale,
                    Map.of("status", status.value()));
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
