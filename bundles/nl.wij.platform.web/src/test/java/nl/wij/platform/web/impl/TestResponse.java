package nl.wij.platform.web.impl;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;

/** A hand-written response double that records status, headers and body. */
final class TestResponse {

    private int status = 200;
    private final Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private String contentType;
    private final HttpServletResponse proxy;

    TestResponse() {
        ServletOutputStream stream = new ServletOutputStream() {
            @Override
            public void write(int b) {
                body.write(b);
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException();
            }
        };
        proxy = (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] { HttpServletResponse.class }, (p, m, args) -> {
                    switch (m.getName()) {
                        case "setStatus" -> status = (Integer) args[0];
                        case "getStatus" -> {
                            return status;
                        }
                        case "setHeader" -> headers.put((String) args[0], new ArrayList<>(List.of((String) args[1])));
                        case "addHeader" -> headers.computeIfAbsent((String) args[0], k -> new ArrayList<>())
                                .add((String) args[1]);
                        case "getHeader" -> {
                            return header((String) args[0]);
                        }
                        case "setContentType" -> contentType = (String) args[0];
                        case "setCharacterEncoding", "setContentLength" -> {
                            // recorded implicitly
                        }
                        case "getOutputStream" -> {
                            return stream;
                        }
                        case "isCommitted" -> {
                            return false;
                        }
                        default -> throw new UnsupportedOperationException(m.getName());
                    }
                    return null;
                });
    }

    HttpServletResponse build() {
        return proxy;
    }

    int status() {
        return status;
    }

    String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    List<String> headers(String name) {
        return headers.getOrDefault(name, List.of());
    }

    String contentType() {
        return contentType;
    }

    String body() {
        return body.toString(StandardCharsets.UTF_8);
    }

    JsonObject json() {
        return JsonParser.parseString(body()).getAsJsonObject();
    }

    /** The {@code reason} of a JSON error. */
    String reason() {
        return json().get("reason").getAsString();
    }

    String error() {
        return json().get("error").getAsString();
    }
}
