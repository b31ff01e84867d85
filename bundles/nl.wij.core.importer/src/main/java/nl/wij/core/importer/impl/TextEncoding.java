package nl.wij.core.importer.impl;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The encodings a DUO file can have, and how to open a file in one of them. */
enum TextEncoding {

    UTF_8("UTF-8", 0), UTF_8_BOM("UTF-8 (BOM)", 3), WINDOWS_1252("windows-1252", 0),
    UTF_16LE_BOM("UTF-16LE (BOM)", 2), UTF_16BE_BOM("UTF-16BE (BOM)", 2);

    private static final int BUFFER = 1 << 16;

    private final String label;
    private final int bomLength;

    TextEncoding(String label, int bomLength) {
        this.label = label;
        this.bomLength = bomLength;
    }

    String label() {
        return label;
    }

    /** Opens the file after its byte-order mark. UTF-8 has been validated by {@link EncodingSniffer} already. */
    Reader open(Path file) throws IOException {
        return open(new BufferedInputStream(Files.newInputStream(file), BUFFER));
    }

    /** Reads the stream after its byte-order mark; closing the reader closes the stream. */
    Reader open(InputStream in) throws IOException {
        try {
            in.skipNBytes(bomLength);
            return switch (this) {
                case UTF_8, UTF_8_BOM -> new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
                case UTF_16LE_BOM -> new InputStreamReader(in, StandardCharsets.UTF_16LE);
                case UTF_16BE_BOM -> new InputStreamReader(in, StandardCharsets.UTF_16BE);
                case WINDOWS_1252 -> new Windows1252Reader(in);
            };
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }
}
