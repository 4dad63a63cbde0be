package org.sankofa.events.web;

import java.util.List;
import java.util.Map;

import org.sankofa.events.internal.SignInSheet;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A refused sign-in sheet: 422 with every problem by row and column, in the reader's language. */
@RestControllerAdvice(assignableTypes = ParticipantApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class SheetApiProblems {

    private final MessageSource messages;

    SheetApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(SignInSheet.Rejected.class)
    ProblemDetail rejected(SignInSheet.Rejected rejected) {
        var locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                messages.getMessage("event.import.rejected", null, locale));
        List<Map<String, Object>> rows = rejected.problems().stream().map(p -> Map.<String, Object>of("row", p.row(),
                "column", p.column(), "message", messages.getMessage(p.messageKey(), null, p.messageKey(), locale)))
                .toList();
        problem.setProperty("problems", rows);
        return problem;
    }
}
