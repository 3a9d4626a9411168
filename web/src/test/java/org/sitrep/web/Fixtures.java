package org.sitrep.web;

import org.sitrep.model.DocDate;
import org.sitrep.model.Document;
import org.sitrep.store.DocumentSource;
import org.sitrep.store.EvidenceStore;
import org.sitrep.store.SourceFile;

import java.time.Instant;
import java.time.LocalDate;

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
}
