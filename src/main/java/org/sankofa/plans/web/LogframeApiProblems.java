package org.sankofa.plans.web;

import java.util.List;

import org.sankofa.plans.internal.LogframeRejected;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The import's refusals as problem details, the row-level report under {@code errors}. */
@RestControllerAdvice(assignableTypes = LogframeApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class LogframeApiProblems {

    private final MessageSource messages;

    LogframeApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(LogframeRejected.class)
    ProblemDetail rejected(LogframeRejected e) {
        var locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                messages.getMessage("plan.logframe.rejected", new Object[] { e.problems().size() }, locale));
        problem.setTitle(HttpStatus.UNPROCESSABLE_CONTENT.getReasonPhrase());
        List<LogframeController.LogframeReport> errors = LogframeController.LogframeReport.of(e.problems(),
                messages, locale);
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(LogframeApiController.UploadRefused.class)
    ProblemDetail refused(LogframeApiController.UploadRefused e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status, messages.getMessage(e.messageKey,
                LogframeController.maxMegabytes(), LocaleContextHolder.getLocale()));
        problem.setTitle(e.status.getReasonPhrase());
        return problem;
    }
}
