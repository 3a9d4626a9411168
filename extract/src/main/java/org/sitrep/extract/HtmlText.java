package org.sitrep.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;

/**
 * The readable text of an HTML page laid over the page itself: markup, scripts, styles, navigation and footers are
 * blanked out and block boundaries become blank lines, while every kept character stays at its code-point offset.
 * Extracting from the masked text therefore gives offsets into the HTML exactly as given, which the contract asks
 * for; span texts must then be read from the original page ({@code json.ExtractionJson#line(DocumentExtraction, String)}).
 */
public final class HtmlText {

    private static final String BOILERPLATE = "script, style, noscript, template, iframe, object, embed, svg, canvas,"
            + " nav, header, footer, aside, form, button, select, input, textarea, [hidden], [aria-hidden=true],"
            + " .nav, .navbar, .menu, .sidebar, .footer, .header, .share, .newsletter, .comments, .advert, .ad";
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3",
            "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "pre", "table", "tr", "td", "th", "br", "hr",
            "figcaption", "dd", "dt", "address", "time", "header", "title");

    private HtmlText() {
    }

    /** Whether {@code text} is an HTML page rather than plain text. */
    public static boolean looksLikeHtml(String text) {
        String head = text.stripLeading();
        head = head.substring(0, Math.min(head.length(), 64)).toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml")
                && text.contains("<html");
    }

    /**
     * {@code html} with everything but the main text replaced by spaces (blank lines at block boundaries). The
     * result has as many code points as {@code html}, and each kept code point at the same code-point offset.
     */
    public static String mask(String html) {
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        org.jsoup.nodes.Document page = Jsoup.parse(html, "", parser);
        Element main = page.select("article").stream().max(Comparator.comparingInt(e -> e.text().length()))
                .orElse(page.selectFirst("main"));
        if (main == null) {
            main = page.body();
        }
        IdentityHashMap<Node, Boolean> dropped = new IdentityHashMap<>();
        main.select(BOILERPLATE).forEach(e -> dropped.put(e, true));
        boolean[] keep = new boolean[html.length()];
        boolean[] breakAt = new boolean[html.length() + 1];
        NodeTraversor.traverse(new NodeVisitor() {
            int skipDepth = -1;

            @Override
            public void head(Node node, int depth) {
                if (skipDepth >= 0) {
                    return;
                }
                if (dropped.containsKey(node)) {
                    skipDepth = depth;
                    return;
                }
                if (node instanceof TextNode t) {
                    Range r = t.sourceRange();
                    if (r.isTracked()) {
                        for (int i = r.startPos(); i < Math.min(r.endPos(), keep.length); i++) {
                            keep[i] = true;
                        }
                    }
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    Range r = e.sourceRange();
                    if (r.isTracked()) {
                        breakAt[r.startPos()] = true;
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (skipDepth >= 0) {
                    if (depth == skipDepth) {
                        skipDepth = -1;
                    }
                    return;
                }
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    Range r = e.endSourceRange();
                    if (r.isTracked()) {
                        breakAt[r.startPos()] = true;
                    }
                }
            }
        }, main);
        StringBuilder out = new StringBuilder(html.length());
        int pendingBreaks = 0;
        for (int i = 0; i < html.length(); ) {
            int cp = html.codePointAt(i);
            int n = Character.charCount(cp);
            if (breakAt[i]) {
                pendingBreaks = 2;
            }
            if (keep[i]) {
                out.appendCodePoint(cp);
            } else if (pendingBreaks > 0) {
                // A tag is at least three code points long, so both newlines fit inside the markup they replace.
                out.append('\n');
                pendingBreaks--;
            } else {
                out.append(cp == '\n' ? '\n' : ' ');
            }
            i += n;
        }
        return out.toString();
    }
}
