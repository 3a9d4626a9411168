package org.sitrep.ingest;

import java.util.List;

/** The outcome of one {@code ingest} run. */
public record IngestReport(List<FileOutcome> files) {

    public long count(FileOutcome.Status status) {
        return files.stream().filter(f -> f.status() == status).count();
    }

    public int articles() {
        return files.stream().mapToInt(FileOutcome::articles).sum();
    }

    public int newDocuments() {
        return files.stream().mapToInt(FileOutcome::newDocuments).sum();
    }

    public List<FileOutcome> failures() {
        return files.stream().filter(f -> f.status() == FileOutcome.Status.FAILED).toList();
    }

    public boolean ok() {
        return failures().isEmpty();
    }
}
