package org.sitrep.spark;

import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Spark types of the extract contract (interfaces, section 1), field for field, so that the Parquet tables are read
 * out of the very JSON lines {@code sitrep extract} prints and cannot drift from them. Fields the contract added
 * later and that do not fit a table of their own (hedges, truce, supply) stay in the documents' {@code extraction}
 * line.
 */
final class ExtractionSchema {

    private ExtractionSchema() {
    }

    static final StructType SPAN = struct(f("start", DataTypes.IntegerType), f("end", DataTypes.IntegerType),
            f("text", DataTypes.StringType));

    static final StructType DATE = struct(f("value", DataTypes.StringType), f("precision", DataTypes.StringType),
            f("source", DataTypes.StringType));

    static final StructType ENTITY = struct(f("id", DataTypes.StringType), f("type", DataTypes.StringType),
            f("name", DataTypes.StringType), f("described", DataTypes.BooleanType),
            f("aliases", array(DataTypes.StringType)), f("mentions", array(SPAN)),
            f("links", array(struct(f("list", DataTypes.StringType), f("id", DataTypes.StringType),
                    f("score", DataTypes.DoubleType)))));

    static final StructType EVENT = struct(f("id", DataTypes.StringType), f("type", DataTypes.StringType),
            f("subtype", DataTypes.StringType), f("actors", array(DataTypes.StringType)),
            f("targets", array(DataTypes.StringType)),
            f("location", struct(f("entity", DataTypes.StringType), f("name", DataTypes.StringType),
                    f("country", DataTypes.StringType), f("lat", DataTypes.DoubleType), f("lon", DataTypes.DoubleType),
                    f("precision", DataTypes.StringType))),
            f("date", struct(f("value", DataTypes.StringType), f("precision", DataTypes.StringType))),
            f("fatalities", struct(f("low", DataTypes.IntegerType), f("best", DataTypes.IntegerType),
                    f("high", DataTypes.IntegerType))),
            f("count", DataTypes.IntegerType), f("tags", array(DataTypes.StringType)),
            f("modality", DataTypes.StringType), f("claim", DataTypes.StringType), f("evidence", SPAN),
            f("mentions", array(SPAN)));

    static final StructType RELATION = struct(f("id", DataTypes.StringType), f("type", DataTypes.StringType),
            f("subject", DataTypes.StringType), f("object", DataTypes.StringType), f("modality", DataTypes.StringType),
            f("claim", DataTypes.StringType), f("evidence", SPAN));

    static final StructType CLAIM = struct(f("id", DataTypes.StringType), f("source", DataTypes.StringType),
            f("source_text", DataTypes.StringType), f("cue", SPAN), f("content", SPAN),
            f("stance", DataTypes.StringType), f("about", array(DataTypes.StringType)), f("hedge", SPAN),
            f("negation", SPAN),
            f("deaths", array(struct(f("entity", DataTypes.StringType), f("cue", SPAN)))),
            f("pronoun", struct(f("span", SPAN), f("entity", DataTypes.StringType))));

    /** One {@code sitrep extract} line. */
    static final StructType LINE = struct(f("id", DataTypes.StringType), f("offset", DataTypes.IntegerType),
            f("title", DataTypes.StringType), f("date", DATE), f("entities", array(ENTITY)),
            f("events", array(EVENT)), f("relations", array(RELATION)), f("claims", array(CLAIM)));

    /** What the NLP stage gives per document: the line plus what loading needs, or an error. */
    static final StructType RESULT = struct(f("id", DataTypes.StringType), f("source", DataTypes.StringType),
            f("line", DataTypes.LongType), f("offset", DataTypes.IntegerType), f("document_hash", DataTypes.StringType),
            f("length_cp", DataTypes.IntegerType), f("media_type", DataTypes.StringType),
            f("text", DataTypes.StringType), f("extraction", DataTypes.StringType), f("error", DataTypes.StringType),
            f("nlp_nanos", DataTypes.LongType));

    /** A raw input: a whole file (content), one JSON line (text), or one record (id, text, date, title). */
    static final StructType RAW = struct(f("kind", DataTypes.StringType), f("source", DataTypes.StringType),
            f("line", DataTypes.LongType), f("content", DataTypes.BinaryType), f("id", DataTypes.StringType),
            f("text", DataTypes.StringType), f("date", DataTypes.StringType), f("title", DataTypes.StringType));

    private static StructField f(String name, DataType type) {
        return new StructField(name, type, true, Metadata.empty());
    }

    private static StructType struct(StructField... fields) {
        return new StructType(fields);
    }

    private static ArrayType array(DataType element) {
        return DataTypes.createArrayType(element, true);
    }
}
