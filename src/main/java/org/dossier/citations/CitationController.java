package org.dossier.citations;

import java.nio.charset.StandardCharsets;
import org.dossier.publications.Publication;
import org.dossier.publications.PublicationRepository;
import org.dossier.system.DossierProperties;
import org.dossier.web.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** {@code /{section}/{slug}/cite.bib|.ris|.json}: citation downloads of published publications. */
@Controller
class CitationController {

    private final PublicationRepository publications;
    private final DossierProperties site;

    CitationController(PublicationRepository publications, DossierProperties site) {
        this.publications = publications;
        this.site = site;
    }

    @GetMapping("/{section:[^.]+}/{slug:[^.]+}/cite.{format}")
    ResponseEntity<String> cite(@PathVariable String section, @PathVariable String slug, @PathVariable String format) {
        Publication p = publications.bySectionAndSlug(section, slug).filter(Publication::isPublic)
                .orElseThrow(() -> new NotFoundException("No publication " + section + "/" + slug));
        Citation c = Citation.of(p, site.origin(), site.siteName());
        return switch (format) {
            case "bib" -> download(CitationFormats.bibtex(c), "application/x-bibtex", slug + ".bib");
            case "ris" -> download(CitationFormats.ris(c), "application/x-research-info-systems", slug + ".ris");
            case "json" -> download(CitationFormats.cslJson(c), "application/vnd.citationstyles.csl+json",
                    slug + ".json");
            default -> throw new NotFoundException("No citation format " + format);
        };
    }

    private static ResponseEntity<String> download(String body, String type, String filename) {
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.parseMediaType(type), StandardCharsets.UTF_8))
                .header("Content-Disposition", ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8)
                        .build().toString())
                .body(body);
    }
}
