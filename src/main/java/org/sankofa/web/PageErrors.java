package org.sankofa.web;

import org.sankofa.shared.ConflictException;
import org.sankofa.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * On pages, a record that does not exist (or may not be seen) is a 404 page, a malformed address (an identifier that
 * is not a number, an unknown code) a 400 page, a conflicting change a 409 page — each explained in the user's
 * language by the shared error template, never a 500.
 */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound() {
        return page(HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler({ MethodArgumentTypeMismatchException.class, HandlerMethodValidationException.class,
            IllegalArgumentException.class })
    ModelAndView badRequest() {
        return page(HttpStatus.BAD_REQUEST);
    }

    @ExceptionHandler(ConflictException.class)
    ModelAndView conflict() {
        return page(HttpStatus.CONFLICT);
    }

    private static ModelAndView page(HttpStatus status) {
        ModelAndView page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        return page;
    }
}
