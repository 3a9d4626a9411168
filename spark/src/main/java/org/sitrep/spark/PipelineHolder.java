package org.sitrep.spark;

import org.sitrep.extract.Extractor;
import org.sitrep.extract.gazetteer.Gazetteer;
import org.sitrep.extract.place.GeocoderPlaceResolver;
import org.sitrep.lists.ListFormatException;
import org.sitrep.lists.ListReader;
import org.sitrep.lists.ListSnapshot;
import org.sitrep.resolve.ListGazetteer;
import org.sitrep.resolve.ScreeningLinker;
import org.sitrep.screen.Screener;
import org.sitrep.screen.ScreeningSettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The one extractor of this JVM. Its language models take tens of seconds and about a gigabyte to load, far too much
 * to build per task or to serialise into closures, and {@link Extractor#extract} is safe to call from the executor's
 * task threads at once; so every task of an executor asks here and the first one builds it. This is the one static
 * singleton Sitrep allows: the per-JVM cache a distributed job cannot do without.
 */
public final class PipelineHolder {

    private static final int LINKS_PER_ENTITY = 3;
    /** Screening scores below this are too weak to link a name read in running text to a listed party. */
    private static final double LINK_SCORE = 0.75;

    private static ExtractSettings builtFor;
    private static Extractor extractor;
    private static long buildMillis;
    private static Object screenerKey;
    private static Screener screener;

    private PipelineHolder() {
    }

    /** The extractor for {@code settings}, built on first use (a JVM rebuilds only if asked for other settings). */
    public static synchronized Extractor extractor(ExtractSettings settings) {
        if (extractor == null || !settings.equals(builtFor)) {
            long start = System.nanoTime();
            extractor = build(settings);
            builtFor = settings;
            buildMillis = (System.nanoTime() - start) / 1_000_000;
        }
        return extractor;
    }

    /**
     * The screener over the broadcast lists (broadcast {@code id}), built once per JVM from the files every executor
     * received, not shipped as an object: the index does not serialise and is far larger than the files.
     */
    public static synchronized Screener screener(long id, ListBundle lists, ScreenSettings settings) {
        Object key = List.of(id, settings);
        if (screener == null || !key.equals(screenerKey)) {
            screener = Screener.of(lists.snapshots(), settings.screening());
            screenerKey = key;
        }
        return screener;
    }

    /** How long this JVM took to build its extractor, 0 before it has one. */
    public static synchronized long buildMillis() {
        return buildMillis;
    }

    /** The extractor {@code sitrep extract} builds for the same options (its gazetteer, lists and linker). */
    static Extractor build(ExtractSettings settings) {
        Gazetteer gazetteer = Gazetteer.bundled();
        for (String g : settings.gazetteers()) {
            try {
                gazetteer.addFile(Path.of(g));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read gazetteer " + g, e);
            }
        }
        List<ListSnapshot> snapshots = readLists(settings.lists());
        Extractor.Builder builder = Extractor.builder().gazetteer(gazetteer).places(GeocoderPlaceResolver.bundled())
                .knownNames(ListGazetteer.names(snapshots, gazetteer));
        if (!snapshots.isEmpty()) {
            builder.linker(new ScreeningLinker(Screener.of(snapshots, ScreeningSettings.defaults()), LINK_SCORE,
                    LINKS_PER_ENTITY));
        }
        return builder.build();
    }

    /** Every list under {@code paths} (files or folders, formats read from content). */
    static List<ListSnapshot> readLists(List<String> paths) {
        ListReader reader = new ListReader();
        List<ListSnapshot> snapshots = new ArrayList<>();
        try {
            for (String p : paths) {
                List<Path> found = reader.find(Path.of(p));
                if (found.isEmpty()) {
                    throw new IllegalArgumentException(p + ": no sanctions list found");
                }
                for (Path list : found) {
                    snapshots.add(reader.read(list));
                }
            }
        } catch (ListFormatException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        return snapshots;
    }
}
