package org.sitrep.ingest;

import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;

import java.nio.file.Path;

/** Markdown: rendered to plain text (markup dropped, headings kept as lines); the first heading is the title. */
final class MarkdownReader implements DocumentReader {

    private final TextDecoder decoder;
    private final Parser parser = Parser.builder().build();
    private final TextContentRenderer renderer = TextContentRenderer.builder().build();

    MarkdownReader(TextDecoder decoder) {
        this.decoder = decoder;
    }

    @Override
    public ExtractedText read(Path file, byte[] bytes) throws BadInputException {
        Node root = parser.parse(decoder.decode(file, bytes));
        String title = null;
        for (Node n = root.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h) {
                title = renderer.render(h).strip();
                break;
            }
        }
        return new ExtractedText(renderer.render(root).replaceAll("\n(?=\\S)", "\n\n").replaceAll("\n{3,}", "\n\n"),
                title, org.sitrep.model.DocDate.UNKNOWN);
    }
}
