package org.sitrep.spark;

import java.io.Serializable;
import java.util.List;

/**
 * What an executor needs to build the same extractor as {@code sitrep extract}: paths rather than loaded objects, so
 * that only these few strings travel in closures and each executor loads models and lists itself (see
 * {@link PipelineHolder}). On a cluster the paths must be readable by every executor (shared storage).
 *
 * @param gazetteers extra gazetteer files (type, name, aliases), as {@code --gazetteer}
 * @param lists      sanctions list files or folders whose parties join the gazetteer and are linked, as {@code --list}
 * @param docDate    the documents' date (YYYY-MM-DD) anchoring relative dates, or null, as {@code --doc-date}
 */
public record ExtractSettings(List<String> gazetteers, List<String> lists, String docDate) implements Serializable {

    public ExtractSettings {
        gazetteers = List.copyOf(gazetteers);
        lists = List.copyOf(lists);
    }

    /** The bundled gazetteer and no lists, as a plain {@code sitrep extract}. */
    public static ExtractSettings standard() {
        return new ExtractSettings(List.of(), List.of(), null);
    }
}
