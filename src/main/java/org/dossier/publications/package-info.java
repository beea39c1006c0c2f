/**
 * The content model's heart: publications, how they are written (drafts, scheduling, publishing,
 * withdrawal) and the public pages that show them (home, sections, articles, expert and term
 * pages). Other features react to its {@link org.dossier.publications.PublicationChanged} events;
 * it imports none of them.
 */
package org.dossier.publications;
