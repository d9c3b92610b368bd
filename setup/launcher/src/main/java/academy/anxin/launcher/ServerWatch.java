package academy.anxin.launcher;

import ch.vorburger.exec.ManagedProcessException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Heals the embedded MariaDB: once a second it looks whether the server's process (its pid file) is still alive,
 * and when it died without being asked to stop (a {@code kill -9}, the kernel's out-of-memory killer) it says so
 * once and starts it again on the same folder, port and socket, so that the platform's connection pool finds it
 * where it was, with the same credentials. InnoDB's crash recovery keeps every committed transaction. A server
 * that does not start again is tried again with growing pauses (up to {@value #LONGEST_PAUSE_MS} ms), each new
 * reason said once.
 */
final class ServerWatch implements AutoCloseable {

    private static final long CHECK_MS = 1_000;
    private static final long LONGEST_PAUSE_MS = 15_000;

    private final KeptDataDB db;
    private final Path pidFile;
    private final int port;
    private volatile boolean closed;
    private Thread thread;

    ServerWatch(KeptDataDB db, Path pidFile, int port) {
        this.db = db;
        this.pidFile = pidFile;
        this.port = port;
    }

    void start() {
        thread = new Thread(this::watch, "anxin-embedded-mariadb-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void watch() {
        while (!closed) {
            if (!pause(CHECK_MS)) {
                return;
            }
            if (!closed && !db.stopRequested() && !serverAlive()) {
                heal();
            }
        }
    }

    private void heal() {
        long began = System.nanoTime();
        // on standard output, where the launcher relays the platform's lines: one stream, so no line is cut in two
        System.out.println("anxin: the embedded MariaDB stopped unexpectedly (" + ended() + "); restarting it on the"
                + " same data, port " + port + " and socket");
        String lastProblem = null;
        long pause = 1_000;
        while (!closed && !db.stopRequested()) {
            try {
                db.start();
                System.out.println(String.format("anxin: the embedded MariaDB is back after %.1f s, its data kept",
                        (System.nanoTime() - began) / 1e9));
                return;
            } catch (ManagedProcessException e) {
                String problem = firstLine(e.getMessage());
                if (!problem.equals(lastProblem)) {
                    System.out.println("anxin: the embedded MariaDB did not start again (" + problem
                            + "); trying again");
                    lastProblem = problem;
                }
                if (!pause(pause)) {
                    return;
                }
                pause = Math.min(pause * 2, LONGEST_PAUSE_MS);
            }
        }
    }

    /**
     * Whether the process named in the pid file runs. The file is written before the server says it is ready and
     * removed when it shuts down cleanly: no file is a server that stopped (one shut down by hand is started again
     * too, since the platform needs it).
     */
    private boolean serverAlive() {
        return pid().flatMap(ProcessHandle::of).map(ProcessHandle::isAlive).orElse(false);
    }

    private Optional<Long> pid() {
        try {
            return Optional.of(Long.parseLong(Files.readString(pidFile, StandardCharsets.US_ASCII).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private String ended() {
        return pid().map(pid -> "process " + pid + " is gone").orElse("it shut down");
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no reason given";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    /** Sleeps, and says false when the watch was closed meanwhile. */
    private boolean pause(long ms) {
        try {
            Thread.sleep(ms);
            return !closed;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        closed = true;
        if (thread != null) {
            thread.interrupt();
        }
    }
}
