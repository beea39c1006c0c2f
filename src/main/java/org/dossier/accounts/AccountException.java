package org.dossier.accounts;

/** An account operation was refused; the message says why in words a user understands. */
public class AccountException extends RuntimeException {

    public AccountException(String message) {
        super(message);
    }
}
