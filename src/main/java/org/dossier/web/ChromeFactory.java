package org.dossier.web;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.dossier.system.DossierProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Builds the layout's {@link Chrome}, once per content change rather than once per request. */
@Component
public class ChromeFactory {

    private final DossierProperties properties;
    private final SiteNavigation navigation;
    private final IndexSize indexSize;
    private final AtomicReference<Built> current = new AtomicReference<>();
    /** Bumped on every change; layout data built in an older generation is built again (see PageCache). */
    private final AtomicLong generation = new AtomicLong();

    ChromeFactory(DossierProperties properties, SiteNavigation navigation, IndexSize indexSize) {
        this.properties = properties;
        this.navigation = navigation;
        this.indexSize = indexSize;
    }

    /** The current layout data. */
    public Chrome chrome() {
        long now = generation.get();
        Built built = current.get();
        if (built == null || built.generation() != now) {
            built = new Built(now, new Chrome(properties.siteName(), properties.tagline(),
                    List.copyOf(navigation.sections()), indexSize.publications()));
            current.set(built);
        }
        return built.chrome();
    }

    /** Absolute URL for a site path. */
    public String absolute(String path) {
        return properties.origin() + path;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void contentChanged(PublicContentChange change) {
        generation.incrementAndGet();
    }

    private record Built(long generation, Chrome chrome) {
    }
}
