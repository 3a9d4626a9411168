package org.sitrep.analysis.ceasefire;

import org.sitrep.analysis.Evidence;

import java.time.LocalDate;
import java.util.List;

/**
 * One source's report of ceasefire violations ("the centre registered 15 violations by armed opposition groups on
 * Feb. 28"), drawn from an extracted event tagged as a ceasefire violation or counted in a sentence about violations.
 *
 * @param eventId   the event in the store, or null when the report was read from a sentence no event covers
 * @param date      the day the violations happened, or null when the text does not say
 * @param precision how exact {@code date} is: {@code day}, {@code week}, {@code month}, {@code year}, {@code unknown}
 * @param reporter  who reports them: the claim's source, else the document's publisher
 * @param accused   whom the reporter blames; empty when the text names nobody
 * @param count     how many violations are reported, or null when the text gives no number
 * @param total     whether the count is a running total over several days rather than one day's count
 * @param claimId   the claim that carries the report, or null when the document states it itself
 * @param modality  how the document stands towards it (reported, alleged, asserted, ...)
 * @param evidence  the document and the sentence that says so
 */
public record ViolationReport(String eventId, LocalDate date, String precision, Side reporter, List<Side> accused,
                              Integer count, boolean total, String claimId, String modality, Evidence evidence) {

    public ViolationReport {
        accused = List.copyOf(accused);
    }

    /** Whether it gives one day's count: a number, an exact day, and not a running total. */
    public boolean isDailyCount() {
        return count != null && !total && date != null && "day".equals(precision);
    }
}
