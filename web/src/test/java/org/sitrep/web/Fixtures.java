package org.sitrep.web;

import org.sitrep.model.DocDate;
import org.sitrep.model.Document;
import org.sitrep.model.Link;
import org.sitrep.model.Provenance;
import org.sitrep.model.Span;
import org.sitrep.model.Statement;
import org.sitrep.store.DocumentSource;
import org.sitrep.store.EvidenceStore;
import org.sitrep.store.SourceFile;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A workspace holding a document written to attack the pages that show it. */
final class Fixtures {

    static final String HOSTILE_TITLE = "Hesco <img src=x onerror=\"document.title='pwned'\"> report";
    static final String HOSTILE_TEXT = "Hesco built the plant.<script>window.pwned = 1; document.title = 'pwned';</script>\n\n"
            + "Click <a href=\"javascript:window.pwned=2\">here</a> or <iframe src=\"javascript:1\"></iframe> for more.\n\n"
            + "The owner, George Haswani, denied the accusation.";

    private Fixtures() {
    }

    static Document storeHostileDocument(EvidenceStore store) {
        Document doc = Document.of(HOSTILE_TITLE, DocDate.fromText(LocalDate.of(2016, 3, 4), DocDate.Precision.DAY),
                "text/plain", HOSTILE_TEXT);
        store.inTransaction(tx -> {
            tx.insertSourceFile(new SourceFile("/reports/hostile.txt", "0".repeat(64), 1, "text/plain", 1), "test",
                    Instant.EPOCH);
            tx.insertDocumentIfAbsent(doc, "test", Instant.EPOCH);
            tx.insertDocumentSource(new DocumentSource("/reports/hostile.txt", 0, doc.id(), 0));
            return null;
        });
        return doc;
    }

    static final String HOSTILE_ENTITY = "hostile-entity";
    static final String HOSTILE_NAME = "<img src=x onerror=\"window.pwned=3\">Hesco";

    /** Two entities from the hostile document, one with a name made of markup, linked by a span of it. */
    static void storeHostileEntities(EvidenceStore store, Document doc) {
        String text = doc.text();
        int hesco = text.codePointCount(0, text.indexOf("Hesco"));
        int george = text.codePointCount(0, text.indexOf("George Haswani"));
        Span hescoSpan = Span.of(text, hesco, hesco + 5);
        Span georgeSpan = Span.of(text, george, george + "George Haswani".length());
        store.inTransaction(tx -> {
            tx.ensureEntity(HOSTILE_ENTITY, "Company", HOSTILE_NAME, Instant.EPOCH);
            tx.ensureEntity("george", "Person", "George Haswani", Instant.EPOCH);
            tx.insertStatements(List.of(
                    new Statement(HOSTILE_ENTITY, "Company", "name", HOSTILE_NAME, "documents",
                            new Provenance.FromText(doc.id(), hescoSpan, "test", Instant.EPOCH)),
                    new Statement("george", "Person", "name", "George Haswani", "documents",
                            new Provenance.FromText(doc.id(), georgeSpan, "test", Instant.EPOCH))));
            tx.insertLinks(List.of(new Link("hostile-link", "ownership", "george", HOSTILE_ENTITY, "asserted", null,
                    new Provenance.FromText(doc.id(), Span.of(text, 0, text.codePointCount(0, text.indexOf('.'))), "test",
                            Instant.EPOCH))));
            return null;
        });
    }

    static final String[] PUBLISHERS = {"Harbour Gazette", "Upland Herald", "Coastal Bulletin"};

    /** A title ending in an unterminated right-to-left override, as a badly pasted headline can. */
    static final String RLO_TITLE = "Ceasefire talks resume \u202Eat the border";
    static final String LONG_WORD = "Reconstructionfundingcommitteeannouncement".repeat(6);

    /**
     * {@code n} short reports, one a day from 2016-01-01, by three publishers in turn (every seventh names none), and
     * one whose title carries an unterminated RLO and whose text holds a word too long for a phone's width.
     */
    static void storeReports(EvidenceStore store, int n) {
        store.inTransaction(tx -> {
            tx.insertSourceFile(new SourceFile("/reports/daily.txt", "1".repeat(64), 1, "text/plain", n + 1), "test",
                    Instant.EPOCH);
            for (int i = 0; i <= n; i++) {
                boolean odd = i == n;
                LocalDate day = LocalDate.of(2016, 1, 1).plusDays(i % 400);
                String title = odd ? RLO_TITLE : String.format("Daily report %03d from the river crossing", i);
                String text = odd ? "Mediators met again near the crossing. " + LONG_WORD + " was posted."
                        : "Report number " + i + " on the river crossing: traffic resumed at dawn.";
                Document d = Document.of(title, DocDate.fromText(day, DocDate.Precision.DAY), "text/plain", text);
                tx.insertDocumentIfAbsent(d, "test", Instant.EPOCH);
                tx.insertDocumentSource(new DocumentSource("/reports/daily.txt", i, d.id(), i * 100));
                String publisher = odd ? "Organization Monitor" : i % 7 == 6 ? null : PUBLISHERS[i % 3];
                tx.recordPublisher(d.id(), publisher, null, null);
            }
            return null;
        });
    }

    static final String DESCRIBED_PARTY = "described-forces";
    static final String DESCRIPTION = "the forces";
    static final String COUNCIL = "raqqa-council";

    /**
     * A party the hostile document only describes ("the forces"), linked to George Haswani, and a named party, the
     * Raqqa Council, reached from him only through it: hiding descriptions must hide both the party and that path.
     */
    static void storeDescribedParty(EvidenceStore store, Document doc) {
        String text = doc.text();
        Span sentence = Span.of(text, 0, text.codePointCount(0, text.indexOf('.')));
        store.inTransaction(tx -> {
            tx.ensureEntity(DESCRIBED_PARTY, "Organization", DESCRIPTION, Instant.EPOCH);
            tx.ensureEntity(COUNCIL, "Organization", "Raqqa Council", Instant.EPOCH);
            tx.insertLinks(List.of(
                    new Link("described-link", "associate", "george", DESCRIBED_PARTY, "asserted", null,
                            new Provenance.FromText(doc.id(), sentence, "test", Instant.EPOCH)),
                    new Link("council-link", "associate", DESCRIBED_PARTY, COUNCIL, "asserted", null,
                            new Provenance.FromText(doc.id(), sentence, "test", Instant.EPOCH))));
            return null;
        });
    }

    /** A multipart/form-data body with the files in field {@code file}. */
    static byte[] multipart(String boundary, List<String> names, List<byte[]> contents) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < names.size(); i++) {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                    + names.get(i) + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(contents.get(i));
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
