package org.dossier.admin;

import java.util.List;
import org.dossier.admin.EditorPages.DiffPage;
import org.dossier.admin.EditorPages.RevisionsPage;
import org.dossier.editorial.EditorialService;
import org.dossier.publications.Publication;
import org.dossier.publications.Revision;
import org.dossier.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A publication's revisions: the list, the difference between any two, and restoring one. */
@Controller
class RevisionsController {

    private final EditorialService editorial;

    RevisionsController(EditorialService editorial) {
        this.editorial = editorial;
    }

    @GetMapping("/admin/publications/{id}/revisions")
    String list(AdminContext ctx, @PathVariable long id, Model model) {
        Publication p = editorial.open(ctx.user(), id);
        model.addAttribute("page", new RevisionsPage(ctx, id, p.title(), editorial.revisions(ctx.user(), id)));
        return "admin/revisions";
    }

    @GetMapping("/admin/publications/{id}/revisions/diff")
    String diff(AdminContext ctx, @PathVariable long id, @RequestParam int from, @RequestParam int to, Model model) {
        Publication p = editorial.open(ctx.user(), id);
        List<Revision> all = editorial.revisions(ctx.user(), id);
        Revision a = find(all, from);
        Revision b = find(all, to);
        model.addAttribute("page", new DiffPage(ctx, id, p.title(), from, to, LineDiff.between(a.lines(), b.lines())));
        return "admin/diff";
    }

    @PostMapping("/admin/publications/{id}/revisions/{number}/restore")
    String restore(AdminContext ctx, @PathVariable long id, @PathVariable int number, RedirectAttributes redirect) {
        editorial.restore(ctx.user(), id, number);
        redirect.addFlashAttribute(AdminContextResolver.NOTICE, "Revision " + number + " restored (as a new revision).");
        return "redirect:/admin/publications/" + id;
    }

    private static Revision find(List<Revision> all, int number) {
        return all.stream().filter(r -> r.number() == number).findFirst()
                .orElseThrow(() -> new NotFoundException("revision " + number));
    }
}
