package org.sitrep.web;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.sitrep.model.DocDate;
import org.sitrep.model.Document;
import org.sitrep.model.Hashing;
import org.sitrep.store.DocumentSource;
import org.sitrep.store.EvidenceStore;
import org.sitrep.store.SourceFile;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Grows a workspace to a desk's volume for {@code sitrep bench web}: the articles of a news CSV (columns
 * {@code title, text}) stored again and again, each copy on other dates and under other publishers, until the
 * workspace holds {@code count} more documents. They are stored as ingest stores them (document, source file, place
 * in the file, publisher), without extraction, which on two cores would take hours for tens of thousands: the list
 * pages that read documents see the full volume, the analyses see the facts already in the workspace.
 */
public final class BenchCorpus {

    /** Invented publisher names, so that the publisher filter and facet have a realistic number of values. */
    private static final String[] PUBLISHERS = {"Meridian Wire", "Northgate Press", "Harbour Gazette", "Upland Herald",
        "Coastal Bulletin", "Riverside Monitor", "Eastern Ledger", "Capital Dispatch", "Border Observer",
        "Frontier Times", "Delta Courier", "Summit Review"};

    private static final LocalDate FIRST_DAY = LocalDate.of(2014, 1, 1);
    private static final int DAYS = 4 * 365;

    private BenchCorpus() {
    }

    /** Adds {@code count} documents made from the articles of {@code csv}; returns how many were added. */
    public static int addDocuments(EvidenceStore store, Path csv, int count) {
        List<String[]> articles = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
                if (r.isMapped("title") && r.isMapped("text") && !r.get("text").isBlank()) {
                    articles.add(new String[] {r.get("title"), r.get("text")});
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (articles.isEmpty()) {
            throw new IllegalArgumentException(csv + " holds no articles (columns title, text)");
        }
        int added = 0;
        for (int copy = 0; added < count; copy++) {
            int from = added;
            int batch = Math.min(articles.size(), count - added);
            int c = copy;
            added += store.inTransaction(tx -> {
                String path = "/bench/" + csv.getFileName() + "#copy-" + c;
                tx.insertSourceFile(new SourceFile(path, Hashing.sha256(path), 0, "text/csv", batch), "bench-web",
                        Instant.EPOCH);
                int n = 0;
                for (int i = 0; i < batch; i++) {
                    String[] a = articles.get(i);
                    LocalDate day = FIRST_DAY.plusDays(((long) (from + i) * 7919) % DAYS);
                    // A line of its own makes each copy a different text, so that it is stored as a document of its own.
                    String text = a[1] + "\n\nFiled " + day + " (copy " + c + ").";
                    Document d = Document.of(a[0], DocDate.fromText(day, DocDate.Precision.DAY), "text/plain", text);
                    if (tx.insertDocumentIfAbsent(d, "bench-web", Instant.EPOCH)) {
                        tx.insertDocumentSource(new DocumentSource(path, i, d.id(), 0));
                        tx.recordPublisher(d.id(), PUBLISHERS[(i + c) % PUBLISHERS.length], null, null);
                        n++;
                    }
                }
                return n;
            });
            if (copy > count) {
                break; // the articles repeat one another: nothing new can be made
            }
        }
        return added;
    }
}
