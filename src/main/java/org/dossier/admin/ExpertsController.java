package org.dossier.admin;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.dossier.admin.CatalogPages.ExpertPage;
import org.dossier.admin.CatalogPages.ExpertsPage;
import org.dossier.editorial.CatalogService;
import org.dossier.experts.ExpertRepository;
import org.dossier.publications.InvalidPublicationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Experts: list, create, edit, merge (editors and admins). */
@Controller
class ExpertsController {

    private final CatalogService catalog;
    private final ExpertRepository experts;

    ExpertsController(CatalogService catalog, ExpertRepository experts) {
        this.catalog = catalog;
        this.experts = experts;
    }

    @GetMapping("/admin/experts")
    String list(AdminContext ctx, Model model) {
        model.addAttribute("page", new ExpertsPage(ctx, experts.all(), List.of()));
        return "admin/experts";
    }

    @PostMapping("/admin/experts")
    String create(AdminContext ctx, @RequestParam(defaultValue = "") String name, Model model,
                  HttpServletResponse response) {
        try {
            return "redirect:/admin/experts/" + catalog.createExpert(name, ctx.actor());
        } catch (InvalidPublicationException e) {
            response.setStatus(400);
            model.addAttribute("page", new ExpertsPage(ctx, experts.all(), List.of(e.getMessage())));
            return "admin/experts";
        }
    }

    @GetMapping("/admin/experts/{id}")
    String edit(AdminContext ctx, @PathVariable long id, Model model) {
        return show(ctx, id, model, List.of());
    }

    @PostMapping("/admin/experts/{id}")
    String update(AdminContext ctx, @PathVariable long id, CatalogService.ExpertEdit edit, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        try {
            catalog.updateExpert(id, edit, ctx.actor());
        } catch (InvalidPublicationException e) {
            response.setStatus(400);
            return show(ctx, id, model, List.of(e.getMessage()));
        }
        redirect.addFlashAttribute(AdminContextResolver.NOTICE, "Saved.");
        return "redirect:/admin/experts/" + id;
    }

    @PostMapping("/admin/experts/{id}/merge")
    String merge(AdminContext ctx, @PathVariable long id, @RequestParam long into, Model model,
                 HttpServletResponse response, RedirectAttributes redirect) {
        try {
            catalog.mergeExperts(id, into, ctx.actor());
        } catch (InvalidPublicationException e) {
            response.setStatus(400);
            return show(ctx, id, model, List.of(e.getMessage()));
        }
        redirect.addFlashAttribute(AdminContextResolver.NOTICE, "Merged; the old profile address redirects here.");
        return "redirect:/admin/experts/" + into;
    }

    private String show(AdminContext ctx, long id, Model model, List<String> errors) {
        var expert = catalog.expert(id);
        var others = experts.all().stream().filter(e -> e.id() != id).toList();
        model.addAttribute("page", new ExpertPage(ctx, expert, others, errors));
        return "admin/expert";
    }
}
