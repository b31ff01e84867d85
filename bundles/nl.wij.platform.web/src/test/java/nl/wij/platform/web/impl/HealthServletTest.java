package nl.wij.platform.web.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Hashtable;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;

import com.google.gson.JsonObject;

import nl.wij.platform.api.db.Database;
import nl.wij.platform.api.db.DatabaseStatus;

class HealthServletTest {

    private static Bundle bundle(int state, String fragmentHost) {
        Hashtable<String, String> headers = new Hashtable<>();
        if (fragmentHost != null) {
            headers.put(Constants.FRAGMENT_HOST, fragmentHost);
        }
        return (Bundle) Proxy.newProxyInstance(HealthServletTest.class.getClassLoader(), new Class<?>[] { Bundle.class },
                (proxy, method, args) -> switch (method.getName()) {
                    case "getState" -> state;
                    case "getHeaders" -> headers;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    /** Two started bundles, an attached fragment (counts as running) and a stopped bundle. */
    private static final Bundle[] BUNDLES = { bundle(Bundle.ACTIVE, null), bundle(Bundle.ACTIVE, null),
            bundle(Bundle.RESOLVED, "derby"), bundle(Bundle.RESOLVED, null) };

    private static BundleContext context() {
        return context(BUNDLES[0]);
    }

    private static BundleContext context(Bundle system) {
        return (BundleContext) Proxy.newProxyInstance(HealthServletTest.class.getClassLoader(),
                new Class<?>[] { BundleContext.class }, (proxy, method, args) -> switch (method.getName()) {
                    case "getBundles" -> BUNDLES;
                    case "getBundle" -> system;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static Database database(boolean up) {
        return new Database() {
            @Override
            public Connection connect() {
                throw new UnsupportedOperationException();
            }

            @Override
            public DatabaseStatus status() {
                return new DatabaseStatus(up, "Apache Derby 10.16.1.1", "/geheim/pad/db");
            }
        };
    }

    private static TestResponse health(HealthServlet servlet) throws Exception {
        TestResponse response = new TestResponse();
        servlet.service(TestRequest.get("/api/health", null).build(), response.build());
        return response;
    }

    @Test
    void upWhenTheDatabaseAnswers() throws Exception {
        TestResponse response = health(new HealthServlet(context(), database(true), new Fakes.Modules()));
        assertEquals(200, response.status());
        assertEquals("{\"status\":\"UP\",\"framework\":{\"state\":\"ACTIVE\",\"bundles\":4,\"active\":3},"
                + "\"database\":{\"status\":\"UP\",\"product\":\"Apache Derby 10.16.1.1\"},\"profile\":\"volledig\"}",
                response.body());
    }

    @Test
    void downWith503WhenTheDatabaseIsGoneOrDown() throws Exception {
        TestResponse gone = health(new HealthServlet(context(), null, null));
        assertEquals(503, gone.status());
        JsonObject body = gone.json();
        assertEquals("DOWN", body.get("status").getAsString());
        assertEquals("DOWN", body.getAsJsonObject("database").get("status").getAsString());
        assertTrue(body.get("profile").isJsonNull());

        TestResponse down = health(new HealthServlet(context(), database(false), null));
        assertEquals(503, down.status());
        assertTrue(!down.body().contains("geheim"), "the detail is not published");
    }

    @Test
    void startingUntilTheFrameworkHasStartedEveryBundleWithoutAskingTheDatabase() throws Exception {
        Database unasked = new Database() {
            @Override
            public Connection connect() {
                throw new UnsupportedOperationException();
            }

            @Override
            public DatabaseStatus status() {
                throw new AssertionError("the database is not asked while the framework starts");
            }
        };
        TestResponse starting = health(new HealthServlet(context(bundle(Bundle.STARTING, null)), unasked, null));

        assertEquals(503, starting.status());
        assertEquals("STARTING", starting.json().get("status").getAsString());
        assertEquals("STARTING", starting.json().getAsJsonObject("database").get("status").getAsString());
        assertEquals("STARTING", starting.json().getAsJsonObject("framework").get("state").getAsString());
    }
}
