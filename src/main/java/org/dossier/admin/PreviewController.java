package org.dossier.admin;

import java.util.List;
import org.dossier.editorial.PublicNotes;
import org.dossier.publications.CorrectionRepository;
import org.dossier.publications.Publication;
import org.dossier.publications.PublicPages.ArticlePage;
import org.dossier.web.ChromeFactory;
import org.dossier.web.Meta;
import org.dossier.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The secret preview link: a draft shown in the public page's template to whoever has the token,
 * without signing in. Under /admin so the page cache never keeps it; marked noindex.
 */
@Controller
class PreviewController {

    private final PublicNotes notes;
    private final ChromeFactory chrome;
    private final CorrectionRepository corrections;

    PreviewController(PublicNotes notes, ChromeFactory chrome, CorrectionRepository corrections) {
        this.notes = notes;
        this.chrome = chrome;
        this.corrections = corrections;
    }

    @GetMapping("/admin/preview/{token}")
    String preview(@PathVariable String token, Model model) {
        Publication p = notes.byPreviewToken(token).orElseThrow(() -> new NotFoundException("preview"));
        Meta meta = Meta.simple("Preview: " + p.title(), p.summary(), chrome.absolute(p.url())).noIndex();
        model.addAttribute("page", new ArticlePage(chrome.chrome(), meta, previewable(p), List.of(),
                corrections.of(p.id())));
        return "publications/article";
    }

    /** A draft has no publication time yet; the template shows "now" rather than nothing. */
    private static Publication previewable(Publication p) {
        if (p.publishedAt() != null) {
            return p;
        }
        return new Publication(p.id(), p.section(), p.type(), p.slug(), p.title(), p.subtitle(), p.summary(),
                p.bodyMd(), p.bodyHtml(), p.status(), p.updatedAt(), p.updatedAt(), p.readingMinutes(), p.image(),
                p.event(), p.authors(), p.topics(), p.regions(), p.tags(), p.attachments(), p.externalId(), p.version());
    }
}
