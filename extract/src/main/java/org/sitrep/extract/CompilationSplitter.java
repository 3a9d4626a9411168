package org.sitrep.extract;

import org.sitrep.ingest.ArticleSplitter;
import org.sitrep.ingest.DateFinder;
import org.sitrep.model.CodePoints;
import org.sitrep.model.DocDate;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a file holding several articles (a compilation) into one {@link InputDocument} per article, using the
 * ingest module's article splitter so that extraction and ingestion agree on where articles start.
 */
public final class CompilationSplitter {

    private final ArticleSplitter splitter = new ArticleSplitter();

    /**
     * The articles of {@code text}. Each is named {@code id} (one article) or {@code id#n}; a {@code givenDate}
     * (may be null) overrides the dates found in the articles. An article whose text gives no date of its own takes
     * the date line the compilation opens with, if it opens with one (a blog post's date over the pieces it reposts).
     */
    public List<InputDocument> split(String id, String text, DocDate givenDate) {
        List<ArticleSplitter.Article> articles = splitter.split(text);
        List<InputDocument> docs = new ArrayList<>();
        if (articles.isEmpty()) {
            docs.add(new InputDocument(id, 0, null, text, givenDate));
            return docs;
        }
        DocDate heading = headingDate(text);
        for (int i = 0; i < articles.size(); i++) {
            ArticleSplitter.Article a = articles.get(i);
            String docId = articles.size() == 1 ? id : id + "#" + (i + 1);
            DocDate date = givenDate != null && givenDate.isKnown() ? givenDate
                    : a.date().isKnown() ? a.date()
                    : heading.isKnown() ? heading : ArticleSplitter.neighboursMonth(articles, i);
            docs.add(new InputDocument(docId, CodePoints.offsetOf(text, a.start()), a.title(),
                    text.substring(a.start(), a.end()), date));
        }
        return docs;
    }

    /**
     * The date the text of one document gives for itself (a date line in its title block or below what it quotes,
     * or a dateline), or {@link DocDate#UNKNOWN}: for inputs that come without a date and are never split.
     */
    public DocDate dateOf(String text) {
        return splitter.whole(text).date();
    }

    /** The date of the text's first line when that line is a date and nothing else, else unknown. */
    private static DocDate headingDate(String text) {
        for (String line : text.split("\n", 20)) {
            if (!line.isBlank()) {
                DocDate d = DateFinder.parseWhole(line);
                return d == null ? DocDate.UNKNOWN : d;
            }
        }
        return DocDate.UNKNOWN;
    }
}
