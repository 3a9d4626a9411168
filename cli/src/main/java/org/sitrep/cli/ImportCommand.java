package org.sitrep.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code sitrep import FILE}: FollowTheMoney JSON lines (or any list format) into the knowledge base. FtM data is a
 * register like any other — parties with properties and relationships — so it goes through the list importer and
 * keeps the same guarantees: atomic, idempotent, every fact pointing at its source record.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import FollowTheMoney JSON lines (e.g. an OpenSanctions export) into the knowledge base.")
final class ImportCommand implements Callable<Integer> {

    @Mixin
    WorkspaceOptions workspaceOptions;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "FtM JSON lines files or folders.")
    List<Path> files;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<String> args = new ArrayList<>(List.of("import"));
        if (json) {
            args.add("--json");
        }
        if (workspaceOptions.folder != null) {
            args.add("--workspace=" + workspaceOptions.folder);
        }
        if (workspaceOptions.jdbcUrl != null) {
            args.add("--db=" + workspaceOptions.jdbcUrl);
        }
        files.forEach(f -> args.add(f.toString()));
        return spec.commandLine().getParent().getSubcommands().get("lists").execute(args.toArray(String[]::new));
    }
}
