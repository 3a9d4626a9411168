package org.sitrep.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Query parameters, checked: a bad one is a 400 with a message saying which, never a stack trace. */
final class Params {

    private static final int MAX_LENGTH = 1000;

    private Params() {
    }

    static String required(Context ctx, String name) {
        String value = optional(ctx, name);
        if (value == null) {
            throw new ApiException(HttpStatus.BAD_REQUEST.getCode(), "give ?" + name + "=...");
        }
        return value;
    }

    /** The parameter, stripped; null when absent or blank. */
    static String optional(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_LENGTH) {
            throw new ApiException(HttpStatus.BAD_REQUEST.getCode(), name + " is too long");
        }
        return value.strip();
    }

    static int limit(Context ctx, int fallback, int max) {
        return Math.max(1, Math.min(max, integer(ctx, "limit", fallback)));
    }

    static int integer(Context ctx, String name, int fallback) {
        String value = optional(ctx, name);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST.getCode(), name + " must be a whole number");
        }
    }

    static LocalDate date(Context ctx, String name) {
        String value = optional(ctx, name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST.getCode(), name + " must be a date YYYY-MM-DD");
        }
    }

    /** A yes/no parameter: {@code 1} or {@code true} is yes, {@code 0}, {@code false} or nothing is no. */
    static boolean flag(Context ctx, String name) {
        String value = optional(ctx, name);
        if (value == null || value.equals("0") || value.equals("false")) {
            return false;
        }
        if (value.equals("1") || value.equals("true")) {
            return true;
        }
        throw new ApiException(HttpStatus.BAD_REQUEST.getCode(), name + " must be 1 or 0");
    }
}
