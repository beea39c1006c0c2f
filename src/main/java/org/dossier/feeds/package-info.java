/**
 * Machine-readable doors to published content: RSS 2.0, Atom 1.0 and JSON Feed 1.1 for the site and for
 * each section, topic, region, tag, expert and type; the sitemap; robots.txt; iCalendar for events; and
 * citations (Chicago, APA, MLA, BibTeX, RIS, CSL-JSON, Highwire meta). Everything here reads published
 * publications only and answers conditional GETs itself (the page cache keeps HTML only).
 */
package org.dossier.feeds;
