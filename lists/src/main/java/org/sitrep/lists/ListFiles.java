package org.sitrep.lists;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** Reading list files as text and hashing them; the checks every importer needs before parsing. */
final class ListFiles {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private ListFiles() {
    }

    /** The file's bytes; empty, unreadable and binary files are rejected with a clear message. */
    static byte[] bytes(Path file) throws ListFormatException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ListFormatException(file, 0, "cannot read: " + e.getMessage(), e);
        }
        if (bytes.length == 0 || (bytes.length == 1 && bytes[0] == 0x1A)) {
            throw new ListFormatException(file, 0, "empty file");
        }
        int probe = Math.min(bytes.length, 8192);
        for (int i = 0; i < probe; i++) {
            if (bytes[i] == 0) {
                throw new ListFormatException(file, 0, "binary file (NUL bytes), not a sanctions list");
            }
        }
        return bytes;
    }

    /**
     * The file's text: UTF-8 (a byte-order mark dropped), else Windows-1252, which older OFAC files use. The
     * end-of-file Ctrl-Z that OFAC appends is dropped too.
     */
    static String text(Path file) throws ListFormatException {
        return decode(bytes(file));
    }

    static String decode(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, WINDOWS_1252);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == '\u001A')) {
            end--;
        }
        return text.substring(0, end);
    }

    /** Hex SHA-256 of one file's bytes. */
    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    /**
     * Hex SHA-256 over several files in the given order. Each file's role and length go in before its bytes so that
     * moving bytes from one file to the next changes the hash.
     */
    static String sha256(List<String> roles, List<byte[]> contents) {
        MessageDigest digest = digest();
        for (int i = 0; i < contents.size(); i++) {
            digest.update((roles.get(i) + ":" + contents.get(i).length + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(contents.get(i));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
