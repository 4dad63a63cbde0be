package org.sankofa.directory.web;

import org.sankofa.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * On the directory's pages, a record that does not exist is a 404 page and a malformed address (an identifier that
 * is not a number, an unknown type, a negative page) a 400 page, each with its explanation: never a 500.
 */
@ControllerAdvice(assignableTypes = { OrganisationController.class, OfficeController.class,
        CommunityController.class })
class DirectoryPageErrors {

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound() {
        return page(HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler({ MethodArgumentTypeMismatchException.class, HandlerMethodValidationException.class })
    ModelAndView badRequest() {
        return page(HttpStatus.BAD_REQUEST);
    }

    private static ModelAndView page(HttpStatus status) {
        ModelAndView page = new ModelAndView("directory/error", status);
        page.addObject("status", status.value());
        return page;
    }
}
