package org.dossier.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns failures into pages in the site's layout (or JSON under {@code /api/}), never a stack trace.
 * Expected failures (not found, gone, bad parameter) are not logged as errors; unexpected ones are.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ErrorPages {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);
    private final ChromeFactory chrome;

    ErrorPages(ChromeFactory chrome) {
        this.chrome = chrome;
    }

    @ExceptionHandler({NotFoundException.class, NoResourceFoundException.class})
    Object notFound(HttpServletRequest request) {
        return respond(request, HttpStatus.NOT_FOUND, "Page not found",
                "There is nothing at this address. It may have moved; try the search box above.");
    }

    @ExceptionHandler(GoneException.class)
    Object gone(HttpServletRequest request) {
        return respond(request, HttpStatus.GONE, "This publication has been withdrawn",
                "The institute has withdrawn this publication. It is no longer available.");
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
            ConstraintViolationException.class, HandlerMethodValidationException.class, BadRequestException.class})
    Object badRequest(HttpServletRequest request, Exception e) {
        String message = e instanceof BadRequestException bad ? bad.getMessage()
                : e instanceof MethodArgumentTypeMismatchException mismatch
                        ? "The parameter '" + mismatch.getName() + "' has a value that is not allowed."
                        : e instanceof MissingServletRequestParameterException missing
                                ? "The parameter '" + missing.getParameterName() + "' is required."
                                : "A parameter of the request is not valid.";
        return respond(request, HttpStatus.BAD_REQUEST, "Bad request", message);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    Object methodNotAllowed(HttpServletRequest request) {
        return respond(request, HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed",
                "This address does not accept that kind of request.");
    }

    @ExceptionHandler(Exception.class)
    Object unexpected(HttpServletRequest request, Exception e) {
        log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
        return respond(request, HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong",
                "The page could not be shown. The problem has been logged; please try again later.");
    }

    private Object respond(HttpServletRequest request, HttpStatus status, String heading, String message) {
        if (request.getRequestURI().startsWith("/api/")) {
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("status", status.value(), "error", heading, "message", message));
        }
        ModelAndView view = new ModelAndView("web/error", status);
        view.addObject("page", page(status.value(), heading, message, request.getRequestURI()));
        return view;
    }

    /** The error page model, also used by the container-level error controller. */
    ErrorPage page(int status, String heading, String message, String path) {
        Meta meta = Meta.simple(heading, message, chrome.absolute(path)).noIndex();
        return new ErrorPage(chrome.chrome(), meta, status, heading, message);
    }
}
