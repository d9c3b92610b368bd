package academy.anxin.web.support;

import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;

/**
 * An HTTP answer's JSON read with JSON-P, so that a test checks the fields it means, in the object they belong to,
 * rather than that the text has a bracket or a quoted word somewhere. A body that is not JSON fails the test.
 * <pre>{@code
 * JsonObject course = JsonBody.find(JsonBody.array(response.body()), "code", "L1-PFA");
 * assertEquals("Psychological first aid", course.getString("title"));
 * }</pre>
 */
public final class JsonBody {

    private JsonBody() {
    }

    public static JsonObject object(String body) {
        return read(body).asJsonObject();
    }

    public static JsonArray array(String body) {
        return read(body).asJsonArray();
    }

    /** The elements of an array of objects (hits, courses, organizations). */
    public static List<JsonObject> objects(JsonArray array) {
        return array.stream().map(JsonValue::asJsonObject).toList();
    }

    /** The first object whose {@code field} is {@code value}; fails the test, showing the array, when none is. */
    public static JsonObject find(JsonArray array, String field, String value) {
        return objects(array).stream().filter(o -> value.equals(o.getString(field, null))).findFirst()
                .orElseGet(() -> fail("no object with " + field + " = " + value + " in " + array));
    }

    private static JsonValue read(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readValue();
        }
    }
}
