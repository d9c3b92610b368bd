package academy.anxin.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import academy.anxin.launcher.EmbeddedDatabase;
import academy.anxin.web.support.TestDatabase;
import java.net.URLDecoder;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The schema migrations on a database of the previous release and on an empty one, without deploying the
 * platform: Flyway run the way the kernel's {@code SchemaMigrations} runs it, context by context in their order.
 * Each case has a database of its own beside the integration tests' one, made anew.
 */
class SchemaUpgradeIT {

    /** Every context's schema, in the order of their {@code ContextSchema} producers. */
    private static final List<String[]> CONTEXTS = List.of(
            new String[] {"kernel", "krn_schema_history"},
            new String[] {"identity", "idn_schema_history"},
            new String[] {"learning", "lrn_schema_history"},
            new String[] {"practice", "prc_schema_history"},
            new String[] {"assessment", "asm_schema_history"},
            new String[] {"credentials", "crd_schema_history"},
            new String[] {"services", "svc_schema_history"});

    private static final String HASH = "a".repeat(64);
    private static final String REVOKED_HASH = "b".repeat(64);

    @Test
    void apiKeysMoveToIdentityWithEveryKeyKept() throws SQLException {
        String url = database("upgrade");
        migrate(url, "1"); // the release before API keys moved: every context at V1
        try (Connection db = DriverManager.getConnection(url); Statement sql = db.createStatement()) {
            sql.execute("INSERT INTO crd_api_key (organization_id, name, key_prefix, key_hash, per_minute, "
                    + "created_by, created_at) VALUES (7, '派案系统', 'axk_abcdefgh', '" + HASH + "', 600, 3, "
                    + "'2026-05-01 08:00:00')");
            sql.execute("INSERT INTO crd_api_key (organization_id, name, key_prefix, key_hash, per_minute, "
                    + "created_by, created_at, revoked_by, revoked_at) VALUES (7, 'old', 'axk_zyxwvuts', '"
                    + REVOKED_HASH + "', 5, 3, '2026-04-01 08:00:00', 3, '2026-04-02 08:00:00')");
            sql.execute("INSERT INTO crd_verification (api_key_id, asked, allowed, outcome, at) "
                    + "VALUES (1, 'L2', TRUE, 'ALLOWED', '2026-05-01 09:00:00')");
        }

        migrate(url, null);

        try (Connection db = DriverManager.getConnection(url); Statement sql = db.createStatement()) {
            assertEquals(List.of("1|7|派案系统|axk_abcdefgh|600|null", "2|7|old|axk_zyxwvuts|5|2026-04-02 08:00"),
                    rows(sql, "SELECT id, organization_id, name, key_prefix, per_minute, "
                            + "DATE_FORMAT(revoked_at, '%Y-%m-%d %H:%i') FROM idn_api_key ORDER BY id"));
            assertEquals(List.of(HASH, REVOKED_HASH), rows(sql, "SELECT key_hash FROM idn_api_key ORDER BY id"));
            assertFalse(tableExists(sql, "crd_api_key"));
            assertEquals(List.of("1"), rows(sql, "SELECT v.api_key_id FROM crd_verification v "
                    + "JOIN idn_api_key k ON k.id = v.api_key_id"));
            assertEquals(List.of("PRIMARY", "idn_api_key_by_organization", "idn_api_key_hash"), indexes(sql));
            // a new key continues the numbering, so no id is given twice
            sql.execute("INSERT INTO idn_api_key (organization_id, name, key_prefix, key_hash, per_minute, "
                    + "created_by, created_at) VALUES (7, 'new', 'axk_newnewne', '" + "c".repeat(64) + "', 60, 3, "
                    + "'2026-05-02 08:00:00')");
            assertEquals(List.of("3"), rows(sql, "SELECT id FROM idn_api_key WHERE name = 'new'"));
        }
    }

    @Test
    void aFreshDatabaseGetsTheSameApiKeyTable() throws SQLException {
        String url = database("fresh");
        migrate(url, null);
        try (Connection db = DriverManager.getConnection(url); Statement sql = db.createStatement()) {
            assertFalse(tableExists(sql, "crd_api_key"));
            assertEquals(List.of("PRIMARY", "idn_api_key_by_organization", "idn_api_key_hash"), indexes(sql));
            assertEquals(List.of("0"), rows(sql, "SELECT COUNT(*) FROM idn_api_key"));
        }
        migrate(url, null); // a second start applies nothing and fails on nothing
    }

    private static String database(String suffix) throws SQLException {
        String itUrl = System.getProperty(TestDatabase.URL_PROPERTY);
        assertNotNull(itUrl, "the integration tests' database was not set up");
        String server = itUrl.substring(0, itUrl.indexOf('/', "jdbc:mariadb://".length()) + 1);
        String name = itUrl.substring(server.length(), itUrl.indexOf('?')) + "_" + suffix;
        // the same account as the tests' database, with its password when the embedded database has one
        int password = itUrl.indexOf("&password=");
        return EmbeddedDatabase.ensureDatabase(server, "root",
                password < 0 ? null : URLDecoder.decode(itUrl.substring(password + "&password=".length()), UTF_8),
                name, true);
    }

    private static void migrate(String url, String target) {
        for (String[] context : CONTEXTS) {
            var flyway = Flyway.configure(SchemaUpgradeIT.class.getClassLoader())
                    .dataSource(url, null, null)
                    .locations("classpath:db/" + context[0])
                    .table(context[1])
                    .baselineOnMigrate(true)
                    .baselineVersion("0");
            if (target != null) {
                flyway.target(target);
            }
            flyway.load().migrate();
        }
    }

    private static boolean tableExists(Statement sql, String table) throws SQLException {
        return !rows(sql, "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() "
                + "AND table_name = '" + table + "'").isEmpty();
    }

    private static List<String> indexes(Statement sql) throws SQLException {
        return rows(sql, "SELECT DISTINCT index_name FROM information_schema.statistics WHERE table_schema = "
                + "DATABASE() AND table_name = 'idn_api_key'").stream().sorted().toList();
    }

    private static List<String> rows(Statement sql, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet result = sql.executeQuery(query)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i == 1 ? "" : "|").append(result.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
