package academy.anxin.api.v1;

import academy.anxin.credentials.domain.CaseRequirement;
import academy.anxin.dispatch.domain.CaseDescription;
import academy.anxin.practice.domain.Population;
import academy.anxin.services.domain.Accessibility;
import academy.anxin.services.domain.Channel;
import academy.anxin.services.domain.ServiceLanguage;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.StringReader;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /api/v1/matches}, read by hand as {@link VerificationRequest} is: every way a body can be
 * wrong is a 400 whose code names the field ({@code match.population}, {@code match.accessibility}, ...). A case
 * identifies nobody: the body has no field for a name, a number or free text. Unknown properties are ignored;
 * codes are read case-insensitively.
 */
record MatchRequest(CaseDescription description, int limit) {

    static final int LARGEST_BODY = 4096;
    static final int DEFAULT_LIMIT = 20;
    static final int LONGEST_CODE = 40;

    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());

    static MatchRequest parse(String body) {
        JsonObject root = object(body);
        Population population = required(root, "population",
                one("population", Population.values(), Population::name));
        CaseRequirement.Risk risk = required(root, "riskLevel",
                one("riskLevel", CaseRequirement.Risk.values(), CaseRequirement.Risk::name));
        Channel channel = optional(root, "channel", one("channel", Channel.values(), Channel::name));
        ServiceLanguage language = optional(root, "language",
                one("language", ServiceLanguage.values(), ServiceLanguage::tag));
        Set<Accessibility> accessibility = set(root, "accessibility", Accessibility.class);
        Set<CaseRequirement.Concern> concerns = set(root, "concerns", CaseRequirement.Concern.class);
        int limit = limit(root.get("limit"));
        return new MatchRequest(new CaseDescription(population, risk, channel, language, accessibility, concerns),
                limit);
    }

    private static JsonObject object(String body) {
        if (body == null || body.isBlank()) {
            throw new VerificationRequest.Malformed("match.body", "the body must be a JSON object / 请求体须为 JSON 对象");
        }
        try (JsonParser parser = PARSERS.createParser(new StringReader(body))) {
            if (parser.next() != JsonParser.Event.START_OBJECT) {
                throw new VerificationRequest.Malformed("match.body",
                        "the body must be a JSON object / 请求体须为 JSON 对象");
            }
            JsonObject object = parser.getObject();
            if (parser.hasNext()) {
                throw new VerificationRequest.Malformed("match.json",
                        "the body is not valid JSON: more after the object / 请求体不是有效的 JSON");
            }
            return object;
        } catch (JsonException | IllegalStateException | NoSuchElementException notJson) {
            throw new VerificationRequest.Malformed("match.json", "the body is not valid JSON / 请求体不是有效的 JSON");
        }
    }

    /** Reads one code of an enum, by {@code written} (the name, or a language's tag), case-insensitively. */
    private static <E extends Enum<E>> Function<String, E> one(String field, E[] values, Function<E, String> written) {
        return code -> Arrays.stream(values).filter(v -> written.apply(v).equalsIgnoreCase(code)).findFirst()
                .orElseThrow(() -> new VerificationRequest.Malformed("match." + field, field + ": unknown code \""
                        + code + "\"; one of " + Arrays.stream(values).map(written).collect(Collectors.joining(", "))
                        + " / " + field + " 代码未知"));
    }

    private static <E> E required(JsonObject root, String field, Function<String, E> reader) {
        E value = optional(root, field, reader);
        if (value == null) {
            throw new VerificationRequest.Malformed("match." + field, field + " is required / " + field + " 为必填");
        }
        return value;
    }

    private static <E> E optional(JsonObject root, String field, Function<String, E> reader) {
        String code = code(root.get(field), field);
        return code == null ? null : reader.apply(code);
    }

    /** A code: absent or null is none; anything but a short string is refused with the field's name. */
    private static String code(JsonValue value, String field) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonString text)) {
            throw new VerificationRequest.Malformed("match." + field, field + " must be a string code / "
                    + field + " 须为代码字符串");
        }
        String code = text.getString().strip();
        if (code.length() > LONGEST_CODE) {
            throw new VerificationRequest.Malformed("match." + field, field + " is over " + LONGEST_CODE
                    + " characters / " + field + " 过长");
        }
        return code.isEmpty() ? null : code;
    }

    private static <E extends Enum<E>> Set<E> set(JsonObject root, String field, Class<E> type) {
        JsonValue value = root.get(field);
        Set<E> set = EnumSet.noneOf(type);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return set;
        }
        E[] values = type.getEnumConstants();
        if (!(value instanceof JsonArray array)) {
            throw new VerificationRequest.Malformed("match." + field, field + " must be an array of codes / "
                    + field + " 须为代码数组");
        }
        if (array.size() > values.length * 2) {
            throw new VerificationRequest.Malformed("match." + field, field + " has over " + values.length * 2
                    + " entries / " + field + " 条目过多");
        }
        Function<String, E> reader = one(field, values, Enum::name);
        for (JsonValue item : array) {
            String code = code(item, field);
            if (code == null) {
                throw new VerificationRequest.Malformed("match." + field, field + " must be an array of codes / "
                        + field + " 须为代码数组");
            }
            set.add(reader.apply(code.toUpperCase(Locale.ROOT)));
        }
        return set;
    }

    private static int limit(JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return DEFAULT_LIMIT;
        }
        if (value instanceof JsonNumber number && number.isIntegral()) {
            try {
                int limit = number.intValueExact();
                if (limit >= 1 && limit <= 50) {
                    return limit;
                }
            } catch (ArithmeticException tooLarge) {
                // refused below
            }
        }
        throw new VerificationRequest.Malformed("match.limit", "limit must be a whole number from 1 to 50 / "
                + "limit 须为 1 至 50 的整数");
    }

    /** The body as the OpenAPI document shows it. */
    @Schema(name = "MatchRequest", description = "A case described without identifying anyone. Decided by the case "
            + "rules (content/credentials/case-rules.yaml), as the verification API is.")
    public record Body(
            @Schema(required = true, enumeration = {"GENERAL_PUBLIC", "DISABILITY", "DISASTER_OR_EPIDEMIC", "YOUTH",
                    "OLDER_ADULTS", "BEREAVED", "FRONTLINE_WORKERS"}) String population,
            @Schema(required = true, enumeration = {"LOW", "MEDIUM", "HIGH", "IMMINENT"}) String riskLevel,
            @Schema(enumeration = {"HOTLINE", "ONLINE_CHAT", "WALK_IN"}) String channel,
            @Schema(description = "a language tag: zh, yue, en, bo, ug, mn, za, ko") String language,
            @Schema(description = "SIGN_LANGUAGE, TEXT_CONTACT, EASY_READ, STEP_FREE") String[] accessibility,
            @Schema(description = "SEVERE_MENTAL_ILLNESS, MEDICAL_EMERGENCY, VIOLENCE_OR_ABUSE: each sends the case "
                    + "to the service the rules name") String[] concerns,
            @Schema(description = "how many volunteers to list, 1 to 50; 20 when left out") Integer limit) {
    }
}
