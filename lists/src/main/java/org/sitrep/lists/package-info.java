/**
 * Sanctions lists: reading them, keeping their versions, and comparing versions.
 *
 * <p>{@link org.sitrep.lists.ListReader} reads a list from its file(s) into a {@link org.sitrep.lists.ListSnapshot}
 * of {@link org.sitrep.lists.ListEntity} records, recognising the format from the content: OFAC's legacy CSV files,
 * SDN XML and SDN Advanced XML, the UN consolidated list, the EU financial sanctions file, the UK consolidated list
 * CSV, FollowTheMoney JSON lines and US Treasury press-release text. Every format yields the same normalised record,
 * so screening need not know where a party came from.
 *
 * <p>{@link org.sitrep.lists.ListStore} keeps snapshots in the evidence store, one active version per list, replaced
 * atomically; {@link org.sitrep.lists.ListDiff} tells what changed between two versions.
 *
 * <pre>{@code
 * ListReader reader = new ListReader();
 * ListSnapshot sdn = reader.read(Path.of("ofac-sdn-2021"));        // the sdn.csv/alt.csv/add.csv folder
 * new ListStore(evidenceStore).load(sdn);                           // IMPORTED, or UNCHANGED when already loaded
 * ListDiff diff = ListDiff.between(reader.read(Path.of("ofac-sdn-2019")), sdn);
 * }</pre>
 */
package org.sitrep.lists;
