package org.sankofa.web;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;
import org.thymeleaf.spring6.SpringTemplateEngine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Which failures {@link FailureAnswers} answers 503 or 400, whatever wraps them on their way out of a handler, and
 * which it leaves alone. {@link DatabaseOutageTests} stops a real PostgreSQL and {@link MalformedQueryTests} sends a
 * malformed query over HTTP; this covers the failures they cannot provoke on cue (a connection lost in the middle of
 * a handler's query).
 */
class FailureAnswersTests {

    private final FailureAnswers filter;

    FailureAnswersTests() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("error.503.detail", Locale.FRENCH, "Base de données injoignable");
        filter = new FailureAnswers(new SpringTemplateEngine(), messages, new UserLocaleResolver());
    }

    @Test
    void noConnectionForAHandlersTransactionIsA503WithProblemDetails() throws Exception {
        MockHttpServletResponse response = run(failing(new ServletException("Request processing failed",
                new CannotCreateTransactionException("Could not open JDBC Connection for transaction",
                        new SQLTransientConnectionException("sankofa - Connection is not available")))));
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"status\":503")
                .contains("Base de données injoignable").contains("/api/v1/plans");
    }

    @Test
    void aConnectionLostInTheMiddleOfAQueryIsA503() throws Exception {
        MockHttpServletResponse response = run(failing(new DataAccessResourceFailureException("I/O error",
                new SQLException("An I/O error occurred while sending to the backend.", "08006"))));
        assertThat(response.getStatus()).isEqualTo(503);
    }

    @Test
    void aServerShuttingDownIsA503() throws Exception {
        MockHttpServletResponse response = run(failing(new UncategorizedSQLException("select", "select 1",
                new SQLException("terminating connection due to administrator command", "57P01"))));
        assertThat(response.getStatus()).isEqualTo(503);
    }

    @Test
    void parametersTheContainerCouldNotDecodeAreA400() throws Exception {
        MockHttpServletResponse response = run(failing(new ServletException("Request processing failed",
                new InvalidParameterException("Character decoding failed. Parameter [q] with value [Awa%ZZ]", 400))));
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("\"status\":400").doesNotContain("Awa");
    }

    @Test
    void aFailureOfTheRequestItselfIsLeftToTheUsualHandling() {
        var tooBig = new UncategorizedSQLException("insert", "insert",
                new SQLException("index row size exceeds maximum", "54000"));
        assertThatThrownBy(() -> run(failing(tooBig))).isSameAs(tooBig);
        var bug = new IllegalStateException("a bug");
        assertThatThrownBy(() -> run(failing(bug))).isSameAs(bug);
    }

    @Test
    void anAnswerAlreadyOnItsWayIsNotRewritten() {
        var lost = new DataAccessResourceFailureException("lost", new SQLException("gone", "08006"));
        MockHttpServletResponse response = new MockHttpServletResponse();
        assertThatThrownBy(() -> filter.doFilter(request(), response, (req, res) -> {
            res.getWriter().write("half a page");
            res.flushBuffer();
            throw lost;
        })).isSameAs(lost);
    }

    private MockHttpServletResponse run(FilterChain chain) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request(), response, chain);
        return response;
    }

    private static MockHttpServletRequest request() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/plans");
        request.addHeader("Accept-Language", "fr");
        request.addPreferredLocale(Locale.FRENCH);
        return request;
    }

    private static FilterChain failing(Exception failure) {
        return (request, response) -> {
            if (failure instanceof ServletException servlet) {
                throw servlet;
            }
            throw (RuntimeException) failure;
        };
    }
}
