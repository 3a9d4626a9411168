package org.sitrep.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Turns a text file's bytes into a string, strictly: UTF-8 (or UTF-16 with a byte-order mark) unless the user names
 * another encoding. Silently guessing would corrupt names, and names are what screening matches on.
 */
public final class TextDecoder {

    private final Charset declared;

    /** @param declared the encoding the user said the files are in, or null for UTF-8/UTF-16 with BOM */
    public TextDecoder(Charset declared) {
        this.declared = declared;
    }

    public String decode(Path file, byte[] bytes) throws BadInputException {
        Charset charset = declared;
        int skip = 0;
        if (charset == null) {
            if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
                charset = StandardCharsets.UTF_8;
                skip = 3;
            } else if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
                charset = StandardCharsets.UTF_16BE;
                skip = 2;
            } else if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
                charset = StandardCharsets.UTF_16LE;
                skip = 2;
            } else {
                charset = StandardCharsets.UTF_8;
            }
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer out = CharBuffer.allocate((int) (bytes.length * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            throw new BadInputException(file, FormatDetector.lineOf(bytes, at),
                    "not valid %s (byte 0x%02x at offset %d)%s; convert the file to UTF-8 or name its encoding with --encoding"
                            .formatted(charset.name(), bytes[at] & 0xff, at, guess(bytes)));
        }
        try {
            CoderResult flush = decoder.flush(out);
            if (flush.isError()) {
                flush.throwException();
            }
        } catch (CharacterCodingException e) {
            throw new BadInputException(file, "truncated " + charset.name() + " text at the end of the file", e);
        }
        out.flip();
        return out.toString();
    }

    private static String guess(byte[] bytes) {
        CharsetMatch match = new CharsetDetector().setText(bytes).detect();
        return match == null || match.getConfidence() < 30 ? "" : "; it looks like " + match.getName();
    }
}
