package org.dossier.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors raised outside Spring MVC (by the servlet container or a filter) land on {@code /error};
 * they get the same layout page as everything else, or JSON for API paths.
 */
@Controller
class ContainerErrorController implements ErrorController {

    private final ErrorPages errorPages;

    ContainerErrorController(ErrorPages errorPages) {
        this.errorPages = errorPages;
    }

    @RequestMapping("/error")
    Object error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = HttpStatus.resolve(code instanceof Integer i ? i : 500);
        if (status == null) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? "/" : uri.toString();
        String message = switch (status.value()) {
            case 400 -> "The request could not be understood.";
            case 403 -> "You are not allowed to open this page.";
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not accept that kind of request.";
            case 413 -> "What you sent is too large.";
            default -> "The page could not be shown.";
        };
        if (path.startsWith("/api/")) {
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("status", status.value(), "error", status.getReasonPhrase(), "message", message));
        }
        ModelAndView view = new ModelAndView("web/error", status);
        view.addObject("page", errorPages.page(status.value(), status.getReasonPhrase(), message, path));
        return view;
    }
}
