package org.dossier.publications;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One saved state of a publication: the complete input as it was saved, so restoring it is exact. */
public record Revision(long publicationId, int number, Instant savedAt, String savedBy, PublicationInput input) {

    /** The revision as lines of text (fields first, then the body), for showing differences. */
    public List<String> lines() {
        PublicationInput in = input;
        List<String> lines = new ArrayList<>();
        lines.add("Title: " + in.title());
        lines.add("Subtitle: " + nullToEmpty(in.subtitle()));
        lines.add("Slug: " + nullToEmpty(in.slug()));
        lines.add("Summary: " + nullToEmpty(in.summary()));
        lines.add("Section: " + in.sectionId() + ", type: " + in.typeId());
        lines.add("Authors: " + in.authorIds() + ", topics: " + in.topicIds() + ", regions: " + in.regionIds()
                + ", tags: " + in.tagIds());
        FeaturedImage image = in.image();
        lines.add("Image: " + (image == null ? "" : image.url() + " (" + image.alt() + ")"));
        lines.add("");
        lines.addAll(List.of((in.bodyMd() == null ? "" : in.bodyMd()).split("\n", -1)));
        return lines;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
