package nl.wij.platform.web.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

class JsonBodyTest {

    private static JsonObject read(String contentType, String body) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return JsonBody.read(contentType, bytes.length, new ByteArrayInputStream(bytes));
    }

    private static ApiException refused(String contentType, String body) {
        return assertThrows(ApiException.class, () -> read(contentType, body));
    }

    @Test
    void parsesAJsonObject() throws Exception {
        JsonObject body = read("application/json; charset=UTF-8", "{\"username\":\"jan\",\"password\":\"geheim é\"}");
        assertEquals("jan", JsonBody.requiredString(body, "username"));
        assertEquals("geheim é", JsonBody.requiredString(body, "password"));
    }

    @Test
    void otherContentTypesAre415() {
        for (String type : new String[] { null, "text/plain", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x", "application/jsonp" }) {
            ApiException e = refused(type, "{}");
            assertEquals(ApiError.UNSUPPORTED_MEDIA_TYPE, e.error(), type);
        }
    }

    @Test
    void bodiesOver64KbAre413ByLengthOrByContent() {
        ApiException declared = assertThrows(ApiException.class,
                () -> JsonBody.read("application/json", 64 * 1024 + 1, new ByteArrayInputStream(new byte[0])));
        assertEquals(ApiError.PAYLOAD_TOO_LARGE, declared.error());

        byte[] big = ("{\"x\":\"" + "a".repeat(64 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        ApiException chunked = assertThrows(ApiException.class,
                () -> JsonBody.read("application/json", -1, new ByteArrayInputStream(big)));
        assertEquals(ApiError.PAYLOAD_TOO_LARGE, chunked.error());
    }

    @Test
    void malformedJsonSaysWhereInDutch() {
        ApiException e = refused("application/json", "{\"username\": \"jan\",\n \"password\" \"x\"}");
        assertEquals(ApiError.BAD_REQUEST, e.error());
        assertTrue(e.reason().startsWith("De inhoud is geen geldige JSON (regel 2, kolom"), e.reason());

        assertEquals("De inhoud ontbreekt; verwacht een JSON-object.", refused("application/json", " ").reason());
        assertEquals("De inhoud moet een JSON-object zijn ({...}).", refused("application/json", "[1,2]").reason());
        assertTrue(refused("application/json", "{} {}").reason().contains("na het JSON-object"));
        assertEquals(ApiError.BAD_REQUEST, refused("application/json", "{username: 'jan'}").error(),
                "strict JSON: no unquoted names or single quotes");
        assertEquals(ApiError.BAD_REQUEST, refused("application/json", "{\"a\":1").error());
    }

    @Test
    void fieldErrorsNameTheField() throws Exception {
        JsonObject body = read("application/json", "{\"username\":42,\"roles\":[\"analist\",3],\"label\":null}");
        assertEquals("Veld 'password' ontbreekt.",
                assertThrows(ApiException.class, () -> JsonBody.requiredString(body, "password")).reason());
        assertEquals("Veld 'username' moet tekst zijn.",
                assertThrows(ApiException.class, () -> JsonBody.requiredString(body, "username")).reason());
        assertEquals("Veld 'roles' moet een lijst met teksten zijn.",
                assertThrows(ApiException.class, () -> JsonBody.optionalStringList(body, "roles")).reason());
        assertEquals(Optional.empty(), JsonBody.optionalString(body, "label"));
        assertEquals(List.of(), JsonBody.optionalStringList(body, "missing"));
        assertEquals(List.of("a", "b"),
                JsonBody.optionalStringList(read("application/json", "{\"r\":[\"a\",\"b\"]}"), "r"));
    }
}
