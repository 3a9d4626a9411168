package org.sitrep.extract;

import org.junit.jupiter.api.Test;
import org.sitrep.model.DocDate;
import org.sitrep.model.Span;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where long documents are cut into windows, on texts made up for these tests; no models needed. */
class DocumentWindowsTest {

    private static List<InputDocument> cut(String text, int windowChars) {
        return new DocumentWindows(windowChars).cut(InputDocument.of("w", text, DocDate.UNKNOWN));
    }

    /** The windows put together are the text, none is longer than allowed, and each offset counts code points. */
    private static void coversExactly(String text, List<InputDocument> windows, int windowChars) {
        StringBuilder joined = new StringBuilder();
        for (InputDocument w : windows) {
            assertThat(w.text().length()).isBetween(1, windowChars);
            assertThat(w.offset()).isEqualTo(joined.codePointCount(0, joined.length()));
            int codePoints = w.text().codePointCount(0, w.text().length());
            assertThat(Span.of(text, w.offset(), w.offset() + codePoints).text()).isEqualTo(w.text());
            joined.append(w.text());
        }
        assertThat(joined.toString()).isEqualTo(text);
    }

    @Test
    void aShortDocumentIsOneWindow() {
        String text = "The ferry to Kos left late.\n\nIt carried forty passengers.";
        assertThat(new DocumentWindows(100).needsCutting(InputDocument.of("w", text, DocDate.UNKNOWN))).isFalse();
        assertThat(cut(text, text.length())).singleElement().satisfies(w -> {
            assertThat(w.text()).isEqualTo(text);
            assertThat(w.offset()).isZero();
        });
    }

    @Test
    void windowsEndAtBlankLinesWhenThereAreSome() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 30; i++) {
            text.append("Paragraph ").append(i).append(" tells of a convoy. It reached the depot at dawn.\n \n");
        }
        List<InputDocument> windows = cut(text.toString(), 300);
        assertThat(windows).hasSizeGreaterThan(3);
        coversExactly(text.toString(), windows, 300);
        windows.subList(0, windows.size() - 1).forEach(w -> assertThat(w.text()).endsWith("\n \n"));
        windows.subList(1, windows.size()).forEach(w -> assertThat(w.text()).startsWith("Paragraph "));
    }

    @Test
    void withoutBlankLinesWindowsEndAfterASentence() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 40; i++) {
            text.append("Sentence ").append(i).append(" says the bridge at Tal Afar was \"closed.\" ");
        }
        List<InputDocument> windows = cut(text.toString(), 250);
        coversExactly(text.toString(), windows, 250);
        windows.subList(0, windows.size() - 1).forEach(w -> assertThat(w.text()).endsWith(".\" "));
    }

    @Test
    void withoutBlankLinesOrFullStopsWindowsEndAtWhitespaceNeverInsideAWord() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 2_000; i++) {
            text.append(i % 7 == 0 ? "checkpoint" : "lorry").append(i).append(i % 11 == 0 ? "\n" : " ");
        }
        String s = text.toString();
        List<InputDocument> windows = cut(s, 333);
        assertThat(windows).hasSizeGreaterThan(20);
        coversExactly(s, windows, 333);
        for (InputDocument w : windows.subList(0, windows.size() - 1)) {
            assertThat(Character.isWhitespace(w.text().charAt(w.text().length() - 1))).isTrue();
        }
        windows.subList(1, windows.size()).forEach(w -> assertThat(Character.isLetter(w.text().charAt(0))).isTrue());
    }

    @Test
    void emojiAcrossACutStayWholeAndOffsetsCountThemOnce() {
        // No whitespace at all: the only cut left is at the window's size, which must not split a surrogate pair.
        String text = "a" + "\uD83D\uDE80".repeat(500) + "b";
        for (int size : new int[] {2, 7, 10, 101}) {
            List<InputDocument> windows = cut(text, size);
            coversExactly(text, windows, size);
            for (InputDocument w : windows) {
                assertThat(Character.isLowSurrogate(w.text().charAt(0))).isFalse();
                assertThat(Character.isHighSurrogate(w.text().charAt(w.text().length() - 1))).isFalse();
            }
        }
        // With spaces between the emoji the cut is at a space and the offsets still count code points.
        String spaced = "Convoy \uD83D\uDE9A\uD83D\uDE9A left Erbil ".repeat(50);
        List<InputDocument> windows = cut(spaced, 64);
        coversExactly(spaced, windows, 64);
        int secondStartsAt = windows.getFirst().text().length();
        assertThat(windows.get(1).offset()).isEqualTo(spaced.codePointCount(0, secondStartsAt))
                .isLessThan(secondStartsAt);
    }

    @Test
    void aWindowMustHoldASurrogatePair() {
        assertThatThrownBy(() -> new DocumentWindows(1)).isInstanceOf(IllegalArgumentException.class);
    }
}
