package org.dossier.importer;

import java.time.Instant;
import java.util.List;

/** One line of a JSONL file after parsing and checking, before any name is turned into an id. */
record ImportLine(long lineNumber, String externalId, String title, String bodyMarkdown, Instant date,
                  List<String> authors, List<String> topics, List<String> regions, List<String> tags,
                  String summary, String section, String type, String status) {
}
