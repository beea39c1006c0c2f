package org.dossier.feeds;

import org.dossier.publications.Listing;

/** What a feed lists, its title and the page it belongs to. */
record FeedScope(Listing listing, String title, String description, String path) {
}
