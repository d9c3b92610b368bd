package academy.anxin.kernel.infrastructure;

import academy.anxin.kernel.domain.AuditCheckpoint;
import academy.anxin.kernel.domain.AuditCheckpoints;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The audit checkpoints as a file of JSON lines in the data folder ({@code audit/checkpoints.jsonl} under
 * {@code anxin.data.dir}, {@code ANXIN_DATA_DIR}): written only by appending, each line forced to the disk before
 * the append returns, so that a checkpoint the platform relied on survives a crash, and out of reach of someone
 * who can only write the database.
 *
 * <p>A crash in the middle of an append can leave a last line without its newline. Such a line was never
 * acknowledged, so reading ignores it and the next append cuts it off before writing; a complete line is never
 * changed. Each node of a cluster keeps its own file in its own data folder.
 */
@ApplicationScoped
public class CheckpointFile implements AuditCheckpoints {

    static final String FILE = "audit/checkpoints.jsonl";

    private static final Logger LOG = Logger.getLogger(CheckpointFile.class.getName());

    @Inject
    @ConfigProperty(name = "anxin.data.dir", defaultValue = "./data")
    String dataDir;

    private Path file;
    private volatile long lastSequence = -1;

    public CheckpointFile() {
        // for CDI
    }

    /** A file at a given place: for tests. */
    CheckpointFile(Path file) {
        this.file = file;
    }

    @PostConstruct
    void locate() {
        file = Path.of(dataDir).toAbsolutePath().resolve(FILE);
    }

    @Override
    public synchronized void append(AuditCheckpoint checkpoint) {
        byte[] line = (checkpoint.toLine() + "\n").getBytes(StandardCharsets.US_ASCII);
        try {
            boolean fresh = !Files.exists(file);
            Files.createDirectories(file.getParent());
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE)) {
                cutUnfinishedLine(channel);
                channel.position(channel.size());
                ByteBuffer buffer = ByteBuffer.wrap(line);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            if (fresh) {
                forceDirectory(file.getParent());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to " + file, e);
        }
        lastSequence = Math.max(lastSequence(), checkpoint.sequence());
    }

    /** Removes a last line a crash left without its newline: it was never acknowledged, so it was never relied on. */
    private void cutUnfinishedLine(FileChannel channel) throws IOException {
        long size = channel.size();
        if (size == 0) {
            return;
        }
        long end = size;
        ByteBuffer one = ByteBuffer.allocate(1);
        while (end > 0) {
            one.clear();
            channel.read(one, end - 1);
            if (one.get(0) == '\n') {
                break;
            }
            end--;
        }
        if (end < size) {
            LOG.warning("audit checkpoints: an unfinished last line (" + (size - end) + " bytes, from a crash while "
                    + "writing) is cut off " + file);
            channel.truncate(end);
        }
    }

    private static void forceDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException notSupported) {
            // some systems cannot open a folder for syncing; the file itself is forced
        }
    }

    @Override
    public List<AuditCheckpoint> all() {
        List<AuditCheckpoint> all = new ArrayList<>();
        read(all::add);
        return all;
    }

    @Override
    public List<AuditCheckpoint> after(long after, int limit) {
        List<AuditCheckpoint> page = new ArrayList<>();
        read(checkpoint -> {
            if (page.size() < limit && checkpoint.readable() && checkpoint.sequence() > after) {
                page.add(checkpoint);
            }
        });
        return page;
    }

    @Override
    public long lastSequence() {
        if (lastSequence < 0) {
            long[] last = {0};
            read(checkpoint -> last[0] = Math.max(last[0], checkpoint.sequence()));
            lastSequence = last[0];
        }
        return lastSequence;
    }

    /** Every complete line, in order; undecodable bytes become replacement characters and so an unreadable line. */
    private void read(Consumer<AuditCheckpoint> each) {
        if (!Files.exists(file)) {
            return;
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8))) {
            StringBuilder line = new StringBuilder(512);
            int c;
            while ((c = reader.read()) != -1) {
                if (c == '\n') {
                    if (!line.toString().isBlank()) {
                        each.accept(AuditCheckpoint.parse(line.toString()));
                    }
                    line.setLength(0);
                } else {
                    line.append((char) c);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
