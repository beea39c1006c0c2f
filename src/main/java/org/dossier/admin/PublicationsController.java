package org.dossier.admin;

import java.util.ArrayList;
import java.util.List;
import org.dossier.admin.EditorPages.ListPage;
import org.dossier.editorial.EditorialListing;
import org.dossier.editorial.EditorialService;
import org.dossier.editorial.NotAllowedException;
import org.dossier.publications.InvalidPublicationException;
import org.dossier.publications.Status;
import org.dossier.experts.ExpertRepository;
import org.dossier.taxonomy.TaxonomyRepository;
import org.dossier.taxonomy.TermKind;
import org.dossier.web.BadRequestException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The list of publications in every status, with filters, search and bulk publish/withdraw. */
@Controller
class PublicationsController {

    private static final int PAGE_SIZE = 50;

    private final EditorialListing listing;
    private final EditorialService editorial;
    private final TaxonomyRepository taxonomy;
    private final ExpertRepository experts;

    PublicationsController(EditorialListing listing, EditorialService editorial, TaxonomyRepository taxonomy,
                           ExpertRepository experts) {
        this.experts = experts;
        this.listing = listing;
        this.editorial = editorial;
        this.taxonomy = taxonomy;
    }

    @GetMapping("/admin/publications")
    String list(AdminContext ctx, @RequestParam(defaultValue = "") String status,
                @RequestParam(required = false) Long section, @RequestParam(required = false) Long type,
                @RequestParam(required = false) Long author, @RequestParam(required = false) Long topic,
                @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") int page, Model model) {
        Status s = status.isBlank() ? null : Status.parse(status);
        if ((!status.isBlank() && s == null) || page < 1 || page > 100_000 || q.length() > 200) {
            throw new BadRequestException("A filter of the list is not valid.");
        }
        var filter = new EditorialListing.Filter(s, section, type, author, topic, q, editorial.listOwner(ctx.user()));
        model.addAttribute("page", new ListPage(ctx, listing.list(filter, page, PAGE_SIZE), taxonomy.sections(),
                taxonomy.types(), experts.all(), taxonomy.terms(TermKind.TOPIC), status, section, type, author, topic, q));
        return "admin/publications";
    }

    /** Publishes or withdraws every ticked publication; editors only (checked per item by the service). */
    @PostMapping("/admin/publications/bulk")
    String bulk(AdminContext ctx, @RequestParam(defaultValue = "") String action,
                @RequestParam(name = "ids", required = false) List<Long> ids, RedirectAttributes redirect) {
        if (ids == null || ids.isEmpty() || ids.size() > 500) {
            throw new BadRequestException("Tick between one and 500 publications first.");
        }
        if (!action.equals("publish") && !action.equals("withdraw")) {
            throw new BadRequestException("Choose publish or withdraw.");
        }
        List<String> failed = new ArrayList<>();
        for (long id : ids) {
            try {
                if (action.equals("publish")) {
                    editorial.publish(ctx.user(), id);
                } else {
                    editorial.withdraw(ctx.user(), id);
                }
            } catch (InvalidPublicationException | org.dossier.web.NotFoundException e) {
                failed.add("#" + id);
            } catch (NotAllowedException e) {
                throw e;
            }
        }
        String done = (ids.size() - failed.size()) + " " + (action.equals("publish") ? "published" : "withdrawn") + ".";
        redirect.addFlashAttribute(AdminContextResolver.NOTICE, failed.isEmpty() ? done
                : done + " Not found: " + String.join(", ", failed));
        return "redirect:/admin/publications";
    }
}
