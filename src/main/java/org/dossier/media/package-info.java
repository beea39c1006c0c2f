/**
 * Uploaded media: images and PDF attachments. Files are recognised by their content, never their
 * name; images are decoded and re-encoded (which drops EXIF and anything hidden after the pixels)
 * into width variants served with {@code srcset}; PDFs with active content are refused.
 */
package org.dossier.media;
