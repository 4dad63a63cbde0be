package org.sankofa.directory.web;

import org.sankofa.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** On the directory's pages, a record that does not exist is the 404 page, not a 500. */
@ControllerAdvice(assignableTypes = { OrganisationController.class, OfficeController.class,
        CommunityController.class })
class DirectoryPageErrors {

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound() {
        ModelAndView page = new ModelAndView("error", HttpStatus.NOT_FOUND);
        page.addObject("status", 404);
        return page;
    }
}
