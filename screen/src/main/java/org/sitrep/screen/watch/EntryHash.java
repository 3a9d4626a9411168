package org.sitrep.screen.watch;

import org.sitrep.lists.ListEntity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The content hash of a listed entry: what the list says of the party, without where in the file it stood (line
 * numbers move between versions while the entry stays the same).
 */
public final class EntryHash {

    private EntryHash() {
    }

    public static String of(ListEntity e) {
        ListEntity content = new ListEntity(e.listId(), e.id(), e.schema(), e.name(), e.strongAliases(),
                e.weakAliases(), e.previousNames(), e.nameParts(), e.birthDates(), e.birthPlaces(), e.nationalities(),
                e.identifiers(), e.addresses(), e.programs(), e.listedOn(), e.linkedTo(), e.remarks(), null);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e2) {
            throw new IllegalStateException(e2);
        }
    }
}
