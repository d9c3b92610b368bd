package academy.anxin.web.support;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The TCP ports a process on this machine listens on, read from Linux's {@code /proc} as {@code ss -ltnp} does:
 * the listening sockets of {@code /proc/net/tcp} and {@code tcp6}, matched by inode to the sockets the process
 * holds open. The process is found by one port it listens on (the platform's HTTP port).
 */
public final class ListeningSockets {

    private ListeningSockets() {
    }

    /** Every address the process that listens on {@code port} listens on. */
    public static List<InetSocketAddress> ofProcessListeningOn(int port) throws IOException {
        Map<String, InetSocketAddress> listening = listening();
        Set<String> inodes = null;
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                Set<String> held = socketsOf(process);
                if (held.stream().map(listening::get).anyMatch(a -> a != null && a.getPort() == port)) {
                    inodes = held;
                    break;
                }
            }
        }
        if (inodes == null) {
            throw new IllegalStateException("no process here listens on port " + port);
        }
        List<InetSocketAddress> addresses = new ArrayList<>();
        inodes.stream().map(listening::get).filter(a -> a != null).forEach(addresses::add);
        return addresses;
    }

    /** inode -> address, of every listening TCP socket. */
    private static Map<String, InetSocketAddress> listening() throws IOException {
        Map<String, InetSocketAddress> sockets = new HashMap<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            List<String> lines = Files.readAllLines(Path.of(table));
            for (String line : lines.subList(1, lines.size())) { // after the column names
                String[] f = line.trim().split("\\s+");
                if ("0A".equals(f[3])) { // TCP_LISTEN
                    String[] local = f[1].split(":");
                    sockets.put(f[9], new InetSocketAddress(address(local[0]), Integer.parseInt(local[1], 16)));
                }
            }
        }
        return sockets;
    }

    /** The kernel writes each 32-bit word of the address in the machine's (little-endian) order. */
    private static InetAddress address(String hex) throws IOException {
        byte[] bytes = new byte[hex.length() / 2];
        for (int word = 0; word < bytes.length; word += 4) {
            for (int i = 0; i < 4; i++) {
                bytes[word + i] = (byte) Integer.parseInt(hex.substring((word + 3 - i) * 2, (word + 4 - i) * 2), 16);
            }
        }
        return InetAddress.getByAddress(bytes);
    }

    private static Set<String> socketsOf(Path process) {
        Set<String> inodes = new HashSet<>();
        try (Stream<Path> fds = Files.list(process.resolve("fd"))) {
            for (Path fd : fds.toList()) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring(8, target.length() - 1));
                    }
                } catch (IOException closedMeanwhile) {
                    // a descriptor closed while listed
                }
            }
        } catch (IOException | SecurityException notOurs) {
            // a process gone meanwhile, or one we may not look into
        }
        return inodes;
    }
}
