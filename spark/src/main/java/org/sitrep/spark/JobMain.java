package org.sitrep.spark;

import org.apache.spark.sql.SparkSession;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The entry point of the shaded job jar, for {@code spark-submit} on a cluster, where the master, executors and their
 * memory come from spark-submit's own options. The same jobs as {@code sitrep spark}, with the same options:
 *
 * <pre>
 * extract [--input-format files|jsonl|parquet] --output DIR [--jsonl] [--doc-date D] [--gazetteer F]... [--list P]... [--partitions N] INPUT...
 * screen  --list PATH... [--input-format csv|parquet] --output DIR [--jsonl] [--threshold T] [--limit N] [--algorithm A] INPUT...
 * load    --db JDBC_URL [--batch-size N] [--no-resolve] DIR
 * </pre>
 *
 * Exit status as the CLI's: 0 done, 1 some inputs are in the errors table, 2 usage error.
 */
public final class JobMain {

    private JobMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        if (args.length == 0) {
            System.err.println("usage: (extract|screen|load) [options] INPUT...  (see the README's scale-out section)");
            return 2;
        }
        Args a;
        try {
            a = Args.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("sitrep-spark: " + e.getMessage());
            return 2;
        }
        SparkSession spark = SparkSessions.start(null, "sitrep " + args[0], Map.of());
        try {
            switch (args[0]) {
                case "extract" -> {
                    ExtractJob.Report r = new ExtractJob(spark).run(new ExtractJob.Options(a.positional,
                            ExtractJob.InputFormat.valueOf(a.one("--input-format", "files")), a.required("--output"),
                            a.flag("--jsonl"), new ExtractSettings(a.all("--gazetteer"), a.all("--list"),
                            a.one("--doc-date", null)), Integer.parseInt(a.one("--partitions", "0"))));
                    System.out.println(r);
                    return r.errors() > 0 ? 1 : 0;
                }
                case "screen" -> {
                    ScreenJob.Report r = new ScreenJob(spark).run(new ScreenJob.Options(a.positional,
                            ScreenJob.InputFormat.valueOf(a.one("--input-format", "csv")), a.all("--list"),
                            a.required("--output"), a.flag("--jsonl"), new ScreenSettings(a.one("--algorithm", "sitrep"),
                            Integer.parseInt(a.one("--limit", "10")), a.one("--threshold", null) == null ? null
                            : Double.parseDouble(a.one("--threshold", null)), null, "DMY"),
                            Integer.parseInt(a.one("--partitions", "0"))));
                    System.out.println(r);
                    return r.errors() > 0 ? 1 : 0;
                }
                case "load" -> {
                    if (a.positional.size() != 1) {
                        throw new IllegalArgumentException("load takes one extract output folder");
                    }
                    LoadJob.Report r = new LoadJob(spark).run(new LoadJob.Options(a.positional.getFirst(),
                            a.required("--db"), System.getenv("SITREP_DB_USER"), System.getenv("SITREP_DB_PASSWORD"),
                            Integer.parseInt(a.one("--batch-size", "500")), 0, !a.flag("--no-resolve")));
                    System.out.println(r);
                    return 0;
                }
                default -> throw new IllegalArgumentException("unknown job " + args[0] + ": extract, screen or load");
            }
        } catch (IllegalArgumentException e) {
            System.err.println("sitrep-spark: " + e.getMessage());
            return 2;
        } finally {
            spark.stop();
        }
    }

    /** The options after the job name: {@code --name value}, flags, then inputs. */
    private record Args(Map<String, List<String>> options, List<String> flags, List<String> positional) {
        private static final List<String> FLAGS = List.of("--jsonl", "--no-resolve");

        static Args parse(String[] args) {
            Map<String, List<String>> options = new java.util.HashMap<>();
            List<String> flags = new ArrayList<>();
            List<String> positional = new ArrayList<>();
            for (int i = 1; i < args.length; i++) {
                String arg = args[i];
                if (FLAGS.contains(arg)) {
                    flags.add(arg);
                } else if (arg.startsWith("--")) {
                    if (i + 1 == args.length) {
                        throw new IllegalArgumentException(arg + " needs a value");
                    }
                    options.computeIfAbsent(arg, k -> new ArrayList<>()).add(args[++i]);
                } else {
                    positional.add(arg);
                }
            }
            return new Args(options, flags, positional);
        }

        String one(String name, String fallback) {
            List<String> v = options.get(name);
            return v == null ? fallback : v.getLast();
        }

        String required(String name) {
            String v = one(name, null);
            if (v == null) {
                throw new IllegalArgumentException(name + " is required");
            }
            return v;
        }

        List<String> all(String name) {
            return options.getOrDefault(name, List.of());
        }

        boolean flag(String name) {
            return flags.contains(name);
        }
    }
}
