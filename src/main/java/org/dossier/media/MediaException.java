package org.dossier.media;

/** An upload was refused; the message tells the uploader why. */
public class MediaException extends RuntimeException {

    public MediaException(String message) {
        super(message);
    }
}
