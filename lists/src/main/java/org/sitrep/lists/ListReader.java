package org.sitrep.lists;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads sanctions lists from files. The format is recognised from the content, never the file name: OFAC's legacy
 * CSV trio, OFAC SDN XML and SDN Advanced XML, the UN consolidated list, the EU financial sanctions file, the UK
 * consolidated list CSV, FollowTheMoney JSON lines and Treasury "SDN List Update" press-release text.
 *
 * <pre>{@code
 * ListSnapshot sdn = new ListReader().read(Path.of("ofac-sdn-2021"));   // folder with sdn.csv, alt.csv, add.csv
 * ListEntity party = sdn.entity("19449");
 * }</pre>
 *
 * <p>A reader holds no state between calls and may be shared.
 */
public final class ListReader {

    /**
     * Reads one list: a list file, or a folder holding one list (e.g. the OFAC CSV trio
     * {@code sdn.csv}/{@code alt.csv}/{@code add.csv}[/{@code sdn_comments.csv}]).
     *
     * @throws ListFormatException when the content is not a list this reader knows, or is malformed; the message
     *                             names the file and line
     */
    public ListSnapshot read(Path path) throws ListFormatException {
        if (Files.isDirectory(path)) {
            List<ListInput> inputs = inputsIn(path, false);
            if (inputs.isEmpty()) {
                throw new ListFormatException(path, 0, "no sanctions list found in this folder");
            }
            if (inputs.size() > 1) {
                throw new ListFormatException(path, 0, "folder holds " + inputs.size()
                        + " lists; use readAll, or name one file");
            }
            return inputs.get(0).read();
        }
        if (!Files.isRegularFile(path)) {
            throw new ListFormatException(path, 0, "no such file or folder");
        }
        ListInput input = inputOf(path);
        if (input == null) {
            throw new ListFormatException(path, 0, "not a recognised sanctions list format");
        }
        return input.read();
    }

    /**
     * Every list found under {@code path}: a list file, a trio folder, or a folder of several lists (searched
     * recursively). Files that are not lists (read-me files, licences) are skipped; a malformed list fails the call.
     */
    public List<ListSnapshot> readAll(Path path) throws ListFormatException {
        List<ListSnapshot> out = new ArrayList<>();
        for (Path input : find(path)) {
            out.add(read(input));
        }
        return out;
    }

    /**
     * The lists under {@code path}, each as a path {@link #read} accepts: list files, and folders for OFAC CSV
     * trios. Lets callers read them one by one and report each failure separately.
     */
    public List<Path> find(Path path) throws ListFormatException {
        if (!Files.exists(path)) {
            throw new ListFormatException(path, 0, "no such file or folder");
        }
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        return inputsIn(path, true).stream().map(ListInput::location).toList();
    }

    /** One list to read: a location (what {@link #read} is given) and how to read it. */
    private record ListInput(Path location, Reading reading) {
        ListSnapshot read() throws ListFormatException {
            return reading.read();
        }
    }

    @FunctionalInterface
    private interface Reading {
        ListSnapshot read() throws ListFormatException;
    }

    private List<ListInput> inputsIn(Path folder, boolean recursive) throws ListFormatException {
        List<Path> files = new ArrayList<>();
        List<Path> folders = new ArrayList<>();
        try (Stream<Path> children = Files.list(folder)) {
            for (Path child : children.sorted().toList()) {
                if (Files.isDirectory(child)) {
                    folders.add(child);
                } else if (Files.isRegularFile(child) && !child.getFileName().toString().startsWith(".")) {
                    files.add(child);
                }
            }
        } catch (IOException e) {
            throw new ListFormatException(folder, 0, "cannot list folder: " + e.getMessage(), e);
        }
        List<ListInput> inputs = new ArrayList<>();
        Map<OfacCsvImporter.Role, Path> trio = new EnumMap<>(OfacCsvImporter.Role.class);
        for (Path file : files) {
            ContentSniffer.Kind kind = ContentSniffer.kind(file);
            OfacCsvImporter.Role role = ContentSniffer.ofacRole(kind);
            if (role != null) {
                if (trio.putIfAbsent(role, file) != null) {
                    throw new ListFormatException(file, 0, "a second OFAC " + role.name().toLowerCase(Locale.ROOT)
                            + " file in the same folder (first: " + trio.get(role).getFileName() + ")");
                }
            } else if (kind != ContentSniffer.Kind.UNKNOWN) {
                inputs.add(new ListInput(file, () -> readFile(file, kind)));
            }
        }
        if (trio.containsKey(OfacCsvImporter.Role.SDN)) {
            Map<OfacCsvImporter.Role, Path> roles = Map.copyOf(trio);
            inputs.add(0, new ListInput(folder, () -> new OfacCsvImporter().read(folder, roles)));
        }
        if (recursive) {
            for (Path sub : folders) {
                inputs.addAll(inputsIn(sub, true));
            }
        }
        return inputs;
    }

    private ListInput inputOf(Path file) throws ListFormatException {
        ContentSniffer.Kind kind = ContentSniffer.kind(file);
        if (kind == ContentSniffer.Kind.UNKNOWN) {
            ListFiles.bytes(file); // empty and binary files get their own message
            return null;
        }
        return new ListInput(file, () -> readFile(file, kind));
    }

    private ListSnapshot readFile(Path file, ContentSniffer.Kind kind) throws ListFormatException {
        return switch (kind) {
            case OFAC_SDN_CSV -> new OfacCsvImporter().read(file, Map.of(OfacCsvImporter.Role.SDN, file));
            case OFAC_ALT_CSV, OFAC_ADD_CSV, OFAC_COMMENTS_CSV -> throw new ListFormatException(file, 0,
                    "an OFAC " + ContentSniffer.ofacRole(kind).name().toLowerCase(Locale.ROOT)
                            + " file on its own; read the folder holding sdn.csv with it");
            case OFAC_XML -> new OfacXmlImporter().read(file);
            case OFAC_ADVANCED_XML -> new OfacAdvancedXmlImporter().read(file);
            case UN_XML -> new UnXmlImporter().read(file);
            case EU_XML -> new EuFsfXmlImporter().read(file);
            case UK_CSV -> new UkCsvImporter().read(file);
            case FTM_JSON -> new FtmJsonImporter().read(file);
            case TREASURY_TEXT -> new TreasuryPressImporter().read(file);
            case UNKNOWN -> throw new ListFormatException(file, 0, "not a recognised sanctions list format");
        };
    }
}
