package academy.anxin.web.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay on a port of its own to a real server (the tests' MariaDB), that a test can cut and restore: cut, it
 * closes every connection it carries and stops listening, which is what the platform sees when its database
 * process is killed (connections reset, new ones refused); restored, it listens on the same port again. Nothing
 * is imitated: the bytes are the database's.
 */
public final class CuttableLink implements AutoCloseable {

    private final InetSocketAddress target;
    private final int port;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket listening;

    public CuttableLink(String host, int targetPort) throws IOException {
        this.target = new InetSocketAddress(host, targetPort);
        ServerSocket first = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.port = first.getLocalPort();
        listen(first);
    }

    public int port() {
        return port;
    }

    /** Every carried connection reset and the port closed, as when the database's process dies. */
    public synchronized void cut() throws IOException {
        ServerSocket server = listening;
        listening = null;
        if (server != null) {
            server.close();
        }
        for (Socket socket : open) {
            closeQuietly(socket);
        }
        open.clear();
    }

    /** Listening again on the same port, as when the database is back. */
    public synchronized void restore() throws IOException {
        if (listening != null) {
            return;
        }
        ServerSocket server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        listen(server);
    }

    private void listen(ServerSocket server) {
        listening = server;
        Thread acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    relay(server.accept());
                } catch (IOException closed) {
                    return;
                }
            }
        }, "cuttable-link-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void relay(Socket client) {
        Socket upstream = new Socket();
        try {
            upstream.connect(target, 2_000);
        } catch (IOException refused) {
            closeQuietly(client);
            return;
        }
        open.add(client);
        open.add(upstream);
        pump(client, upstream);
        pump(upstream, client);
    }

    private void pump(Socket from, Socket to) {
        Thread pump = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException closed) {
                // either side went away: both are closed below
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
            }
        }, "cuttable-link-pump");
        pump.setDaemon(true);
        pump.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            // a reset, as the kernel sends for a killed process, rather than an orderly close
            socket.setSoLinger(true, 0);
            socket.close();
        } catch (IOException alreadyClosed) {
            // nothing to do
        }
    }

    @Override
    public void close() throws IOException {
        cut();
    }
}
