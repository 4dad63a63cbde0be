package org.sankofa.cases.web;

import jakarta.servlet.http.HttpServletRequest;
import org.sankofa.cases.internal.attachments.Attachments;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload above the multipart limit is refused before any controller sees it: answer 413 with a clear message
 * (problem details for the API, the error page otherwise), never a 500.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimits {

    private final MessageSource messages;

    UploadLimits(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * Why a file sent for an attachment is refused before it is read (a message key for the field "file"): none or
     * an empty one, or one above an attachment's size; null when it may be read.
     */
    static String refusal(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return "care.attachment.empty";
        }
        if (file.getSize() > Attachments.MAX_BYTES) {
            return "care.attachment.too-large";
        }
        return null;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(HttpServletRequest request) {
        String detail = messages.getMessage("care.attachment.too-large", null, LocaleContextHolder.getLocale());
        if (request.getRequestURI().startsWith("/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, detail);
            problem.setTitle(HttpStatus.CONTENT_TOO_LARGE.getReasonPhrase());
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        ModelAndView page = new ModelAndView("error", HttpStatus.CONTENT_TOO_LARGE);
        page.addObject("status", 413);
        page.addObject("detail", detail);
        return page;
    }
}
