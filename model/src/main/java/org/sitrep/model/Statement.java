package org.sitrep.model;

import java.util.Objects;

/**
 * One property value of one entity, with its evidence — the FollowTheMoney statement model.
 * An entity is the set of statements that share its id; aliases are simply several {@code name} statements.
 *
 * @param entityId   the entity the value belongs to
 * @param schema     the FtM schema name, e.g. {@code Person}, {@code Company}
 * @param property   the FtM property name, e.g. {@code name}, {@code birthDate}
 * @param value      the value as FtM writes it
 * @param dataset    the collection the statement belongs to: a list id, or {@code documents}
 * @param provenance where it was read
 */
public record Statement(String entityId, String schema, String property, String value, String dataset,
                        Provenance provenance) {

    public Statement {
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(provenance, "provenance");
    }

    /** A stable identity: the same value from the same evidence is the same statement, whenever recorded. */
    public String id() {
        String where = switch (provenance) {
            case Provenance.FromText t -> t.documentId() + ":" + t.span().start() + "-" + t.span().end();
            case Provenance.FromList l -> l.listId() + ":" + l.recordId();
            case Provenance.FromUser u -> "user:" + u.user() + ":" + u.recordedAt();
        };
        return Hashing.sha256(String.join("\u001f", entityId, property, value, dataset, where)).substring(0, 40);
    }
}
