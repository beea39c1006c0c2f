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
}
