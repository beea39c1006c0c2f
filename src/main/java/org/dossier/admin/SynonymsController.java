package org.dossier.admin;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.dossier.accounts.AuditLog;
import org.dossier.admin.SearchPages.SynonymsPage;
import org.dossier.search.SynonymEditing;
import org.dossier.search.SynonymEditing.InvalidSynonymsException;
import org.dossier.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The synonyms editor: groups of equivalent phrasings, applied to searches at once (no reindex). */
@Controller
class SynonymsController {

    private final SynonymEditing synonyms;
    private final AuditLog audit;

    SynonymsController(SynonymEditing synonyms, AuditLog audit) {
        this.synonyms = synonyms;
        this.audit = audit;
    }

    @GetMapping("/admin/search/synonyms")
    String list(AdminContext ctx, Model model) {
        return show(ctx, model, -1, "", List.of());
    }

    @PostMapping("/admin/search/synonyms")
    String add(AdminContext ctx, @RequestParam(defaultValue = "") String terms, Model model,
               HttpServletResponse response, RedirectAttributes redirect) {
        long id;
        try {
            id = synonyms.add(terms);
        } catch (InvalidSynonymsException e) {
            response.setStatus(400);
            return show(ctx, model, 0, terms, List.of(e.getMessage()));
        }
        audit.record(ctx.actor(), "synonyms.add", "synonym group " + id, terms.strip());
        redirect.addFlashAttribute(AdminContextResolver.NOTICE, "Synonym group added; searches use it now.");
        return "redirect:/admin/search/synonyms";
    }

    @PostMapping("/admin/search/synonyms/{id}")
    String update(AdminContext ctx, @PathVariable long id, @RequestParam(defaultValue = "") String terms, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        try {
            if (!synonyms.update(id, terms)) {
                throw new NotFoundException("synonym group " + id);
            }
        } catch (InvalidSynonymsException e) {
            response.setStatus(400);
            return show(ctx, model, id, terms, List.of(e.getMessage()));
        }
        audit.record(ctx.actor(), "synonyms.update", "synonym group " + id, terms.strip());
        redirect.addFlashAttribute(AdminContextResolver.NOTICE, "Synonym group saved; searches use it now.");
        return "redirect:/admin/search/synonyms";
    }

    @PostMapping("/admin/search/synonyms/{id}/delete")
    String delete(AdminContext ctx, @PathVariable long id, RedirectAttributes redirect) {
        synonyms.delete(id);
        audit.record(ctx.actor(), "synonyms.delete", "synonym group " + id, "");
        redirect.addFlashAttribute(AdminContextResolver.NOTICE, "Synonym group removed.");
        return "redirect:/admin/search/synonyms";
    }

    private String show(AdminContext ctx, Model model, long editing, String typed, List<String> errors) {
        model.addAttribute("page", new SynonymsPage(ctx, synonyms.list(), editing, typed, errors));
        return "admin/synonyms";
    }
}
