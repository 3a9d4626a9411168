package org.sitrep.ingest;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Span;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PublisherDetectorTest {

    private final PublisherDetector detector = new PublisherDetector();

    @Test
    void readsTheCreditInAWireDateline() {
        String text = "Strikes hit town\n\nBEIRUT, Feb. 5, 2016 (Sitrep Wire) — Accounts of the bombardment diverged.";
        Optional<Span> found = detector.detect(text);
        assertThat(found).map(Span::text).contains("Sitrep Wire");
        assertThat(text.substring(found.get().start(), found.get().end())).isEqualTo("Sitrep Wire");
    }

    @Test
    void readsABylineUnderTheHeadline() {
        String text = "Hospital destroyed\n\nPublished: 2016-02-15\nLevant Monitor — Idlib correspondent\n\nA hospital was hit.";
        assertThat(detector.detect(text)).map(Span::text).contains("Levant Monitor");
    }

    @Test
    void readsASignOffOnTheLastLine() {
        assertThat(detector.detect("Title\n\nMANAMA, 12 February 2016 — Text.\n\nGulf Ledger — Manama bureau\n"))
                .map(Span::text).contains("Gulf Ledger");
        assertThat(detector.detect("Title\n\nMOSCOW, February 16, 2016 — Text here.\n\nEurasia Desk"))
                .map(Span::text).contains("Eurasia Desk");
        assertThat(detector.detect("Title\n\nGAZIANTEP, 5 February 2016 — Text.\n\nSyria Casualty Observatory — press office, Gaziantep"))
                .map(Span::text).contains("Syria Casualty Observatory");
    }

    @Test
    void readsTheMastheadOfACompilation() {
        assertThat(detector.detect("Levant Monitor — weekly digest\n\nTruce holds\n\nThe truce held.")).map(Span::text)
                .contains("Levant Monitor");
        String text = "\nGulf Ledger Weekly Digest, February 2016\n\nTitle\n\nText.";
        Optional<Span> found = detector.masthead(text);
        assertThat(found).map(Span::text).contains("Gulf Ledger");
        assertThat(text.substring(found.get().start(), found.get().end())).isEqualTo("Gulf Ledger");
        assertThat(detector.masthead("Digest of the week\n\nText.")).isEmpty();
        assertThat(detector.masthead("Syria truce holds on first day\n\nText.")).isEmpty();
    }

    @Test
    void findsNothingInPlainProse() {
        assertThat(detector.detect("Syria truce holds\n\nFeb. 28, 2016\n\nThe truce held on its first day.\n\nNone of them could be reached.")).isEmpty();
        assertThat(detector.detect("One line only")).isEmpty();
    }

    @Test
    void spansCountCodePoints() {
        String text = "𝐓itle\n\nBEIRUT, Feb. 5, 2016 (Sitrep Wire) — Text.";
        Span s = detector.detect(text).orElseThrow();
        assertThat(Span.of(text, s.start(), s.end()).text()).isEqualTo("Sitrep Wire");
    }
}
