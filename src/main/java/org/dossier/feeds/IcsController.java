package org.dossier.feeds;

import java.net.URI;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import org.dossier.publications.Publication;
import org.dossier.publications.PublicationRepository;
import org.dossier.system.DossierProperties;
import org.dossier.web.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;

/** {@code /events.ics} (upcoming events) and {@code /{section}/{slug}.ics} (one event). Published events only. */
@Controller
class IcsController {

    private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final PublicationRepository publications;
    private final FeedRepository repository;
    private final FeedsProperties settings;
    private final DossierProperties site;
    private final Clock clock;

    IcsController(PublicationRepository publications, FeedRepository repository, FeedsProperties settings,
                  DossierProperties site, Clock clock) {
        this.publications = publications;
        this.repository = repository;
        this.settings = settings;
        this.site = site;
        this.clock = clock;
    }

    @GetMapping("/events.ics")
    ResponseEntity<String> upcoming(WebRequest request) {
        List<Publication> events = publications.byIds(repository.upcomingEvents(clock.instant(), settings.upcoming()))
                .stream().filter(Publication::isPublic)
                .sorted(Comparator.comparing((Publication p) -> p.event().start())).toList();
        return respond(site.siteName() + " events", events, request);
    }

    @GetMapping("/{section:[^.]+}/{slug:[^.]+}.ics")
    ResponseEntity<String> one(@PathVariable String section, @PathVariable String slug, WebRequest request) {
        Publication p = publications.bySectionAndSlug(section, slug)
                .filter(Publication::isPublic).filter(e -> e.event() != null)
                .orElseThrow(() -> new NotFoundException("No event " + section + "/" + slug));
        return respond(p.title(), List.of(p), request);
    }

    private ResponseEntity<String> respond(String name, List<Publication> events, WebRequest request) {
        String host = URI.create(site.origin()).getHost();
        long modified = events.stream().map(Publication::updatedAt).max(Comparator.naturalOrder())
                .map(java.time.Instant::toEpochMilli).orElse(0L);
        return Rendered.of(Ics.calendar(name, host, site.origin(), events), CALENDAR, modified).respond(request);
    }
}
