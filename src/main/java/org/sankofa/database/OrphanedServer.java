package org.sankofa.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded PostgreSQL left running on the data directory by a Sankofa that did not stop ({@code kill -9}, a crash
 * of the JVM): the server outlives the application, keeps its {@code postmaster.pid}, and a new one could never
 * start on the same directory. Before the embedded database starts, this finds such a server — the process that
 * {@code postmaster.pid} names is alive and is a {@code postgres}, and no living Sankofa holds the directory's lock
 * ({@code epg-lock}, released by the operating system when its JVM dies) — stops it cleanly (nothing committed is
 * lost), and says so in the log. A directory held by a Sankofa that is still running is refused with a message
 * instead; a {@code postmaster.pid} naming a process that is not a PostgreSQL (its number reused after a reboot) is
 * removed.
 */
final class OrphanedServer {

    private static final Logger log = LoggerFactory.getLogger(OrphanedServer.class);

    static final String PID_FILE = "postmaster.pid";
    /** The lock file zonky's EmbeddedPostgres holds while it runs a server on the directory. */
    static final String LOCK_FILE = "epg-lock";

    private OrphanedServer() {
    }

    /**
     * Stops the server left running on {@code dataDirectory}, if any, waiting at most {@code wait} for it to exit.
     *
     * @throws IllegalStateException when a running Sankofa uses the directory, or the server does not stop
     */
    static void stopIfAny(Path dataDirectory, Duration wait) throws IOException {
        Path pidFile = dataDirectory.resolve(PID_FILE);
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        Optional<Long> pid = lines.isEmpty() ? Optional.empty() : number(lines.get(0));
        Optional<ProcessHandle> process = pid.flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return; // PostgreSQL itself removes a postmaster.pid whose process is gone
        }
        String command = process.get().info().command().orElse(null);
        if (command == null) {
            throw new IllegalStateException(pidFile + " names process " + pid.get() + ", which is running but "
                    + "cannot be inspected. Stop it if it is a PostgreSQL on " + dataDirectory + "; otherwise remove "
                    + pidFile + ".");
        }
        if (!isPostgres(command)) {
            log.warn("Removing {}: the process it names ({}) is not a PostgreSQL but {}, a number reused since the "
                    + "server stopped", pidFile, pid.get(), command);
            Files.delete(pidFile);
            return;
        }
        if (heldByAnotherProcess(dataDirectory.resolve(LOCK_FILE))) {
            throw new IllegalStateException("The embedded database in " + dataDirectory + " is in use by another "
                    + "Sankofa that is still running (its PostgreSQL has process id " + pid.get() + "). Stop it first, "
                    + "or give this one another directory (sankofa.embedded-database.data-directory).");
        }
        String port = lines.size() > 3 ? lines.get(3).strip() : "?";
        log.warn("An embedded PostgreSQL (process {}, port {}) was left running on {} by a Sankofa that did not stop "
                + "cleanly; stopping it before starting again", pid.get(), port, dataDirectory);
        long started = System.nanoTime();
        stop(process.get(), dataDirectory, wait);
        log.warn("The PostgreSQL left running on {} stopped in {} ms; starting the embedded database again",
                dataDirectory, Duration.ofNanos(System.nanoTime() - started).toMillis());
    }

    /**
     * SIGTERM, PostgreSQL's "smart" shutdown: no new sessions, a checkpoint once the open ones have ended — and the
     * killed application's ended with it. ({@code pg_ctl stop} would do the same but refuses to run as root, where
     * zonky runs the server in a user namespace.)
     */
    private static void stop(ProcessHandle server, Path dataDirectory, Duration wait) {
        server.destroy();
        if (!exited(server, wait)) {
            throw new IllegalStateException("The PostgreSQL left running on " + dataDirectory + " (process "
                    + server.pid() + ") did not stop within " + wait.toSeconds() + " s: another client may still be "
                    + "connected to it. Stop it (kill -INT " + server.pid() + "), then start Sankofa again.");
        }
    }

    private static boolean exited(ProcessHandle process, Duration wait) {
        try {
            process.onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    private static boolean isPostgres(String command) {
        String name = Path.of(command).getFileName().toString();
        return name.equals("postgres") || name.equals("postgres.exe");
    }

    /** Whether a living process other than this one holds the lock (the OS releases it when a process dies). */
    private static boolean heldByAnotherProcess(Path lockFile) throws IOException {
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock()) {
            return lock == null;
        } catch (OverlappingFileLockException e) {
            return true; // held in this very JVM: another embedded database of this process runs on it
        }
    }

    private static Optional<Long> number(String line) {
        try {
            return Optional.of(Long.parseLong(line.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
