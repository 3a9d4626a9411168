package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Statement;
import java.util.Locale;

/**
 * H2 only: a document's text becomes a character large object. In PostgreSQL mode H2 reads {@code TEXT} as
 * {@code CHARACTER VARYING} and keeps it inside the row, so committing a 40 MB document serialised the whole row
 * page at once (a write buffer of about 270 MB): under a 512 MB heap that ran out of memory and H2 then closed the
 * database for every later request. As a LOB the text is written and read in chunks. PostgreSQL's {@code text} is
 * stored out of line already (TOAST) and is left alone.
 */
public class V16__document_text_as_lob extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        String product = context.getConnection().getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (!product.contains("h2")) {
            return;
        }
        try (Statement s = context.getConnection().createStatement()) {
            s.execute("ALTER TABLE document ALTER COLUMN text SET DATA TYPE CHARACTER LARGE OBJECT");
        }
    }
}
