package org.dossier.admin;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.dossier.editorial.EditAction;
import org.dossier.editorial.EditConflictException;
import org.dossier.editorial.EditorialService;
import org.dossier.editorial.PublicNotes;
import org.dossier.media.MediaException;
import org.dossier.media.MediaService;
import org.dossier.publications.InvalidPublicationException;
import org.dossier.publications.Publication;
import org.dossier.taxonomy.TaxonomyRepository;
import org.dossier.web.BadRequestException;
import org.dossier.web.MarkdownRenderer;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The publication editor: write, preview, save, submit, schedule, publish, withdraw, correct. */
@Controller
class EditorController {

    private static final int MAX_PREVIEW = 2_000_000;

    private final EditorialService editorial;
    private final PublicNotes notes;
    private final EditorPageFactory pages;
    private final MediaService media;
    private final MarkdownRenderer markdown;
    private final TaxonomyRepository taxonomy;

    EditorController(EditorialService editorial, PublicNotes notes, EditorPageFactory pages, MediaService media, MarkdownRenderer markdown,
                     TaxonomyRepository taxonomy) {
        this.editorial = editorial;
        this.notes = notes;
        this.pages = pages;
        this.media = media;
        this.markdown = markdown;
        this.taxonomy = taxonomy;
    }

    @GetMapping("/admin/publications/new")
    String create(AdminContext ctx, Model model) {
        Long section = taxonomy.sections().stream().findFirst().map(s -> s.id()).orElse(null);
        Long type = taxonomy.types().stream().findFirst().map(t -> t.id()).orElse(null);
        model.addAttribute("page", pages.of(ctx, PublicationForm.blank(section, type), null, List.of()));
        return "admin/editor";
    }

    @GetMapping("/admin/publications/{id}")
    String edit(AdminContext ctx, @PathVariable long id, Model model) {
        Publication p = editorial.open(ctx.user(), id);
        model.addAttribute("page", pages.of(ctx, pages.formOf(p), p, List.of()));
        return "admin/editor";
    }

    @PostMapping({"/admin/publications", "/admin/publications/{id}"})
    String save(AdminContext ctx, @PathVariable(required = false) Long id, PublicationForm form,
                @RequestParam(defaultValue = "save") String action,
                @RequestParam(required = false) MultipartFile imageFile,
                @RequestParam(required = false) MultipartFile attachmentFile,
                @RequestParam(defaultValue = "") String attachmentTitle, Model model, HttpServletResponse response,
                RedirectAttributes redirect) throws IOException {
        PublicationForm f = id == null ? form : withId(form, id);
        Publication saved = id == null ? null : editorial.open(ctx.user(), id);
        try {
            if (imageFile != null && !imageFile.isEmpty()) {
                f = f.withImage(media.storeImage(imageFile.getBytes(), imageFile.getOriginalFilename(), ctx.actor()).url());
            }
            if (attachmentFile != null && !attachmentFile.isEmpty()) {
                f = f.withAttachment(attachmentTitle,
                        media.storePdf(attachmentFile.getBytes(), attachmentFile.getOriginalFilename(), ctx.actor()).url());
            }
            var names = new EditorialService.Names(f.authors(), f.topics(), f.regions(), f.tags());
            long savedId = editorial.save(ctx.user(), f.toInput(), names, EditAction.parse(action), f.version());
            redirect.addFlashAttribute(AdminContextResolver.NOTICE, switch (EditAction.parse(action)) {
                case SAVE -> "Saved.";
                case SUBMIT -> "Saved and submitted for review.";
                case SCHEDULE -> "Saved and scheduled.";
                case PUBLISH -> "Published.";
            });
            return "redirect:/admin/publications/" + savedId;
        } catch (InvalidPublicationException | BadRequestException | MediaException e) {
            response.setStatus(400);
            model.addAttribute("page", pages.of(ctx, f, saved, List.of(e.getMessage())));
            return "admin/editor";
        } catch (EditConflictException e) {
            response.setStatus(409);
            model.addAttribute("page", pages.conflict(ctx, f, editorial.open(ctx.user(), e.publicationId())));
            return "admin/conflict";
        }
    }

    /** Live preview: the editor's Markdown rendered and sanitised by the same code as the public page. */
    @PostMapping(value = "/admin/publications/preview", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, String>> preview(@RequestParam(defaultValue = "") String body) {
        if (body.length() > MAX_PREVIEW) {
            return ResponseEntity.badRequest().body(Map.of("error", "The text is too long to preview."));
        }
        return ResponseEntity.ok(Map.of("html", markdown.render(body)));
    }

    @PostMapping("/admin/publications/{id}/withdraw")
    String withdraw(AdminContext ctx, @PathVariable long id, RedirectAttributes redirect) {
        editorial.withdraw(ctx.user(), id);
        redirect.addFlashAttribute(AdminContextResolver.NOTICE, "Withdrawn: its address now answers 410 Gone.");
        return "redirect:/admin/publications/" + id;
    }

    @PostMapping("/admin/publications/{id}/publish")
    String publish(AdminContext ctx, @PathVariable long id, RedirectAttributes redirect) {
        editorial.publish(ctx.user(), id);
        redirect.addFlashAttribute(AdminContextResolver.NOTICE, "Published.");
        return "redirect:/admin/publications/" + id;
    }

    @PostMapping("/admin/publications/{id}/preview-link")
    String previewLink(AdminContext ctx, @PathVariable long id, RedirectAttributes redirect) {
        String path = notes.previewPath(ctx.user(), id);
        redirect.addFlashAttribute(AdminContextResolver.NOTICE, "Secret preview link (anyone with it can read the draft): "
                + path);
        return "redirect:/admin/publications/" + id;
    }

    @PostMapping("/admin/publications/{id}/corrections")
    String addCorrection(AdminContext ctx, @PathVariable long id, @RequestParam(defaultValue = "") String note,
                         Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            notes.addCorrection(ctx.user(), id, note);
        } catch (InvalidPublicationException e) {
            Publication p = editorial.open(ctx.user(), id);
            response.setStatus(400);
            model.addAttribute("page", pages.of(ctx, pages.formOf(p), p, List.of(e.getMessage())));
            return "admin/editor";
        }
        redirect.addFlashAttribute(AdminContextResolver.NOTICE, "Correction added; it shows on the public page.");
        return "redirect:/admin/publications/" + id;
    }

    @PostMapping("/admin/publications/{id}/corrections/{correction}/delete")
    String deleteCorrection(AdminContext ctx, @PathVariable long id, @PathVariable long correction,
                            RedirectAttributes redirect) {
        notes.deleteCorrection(ctx.user(), id, correction);
        redirect.addFlashAttribute(AdminContextResolver.NOTICE, "Correction removed.");
        return "redirect:/admin/publications/" + id;
    }

    private static PublicationForm withId(PublicationForm f, long id) {
        return new PublicationForm(id, f.sectionId(), f.typeId(), f.title(), f.subtitle(), f.slug(), f.summary(),
                f.body(), f.publishedAt(), f.authors(), f.topics(), f.regions(), f.tags(), f.imageUrl(), f.imageAlt(),
                f.imageCaption(), f.imageCredit(), f.imageLicence(), f.eventStart(), f.eventEnd(), f.eventLocation(),
                f.attachments(), f.version(), f.revision());
    }
}
