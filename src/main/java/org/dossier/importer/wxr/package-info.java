/**
 * WordPress export (WXR 1.0–1.2, wordpress.org and wordpress.com flavours) import. A streaming StAX
 * reader that refuses DTDs (no XXE, no entity expansion) feeds two passes: the first checks the whole
 * file and collects the small things (authors, terms, attachments, counts), the second maps items to
 * publications and writes them in one transaction, so a bad file or a failure writes nothing. Each item
 * remembers a hash of what it was imported as, so importing the same file again changes nothing.
 */
package org.dossier.importer.wxr;
