package academy.anxin.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

/**
 * What {@code setup/restore ARCHIVE [--force]} runs: puts a {@link Backup}'s database back, into an empty database
 * only. A database that holds tables is refused in one line unless {@code --force} says to replace it (it is
 * dropped first), so that a mistyped command cannot mix two platforms' rows or overwrite the live one. With no
 * embedded database in the data folder yet, one is made (a fresh data folder); stop the platform before a
 * {@code --force} restore.
 */
public final class Restore {

    private Restore() {
    }

    /** The database holds tables and no {@code --force} was given. */
    static final class NotEmpty extends IOException {
        NotEmpty(String message) {
            super(message);
        }
    }

    public static void main(String[] args) {
        Map<String, String> env = System.getenv();
        boolean force = List.of(args).contains("--force");
        List<String> archives = List.of(args).stream().filter(arg -> !arg.equals("--force")).toList();
        if (archives.size() != 1 || archives.get(0).startsWith("-")) {
            Launcher.fail("usage: setup/restore ARCHIVE [--force]   (ARCHIVE: a file setup/backup wrote)");
        }
        Path archive = Backup.callerPath(env, archives.get(0));
        if (!Files.isRegularFile(archive)) {
            Launcher.fail("no restore: " + archive + " is not a file");
        }
        Path dataDir = Launcher.dataDir(env, Launcher.home(env));
        try (DatabaseAccess access = DatabaseAccess.of(env, dataDir, true)) {
            int tables = restore(access, archive, force, Backup.checkpointsIn(dataDir));
            System.out.println("anxin: restored " + archive.getFileName() + " into " + access.description() + " ("
                    + tables + " tables); start the platform with ./setup/run");
        } catch (IOException e) {
            Launcher.fail("no restore: " + e.getMessage());
        }
    }

    /**
     * Loads the archive's dump into the database, empty or emptied when {@code force}, and puts the audit
     * checkpoints it carries at {@code checkpoints}; returns the database's table count.
     */
    static int restore(DatabaseAccess access, Path archive, boolean force, Path checkpoints) throws IOException {
        Path staging = Files.createTempDirectory("anxin-restore-");
        try {
            // only the two members a backup holds, whatever else the archive may carry
            try {
                Backup.run(List.of("tar", "-xzf", archive.toString(), "-C", staging.toString(), Backup.DUMP, Backup.NOTE));
                if (Backup.members(archive).contains(Backup.CHECKPOINTS)) {
                    Backup.run(List.of("tar", "-xzf", archive.toString(), "-C", staging.toString(),
                            Backup.CHECKPOINTS));
                }
            } catch (IOException e) {
                throw new IOException(archive + " is not a backup setup/backup wrote (" + e.getMessage() + ")", e);
            }
            int tables = access.tables();
            String database = access.database();
            if (tables > 0 && !force) {
                throw new NotEmpty("the database " + database + " already holds " + tables + " tables; restore only into"
                        + " an empty database, or add --force to replace everything in it");
            }
            access.tools().clientSql(access.arguments(), (tables > 0 ? "DROP DATABASE " + database + ";\n" : "")
                    + "CREATE DATABASE IF NOT EXISTS " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;\n");
            access.tools().client(access.arguments("--default-character-set=utf8mb4", database),
                    staging.resolve(Backup.DUMP));
            if (Files.isRegularFile(staging.resolve(Backup.CHECKPOINTS))) {
                Files.createDirectories(checkpoints.getParent());
                Files.copy(staging.resolve(Backup.CHECKPOINTS), checkpoints, StandardCopyOption.REPLACE_EXISTING);
            }
            return access.tables();
        } finally {
            Backup.deleteRecursively(staging);
        }
    }
}
