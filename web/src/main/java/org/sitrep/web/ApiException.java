package org.sitrep.web;

/** A request the API refuses, with the status to answer and a message safe to show. */
final class ApiException extends RuntimeException {

    private final int status;

    ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }
}
