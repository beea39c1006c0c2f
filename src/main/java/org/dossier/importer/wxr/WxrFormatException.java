package org.dossier.importer.wxr;

/** The file is not a readable WordPress export; the message says where and why. */
public class WxrFormatException extends RuntimeException {

    public WxrFormatException(String message) {
        super(message);
    }

    public WxrFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
