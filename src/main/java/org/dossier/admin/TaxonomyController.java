package org.dossier.admin;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import org.dossier.admin.CatalogPages.TaxonomyPage;
import org.dossier.admin.CatalogPages.TermPage;
import org.dossier.admin.CatalogPages.Vocabulary;
import org.dossier.editorial.CatalogService;
import org.dossier.editorial.SectionMerge;
import org.dossier.publications.InvalidPublicationException;
import org.dossier.taxonomy.TaxonomyRepository;
import org.dossier.taxonomy.TermKind;
import org.dossier.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Sections, topics, regions and tags: create, edit, merge (editors and admins). */
@Controller
class TaxonomyController {

    private final CatalogService catalog;
    private final SectionMerge sectionMerge;
    private final TaxonomyRepository taxonomy;

    TaxonomyController(CatalogService catalog, SectionMerge sectionMerge, TaxonomyRepository taxonomy) {
        this.catalog = catalog;
        this.sectionMerge = sectionMerge;
        this.taxonomy = taxonomy;
    }

    @GetMapping("/admin/taxonomy")
    String list(AdminContext ctx, Model model) {
        return overview(ctx, model, List.of());
    }

    @PostMapping("/admin/taxonomy/sections")
    String saveSection(AdminContext ctx, @RequestParam(defaultValue = "") String slug,
                       @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String description,
                       @RequestParam(defaultValue = "0") int position, Model model, HttpServletResponse response,
                       RedirectAttributes redirect) {
        try {
            catalog.saveSection(slug, name, description, position, ctx.actor());
        } catch (InvalidPublicationException e) {
            response.setStatus(400);
            return overview(ctx, model, List.of(e.getMessage()));
        }
        redirect.addFlashAttribute(AdminContextResolver.NOTICE, "Section saved.");
        return "redirect:/admin/taxonomy";
    }

    @PostMapping("/admin/taxonomy/sections/merge")
    String mergeSections(AdminContext ctx, @RequestParam(required = false) Long from,
                         @RequestParam(required = false) Long into, Model model, HttpServletResponse response,
                         RedirectAttributes redirect) {
        int moved;
        try {
            if (from == null || into == null) {
                throw new InvalidPublicationException("Choose the section to merge and the section to merge it into.");
            }
            moved = sectionMerge.merge(from, into, ctx.actor());
        } catch (InvalidPublicationException e) {
            response.setStatus(400);
            return overview(ctx, model, List.of(e.getMessage()));
        }
        redirect.addFlashAttribute(AdminContextResolver.NOTICE, "Sections merged: " + moved
                + " publications moved; the old section's addresses redirect to their new places.");
        return "redirect:/admin/taxonomy";
    }

    @PostMapping("/admin/taxonomy/{kind}")
    String create(AdminContext ctx, @PathVariable String kind, @RequestParam(defaultValue = "") String name,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        TermKind k = kind(kind);
        try {
            catalog.createTerm(k, name, ctx.actor());
        } catch (InvalidPublicationException e) {
            response.setStatus(400);
            return overview(ctx, model, List.of(e.getMessage()));
        }
        redirect.addFlashAttribute(AdminContextResolver.NOTICE, k.label() + " created.");
        return "redirect:/admin/taxonomy";
    }

    @GetMapping("/admin/taxonomy/{kind}/{id}")
    String edit(AdminContext ctx, @PathVariable String kind, @PathVariable long id, Model model) {
        return show(ctx, kind(kind), id, model, List.of());
    }

    @PostMapping("/admin/taxonomy/{kind}/{id}")
    String update(AdminContext ctx, @PathVariable String kind, @PathVariable long id,
                  @RequestParam(defaultValue = "") String slug, @RequestParam(defaultValue = "") String name,
                  @RequestParam(defaultValue = "") String description, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        TermKind k = kind(kind);
        try {
            catalog.updateTerm(k, id, slug, name, description, ctx.actor());
        } catch (InvalidPublicationException e) {
            response.setStatus(400);
            return show(ctx, k, id, model, List.of(e.getMessage()));
        }
        redirect.addFlashAttribute(AdminContextResolver.NOTICE, "Saved.");
        return "redirect:/admin/taxonomy/" + k.table() + "/" + id;
    }

    @PostMapping("/admin/taxonomy/{kind}/{id}/merge")
    String merge(AdminContext ctx, @PathVariable String kind, @PathVariable long id, @RequestParam long into,
                 Model model, HttpServletResponse response, RedirectAttributes redirect) {
        TermKind k = kind(kind);
        try {
            catalog.mergeTerms(k, id, into, ctx.actor());
        } catch (InvalidPublicationException e) {
            response.setStatus(400);
            return show(ctx, k, id, model, List.of(e.getMessage()));
        }
        redirect.addFlashAttribute(AdminContextResolver.NOTICE, "Merged; the old address redirects here.");
        return "redirect:/admin/taxonomy/" + k.table() + "/" + into;
    }

    private String overview(AdminContext ctx, Model model, List<String> errors) {
        List<Vocabulary> vocabularies = Arrays.stream(TermKind.values())
                .map(k -> new Vocabulary(k, taxonomy.terms(k))).toList();
        model.addAttribute("page", new TaxonomyPage(ctx, taxonomy.sections(), vocabularies, errors));
        return "admin/taxonomy";
    }

    private String show(AdminContext ctx, TermKind kind, long id, Model model, List<String> errors) {
        var term = catalog.term(kind, id);
        var others = taxonomy.terms(kind).stream().filter(t -> t.id() != id).toList();
        model.addAttribute("page", new TermPage(ctx, term, others, errors));
        return "admin/term";
    }

    private static TermKind kind(String value) {
        for (TermKind k : TermKind.values()) {
            if (k.table().equals(value)) {
                return k;
            }
        }
        throw new NotFoundException("vocabulary " + value);
    }
}
