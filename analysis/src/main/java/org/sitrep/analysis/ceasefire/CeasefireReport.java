package org.sitrep.analysis.ceasefire;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything ceasefire monitoring knows for a period.
 *
 * @param from      first day asked for, or null for no lower bound
 * @param to        last day asked for, or null for no upper bound
 * @param daily     violations per day per reporting side, by day then side
 * @param totals    running totals a side gave over several days ("42 violations since the truce began")
 * @param uncounted reports of violations that give no single day's number
 * @param parties   whom the agreement covers and whom it excludes
 */
public record CeasefireReport(LocalDate from, LocalDate to, List<DailyTally> daily, List<ViolationReport> totals,
                              List<ViolationReport> uncounted, List<AgreementParty> parties) {

    public CeasefireReport {
        daily = List.copyOf(daily);
        totals = List.copyOf(totals);
        uncounted = List.copyOf(uncounted);
        parties = List.copyOf(parties);
    }

    /**
     * The series a chart draws: for each reporting side (by {@link Side#key()}, in order of first report), the
     * count per day.
     */
    public Map<Side, TreeMap<LocalDate, Integer>> perSide() {
        Map<String, Side> sides = new LinkedHashMap<>();
        Map<String, TreeMap<LocalDate, Integer>> series = new LinkedHashMap<>();
        for (DailyTally t : daily) {
            sides.putIfAbsent(t.reporter().key(), t.reporter());
            series.computeIfAbsent(t.reporter().key(), k -> new TreeMap<>()).put(t.date(), t.count());
        }
        Map<Side, TreeMap<LocalDate, Integer>> out = new LinkedHashMap<>();
        series.forEach((key, days) -> out.put(sides.get(key), days));
        return out;
    }

    /** The parties the agreement treats in {@code role}. */
    public List<AgreementParty> parties(AgreementParty.Role role) {
        List<AgreementParty> out = new ArrayList<>();
        for (AgreementParty p : parties) {
            if (p.role() == role) {
                out.add(p);
            }
        }
        return out;
    }
}
