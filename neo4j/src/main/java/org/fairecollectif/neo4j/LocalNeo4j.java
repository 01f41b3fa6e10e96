package org.fairecollectif.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * A single-machine Neo4j Community DBMS with a Bolt connector on loopback.
 *
 * <p>It speaks to its parent process through one line on standard output
 * ({@code READY <bolt-uri>}) and a well-known exit code when the store is locked by another
 * process. It stops cleanly on SIGINT/SIGTERM and when its standard input closes, so a parent
 * that dies without cleaning up never leaves the store locked.
 */
public final class LocalNeo4j {
    static final int EXIT_BAD_ARGS = 2;
    static final int EXIT_STORE_IN_USE = 3;
    static final int EXIT_START_FAILED = 4;

    private LocalNeo4j() {}

    public static void main(String[] args) {
        Map<String, String> options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("local-neo4j: " + e.getMessage());
            System.exit(EXIT_BAD_ARGS);
            return;
        }

        Path home = Path.of(options.getOrDefault("home", ".data/neo4j")).toAbsolutePath();
        int port = Integer.parseInt(options.getOrDefault("port", "0"));
        String pageCache = options.getOrDefault("page-cache", "256m");
        String txTimeout = options.get("tx-timeout-ms");
        String txMemoryMax = options.get("tx-memory-max");

        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // The only Bolt client is our parent, which closes its driver before stopping us:
                // Bolt's default five-second grace periods would only make every stop slower.
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(500))
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(500))
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2));
        if (txTimeout != null) {
            builder.setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMillis(Long.parseLong(txTimeout)));
        }
        if (txMemoryMax != null) {
            // dbms.memory.transaction.total.max: the memory all transactions may hold together.
            builder.setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, ByteUnit.parse(txMemoryMax));
        }

        DatabaseManagementService dbms;
        try {
            dbms = builder.build();
        } catch (RuntimeException e) {
            if (isStoreLocked(e)) {
                System.err.println("STORE_IN_USE " + home);
                System.exit(EXIT_STORE_IN_USE);
            }
            System.err.println("local-neo4j: could not start: " + rootMessage(e));
            e.printStackTrace(System.err);
            System.exit(EXIT_START_FAILED);
            return;
        }

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            dbms.shutdown();
            System.out.println("STOPPED");
            System.out.flush();
        }, "local-neo4j-shutdown"));

        GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        ConnectorPortRegister ports = ((GraphDatabaseAPI) system)
                .getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class);
        HostnamePort bolt = ports.getLocalAddress(ConnectorType.BOLT);
        System.out.println("READY bolt://" + bolt.getHost() + ":" + bolt.getPort());
        System.out.flush();

        if (options.containsKey("watch-stdin")) {
            exitWhenStdinCloses();
        }
    }

    /** The parent holds our stdin open; EOF means it is gone, so run the shutdown hook. */
    private static void exitWhenStdinCloses() {
        Thread watcher = new Thread(() -> {
            InputStream in = System.in;
            byte[] buffer = new byte[64];
            try {
                while (in.read(buffer) >= 0) {
                    // Input is ignored: only its end matters.
                }
            } catch (IOException ignored) {
                // A broken pipe means the same as EOF.
            }
            System.exit(0);
        }, "local-neo4j-stdin-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static boolean isStoreLocked(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String name = t.getClass().getSimpleName();
            String message = String.valueOf(t.getMessage());
            if (name.equals("FileLockException") || message.contains("locked by another process")) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + arg + "'");
            }
            String key = arg.substring(2);
            if (key.equals("watch-stdin")) {
                options.put(key, "true");
            } else if (i + 1 < args.length) {
                options.put(key, args[++i]);
            } else {
                throw new IllegalArgumentException("option " + arg + " needs a value");
            }
        }
        return options;
    }
}
