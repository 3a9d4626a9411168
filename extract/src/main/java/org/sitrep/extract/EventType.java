package org.sitrep.extract;

import java.util.Optional;

/**
 * ACLED's event types and sub-event types, spelled as ACLED spells them, plus Sitrep's "Economic and legal" type
 * for sanctions, trade, money and legal proceedings (an arrest stays ACLED's "Arrests"; the charge, trial and verdict
 * that may follow are Sitrep's).
 */
public enum EventType {
    ARMED_CLASH("Battles", "Armed clash"),
    GOVERNMENT_REGAINS_TERRITORY("Battles", "Government regains territory"),
    NON_STATE_ACTOR_OVERTAKES_TERRITORY("Battles", "Non-state actor overtakes territory"),
    CHEMICAL_WEAPON("Explosions/Remote violence", "Chemical weapon"),
    AIR_DRONE_STRIKE("Explosions/Remote violence", "Air/drone strike"),
    SUICIDE_BOMB("Explosions/Remote violence", "Suicide bomb"),
    SHELLING("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    REMOTE_EXPLOSIVE("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    GRENADE("Explosions/Remote violence", "Grenade"),
    SEXUAL_VIOLENCE("Violence against civilians", "Sexual violence"),
    ATTACK_ON_CIVILIANS("Violence against civilians", "Attack"),
    ABDUCTION("Violence against civilians", "Abduction/forced disappearance"),
    PEACEFUL_PROTEST("Protests", "Peaceful protest"),
    PROTEST_WITH_INTERVENTION("Protests", "Protest with intervention"),
    EXCESSIVE_FORCE_AGAINST_PROTESTERS("Protests", "Excessive force against protesters"),
    VIOLENT_DEMONSTRATION("Riots", "Violent demonstration"),
    MOB_VIOLENCE("Riots", "Mob violence"),
    AGREEMENT("Strategic developments", "Agreement"),
    ARRESTS("Strategic developments", "Arrests"),
    CHANGE_TO_GROUP("Strategic developments", "Change to group/activity"),
    DISRUPTED_WEAPONS_USE("Strategic developments", "Disrupted weapons use"),
    BASE_ESTABLISHED("Strategic developments", "Headquarters or base established"),
    LOOTING("Strategic developments", "Looting/property destruction"),
    NON_VIOLENT_TRANSFER("Strategic developments", "Non-violent transfer of territory"),
    OTHER_DEVELOPMENT("Strategic developments", "Other"),
    SANCTION("Economic and legal", "Sanction or designation"),
    TRADE("Economic and legal", "Trade or supply"),
    SEIZURE("Economic and legal", "Seizure of assets or goods"),
    FUNDING("Economic and legal", "Funding or payment"),
    CHARGE("Economic and legal", "Charge or indictment"),
    TRIAL("Economic and legal", "Trial or hearing"),
    VERDICT("Economic and legal", "Verdict or sentence");

    private final String type;
    private final String subtype;

    EventType(String type, String subtype) {
        this.type = type;
        this.subtype = subtype;
    }

    /** The event type, e.g. "Explosions/Remote violence". */
    public String type() {
        return type;
    }

    /** The sub-event type, e.g. "Air/drone strike". */
    public String subtype() {
        return subtype;
    }

    /** The sub-event type spelled {@code subtype} (exactly, ignoring case), if any. */
    public static Optional<EventType> fromSubtype(String subtype) {
        for (EventType t : values()) {
            if (t.subtype.equalsIgnoreCase(subtype.strip())) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** Whether the event is political violence (ACLED's first three types), as opposed to a development. */
    public boolean isViolent() {
        return type.equals("Battles") || type.equals("Explosions/Remote violence")
                || type.equals("Violence against civilians");
    }
}
