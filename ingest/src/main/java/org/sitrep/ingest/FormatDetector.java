package org.sitrep.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Decides a file's format from its content first and its name second: a PDF named {@code .txt} is still a PDF,
 * and a binary file is refused whatever its name.
 */
public final class FormatDetector {

    /** Share of control bytes above which a file that is no known binary format counts as binary. */
    private static final double MAX_CONTROL_SHARE = 0.01;

    public Format detect(Path file, byte[] bytes) throws BadInputException {
        if (startsWith(bytes, "%PDF-")) {
            return Format.PDF;
        }
        if (startsWith(bytes, "PK\u0003\u0004")) {
            if (zipHasEntry(bytes, "word/document.xml")) {
                return Format.DOCX;
            }
            throw new BadInputException(file, 0, "a ZIP archive that is not a Word .docx document; unpack it first");
        }
        int nul = indexOf(bytes, (byte) 0);
        boolean utf16 = startsWith(bytes, "\u00fe\u00ff") || startsWith(bytes, "\u00ff\u00fe");
        if (!utf16 && (nul >= 0 || controlShare(bytes) > MAX_CONTROL_SHARE)) {
            int at = nul >= 0 ? nul : firstControl(bytes);
            throw new BadInputException(file, lineOf(bytes, at),
                    "binary content (byte 0x%02x at offset %d); Sitrep reads text, Markdown, HTML, PDF and .docx"
                            .formatted(bytes[at] & 0xff, at));
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return Format.MARKDOWN;
        }
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml") || looksLikeHtml(bytes)) {
            return Format.HTML;
        }
        return Format.TEXT;
    }

    private static boolean looksLikeHtml(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1)
                .stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("\u00ef\u00bb\u00bf")) {
            head = head.substring(3).stripLeading();
        }
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml") && head.contains("<html");
    }

    private static boolean startsWith(byte[] bytes, String prefix) {
        if (bytes.length < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if ((bytes[i] & 0xff) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean zipHasEntry(byte[] bytes, String wanted) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals(wanted)) {
                    return true;
                }
            }
        } catch (IOException e) {
            return false;
        }
        return false;
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isControl(byte b) {
        int c = b & 0xff;
        return c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' || c == 0x7f;
    }

    private static double controlShare(byte[] bytes) {
        if (bytes.length == 0) {
            return 0;
        }
        int n = 0;
        for (byte b : bytes) {
            if (isControl(b)) {
                n++;
            }
        }
        return (double) n / bytes.length;
    }

    private static int firstControl(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (isControl(bytes[i])) {
                return i;
            }
        }
        return 0;
    }

    /** 1-based line number of byte offset {@code at}. */
    static int lineOf(byte[] bytes, int at) {
        int line = 1;
        for (int i = 0; i < at && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
