package nl.wij.platform.web.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

class ModulesServletTest {

    private final Fakes.Modules modules = new Fakes.Modules();
    private final ModulesServlet servlet = new ModulesServlet(modules);

    private TestResponse call(TestRequest request) throws Exception {
        TestResponse response = new TestResponse();
        servlet.service(request.build(), response.build());
        return response;
    }

    @Test
    void overviewShowsProfileFeaturesAndBundlesAsDocumented() throws Exception {
        TestResponse response = call(TestRequest.get("/api/modules", null).as(Fakes.ANALIST));
        assertEquals(200, response.status());
        JsonObject body = response.json();
        assertEquals("volledig", body.get("profile").getAsString());
        assertEquals("{\"id\":12,\"symbolicName\":\"nl.wij.ihp.web\",\"name\":\"IHP web\",\"version\":\"1.0.0\","
                + "\"state\":\"ACTIVE\",\"feature\":\"ihp\",\"locked\":false}",
                body.getAsJsonArray("bundles").get(1).toString());
        JsonObject feature = body.getAsJsonArray("features").get(0).getAsJsonObject();
        assertEquals("[\"workbench\"]", feature.get("requires").toString());
        assertTrue(feature.get("inProfile").getAsBoolean());
        assertTrue(body.getAsJsonArray("bundles").get(0).getAsJsonObject().get("feature").isJsonNull());
    }

    @Test
    void onlyABeheerderStartsAndStops() throws Exception {
        TestResponse refused = call(TestRequest.post("/api/modules", "/bundles/12/stop").as(Fakes.ANALIST));
        assertEquals(403, refused.status());
        assertEquals("Alleen een beheerder mag modules stoppen.", refused.reason());

        TestResponse stopped = call(TestRequest.post("/api/modules", "/bundles/12/stop").as(Fakes.BEHEERDER));
        assertEquals(200, stopped.status());
        assertEquals("RESOLVED", stopped.json().get("state").getAsString());
        assertEquals(200, call(TestRequest.post("/api/modules", "/bundles/12/start").as(Fakes.BEHEERDER)).status());
    }

    @Test
    void refusalOfModuleAdminIs409WithItsReason() throws Exception {
        modules.refusal = "De bundel nl.wij.platform.web hoort bij het platform en kan niet worden gestopt.";
        TestResponse response = call(TestRequest.post("/api/modules", "/bundles/12/stop").as(Fakes.BEHEERDER));
        assertEquals(409, response.status());
        assertEquals("conflict", response.error());
        assertEquals(modules.refusal, response.reason());
        TestResponse delete = call(TestRequest.get("/api/modules", "/bundles/12").method("DELETE")
                .as(Fakes.BEHEERDER));
        assertEquals(409, delete.status());
    }

    @Test
    void unknownBundleIs404AndNonNumericIdIs400() throws Exception {
        assertEquals(404, call(TestRequest.post("/api/modules", "/bundles/99/start").as(Fakes.BEHEERDER)).status());
        assertEquals(400, call(TestRequest.post("/api/modules", "/bundles/abc/start").as(Fakes.BEHEERDER)).status());
        assertEquals(404, call(TestRequest.post("/api/modules", "/bundles/12/herstart").as(Fakes.BEHEERDER)).status());
    }

    @Test
    void uploadInstallsTheJar() throws Exception {
        TestResponse response = call(TestRequest.post("/api/modules", "/bundles").as(Fakes.BEHEERDER)
                .header("Content-Type", "application/java-archive").header("X-File-Name", "C:\\temp\\ihp.jar")
                .body(new byte[1000]));
        assertEquals(201, response.status());
        assertEquals("ihp.jar", response.json().get("symbolicName").getAsString());
        assertEquals(1000, modules.uploadedBytes);
    }

    @Test
    void uploadOver50MbIs413() throws Exception {
        TestResponse declared = call(TestRequest.post("/api/modules", "/bundles").as(Fakes.BEHEERDER)
                .header("Content-Type", "application/java-archive").body(new byte[0])
                .contentLength(50L * 1024 * 1024 + 1));
        assertEquals(413, declared.status());
        assertEquals(-1, modules.uploadedBytes, "not passed on");

        TestResponse streamed = call(TestRequest.post("/api/modules", "/bundles").as(Fakes.BEHEERDER)
                .header("Content-Type", "application/java-archive").body(new byte[50 * 1024 * 1024 + 1]).chunked());
        assertEquals(413, streamed.status());
        assertEquals("payload_too_large", streamed.error());
    }

    @Test
    void uploadThatIsNotABundleIs400AndWrongTypeIs415() throws Exception {
        modules.refusal = "Dit bestand is geen OSGi-bundel.";
        TestResponse response = call(TestRequest.post("/api/modules", "/bundles").as(Fakes.BEHEERDER)
                .header("Content-Type", "application/java-archive").body(new byte[10]));
        assertEquals(400, response.status());
        assertEquals("Dit bestand is geen OSGi-bundel.", response.reason());

        TestResponse form = call(TestRequest.post("/api/modules", "/bundles").as(Fakes.BEHEERDER)
                .header("Content-Type", "application/x-www-form-urlencoded").body(new byte[10]));
        assertEquals(415, form.status());
    }

    @Test
    void fileNamesAreReducedToTheirLastPart() {
        assertEquals("a.jar", ModulesServlet.fileName("../../etc/a.jar"));
        assertEquals("upload.jar", ModulesServlet.fileName(null));
        assertEquals("upload.jar", ModulesServlet.fileName("dir/.."));
        assertEquals("ab.jar", ModulesServlet.fileName("a\nb.jar"));
    }
}
