package org.sitrep.cli;

import picocli.CommandLine;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses human sizes such as {@code 500KB}, {@code 50MB}, {@code 1GB} or plain byte counts. */
final class Sizes {

    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([KMG]?)I?B?", Pattern.CASE_INSENSITIVE);

    private Sizes() {
    }

    static long parse(String text) {
        Matcher m = SIZE.matcher(text.strip());
        if (!m.matches()) {
            throw new CommandLine.TypeConversionException("not a size: '" + text + "' (try 500KB, 50MB, 1GB)");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2).toUpperCase(Locale.ROOT)) {
            case "K" -> n * 1024;
            case "M" -> n * 1024 * 1024;
            case "G" -> n * 1024 * 1024 * 1024;
            default -> n;
        };
    }
}
