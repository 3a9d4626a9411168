package org.sitrep.cli;

import org.sitrep.exchange.AcledCsvExport;
import org.sitrep.exchange.FtmExport;
import org.sitrep.exchange.GraphMlExport;
import org.sitrep.store.EvidenceStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;

/** {@code sitrep export ftm|acled|graphml}: the knowledge base in formats other tools read. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export the knowledge base: ftm (FollowTheMoney JSON lines: parties, Sanction and relationship",
                "entities), acled (events in ACLED's CSV columns plus evidence), graphml (the network, for Gephi)."})
final class ExportCommand implements Callable<Integer> {

    enum Format { ftm, acled, graphml }

    @Mixin
    WorkspaceOptions workspaceOptions;

    @Parameters(paramLabel = "FORMAT", description = "ftm, acled or graphml.")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here (default: standard output).")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        try (EvidenceStore store = workspaceOptions.workspace().openStore()) {
            if (output == null) {
                Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
                String summary = export(store, out);
                out.flush();
                spec.commandLine().getErr().println(summary);
                return ExitCodes.OK;
            }
            // Write beside the target and move into place, so a failed export never leaves half a file.
            Path dir = output.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path partial = Files.createTempFile(dir, output.getFileName().toString(), ".partial");
            try {
                String summary;
                try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                    summary = export(store, out);
                }
                Files.move(partial, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                spec.commandLine().getOut().println(summary + " -> " + output);
            } finally {
                Files.deleteIfExists(partial);
            }
        }
        return ExitCodes.OK;
    }

    private String export(EvidenceStore store, Writer out) {
        return switch (format) {
            case ftm -> {
                FtmExport.Counts c = new FtmExport().write(store, out);
                yield "%d entities, %d relationships (%d values without an FtM property left out)"
                        .formatted(c.entities(), c.relationships(), c.skippedValues());
            }
            case acled -> "%d events".formatted(new AcledCsvExport().write(store, out));
            case graphml -> {
                GraphMlExport.Counts c = new GraphMlExport().write(store, out);
                yield "%d nodes, %d edges".formatted(c.nodes(), c.edges());
            }
        };
    }
}
