package org.sitrep.extract;

import java.util.Locale;
import java.util.Optional;

/** What kind of thing an entity is; the labels are the contract's vocabulary. */
public enum EntityType {
    PERSON("Person"),
    ORGANIZATION("Organization"),
    ARMED_GROUP("ArmedGroup"),
    COMPANY("Company"),
    GOVERNMENT_BODY("GovernmentBody"),
    COUNTRY("Country"),
    PLACE("Place"),
    FACILITY("Facility"),
    NATIONALITY("Nationality"),
    OTHER("Other");

    private final String label;

    EntityType(String label) {
        this.label = label;
    }

    /** The contract's spelling, e.g. {@code ArmedGroup}. */
    public String label() {
        return label;
    }

    /** The type spelled {@code label} (contract spelling, case-insensitive), if any. */
    public static Optional<EntityType> fromLabel(String label) {
        for (EntityType t : values()) {
            if (t.label.equalsIgnoreCase(label.strip())) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** Whether entities of this type can act: fight, sign, sanction, supply. */
    public boolean isActor() {
        return switch (this) {
            case PERSON, ORGANIZATION, ARMED_GROUP, COMPANY, GOVERNMENT_BODY, COUNTRY -> true;
            default -> false;
        };
    }

    /** Whether entities of this type are somewhere on a map. */
    public boolean isLocation() {
        return this == PLACE || this == COUNTRY || this == FACILITY;
    }

    @Override
    public String toString() {
        return label.toLowerCase(Locale.ROOT);
    }
}
