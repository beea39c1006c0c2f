package org.dossier.mail;

import java.util.Arrays;

/**
 * The personal part of a prepared mail (its headers after Message-ID and both encoded bodies) with
 * the places where the reader's token goes: {@code at[j]} is the offset of token byte
 * {@code j % tokenLength}. Writing a copy is then a copy of bytes with the token dropped in, instead
 * of replacing the token in the texts and encoding them again for every reader.
 *
 * <p>Valid for tokens of one length whose every byte quoted-printable writes as itself
 * ({@link #fits}); signed-link tokens are such (base-36 numbers, dots and base64url).
 */
final class Splice {

    private final byte[] bytes;
    private final int[] at;
    private final int tokenLength;

    Splice(byte[] bytes, int[] at, int tokenLength) {
        this.bytes = bytes;
        this.at = at;
        this.tokenLength = tokenLength;
    }

    /** True if {@code token} can be dropped into a splice prepared for tokens of its length. */
    static boolean fits(String token) {
        if (token.isEmpty()) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            if (!BodyEncoding.literal(token.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Appends this part with {@code token} (of the prepared length) in its places. */
    void writeTo(Wire wire, String token) {
        if (at.length == 0) {
            wire.write(bytes);
            return;
        }
        if (token.length() != tokenLength) {
            throw new IllegalArgumentException("Token of length " + token.length() + ", prepared for " + tokenLength);
        }
        int from = 0;
        for (int j = 0; j < at.length; j++) {
            int to = at[j];
            wire.write(bytes, from, to - from);
            wire.write(token.charAt(j % tokenLength));
            from = to + 1;
        }
        wire.write(bytes, from, bytes.length - from);
    }

    /** Growable list of offsets, for building a splice. */
    static final class Offsets {
        private int[] values = new int[16];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
