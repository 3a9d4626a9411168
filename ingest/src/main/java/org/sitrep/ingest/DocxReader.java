package org.sitrep.ingest;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.sitrep.model.DocDate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;

/** Word .docx: body paragraphs, one per line block; title and creation date from the core properties. */
final class DocxReader implements DocumentReader {

    @Override
    public ExtractedText read(Path file, byte[] bytes) throws BadInputException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            StringBuilder out = new StringBuilder();
            for (XWPFParagraph p : doc.getParagraphs()) {
                String line = p.getText().strip();
                if (!line.isEmpty()) {
                    out.append(line).append("\n\n");
                }
            }
            POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
            String title = core.getTitle() == null || core.getTitle().isBlank() ? null : core.getTitle().strip();
            DocDate date = core.getCreated() == null ? DocDate.UNKNOWN
                    : DocDate.fromText(core.getCreated().toInstant().atOffset(ZoneOffset.UTC).toLocalDate(),
                    DocDate.Precision.DAY);
            return new ExtractedText(out.toString().strip(), title, date);
        } catch (IOException | RuntimeException e) {
            throw new BadInputException(file, "not a readable .docx document: " + e.getMessage(), e);
        }
    }
}
