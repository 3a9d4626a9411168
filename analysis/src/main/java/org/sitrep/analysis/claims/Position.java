package org.sitrep.analysis.claims;

import org.sitrep.analysis.Evidence;

/**
 * One source's position on a question: who says what, how, where it was published, and how far to trust it.
 *
 * @param claimId      the claim (null when the publisher states it in its own voice)
 * @param source       who takes the position, as the text names them (a spokesman, a ministry), else the publisher
 * @param stance       asserts, accuses, confirms, denies, disputes, or {@code unconfirmed} when a source says it cannot confirm
 * @param polarity     +1 for the proposition, -1 against it, 0 neither
 * @param hedged       whether it is put tentatively ("likely", "probably", "believed")
 * @param evidence     the claim's text (cue and content), with document and publisher
 * @param reliability  the publisher's grade (F when ungraded)
 * @param credibility  information credibility derived from corroboration
 */
public record Position(String claimId, String source, String stance, int polarity, boolean hedged, Evidence evidence,
                       Reliability reliability, Credibility credibility) {

    /** The Admiralty rating, e.g. {@code B2}. */
    public String rating() {
        return reliability.name() + credibility.grade();
    }

    Position graded(Reliability r, Credibility c) {
        return new Position(claimId, source, stance, polarity, hedged, evidence, r, c);
    }
}
