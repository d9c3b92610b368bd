package academy.anxin.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What {@code setup/backup [ARCHIVE]} runs: one archive, owner-only, that holds everything the platform cannot
 * rebuild. That is the database, dumped consistently while the platform runs ({@code mariadb-dump
 * --single-transaction}: one InnoDB snapshot, no table locked), and a note of the content version the data went
 * with. The signing keys need no file of their own: they live only in the table {@code crd_signing_key}, so the
 * dump holds them (which is why the archive must be kept as carefully as the keys). The search index is left out on
 * purpose: the platform rebuilds it from the database and the content at start.
 *
 * <p>The archive ({@code data/backups/anxin-YYYYMMDD-HHMMSS.tar.gz} unless a path is given) holds {@value #DUMP}
 * and {@value #NOTE}. With the platform stopped, the embedded database is started for the moment.
 */
public final class Backup {

    static final String DUMP = "anxin.sql";
    static final String NOTE = "backup.txt";
    /** The audit trail's signed checkpoints ({@code data/audit/checkpoints.jsonl}), when the platform wrote any. */
    static final String CHECKPOINTS = "audit-checkpoints.jsonl";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private Backup() {
    }

    public static void main(String[] args) {
        Map<String, String> env = System.getenv();
        if (args.length > 1 || (args.length == 1 && args[0].startsWith("-"))) {
            Launcher.fail("usage: setup/backup [ARCHIVE]   (default: data/backups/anxin-YYYYMMDD-HHMMSS.tar.gz)");
        }
        Path home = Launcher.home(env);
        Path dataDir = Launcher.dataDir(env, home);
        Path archive = args.length == 1 ? callerPath(env, args[0])
                : dataDir.resolve("backups").resolve("anxin-" + LocalDateTime.now().format(STAMP) + ".tar.gz");
        Path content = Path.of(env.getOrDefault("ANXIN_CONTENT_DIR", home.resolve("content").toString()));
        try (DatabaseAccess access = DatabaseAccess.of(env, dataDir, false)) {
            write(access, home, content, checkpointsIn(dataDir), archive);
            System.out.println("anxin: backup of " + access.description() + " written to " + archive + " ("
                    + Files.size(archive) / 1024 + " KB; signing keys inside the dump, search index left out)");
        } catch (IOException e) {
            Launcher.fail("no backup: " + e.getMessage());
        }
    }

    /** A path given on the command line, relative to where the script was called from. */
    static Path callerPath(Map<String, String> env, String given) {
        return Path.of(env.getOrDefault("ANXIN_CALLER_DIR", ".")).resolve(given).toAbsolutePath().normalize();
    }

    /** Where the platform appends the audit trail's signed checkpoints in a data folder. */
    static Path checkpointsIn(Path dataDir) {
        return dataDir.resolve("audit").resolve("checkpoints.jsonl");
    }

    /**
     * Writes the archive, owner-only; refuses to overwrite one. The audit checkpoints go with the dump: restored
     * without them, the trail could not be checked against what vouched for it.
     */
    static void write(DatabaseAccess access, Path home, Path content, Path checkpoints, Path archive)
            throws IOException {
        if (Files.exists(archive)) {
            throw new IOException(archive + " exists already");
        }
        Path folder = archive.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        Path staging = Files.createTempDirectory("anxin-backup-"); // owner-only, as temporary folders are made
        try {
            access.tools().dump(access.arguments("--single-transaction", "--routines", "--triggers", "--hex-blob",
                    "--default-character-set=utf8mb4", access.database()), staging.resolve(DUMP));
            Files.writeString(staging.resolve(NOTE), note(access, home, content), StandardCharsets.UTF_8);
            Path partial = folder.resolve(archive.getFileName() + ".partial");
            Files.deleteIfExists(partial);
            Files.createFile(partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            List<String> members = new java.util.ArrayList<>(List.of(DUMP, NOTE));
            if (Files.isRegularFile(checkpoints)) {
                // copied after the dump: a checkpoint written meanwhile names a head the dump already holds
                Files.copy(checkpoints, staging.resolve(CHECKPOINTS));
                members.add(CHECKPOINTS);
            }
            List<String> tar = new java.util.ArrayList<>(List.of("tar", "-czf", partial.toString(), "-C",
                    staging.toString()));
            tar.addAll(members);
            run(tar);
            Files.move(partial, archive, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            deleteRecursively(staging);
        }
    }

    private static String note(DatabaseAccess access, Path home, Path content) throws IOException {
        return "Anxin Academy backup\n"
                + "taken: " + OffsetDateTime.now() + "\n"
                + "from: " + access.description() + "\n"
                + "database: " + access.database() + " (" + DUMP + ": mariadb-dump --single-transaction --routines"
                + " --triggers)\n"
                + "signing keys: inside " + DUMP + " (table crd_signing_key); keep this archive as secret as they are\n"
                + "content version: " + contentVersion(home, content) + "\n"
                + "search index: not included, the platform rebuilds it at start\n"
                + "restore: setup/restore ARCHIVE (into an empty database; --force replaces a non-empty one)\n";
    }

    /** The checkout's {@code git describe}, when it is one, and a SHA-256 over the content folder's files. */
    static String contentVersion(Path home, Path content) throws IOException {
        String described = "";
        try {
            Process git = new ProcessBuilder("git", "-C", home.toString(), "describe", "--always", "--dirty")
                    .redirectErrorStream(true).start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (git.waitFor(30, TimeUnit.SECONDS) && git.exitValue() == 0) {
                described = "git " + out + ", ";
            }
        } catch (IOException noGit) {
            // the fingerprint below says enough
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!Files.isDirectory(content)) {
            return described + "no content folder at " + content;
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            List<Path> files;
            try (Stream<Path> walk = Files.walk(content)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path file : files) {
                digest.update(content.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                try (InputStream in = Files.newInputStream(file)) {
                    byte[] buffer = new byte[65_536];
                    for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                        digest.update(buffer, 0, read);
                    }
                }
            }
            return described + "content/ sha256 " + HexFormat.of().formatHex(digest.digest()) + " (" + files.size()
                    + " files)";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void run(List<String> command) throws IOException {
        output(command);
    }

    /** The names an archive holds. */
    static List<String> members(Path archive) throws IOException {
        return output(List.of("tar", "-tzf", archive.toString())).lines().map(String::strip).toList();
    }

    private static String output(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        try {
            if (process.waitFor() != 0) {
                throw new IOException(command.get(0) + " failed: " + out);
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(command.get(0) + " was interrupted", e);
        }
    }

    static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
