package org.sitrep.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.sitrep.model.Document;
import org.sitrep.store.EvidenceStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Full-text search over the workspace's documents. The index is derived data kept in the workspace folder:
 * {@link #sync} brings it in step with the evidence store (which stays the source of truth), so an index that
 * missed an update, or was deleted, is simply caught up.
 */
public final class SearchIndex implements AutoCloseable {

    private static final String ID = "id";
    private static final String TITLE = "title";
    private static final String TEXT = "text";
    private static final String DATE = "date";
    private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

    static {
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
    }

    private final Directory directory;
    private final Analyzer analyzer = new FoldingAnalyzer();
    private final IndexWriter writer;

    private SearchIndex(Directory directory) throws IOException {
        this.directory = directory;
        this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
    }

    /** Opens (creating if needed) the index in {@code folder}. */
    public static SearchIndex open(Path folder) {
        try {
            return new SearchIndex(FSDirectory.open(folder));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index in " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Adds or replaces a document. */
    public void put(Document document) {
        org.apache.lucene.document.Document d = new org.apache.lucene.document.Document();
        d.add(new StringField(ID, document.id(), Field.Store.YES));
        d.add(new Field(TITLE, document.title() == null ? "" : document.title(), TEXT_WITH_OFFSETS));
        d.add(new Field(TEXT, document.text(), TEXT_WITH_OFFSETS));
        d.add(new StringField(DATE, document.date().isoValue() == null ? "" : document.date().isoValue(), Field.Store.YES));
        try {
            writer.updateDocument(new Term(ID, document.id()), d);
        } catch (IOException e) {
            throw new UncheckedIOException("indexing " + document.id() + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Brings the index in step with {@code store}: indexes documents it lacks, drops those the store no longer has.
     *
     * @return how many documents were added or removed
     */
    public int sync(EvidenceStore store) {
        Set<String> wanted = store.documentIds();
        Set<String> present = indexedIds();
        int changes = 0;
        try {
            for (String id : present) {
                if (!wanted.contains(id)) {
                    writer.deleteDocuments(new Term(ID, id));
                    changes++;
                }
            }
            for (String id : wanted) {
                if (!present.contains(id)) {
                    store.document(id).ifPresent(this::put);
                    changes++;
                }
            }
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("updating the search index failed: " + e.getMessage(), e);
        }
        return changes;
    }

    /** One document that matched, with a snippet around the best passage. */
    public record Hit(String documentId, String title, String date, float score, String snippet) {
    }

    /**
     * Finds documents that hold every word. The query syntax is Lucene's simple one: words, {@code "phrases"},
     * {@code -not}, {@code a | b}, {@code prefix*}; titles weigh double. Accents and case do not matter.
     */
    public List<Hit> search(String query, int limit) {
        return run(query, limit, null, true);
    }

    /**
     * As {@link #search}, without snippets: highlighting costs more than finding, so a caller that pages through
     * many hits asks for the snippets of the page it shows with {@link #withSnippets}.
     */
    public List<Hit> find(String query, int limit) {
        return run(query, limit, null, false);
    }

    /** The same hits, in the same order, each with its snippet for {@code query}. */
    public List<Hit> withSnippets(String query, List<Hit> hits) {
        if (hits.isEmpty()) {
            return List.of();
        }
        List<BytesRef> ids = hits.stream().map(h -> new BytesRef(h.documentId())).toList();
        Map<String, Hit> found = new HashMap<>();
        for (Hit h : run(query, hits.size(), new TermInSetQuery(ID, ids), true)) {
            found.put(h.documentId(), h);
        }
        List<Hit> out = new ArrayList<>();
        for (Hit h : hits) {
            Hit with = found.get(h.documentId());
            out.add(with == null ? h : new Hit(h.documentId(), h.title(), h.date(), h.score(), with.snippet()));
        }
        return out;
    }

    private List<Hit> run(String query, int limit, Query only, boolean snippets) {
        try {
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                SimpleQueryParser parser = new SimpleQueryParser(analyzer, Map.of(TITLE, 2f, TEXT, 1f));
                parser.setDefaultOperator(BooleanClause.Occur.MUST); // every word must occur
                Query parsed = parser.parse(query);
                if (parsed == null) {
                    return List.of();
                }
                Query wanted = only == null ? parsed
                        : new BooleanQuery.Builder().add(parsed, BooleanClause.Occur.MUST)
                                .add(only, BooleanClause.Occur.FILTER).build();
                TopDocs top = searcher.search(wanted, Math.max(1, limit));
                String[] found = snippets
                        ? UnifiedHighlighter.builder(searcher, analyzer).build().highlight(TEXT, parsed, top, 1)
                        : new String[top.scoreDocs.length];
                StoredFields stored = searcher.storedFields();
                List<Hit> hits = new ArrayList<>();
                for (int i = 0; i < top.scoreDocs.length; i++) {
                    ScoreDoc sd = top.scoreDocs[i];
                    org.apache.lucene.document.Document d = stored.document(sd.doc, Set.of(ID, TITLE, DATE));
                    String snippet = found[i] == null ? "" : found[i].replace("<b>", "").replace("</b>", "").strip();
                    hits.add(new Hit(d.get(ID), d.get(TITLE), d.get(DATE), sd.score, snippet));
                }
                return hits;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("search failed: " + e.getMessage(), e);
        }
    }

    private Set<String> indexedIds() {
        try {
            writer.commit();
            Set<String> ids = new HashSet<>();
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                StoredFields stored = reader.storedFields();
                for (int i = 0; i < reader.maxDoc(); i++) {
                    if (reader.hasDeletions() && !isLive(reader, i)) {
                        continue;
                    }
                    ids.add(stored.document(i, Set.of(ID)).get(ID));
                }
            }
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException("reading the search index failed: " + e.getMessage(), e);
        }
    }

    private static boolean isLive(DirectoryReader reader, int doc) {
        var live = org.apache.lucene.index.MultiBits.getLiveDocs(reader);
        return live == null || live.get(doc);
    }

    @Override
    public void close() {
        try {
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("closing the search index failed: " + e.getMessage(), e);
        }
    }

    /** Standard tokens, lower-cased and folded to ASCII, so that "Ḩamāh" finds "Hamah". */
    private static final class FoldingAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(source));
            return new TokenStreamComponents(source, stream);
        }
    }
}
