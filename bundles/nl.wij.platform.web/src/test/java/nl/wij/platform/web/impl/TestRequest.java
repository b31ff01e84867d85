package nl.wij.platform.web.impl;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import nl.wij.platform.api.security.Account;
import nl.wij.platform.api.security.RequestAttributes;
import nl.wij.platform.api.security.Session;

/** A hand-written request double: only what the servlets here use; anything else fails loudly. */
final class TestRequest {

    private String method = "GET";
    private String servletPath = "";
    private String pathInfo;
    private final Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final List<Cookie> cookies = new ArrayList<>();
    private final Map<String, Object> attributes = new HashMap<>();
    private byte[] body = new byte[0];
    private long contentLength = -1;
    private boolean secure;

    static TestRequest get(String servletPath, String pathInfo) {
        return new TestRequest().method("GET").path(servletPath, pathInfo);
    }

    static TestRequest post(String servletPath, String pathInfo) {
        return new TestRequest().method("POST").path(servletPath, pathInfo);
    }

    TestRequest method(String value) {
        method = value;
        return this;
    }

    TestRequest path(String servlet, String info) {
        servletPath = servlet;
        pathInfo = info;
        return this;
    }

    TestRequest header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    TestRequest cookie(String name, String value) {
        cookies.add(new Cookie(name, value));
        return this;
    }

    TestRequest json(String text) {
        header("Content-Type", "application/json");
        return body(text.getBytes(StandardCharsets.UTF_8));
    }

    TestRequest body(byte[] bytes) {
        body = bytes;
        contentLength = bytes.length;
        return this;
    }

    /** A body of unknown length (chunked). */
    TestRequest chunked() {
        contentLength = -1;
        return this;
    }

    TestRequest contentLength(long value) {
        contentLength = value;
        return this;
    }

    TestRequest secure() {
        secure = true;
        return this;
    }

    TestRequest as(Account account) {
        attributes.put(RequestAttributes.ACCOUNT, account);
        return this;
    }

    TestRequest in(Session session) {
        attributes.put(RequestAttributes.ACCOUNT, session.account());
        attributes.put(Caller.SESSION_ATTRIBUTE, session);
        return this;
    }

    Object attribute(String name) {
        return attributes.get(name);
    }

    HttpServletRequest build() {
        ByteArrayInputStream in = new ByteArrayInputStream(body);
        ServletInputStream stream = new ServletInputStream() {
            @Override
            public int read() throws IOException {
                return in.read();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return in.read(b, off, len);
            }

            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException();
            }
        };
        return (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] { HttpServletRequest.class }, (proxy, m, args) -> switch (m.getName()) {
                    case "getMethod" -> method;
                    case "getServletPath" -> servletPath;
                    case "getPathInfo" -> pathInfo;
                    case "getContextPath" -> "";
                    case "getRequestURI" -> servletPath + (pathInfo == null ? "" : pathInfo);
                    case "getHeader" -> headers.get((String) args[0]);
                    case "getContentType" -> headers.get("Content-Type");
                    case "getContentLengthLong" -> contentLength;
                    case "getContentLength" -> (int) contentLength;
                    case "getInputStream" -> stream;
                    case "getCookies" -> cookies.isEmpty() ? null : cookies.toArray(new Cookie[0]);
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "setAttribute" -> attributes.put((String) args[0], args[1]);
                    case "isSecure" -> secure;
                    case "getRemoteAddr" -> "192.0.2.10";
                    case "toString" -> method + " " + servletPath + pathInfo;
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }
}
