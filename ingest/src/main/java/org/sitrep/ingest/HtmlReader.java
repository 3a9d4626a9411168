package org.sitrep.ingest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.sitrep.model.DocDate;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;

/**
 * HTML: the main text only. Scripts, styles, navigation, headers, footers, forms and embedded objects are dropped,
 * the article (or main) element is preferred over the whole body, and block elements become paragraphs.
 * Nothing in the page is ever executed or fetched.
 */
final class HtmlReader implements DocumentReader {

    private static final String BOILERPLATE = "script, style, noscript, template, iframe, object, embed, svg, canvas,"
            + " nav, header, footer, aside, form, button, select, input, textarea, link, meta, [hidden],"
            + " [aria-hidden=true], .nav, .navbar, .menu, .sidebar, .footer, .header, .share, .comments, .advert, .ad";
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4",
            "h5", "h6", "li", "ul", "ol", "blockquote", "pre", "table", "tr", "br", "hr", "figcaption", "dd", "dt",
            "address", "time");

    private final TextDecoder decoder;

    HtmlReader(TextDecoder decoder) {
        this.decoder = decoder;
    }

    @Override
    public ExtractedText read(Path file, byte[] bytes) throws BadInputException {
        org.jsoup.nodes.Document page = Jsoup.parse(decoder.decode(file, bytes));
        String title = firstText(page.select("article h1, main h1, h1"));
        if (title == null) {
            title = page.title().isBlank() ? null : page.title().strip();
        }
        DocDate date = pageDate(page);
        page.select(BOILERPLATE).remove();
        Element main = page.select("article").stream().max(Comparator.comparingInt(e -> e.text().length()))
                .orElse(page.selectFirst("main"));
        if (main == null) {
            main = page.body();
        }
        return new ExtractedText(blockText(main), title, date);
    }

    private static String firstText(Elements elements) {
        for (Element e : elements) {
            String t = e.text().strip();
            if (!t.isEmpty()) {
                return t;
            }
        }
        return null;
    }

    private static DocDate pageDate(org.jsoup.nodes.Document page) {
        for (Element e : page.select("meta[property=article:published_time], meta[name=date], meta[name=pubdate],"
                + " meta[itemprop=datePublished], time[datetime]")) {
            String raw = e.hasAttr("content") ? e.attr("content") : e.attr("datetime");
            var found = DateFinder.parseWhole(raw.length() >= 10 ? raw.substring(0, 10) : raw);
            if (found != null) {
                return found;
            }
        }
        return DocDate.UNKNOWN;
    }

    /** Text with a blank line between blocks and single spaces inside them. */
    static String blockText(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = t.getWholeText().replaceAll("\\s+", " ");
                    if (out.isEmpty() || out.charAt(out.length() - 1) == '\n') {
                        s = s.stripLeading();
                    }
                    out.append(s);
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    breakParagraph(out);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    breakParagraph(out);
                }
            }
        }, root);
        return out.toString().strip();
    }

    private static void breakParagraph(StringBuilder out) {
        while (!out.isEmpty() && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
        if (out.isEmpty() || out.toString().endsWith("\n\n")) {
            return;
        }
        out.append(out.charAt(out.length() - 1) == '\n' ? "\n" : "\n\n");
    }
}
