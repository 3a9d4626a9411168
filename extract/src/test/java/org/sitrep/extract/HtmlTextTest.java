package org.sitrep.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Masking an HTML page keeps the article text at its offsets and blanks everything else. */
class HtmlTextTest {

    private static final String PAGE = """
            <!DOCTYPE html>
            <html><head><title>Page title</title><style>p { color: red; }</style>
            <script>var tracked = "Damascus";</script></head>
            <body><nav><a href="/">Home</a> Raqqa news</nav>
            <article><h1>Convoy reaches Madaya</h1>
            <p>An aid convoy reached <em>Madaya</em> on Monday &amp; left. 😀 Done.</p></article>
            <footer>&copy; 2016 Example Wire</footer></body></html>
            """;

    @Test
    void recognisesPagesOnly() {
        assertThat(HtmlText.looksLikeHtml(PAGE)).isTrue();
        assertThat(HtmlText.looksLikeHtml("  <html lang=en><body>x</body></html>")).isTrue();
        assertThat(HtmlText.looksLikeHtml("Plain report about <b> tags.")).isFalse();
    }

    @Test
    void keepsArticleTextAtItsCodePointOffsets() {
        String masked = HtmlText.mask(PAGE);
        assertThat(masked.codePointCount(0, masked.length())).isEqualTo(PAGE.codePointCount(0, PAGE.length()));
        assertThat(masked).contains("Convoy reaches Madaya").contains("An aid convoy reached").contains("😀 Done.");
        assertThat(masked).doesNotContain("Page title").doesNotContain("Damascus").doesNotContain("Raqqa")
                .doesNotContain("Example Wire").doesNotContain("<").doesNotContain("color");
        int at = masked.indexOf("An aid convoy");
        assertThat(PAGE.substring(at, at + 13)).isEqualTo("An aid convoy");
        // Headline and paragraph are separate blocks.
        String between = masked.substring(masked.indexOf("Madaya") + 6, at);
        assertThat(between).contains("\n\n").isBlank();
    }
}
