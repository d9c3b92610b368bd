package academy.anxin.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The embedded MariaDB's root password, generated once and kept beside its files in {@value #FILE}, readable by
 * the owner only. The file is a MariaDB option file, so that the database's own tools take it as it is
 * ({@code mariadb --defaults-extra-file=data/mariadb/credentials}); {@code setup/backup} does.
 *
 * <p>A password is first written as {@value #PENDING}, set in the database, and only then renamed: a start
 * interrupted in between finds the pending one and sets the same password again, so no password is ever lost
 * between the file and the database.
 */
final class DatabaseCredentials {

    static final String FILE = "credentials";
    static final String PENDING = "credentials.pending";
    static final String USER = "root";
    /** 24 random bytes: 32 characters of the URL-safe Base64 alphabet, nothing that needs quoting anywhere. */
    private static final int PASSWORD_BYTES = 24;

    private final Path file;
    private final Path pending;

    private DatabaseCredentials(Path folder) {
        this.file = folder.resolve(FILE);
        this.pending = folder.resolve(PENDING);
    }

    static DatabaseCredentials in(Path folder) {
        return new DatabaseCredentials(folder);
    }

    boolean exists() {
        return Files.isRegularFile(file);
    }

    Path file() {
        return file;
    }

    /** The password in force; the file must exist. */
    String password() {
        try {
            return passwordIn(file);
        } catch (IOException e) {
            throw new IllegalStateException("the embedded MariaDB's credentials " + file + ": " + e.getMessage(), e);
        }
    }

    /** The password about to be set: the one an interrupted start left, else a new one, written owner-only. */
    String pending() throws IOException {
        if (Files.isRegularFile(pending)) {
            return passwordIn(pending);
        }
        byte[] random = new byte[PASSWORD_BYTES];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Path written = pending.resolveSibling(PENDING + ".new");
        Files.deleteIfExists(written);
        Files.createFile(written, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(written, "# The embedded MariaDB's account, generated at its first start. Owner-only: keep it so.\n"
                + "[client]\nuser=" + USER + "\npassword=" + password + "\n", StandardCharsets.UTF_8);
        Files.move(written, pending, StandardCopyOption.ATOMIC_MOVE);
        return password;
    }

    /** The pending password is now the database's. */
    void confirm() throws IOException {
        Files.move(pending, file, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String passwordIn(Path options) throws IOException {
        for (String line : Files.readAllLines(options, StandardCharsets.UTF_8)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("password=")) {
                return trimmed.substring("password=".length());
            }
        }
        throw new IOException("no password= line in " + options);
    }
}
