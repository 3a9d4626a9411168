package org.sitrep.ingest;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.sitrep.model.DocDate;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;

/** PDF: the text layer, in reading order, with the title and creation date from the document information. */
final class PdfReader implements DocumentReader {

    @Override
    public ExtractedText read(Path file, byte[] bytes) throws BadInputException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setParagraphEnd("\n");
            String text = stripper.getText(pdf).replace("\r\n", "\n");
            if (text.isBlank()) {
                throw new BadInputException(file, 0, "the PDF has no text layer (a scan?); run OCR on it first");
            }
            PDDocumentInformation info = pdf.getDocumentInformation();
            String title = info.getTitle() == null || info.getTitle().isBlank() ? null : info.getTitle().strip();
            DocDate date = info.getCreationDate() == null ? DocDate.UNKNOWN
                    : DocDate.fromText(info.getCreationDate().toInstant().atOffset(ZoneOffset.UTC).toLocalDate(),
                    DocDate.Precision.DAY);
            return new ExtractedText(text, title, date);
        } catch (InvalidPasswordException e) {
            throw new BadInputException(file, "the PDF is encrypted", e);
        } catch (IOException e) {
            throw new BadInputException(file, "not a readable PDF: " + e.getMessage(), e);
        }
    }
}
