package org.dossier.admin;

import org.dossier.admin.EditorPages.ErrorPage;
import org.dossier.editorial.NotAllowedException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.ModelAndView;

/** Back-office failures shown in the admin layout: a forbidden action is a 403 saying why. */
@ControllerAdvice(basePackageClasses = AdminErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminErrors {

    @org.springframework.web.bind.annotation.ExceptionHandler(NotAllowedException.class)
    ModelAndView notAllowed(AdminContext ctx, NotAllowedException e) {
        ModelAndView view = new ModelAndView("admin/error", HttpStatus.FORBIDDEN);
        view.addObject("page", new ErrorPage(ctx, 403, e.getMessage()));
        return view;
    }

    /** A form value of the wrong type (a publication id that is not a number, say). */
    @org.springframework.web.bind.annotation.ExceptionHandler(org.springframework.validation.BindException.class)
    ModelAndView badForm(AdminContext ctx) {
        return refused(ctx, new Refusal(400, "A value in the form is not valid; go back and check it."));
    }

    @org.springframework.web.bind.annotation.ExceptionHandler(Refusal.class)
    ModelAndView refused(AdminContext ctx, Refusal e) {
        ModelAndView view = new ModelAndView("admin/refused", HttpStatus.valueOf(e.status()));
        view.addObject("page", new ErrorPage(ctx, e.status(), e.getMessage()));
        return view;
    }
}
