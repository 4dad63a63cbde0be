package org.sankofa.plans.web;

import org.sankofa.plans.internal.FourEyesRefusal;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The plans API's own refusal: the submitter of a report may not approve it (403, with the reason). */
@RestControllerAdvice(assignableTypes = { PlanApiController.class, IndicatorApiController.class,
        ReportApiController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class PlanApiProblems {

    private final MessageSource messages;

    PlanApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(FourEyesRefusal.class)
    ProblemDetail fourEyes(FourEyesRefusal e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                messages.getMessage(e.messageKey(), null, e.messageKey(), LocaleContextHolder.getLocale()));
        problem.setTitle(HttpStatus.FORBIDDEN.getReasonPhrase());
        return problem;
    }
}
