package nl.wij.platform.web.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

class ErrorPageServletTest {

    private static TestResponse errorPage(Integer status, Throwable exception) throws Exception {
        TestRequest request = TestRequest.get("/x", null);
        HttpServletRequest built = request.build();
        built.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
        built.setAttribute(RequestDispatcher.ERROR_EXCEPTION, exception);
        TestResponse response = new TestResponse();
        new ErrorPageServlet().service(built, response.build());
        return response;
    }

    @Test
    void notFoundIsAJsonError() throws Exception {
        TestResponse response = errorPage(404, null);
        assertEquals(404, response.status());
        assertEquals("{\"error\":\"not_found\",\"reason\":\"Het gevraagde adres bestaat niet.\"}", response.body());
    }

    @Test
    void exceptionIs500WithoutStackTraceOrMessage() throws Exception {
        TestResponse response = errorPage(500, new IllegalStateException("geheime details uit /var/wij"));
        assertEquals(500, response.status());
        assertEquals("internal_error", response.error());
        assertFalse(response.body().contains("geheime"), response.body());
        assertFalse(response.body().contains("IllegalStateException"), response.body());
    }

    @Test
    void statusMapping() {
        assertEquals(500, ErrorPageServlet.status(null, new RuntimeException(), 200));
        assertEquals(413, ErrorPageServlet.status(413, null, 200));
        assertEquals(404, ErrorPageServlet.status(null, null, 404));
        assertEquals(ApiError.BAD_REQUEST, ApiError.forStatus(418));
        assertEquals(ApiError.UNAVAILABLE, ApiError.forStatus(503));
        assertEquals(ApiError.INTERNAL_ERROR, ApiError.forStatus(502));
    }
}
