package org.dossier.admin;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.dossier.admin.CatalogPages.RedirectsPage;
import org.dossier.editorial.RedirectEditing;
import org.dossier.publications.InvalidPublicationException;
import org.dossier.redirects.Redirect;
import org.dossier.redirects.RedirectRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The redirect table: old path → new path (301), searchable; add and remove (editors and admins). */
@Controller
class RedirectsController {

    private static final int SHOWN = 500;

    private final RedirectRepository redirects;
    private final RedirectEditing editing;

    RedirectsController(RedirectRepository redirects, RedirectEditing editing) {
        this.redirects = redirects;
        this.editing = editing;
    }

    @GetMapping("/admin/redirects")
    String list(AdminContext ctx, @RequestParam(defaultValue = "") String q, Model model) {
        return show(ctx, q, model, List.of());
    }

    @PostMapping("/admin/redirects")
    String add(AdminContext ctx, @RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
               Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            editing.addRedirect(from, to, ctx.actor());
        } catch (InvalidPublicationException e) {
            response.setStatus(400);
            return show(ctx, "", model, List.of(e.getMessage()));
        }
        redirect.addFlashAttribute(AdminContextResolver.NOTICE, "Redirect saved.");
        return "redirect:/admin/redirects";
    }

    @PostMapping("/admin/redirects/delete")
    String delete(AdminContext ctx, @RequestParam(defaultValue = "") String from, RedirectAttributes redirect) {
        editing.deleteRedirect(from, ctx.actor());
        redirect.addFlashAttribute(AdminContextResolver.NOTICE, "Redirect removed.");
        return "redirect:/admin/redirects";
    }

    private String show(AdminContext ctx, String q, Model model, List<String> errors) {
        String needle = q.strip().toLowerCase(Locale.ROOT);
        List<Redirect> shown = redirects.all().stream()
                .filter(r -> needle.isEmpty() || r.fromPath().toLowerCase(Locale.ROOT).contains(needle)
                        || r.toPath().toLowerCase(Locale.ROOT).contains(needle))
                .limit(SHOWN).toList();
        model.addAttribute("page", new RedirectsPage(ctx, shown, q, errors));
        return "admin/redirects";
    }
}
