import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites every jar in the distribution's {@code bundles/} with its entries stored instead of
 * deflated: same entries, same order, same contents (so signatures stay valid), about twice the
 * size on disk. Felix reads the bundles in place (installed by reference) and inflates every class
 * and resource it loads; stored, those reads are plain copies, which took some 150 ms of CPU off a
 * restart. Run by the build (product/pom.xml) with the JDK's source launcher:
 *
 * <pre>java product/src/build/UncompressedBundles.java DIST/bundles</pre>
 *
 * A jar that is already stored is left alone, so the build can run this again.
 */
public final class UncompressedBundles {

    public static void main(String[] args) throws IOException {
        int rewritten = 0;
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of(args[0]), "*.jar")) {
            for (Path jar : jars) {
                if (rewrite(jar)) {
                    rewritten++;
                }
            }
        }
        System.out.println("UncompressedBundles: " + rewritten + " jar(s) in " + args[0] + " rewritten uncompressed");
    }

    private static boolean rewrite(Path jar) throws IOException {
        Path stored = jar.resolveSibling(jar.getFileName() + ".stored");
        try (ZipFile in = new ZipFile(jar.toFile())) {
            List<? extends ZipEntry> entries = Collections.list(in.entries());
            if (entries.stream().allMatch(e -> e.getMethod() == ZipEntry.STORED)) {
                return false;
            }
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(stored))) {
                for (ZipEntry entry : entries) {
                    byte[] data;
                    try (InputStream content = in.getInputStream(entry)) {
                        data = content.readAllBytes();
                    }
                    out.putNextEntry(storedEntry(entry, data));
                    out.write(data);
                    out.closeEntry();
                }
            }
        }
        Files.move(stored, jar, StandardCopyOption.REPLACE_EXISTING);
        return true;
    }

    private static ZipEntry storedEntry(ZipEntry original, byte[] data) {
        ZipEntry entry = new ZipEntry(original.getName());
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(data.length);
        entry.setCompressedSize(data.length);
        CRC32 crc = new CRC32();
        crc.update(data);
        entry.setCrc(crc.getValue());
        entry.setTime(original.getTime());
        return entry;
    }

    private UncompressedBundles() {
    }
}
