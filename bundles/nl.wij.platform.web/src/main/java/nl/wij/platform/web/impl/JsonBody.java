package nl.wij.platform.web.impl;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Reads a JSON object from a request body: {@code Content-Type: application/json} (415 otherwise,
 * which also keeps cross-site HTML forms out), at most {@value #MAX_BYTES} bytes (413), strict JSON
 * (400 with a Dutch reason that says where it is wrong), and typed field access with Dutch errors
 * such as {@code Veld 'username' ontbreekt}.
 */
final class JsonBody {

    static final int MAX_BYTES = 64 * 1024;

    private static final Pattern POSITION = Pattern.compile("line (\\d+) column (\\d+)");

    private JsonBody() {
    }

    static JsonObject read(HttpServletRequest request) throws IOException {
        return read(request.getContentType(), request.getContentLengthLong(), request.getInputStream());
    }

    static JsonObject read(String contentType, long contentLength, InputStream in) throws IOException {
        if (!isJson(contentType)) {
            throw new ApiException(ApiError.UNSUPPORTED_MEDIA_TYPE,
                    "Stuur de gegevens als JSON (Content-Type: application/json).");
        }
        if (contentLength > MAX_BYTES) {
            throw tooLarge();
        }
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw tooLarge();
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.isBlank()) {
            throw new ApiException(ApiError.BAD_REQUEST, "De inhoud ontbreekt; verwacht een JSON-object.");
        }
        JsonReader reader = new JsonReader(new StringReader(text));
        reader.setStrictness(Strictness.STRICT);
        JsonElement element;
        try {
            element = JsonParser.parseReader(reader);
        } catch (JsonParseException e) {
            throw new ApiException(ApiError.BAD_REQUEST, "De inhoud is geen geldige JSON" + position(e) + ".");
        }
        if (!atEnd(reader)) {
            throw new ApiException(ApiError.BAD_REQUEST,
                    "De inhoud is geen geldige JSON: er staat nog iets na het JSON-object.");
        }
        if (!element.isJsonObject()) {
            throw new ApiException(ApiError.BAD_REQUEST, "De inhoud moet een JSON-object zijn ({...}).");
        }
        return element.getAsJsonObject();
    }

    static String requiredString(JsonObject body, String field) {
        return optionalString(body, field)
                .orElseThrow(() -> new ApiException(ApiError.BAD_REQUEST, "Veld '" + field + "' ontbreekt."));
    }

    /** The text of a field; absent and {@code null} are both empty, any other type is an error. */
    static Optional<String> optionalString(JsonObject body, String field) {
        JsonElement value = body.get(field);
        if (value == null || value.isJsonNull()) {
            return Optional.empty();
        }
        if (!isString(value)) {
            throw new ApiException(ApiError.BAD_REQUEST, "Veld '" + field + "' moet tekst zijn.");
        }
        return Optional.of(value.getAsString());
    }

    /** A list of texts; absent or {@code null} is an empty list. */
    static List<String> optionalStringList(JsonObject body, String field) {
        JsonElement value = body.get(field);
        if (value == null || value.isJsonNull()) {
            return List.of();
        }
        ApiException wrongType = new ApiException(ApiError.BAD_REQUEST,
                "Veld '" + field + "' moet een lijst met teksten zijn.");
        if (!value.isJsonArray()) {
            throw wrongType;
        }
        List<String> values = new ArrayList<>();
        for (JsonElement item : value.getAsJsonArray()) {
            if (!isString(item)) {
                throw wrongType;
            }
            values.add(item.getAsString());
        }
        return values;
    }

    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        int parameters = contentType.indexOf(';');
        String type = (parameters < 0 ? contentType : contentType.substring(0, parameters)).trim();
        return type.toLowerCase(Locale.ROOT).equals("application/json");
    }

    private static boolean atEnd(JsonReader reader) {
        try {
            return reader.peek() == JsonToken.END_DOCUMENT;
        } catch (IOException trailingData) {
            // a strict reader refuses a second top-level value
            return false;
        }
    }

    private static boolean isString(JsonElement value) {
        return value.isJsonPrimitive() && ((JsonPrimitive) value).isString();
    }

    private static ApiException tooLarge() {
        return new ApiException(ApiError.PAYLOAD_TOO_LARGE,
                "De inhoud is te groot; een JSON-verzoek mag hoogstens 64 kB zijn.");
    }

    private static String position(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            Matcher matcher = POSITION.matcher(String.valueOf(t.getMessage()));
            if (matcher.find()) {
                return " (regel " + matcher.group(1) + ", kolom " + matcher.group(2) + ")";
            }
        }
        return "";
    }
}
