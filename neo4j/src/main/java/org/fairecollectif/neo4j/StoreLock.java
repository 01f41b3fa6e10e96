package org.fairecollectif.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Holds the lock a Neo4j DBMS takes on its store ({@code <home>/data/databases/store_lock}) until
 * standard input closes, so no DBMS can start on the store meanwhile (the bulk import replaces the
 * database's files under it).
 *
 * <p>Prints {@code LOCKED} once the lock is held; exits with {@link LocalNeo4j#EXIT_STORE_IN_USE}
 * when another process holds it. The lock is an OS file lock: it goes with this process, however
 * it ends.
 */
public final class StoreLock {
    private StoreLock() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("store-lock: expected the store's home directory");
            System.exit(LocalNeo4j.EXIT_BAD_ARGS);
        }
        Path lockFile = Path.of(args[0]).toAbsolutePath().resolve("data").resolve("databases").resolve("store_lock");
        Files.createDirectories(lockFile.getParent());
        FileChannel channel = FileChannel.open(
                lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock();
        if (lock == null) {
            System.err.println("STORE_IN_USE " + lockFile.getParent().getParent().getParent());
            System.exit(LocalNeo4j.EXIT_STORE_IN_USE);
        }
        System.out.println("LOCKED");
        System.out.flush();
        InputStream in = System.in;
        byte[] buffer = new byte[64];
        try {
            while (in.read(buffer) >= 0) {
                // Input is ignored: only its end matters.
            }
        } catch (IOException ignored) {
            // A broken pipe means the same as EOF.
        }
        lock.release();
        channel.close();
    }
}
