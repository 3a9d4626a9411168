package org.sitrep.store;

import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;

/** Builds a {@link DataSource} for the two supported back ends from a JDBC URL. */
final class DataSources {

    private DataSources() {
    }

    static DataSource forUrl(String url, String user, String password) {
        if (url.startsWith("jdbc:h2:")) {
            JdbcDataSource ds = new JdbcDataSource();
            ds.setURL(url);
            ds.setUser(user == null ? "sitrep" : user);
            ds.setPassword(password == null ? "" : password);
            return ds;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setUrl(url);
            if (user != null) {
                ds.setUser(user);
            }
            if (password != null) {
                ds.setPassword(password);
            }
            return ds;
        }
        throw new StoreException("unsupported database URL (use jdbc:h2:... or jdbc:postgresql://...): " + url);
    }
}
