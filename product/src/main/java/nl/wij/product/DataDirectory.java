package nl.wij.product;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The data directory of one WIJ installation (database, uploaded modules, framework cache), held
 * with an exclusive lock so two processes never open the same embedded database.
 */
final class DataDirectory implements AutoCloseable {

    private final Path path;
    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectory(Path path, FileChannel channel, FileLock lock) {
        this.path = path;
        this.channel = channel;
        this.lock = lock;
    }

    static DataDirectory open(Path path) throws LaunchException {
        try {
            Files.createDirectories(path);
        } catch (IOException e) {
            throw new LaunchException("Kan gegevensmap " + path + " niet aanmaken: " + e.getMessage(), e);
        }
        if (!Files.isDirectory(path) || !Files.isWritable(path)) {
            throw new LaunchException("Gegevensmap " + path + " is niet schrijfbaar; kies een andere met --data of WIJ_DATA");
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(path.resolve("wij.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw inUse(path);
            }
            return new DataDirectory(path, channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw inUse(path);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new LaunchException("Gegevensmap " + path + " is niet schrijfbaar: " + e.getMessage(), e);
        } catch (LaunchException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    private static LaunchException inUse(Path path) {
        return new LaunchException("Gegevensmap " + path
                + " is in gebruik door een andere WIJ; stop die eerst of kies een andere met --data");
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // the lock attempt already failed; nothing more to report
            }
        }
    }

    Path path() {
        return path;
    }

    Path resolve(String name) {
        return path.resolve(name);
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
