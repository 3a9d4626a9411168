/**
 * Sitrep on Apache Spark: batch extraction, screening and bulk loading for archives too big for one JVM. The jobs
 * call the library modules (ingest's readers, the extractor, the screener, the store) unchanged; this package only
 * spreads the work over executors and writes Spark tables.
 */
package org.sitrep.spark;
