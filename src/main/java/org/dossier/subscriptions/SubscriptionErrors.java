package org.dossier.subscriptions;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** Bad links and rate limits on the mailing-list pages: a page in the site's layout saying what happened. */
@ControllerAdvice(assignableTypes = {SubscribeController.class, PreferencesController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class SubscriptionErrors {

    private final PageHelper pages;

    SubscriptionErrors(PageHelper pages) {
        this.pages = pages;
    }

    @ExceptionHandler(InvalidInputException.class)
    String invalid(InvalidInputException e, HttpServletResponse response, Model model) {
        return pages.message(model, response, 400, "This did not work", e.getMessage(), "/subscribe",
                "Go to the sign-up page");
    }

    @ExceptionHandler(TooManyRequestsException.class)
    String tooMany(TooManyRequestsException e, HttpServletResponse response, Model model) {
        response.setHeader("Retry-After", "3600");
        return pages.message(model, response, 429, "Too many requests", e.getMessage());
    }
}
