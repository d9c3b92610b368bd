package academy.anxin.kernel.platform;

/** Names shared by everything that reaches the store of record. */
public final class Database {

    /**
     * The JNDI name of the application's MariaDB data source. The web module defines it (with
     * {@code @DataSourceDefinition}, configured from MicroProfile Config) and every persistence unit uses it.
     */
    public static final String DATA_SOURCE = "java:app/jdbc/anxin";

    private Database() {
    }
}
