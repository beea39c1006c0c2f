package org.dossier.admin;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.dossier.accounts.AccountException;
import org.dossier.accounts.AccountService;
import org.dossier.accounts.Totp;
import org.dossier.accounts.User;
import org.dossier.accounts.UserRepository;
import org.dossier.admin.AccountPages.AccountPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's own account: password change and the optional authenticator-app code. */
@Controller
class AccountController {

    private final AccountService accounts;
    private final UserRepository users;

    AccountController(AccountService accounts, UserRepository users) {
        this.accounts = accounts;
        this.users = users;
    }

    @GetMapping("/admin/account")
    String account(AdminContext ctx, Model model) {
        return show(ctx, model, List.of());
    }

    @PostMapping("/admin/account/password")
    String changePassword(AdminContext ctx, @RequestParam(defaultValue = "") String current,
                          @RequestParam(defaultValue = "") String replacement, Model model, HttpServletResponse response,
                          RedirectAttributes redirect) {
        try {
            accounts.changePassword(ctx.user().id(), current, replacement);
        } catch (AccountException e) {
            return show(ctx, model, List.of(e.getMessage()), response);
        }
        redirect.addFlashAttribute(AdminContextResolver.NOTICE, "Your password has been changed.");
        return "redirect:/admin/account";
    }

    @PostMapping("/admin/account/totp/start")
    String startTotp(AdminContext ctx) {
        accounts.beginTotp(ctx.user().id());
        return "redirect:/admin/account";
    }

    @PostMapping("/admin/account/totp/confirm")
    String confirmTotp(AdminContext ctx, @RequestParam(defaultValue = "") String code, Model model,
                       HttpServletResponse response,
                       RedirectAttributes redirect) {
        try {
            accounts.confirmTotp(ctx.user().id(), code);
        } catch (AccountException e) {
            return show(ctx, model, List.of(e.getMessage()), response);
        }
        redirect.addFlashAttribute(AdminContextResolver.NOTICE, "Two-step sign-in is on.");
        return "redirect:/admin/account";
    }

    @PostMapping("/admin/account/totp/off")
    String disableTotp(AdminContext ctx, RedirectAttributes redirect) {
        accounts.disableTotp(ctx.user().id(), ctx.actor());
        redirect.addFlashAttribute(AdminContextResolver.NOTICE, "Two-step sign-in is off.");
        return "redirect:/admin/account";
    }

    private String show(AdminContext ctx, Model model, List<String> errors, HttpServletResponse response) {
        response.setStatus(400);
        return show(ctx, model, errors);
    }

    private String show(AdminContext ctx, Model model, List<String> errors) {
        User user = users.byId(ctx.user().id()).orElseThrow();
        String pending = user.totpEnabled() ? null : accounts.totpSecret(user.id()).orElse(null);
        String uri = pending == null ? null : Totp.uri("Dossier", user.email(), pending);
        model.addAttribute("page", new AccountPage(ctx, user, pending, uri, errors));
        return "admin/account";
    }
}
