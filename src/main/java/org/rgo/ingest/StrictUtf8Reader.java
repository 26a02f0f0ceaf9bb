package org.rgo.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 text without a leading byte order mark. Unlike {@link java.io.InputStreamReader}, which
 * silently turns bytes that are not UTF-8 into U+FFFD, it fails on the first such byte and says
 * where it is, so a Latin-1 export or a binary file is rejected instead of read as garbage.
 */
final class StrictUtf8Reader extends Reader {

    /** Bytes that are not UTF-8, found at {@code byteOffset} (0-based) of the input. */
    static final class NotUtf8Exception extends IOException {
        private final long byteOffset;

        NotUtf8Exception(long byteOffset, int firstByte) {
            super("byte 0x" + String.format("%02X", firstByte) + " at byte offset " + byteOffset + " is not UTF-8");
            this.byteOffset = byteOffset;
        }

        long byteOffset() {
            return byteOffset;
        }
    }

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes;
    /** Offset in the input of {@code bytes.array()[0]}. */
    private long bufferOffset;
    private boolean endOfInput;
    private boolean flushed;
    private boolean atStart = true;

    StrictUtf8Reader(InputStream in, int bufferBytes) {
        this.in = in;
        this.bytes = ByteBuffer.allocate(bufferBytes);
        this.bytes.flip();
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        int count;
        do {
            count = decodeInto(target, offset, length);
            if (count > 0 && atStart) {
                atStart = false;
                if (target[offset] == BYTE_ORDER_MARK) {
                    System.arraycopy(target, offset + 1, target, offset, count - 1);
                    count--;
                }
            }
        } while (count == 0);
        return count;
    }

    /** Decodes at least one char, or returns -1 at the end; never returns a partial error. */
    private int decodeInto(char[] target, int offset, int length) throws IOException {
        CharBuffer out = CharBuffer.wrap(target, offset, length);
        while (true) {
            CoderResult result = decoder.decode(bytes, out, endOfInput);
            if (result.isError()) {
                if (out.position() > offset) {
                    return out.position() - offset; // hand out the good text first; fail on the next call
                }
                throw new NotUtf8Exception(bufferOffset + bytes.position(), bytes.get(bytes.position()) & 0xFF);
            }
            if (result.isOverflow()) {
                return out.position() - offset;
            }
            if (endOfInput) {
                if (!flushed) {
                    decoder.flush(out);
                    flushed = true;
                }
                int count = out.position() - offset;
                return count > 0 ? count : -1;
            }
            if (out.position() > offset) {
                return out.position() - offset;
            }
            fill();
        }
    }

    private void fill() throws IOException {
        bufferOffset += bytes.position();
        bytes.compact();
        int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (read < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + read);
        }
        bytes.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
