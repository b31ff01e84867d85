package nl.wij.bench.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;

import nl.wij.platform.api.db.Database;
import nl.wij.platform.api.db.DatabaseStatus;

/**
 * A new embedded Derby database in a directory of its own, on disk with its transaction log and
 * default settings, as the product opens it; shut down and deleted on close.
 */
final class DiskDatabase implements Database, AutoCloseable {

    private final Path dir;
    private final String url;

    DiskDatabase(Path dir) throws SQLException {
        this.dir = dir;
        this.url = "jdbc:derby:" + dir.toAbsolutePath();
        DriverManager.getConnection(url + ";create=true").close();
    }

    @Override
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url);
    }

    @Override
    public DatabaseStatus status() {
        return new DatabaseStatus(true, "Apache Derby", "disk");
    }

    @Override
    public void close() throws IOException {
        try {
            DriverManager.getConnection(url + ";shutdown=true").close();
        } catch (SQLException expected) {
            // 08006: the database was shut down
        }
        deleteTree(dir);
    }

    static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
