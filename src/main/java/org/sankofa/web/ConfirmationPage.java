package org.sankofa.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * The page that asks a destructive action's question when the browser did not ({@link DestructiveActions}): yes sends
 * the same fields again, confirmed; cancel goes back to the page the form was on.
 */
@ControllerAdvice(annotations = Controller.class)
class ConfirmationPage {

    @ExceptionHandler(DestructiveActions.ConfirmationNeeded.class)
    ModelAndView ask(DestructiveActions.ConfirmationNeeded needed, HttpServletRequest request) {
        ModelAndView page = new ModelAndView("confirm");
        page.addObject("question", needed.question());
        page.addObject("action", needed.action());
        page.addObject("fields", needed.fields());
        page.addObject("confirmed", DestructiveActions.CONFIRMED);
        page.addObject("back", back(request));
        return page;
    }

    /** The page the form was on, when the browser says so and it is one of ours; else the home page. */
    static String back(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        String origin = request.getScheme() + "://" + request.getServerName()
                + (request.getServerPort() == 80 || request.getServerPort() == 443 ? "" : ":" + request.getServerPort());
        if (referer != null && referer.startsWith(origin + "/") && !referer.contains("\\")) {
            String path = referer.substring(origin.length());
            if (!path.startsWith("//")) {
                return path;
            }
        }
        return "/";
    }
}
