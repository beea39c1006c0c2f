package org.dossier.demo;

import java.util.ArrayList;
import java.util.List;
import org.dossier.demo.People.Person;

/** Markdown bodies for each kind of publication, assembled from the phrase banks by a {@link Writer}. */
final class Bodies {

    private Bodies() {
    }

    /** An in-body figure: the renderer turns an image alone in a paragraph, with a title, into a figure. */
    static String figure(Writer w, String url) {
        String caption = Writer.capitalize(w.subject) + " in " + w.region.name()
                + ", drawn as an abstract pattern from the institute's data. Illustration: Hanbridge Studio (CC BY 4.0)";
        return "![Abstract pattern illustrating " + w.subject + "](" + url + " \"" + caption + "\")";
    }

    static String quote(Writer w, Person speaker) {
        return "> " + w.next(Phrases.QUOTES) + "\n>\n> — " + speaker.name() + ", " + speaker.title();
    }

    /** Blog post or commentary: lead paragraph, headed sections, a quotation, a closing paragraph. */
    static String article(Writer w, String figureUrl, Person quoted, boolean longForm) {
        List<String> blocks = new ArrayList<>();
        blocks.add(w.paragraph(Phrases.OPENING, Phrases.ANALYSIS, Phrases.ANALYSIS));
        blocks.add(w.paragraph(Phrases.ANALYSIS, Phrases.EVIDENCE, Phrases.ANALYSIS));
        if (figureUrl != null) {
            blocks.add(figure(w, figureUrl));
        }
        int sections = longForm ? 4 : 3;
        for (int i = 0; i < sections; i++) {
            blocks.add("## " + w.next(Phrases.HEADINGS));
            blocks.add(w.paragraph(Phrases.ANALYSIS, Phrases.EVIDENCE, Phrases.ANALYSIS, Phrases.ANALYSIS));
            blocks.add(w.paragraph(Phrases.COUNTERPOINT, Phrases.ANALYSIS, Phrases.IMPLICATION));
            if (i == 0 && quoted != null) {
                blocks.add(quote(w, quoted));
            }
        }
        blocks.add(w.paragraph(Phrases.IMPLICATION, Phrases.CLOSING));
        return String.join("\n\n", blocks);
    }

    /** A report: summary, findings, analysis, recommendations; the same text goes into its PDF. */
    static List<String> reportParagraphs(Writer w) {
        return List.of(w.paragraph(Phrases.OPENING, Phrases.ANALYSIS, Phrases.EVIDENCE),
                w.paragraph(Phrases.ANALYSIS, Phrases.EVIDENCE, Phrases.ANALYSIS),
                w.paragraph(Phrases.COUNTERPOINT, Phrases.ANALYSIS, Phrases.IMPLICATION),
                w.paragraph(Phrases.EVIDENCE, Phrases.IMPLICATION, Phrases.CLOSING));
    }

    static String report(Writer w, List<String> paragraphs, List<String> recommendations, String figureUrl) {
        return "## Executive Summary\n\n" + paragraphs.get(0) + "\n\n## Key Findings\n\n"
                + "- " + w.next(Phrases.EVIDENCE) + "\n- " + w.next(Phrases.ANALYSIS) + "\n- "
                + w.next(Phrases.IMPLICATION) + "\n\n" + figure(w, figureUrl) + "\n\n## Analysis\n\n"
                + paragraphs.get(1) + "\n\n" + paragraphs.get(2) + "\n\n## Recommendations\n\n"
                + String.join("\n", recommendations.stream().map(r -> "1. " + r).toList())
                + "\n\n## Conclusion\n\n" + paragraphs.get(3)
                + "\n\nThe full report, with data tables and sources, is available as a PDF below.";
    }

    static String event(Writer w, List<Person> speakers, String when, String location) {
        StringBuilder s = new StringBuilder();
        s.append("Join the Hanbridge Institute for a discussion of ").append(w.subject)
                .append(" and what the debate over ").append(w.issue).append(" means for ")
                .append(w.region.inProse()).append(" and its partners. ")
                .append(w.next(Phrases.ANALYSIS)).append("\n\n## Speakers\n\n");
        for (Person p : speakers) {
            s.append("- ").append(p.link()).append(", ").append(p.title()).append('\n');
        }
        s.append("\n## Programme\n\n| Time (UTC) | Session |\n|---|---|\n")
                .append("| 14:00 | Welcome and opening remarks |\n| 14:10 | Panel discussion |\n")
                .append("| 15:00 | Questions from the audience |\n| 15:30 | Close |\n\n")
                .append("**When:** ").append(when).append("  \n**Where:** ").append(location)
                .append("\n\nThe event is on the record and open to the public. Registration is free; seating is"
                        + " limited and allocated in order of registration.");
        return s.toString();
    }

    static String podcast(Writer w, Person host, Person guest, int minutes) {
        return "In this episode of *Hanbridge Dialogues*, " + host.link() + " speaks with " + guest.link()
                + " about " + w.subject + " and the state of " + w.issue + " in " + w.region.name() + ". "
                + w.next(Phrases.ANALYSIS) + "\n\n## In this episode\n\n- " + w.next(Phrases.OPENING) + "\n- "
                + w.next(Phrases.ANALYSIS) + "\n- " + w.next(Phrases.IMPLICATION) + "\n\n" + quote(w, guest)
                + "\n\n*Running time: " + minutes + " minutes. Hanbridge Dialogues is produced by the institute's"
                + " communications team; the views of guests are their own.*";
    }

    static String pressRelease(Writer w, String dateline, String lead, Person president) {
        return "**" + dateline + "** — " + lead + " The announcement is part of the institute's work on "
                + w.subject + " and its programme on " + w.region.inProse() + ".\n\n"
                + "> The questions around " + w.subject + " will not wait for a quieter moment. Our job is to"
                + " bring evidence and clear thinking to them.\n>\n> — " + president.name() + ", "
                + president.title() + "\n\n### About the Hanbridge Institute\n\n"
                + "The Hanbridge Institute is an independent, non-partisan research institute devoted to Korea,"
                + " Northeast Asia and the Pacific. It publishes research and commentary, hosts public events and"
                + " convenes dialogues between policy makers and scholars. *Media contact:* press@hanbridge.example";
    }
}
