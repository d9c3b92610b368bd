package academy.anxin.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterTest {

    private static Cluster.Settings settings(Map<String, String> env) {
        return new Cluster.Settings(3, 8080, env, Path.of("/srv/anxin"), Path.of("/srv/anxin/data"),
                Path.of("/srv/anxin/app.war"), Path.of("/srv/anxin/payara-micro.jar"), "jdbc:mariadb://db/anxin", false);
    }

    @Test
    void withoutTheOptionThereIsNoCluster() {
        assertEquals(0, Cluster.nodes(List.of()));
        assertEquals(0, Cluster.nodes(List.of("--demo")));
        assertEquals(3, Cluster.nodes(List.of("--demo", "--cluster", "3")));
    }

    @Test
    void nodesListenOnConsecutivePortsAfterTheBalancersAndFindEachOtherOnLoopback() {
        Cluster.Settings settings = settings(Map.of());
        List<String> command = Cluster.nodeCommand(settings, 2, Path.of("/tmp/post-boot.asadmin"));
        String line = String.join(" ", command);
        assertTrue(line.contains("--port 8082 "), line);
        assertTrue(line.contains("--startport 6911 "), line);
        assertTrue(line.contains("--clustermode tcpip:127.0.0.1:6910,127.0.0.1:6911,127.0.0.1:6912 "), line);
        assertTrue(line.contains("--interfaces 127.0.0.1 "), line);
        assertTrue(line.contains("-Dhazelcast.socket.bind.any=false "), line);
        assertTrue(line.contains("--rootdir /srv/anxin/data/payara-node-2 "), line);
        assertTrue(line.contains("--postbootcommandfile /tmp/post-boot.asadmin"), line);
        assertTrue(!line.contains("--nocluster"), line);
        // the grid's name is the data folder's own: two checkouts on one machine never merge
        assertTrue(settings.clusterName().matches("anxin-[0-9a-f]{10}"), settings.clusterName());
        assertEquals("mine", settings(Map.of("ANXIN_CLUSTER_NAME", "mine")).clusterName());
        assertEquals(9001, settings(Map.of("ANXIN_NODE_PORT", "9000")).nodePort(2));
    }

    @Test
    void theBalancerGoesRoundRobinWithoutStickinessOverReadyNodes() {
        String config = Cluster.haproxyConfig(settings(Map.of()));
        assertTrue(config.contains("bind :8080"), config);
        assertTrue(config.contains("balance roundrobin"), config);
        assertTrue(config.contains("option httpchk GET /health/ready"), config);
        assertTrue(config.contains("server node-3 127.0.0.1:8083 check"), config);
        assertTrue(!config.contains("cookie") && !config.contains("stick"), config);
        // an h2c upgrade would make a connection a tunnel to one node
        assertTrue(config.contains("http-request del-header Upgrade if { req.hdr(upgrade) -i h2c }"), config);
    }

    @Test
    void theClusterPostBootCommandsKeepTheGridAndBindHttpToLoopback() throws Exception {
        Path commands = Launcher.resourceFile(Cluster.POST_BOOT_COMMANDS);
        String text = Files.readString(commands);
        assertTrue(text.contains("http-listener.address=127.0.0.1"), text);
        assertTrue(!text.contains("set-hazelcast-configuration"), text);
    }
}
