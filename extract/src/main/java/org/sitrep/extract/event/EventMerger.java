package org.sitrep.extract.event;

import org.sitrep.extract.DocumentContext;
import org.sitrep.extract.Event;
import org.sitrep.extract.EventDate;
import org.sitrep.extract.EventType;
import org.sitrep.extract.ExtractionStage;
import org.sitrep.extract.Fatalities;
import org.sitrep.extract.Location;
import org.sitrep.extract.Modality;
import org.sitrep.model.Span;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One event per occurrence in a document: a later sentence that tells of an event already found (same kind of
 * event, no place, day or time frame that contradicts it) becomes one of its mentions, not a new event. The event
 * keeps the most specific place and date any of its mentions gives, the highest toll, and every participant.
 */
public final class EventMerger implements ExtractionStage {

    private static final List<String> PLACE_PRECISION = List.of("unknown", "country", "province", "district", "town",
            "exact");
    private static final List<String> DATE_PRECISION = List.of("unknown", "year", "month", "week", "day");

    /**
     * Proceedings and measures whose identity is whom they are against: two of them against nobody in common are
     * two occurrences, however the rest of their fields agree.
     */
    private static final Set<EventType> AGAINST_SOMEONE = Set.of(EventType.ARRESTS, EventType.CHARGE,
            EventType.TRIAL, EventType.VERDICT, EventType.SANCTION, EventType.SEIZURE);

    /**
     * The ACLED type of explosions and remote violence: "the rocket was brought down near the airport" tells more of
     * a rocket intercepted (a disrupted use of weapons) as well as of one that struck.
     */
    private static final String REMOTE_VIOLENCE = EventType.SUICIDE_BOMB.type();

    /** Changes of who holds ground: their further mentions name the taking, not an attack or a battle. */
    private static final Set<EventType> TERRITORY = Set.of(EventType.GOVERNMENT_REGAINS_TERRITORY,
            EventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, EventType.NON_VIOLENT_TRANSFER);

    /** Marks an event found in a sentence that only adds to an occurrence already told: it is merged or dropped. */
    private static final String FOLLOW_UP = "follow-up-only";

    /**
     * Marks a further mention that, if the document tells its occurrence nowhere else, is that occurrence ("two
     * passengers were wounded in the attack" after an arrest over the stabbing).
     */
    private static final String OR_OCCURRENCE = "follow-up-or-occurrence";

    /** The event as a further mention only: the merger joins it to the occurrence it adds to, or drops it. */
    static Event asFollowUp(Event e) {
        return tagged(e, FOLLOW_UP);
    }

    /** The event as a further mention, kept as an occurrence of its own when the merger finds none it adds to. */
    static Event asFollowUpOrOccurrence(Event e) {
        return tagged(tagged(e, FOLLOW_UP), OR_OCCURRENCE);
    }

    private static Event tagged(Event e, String tag) {
        List<String> tags = new ArrayList<>(e.tags());
        tags.add(tag);
        return e.withTags(tags);
    }

    private static Event untagged(Event e) {
        return e.withTags(e.tags().stream().filter(t -> !t.equals(FOLLOW_UP) && !t.equals(OR_OCCURRENCE)).toList());
    }

    @Override
    public void process(DocumentContext doc) {
        List<Event> merged = oneEventPerOccurrence(doc.events());
        doc.events().clear();
        for (Event e : merged) {
            doc.events().add(e.withId("v" + (doc.events().size() + 1)));
        }
    }

    /** A document's events in reading order, each occurrence once, with its further mentions joined to it. */
    static List<Event> oneEventPerOccurrence(List<Event> events) {
        List<Event> merged = new ArrayList<>();
        List<Event> followUps = new ArrayList<>();
        for (Event e : events) {
            if (e.tags().contains(FOLLOW_UP)) {
                followUps.add(e);
                continue;
            }
            int same = -1;
            for (int i = merged.size() - 1; i >= 0; i--) {
                if (sameOccurrence(merged.get(i), e)) {
                    same = i;
                    break;
                }
            }
            if (same >= 0) {
                merged.set(same, merge(merged.get(same), e));
            } else {
                merged.add(e);
            }
        }
        // A further mention may come before the sentence that tells the occurrence (a lead with the toll, then the
        // strike), so follow-ups join once every occurrence is known
        List<Event> unjoined = new ArrayList<>();
        for (Event f : followUps) {
            if (!joined(merged, f)) {
                if (f.tags().contains(OR_OCCURRENCE)) {
                    merged.add(untagged(f));
                } else {
                    unjoined.add(f);
                }
            }
        }
        // Where no sentence tells the occurrence, a mention that counts its victims stands for it ("the blast left
        // six dead"); mentions read before that one ("the explosion shook the market") join it once it stands
        unjoined.forEach(f -> joined(merged, f));
        merged.sort(Comparator.comparingInt(e -> e.evidence().start()));
        return merged;
    }

    /** Joins further mention {@code f} to the occurrence of {@code merged} it speaks of; false when there is none. */
    private static boolean joined(List<Event> merged, Event f) {
        int best = mentionedEvent(merged, f);
        if (best >= 0) {
            merged.set(best, merge(merged.get(best), f));
        }
        return best >= 0;
    }

    /**
     * The occurrence a further mention speaks of, or -1: one of the same sub-event type before one of its family
     * ("the blast" of a suicide bombing), before any violent one ("the attack" of a shelling); among those, the
     * nearest one told before the mention, else the nearest after it. A weapon intercepted or defused is of the
     * family of explosions for this. A taking of ground is not what "the attack" or
     * "the fighting" of another sub-type names. A place the gazetteer does not know ("blocks from the tower") tells
     * a mention apart from no occurrence: it may well lie in the town the occurrence names.
     */
    private static int mentionedEvent(List<Event> events, Event mention) {
        int best = -1;
        long bestRank = Long.MAX_VALUE;
        Event placed = mention.location() != null && mention.location().precision().equals("unknown")
                ? mention.withLocation(null) : mention;
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            int kin = e.type() == mention.type() ? 0 : e.type().type().equals(mention.type().type())
                    || e.type() == EventType.DISRUPTED_WEAPONS_USE && mention.type().type().equals(REMOTE_VIOLENCE) ? 1
                    : e.type().isViolent() && mention.type().isViolent() ? 2 : -1;
            if (kin > 0 && TERRITORY.contains(e.type())) {
                continue;
            }
            if (kin < 0 || !sameOccurrence(e, placed.withType(e.type()))) {
                continue;
            }
            long distance = mention.evidence().start() - (long) e.evidence().start();
            long rank = kin * 10_000_000_000L + (distance >= 0 ? distance : 5_000_000_000L - distance);
            if (rank < bestRank) {
                bestRank = rank;
                best = i;
            }
        }
        return best;
    }

    /**
     * Whether two events of one document can be one occurrence: the same sub-event type, and no place or day that
     * tells them apart. Tallies ("14 violations", "26 raids") are many occurrences and stay apart, as do background
     * and current events.
     */
    static boolean sameOccurrence(Event a, Event b) {
        if (a.type() != b.type() || a.count() != null || b.count() != null) {
            return false;
        }
        if ((a.modality() == Modality.HISTORICAL) != (b.modality() == Modality.HISTORICAL)) {
            return false;
        }
        if (AGAINST_SOMEONE.contains(a.type()) && !a.targets().isEmpty() && !b.targets().isEmpty()
                && a.targets().stream().noneMatch(b.targets()::contains)) {
            return false; // a charge against one man and a charge against three officers are two charges
        }
        return placesAgree(a.location(), b.location()) && datesAgree(a.date(), b.date());
    }

    private static boolean placesAgree(Location a, Location b) {
        if (a == null || b == null) {
            return true;
        }
        if (Objects.equals(a.entity(), b.entity()) || a.name().equalsIgnoreCase(b.name())) {
            return true;
        }
        // "in Syria" and "in Idlib": a country and a place inside it
        boolean oneIsCountry = a.precision().equals("country") || b.precision().equals("country");
        return oneIsCountry && a.country() != null && a.country().equals(b.country());
    }

    private static boolean datesAgree(EventDate a, EventDate b) {
        if (a.value() == null || b.value() == null) {
            return true;
        }
        // a date stands for its period: 2016-02-25 lies in 2016-02 and in 2016
        if (a.value().startsWith(b.value()) || b.value().startsWith(a.value())) {
            return true;
        }
        // the week before a report stands for an undated mention: it agrees with the days of that week only, not
        // with "in 2015" or last March
        EventDate week = a.precision().equals("week") ? a : b.precision().equals("week") ? b : null;
        EventDate other = week == a ? b : a;
        if (week == null || other.value().length() < 10 || week.value().length() < 10) {
            return false;
        }
        try {
            long days = ChronoUnit.DAYS.between(LocalDate.parse(other.value()), LocalDate.parse(week.value()));
            return other.precision().equals("week") || days >= 0 && days <= 7;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /**
     * The occurrence told by {@code first} with what {@code later} adds. Where the two mentions disagree on a
     * participant's side, the occurrence keeps its own reading: a further mention ("she was driving home when ...")
     * tells less of who did what to whom than the sentence that told the deed.
     */
    static Event merge(Event first, Event later) {
        Set<String> actors = new LinkedHashSet<>(first.actors());
        later.actors().stream().filter(a -> !first.targets().contains(a)).forEach(actors::add);
        Set<String> targets = new LinkedHashSet<>(first.targets());
        targets.addAll(later.targets());
        targets.removeAll(actors);
        Set<String> tags = new LinkedHashSet<>(first.tags());
        tags.addAll(later.tags());
        tags.remove(FOLLOW_UP);
        tags.remove(OR_OCCURRENCE);
        List<Span> mentions = new ArrayList<>(first.mentions());
        mentions.add(later.evidence());
        mentions.addAll(later.mentions());
        Location location = moreSpecific(first.location(), later.location());
        EventDate date = DATE_PRECISION.indexOf(later.date().precision())
                > DATE_PRECISION.indexOf(first.date().precision()) ? later.date() : first.date();
        return new Event(first.id(), first.type(), List.copyOf(actors), List.copyOf(targets), location, date,
                higher(first.fatalities(), later.fatalities()), first.count(), List.copyOf(tags), first.modality(),
                first.claim(), first.evidence(), mentions);
    }

    private static Location moreSpecific(Location a, Location b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return PLACE_PRECISION.indexOf(b.precision()) > PLACE_PRECISION.indexOf(a.precision()) ? b : a;
    }

    /** The toll a later report gives may be higher ("the toll rose to 15"); it never makes the dead fewer. */
    private static Fatalities higher(Fatalities a, Fatalities b) {
        if (a == null || a.best() == null) {
            return b != null ? b : a;
        }
        if (b == null || b.best() == null) {
            return a;
        }
        return b.best() > a.best() ? b : a;
    }
}
