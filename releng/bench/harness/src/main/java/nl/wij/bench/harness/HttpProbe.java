package nl.wij.bench.harness;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Polls a loopback URL with a raw HTTP/1.1 request on a new socket each time: no client
 * library, no connection pool, no threads, so the probe adds as little as possible to the
 * timing of the process under test.
 */
final class HttpProbe {

    static final long POLL_INTERVAL_MS = 10;

    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    private HttpProbe() {
    }

    /** The status code of {@code GET path}, or -1 when nothing answers (yet). */
    static int status(int port, String path) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(LOOPBACK, port), 1_000);
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String statusLine = new BufferedReader(
                    new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            if (statusLine == null || !statusLine.startsWith("HTTP/")) {
                return -1;
            }
            String[] parts = statusLine.split(" ");
            return parts.length > 1 ? Integer.parseInt(parts[1]) : -1;
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    /**
     * Polls every {@value #POLL_INTERVAL_MS} ms until {@code GET path} answers 200.
     *
     * @return the time of the first 200 in {@link System#nanoTime()} terms
     * @throws BenchmarkException if the process dies or the deadline passes first
     */
    static long awaitOk(Process process, int port, String path, long timeoutMs)
            throws BenchmarkException, InterruptedException {
        long deadline = System.nanoTime() + timeoutMs * 1_000_000;
        while (true) {
            if (status(port, path) == 200) {
                return System.nanoTime();
            }
            if (!process.isAlive()) {
                throw new BenchmarkException("process exited with " + process.exitValue() + " before " + path
                        + " answered 200");
            }
            if (System.nanoTime() > deadline) {
                throw new BenchmarkException(path + " did not answer 200 within " + timeoutMs + " ms");
            }
            Thread.sleep(POLL_INTERVAL_MS);
        }
    }

    /** A loopback port that is free now. */
    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, LOOPBACK)) {
            return socket.getLocalPort();
        }
    }
}
