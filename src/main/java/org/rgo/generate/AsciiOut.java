package org.rgo.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A buffered ASCII writer that formats numbers straight into bytes: no String per field. */
final class AsciiOut implements AutoCloseable {

    private final OutputStream out;
    private final byte[] buffer = new byte[1 << 20];
    private final byte[] digits = new byte[20];
    private int used;

    AsciiOut(Path file) {
        try {
            this.out = Files.newOutputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    AsciiOut text(String text) {
        return bytes(bytes(text));
    }

    AsciiOut bytes(byte[] bytes) {
        if (used + bytes.length > buffer.length) {
            flush();
        }
        System.arraycopy(bytes, 0, buffer, used, bytes.length);
        used += bytes.length;
        return this;
    }

    AsciiOut comma() {
        return ascii(',');
    }

    AsciiOut newline() {
        return ascii('\n');
    }

    AsciiOut ascii(char c) {
        if (used == buffer.length) {
            flush();
        }
        buffer[used++] = (byte) c;
        return this;
    }

    AsciiOut number(long value) {
        if (value < 0) {
            ascii('-');
            value = -value;
        }
        int n = 0;
        do {
            digits[n++] = (byte) ('0' + value % 10);
            value /= 10;
        } while (value != 0);
        while (n > 0) {
            ascii((char) digits[--n]);
        }
        return this;
    }

    /** A non-negative amount of cents as a plain decimal with two places: 1234 → 12.34. */
    AsciiOut cents(long cents) {
        number(cents / 100).ascii('.');
        long fraction = cents % 100;
        return ascii((char) ('0' + fraction / 10)).ascii((char) ('0' + fraction % 10));
    }

    AsciiOut bool(boolean value) {
        return bytes(value ? TRUE : FALSE);
    }

    private static final byte[] TRUE = bytes("True");
    private static final byte[] FALSE = bytes("False");

    private void flush() {
        try {
            out.write(buffer, 0, used);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        used = 0;
    }

    @Override
    public void close() {
        flush();
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
