package nl.wij.workbench.charts.impl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;

/** One boundary set as served: the compact GeoJSON, gzipped once, and its entity tag. */
record BoundaryBody(byte[] plain, byte[] gzip, String etag, int features) {

    static BoundaryBody of(GeoJsonCompactor.Result result) throws IOException {
        byte[] plain = result.json().getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(plain.length / 3);
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
            gzip.write(plain);
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(plain);
            return new BoundaryBody(plain, compressed.toByteArray(),
                    "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"", result.features());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
