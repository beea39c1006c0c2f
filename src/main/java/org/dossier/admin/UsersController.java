package org.dossier.admin;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.dossier.accounts.AccountException;
import org.dossier.accounts.AccountService;
import org.dossier.accounts.AuditLog;
import org.dossier.accounts.Role;
import org.dossier.accounts.UserRepository;
import org.dossier.admin.AccountPages.AuditPage;
import org.dossier.admin.AccountPages.UsersPage;
import org.dossier.web.BadRequestException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins only: accounts (create, role, enable) and the audit log. */
@Controller
class UsersController {

    private static final int AUDIT_PAGE = 100;

    private final AccountService accounts;
    private final UserRepository users;
    private final AuditLog audit;

    UsersController(AccountService accounts, UserRepository users, AuditLog audit) {
        this.accounts = accounts;
        this.users = users;
        this.audit = audit;
    }

    @GetMapping("/admin/users")
    String list(AdminContext ctx, Model model) {
        model.addAttribute("page", new UsersPage(ctx, users.all(), List.of()));
        return "admin/users";
    }

    /** Creates an account with a generated password, shown once to the admin to pass on. */
    @PostMapping("/admin/users")
    String create(AdminContext ctx, @RequestParam(defaultValue = "") String email,
                  @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String role,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        String password = AccountService.generatePassword();
        try {
            accounts.create(email, name, Role.parse(role), password, ctx.actor());
        } catch (AccountException e) {
            response.setStatus(400);
            model.addAttribute("page", new UsersPage(ctx, users.all(), List.of(e.getMessage())));
            return "admin/users";
        }
        redirect.addFlashAttribute(AdminContextResolver.NOTICE, "Account created. Its first password (shown once): "
                + password);
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{id}/role")
    String role(AdminContext ctx, @PathVariable long id, @RequestParam(defaultValue = "") String role, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        return act(ctx, model, response, redirect, () -> accounts.changeRole(id, Role.parse(role), ctx.actor()), "Role changed.");
    }

    @PostMapping("/admin/users/{id}/enabled")
    String enabled(AdminContext ctx, @PathVariable long id, @RequestParam(defaultValue = "false") boolean enabled,
                   Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return act(ctx, model, response, redirect, () -> accounts.setEnabled(id, enabled, ctx.actor()),
                enabled ? "Account enabled." : "Account disabled.");
    }

    @GetMapping("/admin/audit")
    String audit(AdminContext ctx, @RequestParam(defaultValue = "") String action,
                 @RequestParam(defaultValue = "1") int page, Model model) {
        if (page < 1 || page > 100_000 || action.length() > 100) {
            throw new BadRequestException("The page or filter is not valid.");
        }
        var entries = audit.recent(action, AUDIT_PAGE + 1, (page - 1) * AUDIT_PAGE);
        boolean more = entries.size() > AUDIT_PAGE;
        model.addAttribute("page", new AuditPage(ctx, more ? entries.subList(0, AUDIT_PAGE) : entries, action, page, more));
        return "admin/audit";
    }

    private String act(AdminContext ctx, Model model, HttpServletResponse response, RedirectAttributes redirect,
                       Runnable action, String done) {
        try {
            action.run();
        } catch (AccountException e) {
            response.setStatus(400);
            model.addAttribute("page", new UsersPage(ctx, users.all(), List.of(e.getMessage())));
            return "admin/users";
        }
        redirect.addFlashAttribute(AdminContextResolver.NOTICE, done);
        return "redirect:/admin/users";
    }
}
