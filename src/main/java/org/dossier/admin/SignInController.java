package org.dossier.admin;

import org.dossier.accounts.AccountException;
import org.dossier.accounts.PasswordResets;
import org.dossier.admin.AccountPages.LoginPage;
import org.dossier.admin.AccountPages.ResetFormPage;
import org.dossier.admin.AccountPages.ResetRequestPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The sign-in form (Spring Security processes its POST) and the password-reset pages. */
@Controller
class SignInController {

    private final PasswordResets resets;

    SignInController(PasswordResets resets) {
        this.resets = resets;
    }

    @GetMapping("/admin/login")
    String login(AdminContext ctx, @RequestParam(required = false) String error,
                 @RequestParam(name = "signed-out", required = false) String signedOut, Model model) {
        if (ctx.user() != null) {
            return "redirect:/admin";
        }
        model.addAttribute("page", new LoginPage(ctx, error != null, signedOut != null));
        return "admin/login";
    }

    @GetMapping("/admin/password-reset")
    String resetRequest(AdminContext ctx, @RequestParam(required = false) String sent, Model model) {
        model.addAttribute("page", new ResetRequestPage(ctx, sent != null));
        return "admin/reset-request";
    }

    @PostMapping("/admin/password-reset")
    String requestReset(@RequestParam(defaultValue = "") String email) {
        if (email.length() <= 254) {
            resets.request(email);
        }
        return "redirect:/admin/password-reset?sent";
    }

    @GetMapping("/admin/password-reset/{token}")
    String resetForm(AdminContext ctx, @PathVariable String token, Model model) {
        model.addAttribute("page", new ResetFormPage(ctx, token, resets.check(token).isPresent(), java.util.List.of()));
        return "admin/reset-form";
    }

    @PostMapping("/admin/password-reset/{token}")
    String reset(AdminContext ctx, @PathVariable String token, @RequestParam(defaultValue = "") String password,
                 Model model, jakarta.servlet.http.HttpServletResponse response, RedirectAttributes redirect) {
        try {
            resets.complete(token, password);
        } catch (AccountException e) {
            response.setStatus(400);
            model.addAttribute("page", new ResetFormPage(ctx, token, resets.check(token).isPresent(),
                    java.util.List.of(e.getMessage())));
            return "admin/reset-form";
        }
        redirect.addFlashAttribute(AdminContextResolver.NOTICE, "Your password has been changed. Sign in with it now.");
        return "redirect:/admin/login";
    }
}
