package org.sitrep.analysis.ceasefire;

import java.time.LocalDate;
import java.util.List;

/**
 * The violations one side reported for one day, merged over every document that repeats the figure.
 *
 * @param date        the day the violations happened
 * @param reporter    the side that counted them
 * @param accused     whom that side blames, over all its reports for the day
 * @param count       the number reported: the figure most sources give (the latest document's on a tie)
 * @param otherCounts different figures other sources attribute to the same side for the same day; empty when all agree
 * @param reports     every report behind the figure, each with its document and quote
 */
public record DailyTally(LocalDate date, Side reporter, List<Side> accused, int count, List<Integer> otherCounts,
                         List<ViolationReport> reports) {

    public DailyTally {
        accused = List.copyOf(accused);
        otherCounts = List.copyOf(otherCounts);
        reports = List.copyOf(reports);
    }
}
