package academy.anxin.api.v1;

import academy.anxin.api.ApiProblem;
import academy.anxin.credentials.application.Verification;
import academy.anxin.credentials.domain.CaseRequirement;
import academy.anxin.kernel.domain.Endorsement;
import academy.anxin.kernel.domain.Tier;
import academy.anxin.practice.domain.Population;
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
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /api/v1/verifications}, read by hand rather than bound by JSON-B, so that every way a
 * body can be wrong is answered with a 400 that names the field, instead of a binding failure or a silently
 * ignored value. Unknown properties are ignored (a newer client may send more); codes are read case-insensitively.
 *
 * @param volunteer   who the call is about: a credential number or a member id, never both
 * @param requirement what the case needs: at least a tier, an endorsement or a risk level
 * @param asked       the question in one line, for the audit (credential numbers and member ids only)
 */
record VerificationRequest(Verification.Volunteer volunteer, CaseRequirement requirement, String asked) {

    /** Larger bodies are refused unread: a real request is a few hundred bytes. */
    static final int LARGEST_BODY = 4096;

    /** Created once: {@code Json.createParser} would look the provider up again on every call. */
    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());
    private static final Pattern MEMBER_ID = Pattern.compile("[1-9][0-9]{0,17}");

    /** A body that cannot be taken: the problem to answer with, 400. */
    static final class Malformed extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final transient ApiProblem problem;

        Malformed(String code, String message) {
            super(code, null, false, false);
            this.problem = new ApiProblem(code, message);
        }

        ApiProblem problem() {
            return problem;
        }
    }

    static VerificationRequest parse(String body) {
        JsonObject root = object(body);
        Verification.Volunteer volunteer = volunteer(root.get("volunteer"));
        CaseRequirement requirement = requirement(root.get("requirement"));
        return new VerificationRequest(volunteer, requirement, asked(volunteer, requirement));
    }

    private static JsonObject object(String body) {
        if (body == null || body.isBlank()) {
            throw new Malformed("verification.body", "the body must be a JSON object / 请求体须为 JSON 对象");
        }
        try (JsonParser parser = PARSERS.createParser(new StringReader(body))) {
            if (parser.next() != JsonParser.Event.START_OBJECT) {
                throw new Malformed("verification.body", "the body must be a JSON object / 请求体须为 JSON 对象");
            }
            JsonObject object = parser.getObject();
            if (parser.hasNext()) {
                // a reader stops after the first value; "{} {}" is not one JSON text (RFC 8259 §2)
                throw new Malformed("verification.json", "the body is not valid JSON: more after the object / "
                        + "请求体不是有效的 JSON");
            }
            return object;
        } catch (JsonException | IllegalStateException | NoSuchElementException notJson) {
            // JsonParsingException (bad syntax) is a JsonException
            throw new Malformed("verification.json", "the body is not valid JSON / 请求体不是有效的 JSON");
        }
    }

    private static Verification.Volunteer volunteer(JsonValue value) {
        if (!(value instanceof JsonObject volunteer)) {
            throw new Malformed("verification.volunteer", "volunteer must be an object with credentialNumber or "
                    + "memberId / volunteer 须为含 credentialNumber 或 memberId 的对象");
        }
        JsonValue number = present(volunteer.get("credentialNumber"));
        JsonValue member = present(volunteer.get("memberId"));
        if ((number == null) == (member == null)) {
            throw new Malformed("verification.volunteer", "volunteer names either credentialNumber or memberId, "
                    + "exactly one / volunteer 须且只能给出 credentialNumber 或 memberId 之一");
        }
        if (number != null) {
            if (!(number instanceof JsonString text) || text.getString().isBlank()) {
                throw new Malformed("verification.credentialNumber",
                        "volunteer.credentialNumber must be a string such as AX-L2-26-0000123-8 / "
                                + "volunteer.credentialNumber 须为证书编号字符串");
            }
            return new Verification.Volunteer(text.getString().strip(), null);
        }
        return new Verification.Volunteer(null, memberId(member));
    }

    /** A positive whole number, sent as a JSON number or as a string of digits (ids outgrow some clients' numbers). */
    private static long memberId(JsonValue value) {
        if (value instanceof JsonNumber number && number.isIntegral()) {
            try {
                long id = number.longValueExact();
                if (id > 0) {
                    return id;
                }
            } catch (ArithmeticException tooLarge) {
                // refused below
            }
        } else if (value instanceof JsonString text && MEMBER_ID.matcher(text.getString().strip()).matches()) {
            return Long.parseLong(text.getString().strip());
        }
        throw new Malformed("verification.memberId",
                "volunteer.memberId must be a positive whole number / volunteer.memberId 须为正整数");
    }

    private static CaseRequirement requirement(JsonValue value) {
        if (present(value) == null) {
            throw nothingAsked();
        }
        if (!(value instanceof JsonObject requirement)) {
            throw new Malformed("verification.requirement",
                    "requirement must be an object / requirement 须为对象");
        }
        Tier tier = null;
        String tierCode = code(requirement, "minTier");
        if (tierCode != null) {
            tier = Tier.parse(tierCode);
            if (tier == null) {
                throw new Malformed("verification.minTier", "requirement.minTier: unknown tier \"" + tierCode
                        + "\"; one of " + names(Tier.values()) + " / 未知的等级代码");
            }
        }
        Set<Endorsement> endorsements = EnumSet.noneOf(Endorsement.class);
        JsonValue listed = present(requirement.get("endorsements"));
        if (listed != null) {
            if (!(listed instanceof JsonArray array) || array.size() > Endorsement.values().length * 2) {
                throw new Malformed("verification.endorsements", "requirement.endorsements must be an array of "
                        + "endorsement codes / requirement.endorsements 须为专项资质代码数组");
            }
            for (JsonValue item : array) {
                String code = item instanceof JsonString text ? text.getString().strip().toUpperCase(Locale.ROOT) : null;
                Endorsement endorsement = code == null ? null : Endorsement.parse(code);
                if (endorsement == null) {
                    throw new Malformed("verification.endorsements", "requirement.endorsements: unknown endorsement "
                            + item + "; each one of " + names(Endorsement.values()) + " / 未知的专项资质代码");
                }
                endorsements.add(endorsement);
            }
        }
        CaseRequirement.Risk risk = null;
        String riskCode = code(requirement, "riskLevel");
        if (riskCode != null) {
            risk = Arrays.stream(CaseRequirement.Risk.values()).filter(r -> r.name().equals(riskCode)).findFirst()
                    .orElseThrow(() -> new Malformed("verification.riskLevel", "requirement.riskLevel: unknown risk "
                            + "level \"" + riskCode + "\"; one of " + names(CaseRequirement.Risk.values())
                            + " / 未知的风险等级"));
        }
        Population population = null;
        String populationCode = code(requirement, "population");
        if (populationCode != null) {
            population = Arrays.stream(Population.values()).filter(p -> p.name().equals(populationCode)).findFirst()
                    .orElseThrow(() -> new Malformed("verification.population", "requirement.population: unknown "
                            + "population \"" + populationCode + "\"; one of " + names(Population.values())
                            + " / 未知的服务对象"));
        }
        CaseRequirement asked = new CaseRequirement(tier, endorsements, risk, population, Set.of());
        if (!asked.asksSomething()) {
            throw nothingAsked();
        }
        return asked;
    }

    /** A question that names no requirement is refused, not answered "allowed" (the check fails closed). */
    private static Malformed nothingAsked() {
        return new Malformed("verification.requirement", "requirement must name at least one of minTier, "
                + "endorsements, riskLevel or population / requirement 须至少给出 minTier、endorsements、riskLevel 或 "
                + "population 之一");
    }

    /** A code property: absent or null is none; anything but a string is refused with the field's name. */
    private static String code(JsonObject object, String field) {
        JsonValue value = present(object.get(field));
        if (value == null) {
            return null;
        }
        if (!(value instanceof JsonString text)) {
            throw new Malformed("verification." + field, "requirement." + field + " must be a string code / "
                    + "requirement." + field + " 须为代码字符串");
        }
        return text.getString().strip().toUpperCase(Locale.ROOT);
    }

    private static JsonValue present(JsonValue value) {
        return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : value;
    }

    private static String names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
    }

    private static String asked(Verification.Volunteer volunteer, CaseRequirement requirement) {
        StringBuilder asked = new StringBuilder(volunteer.credentialNumber() != null
                ? "credentialNumber=" + volunteer.credentialNumber() : "memberId=" + volunteer.memberId());
        if (requirement.minTier() != null) {
            asked.append(" minTier=").append(requirement.minTier());
        }
        if (!requirement.endorsements().isEmpty()) {
            asked.append(" endorsements=").append(requirement.endorsements().stream().map(Enum::name)
                    .collect(Collectors.joining(",")));
        }
        if (requirement.risk() != null) {
            asked.append(" riskLevel=").append(requirement.risk());
        }
        if (requirement.population() != null) {
            asked.append(" population=").append(requirement.population());
        }
        return asked.toString();
    }

    /** The body as the OpenAPI document shows it (the resource reads it by hand, as above). */
    @Schema(name = "VerificationRequest", description = "The volunteer and what the case needs.")
    public record Body(@Schema(required = true) VolunteerBody volunteer,
                       @Schema(required = true) RequirementBody requirement) {
    }

    @Schema(name = "VerificationVolunteer", description = "Exactly one of the two.")
    public record VolunteerBody(
            @Schema(description = "a credential number, e.g. AX-L2-26-0000123-8") String credentialNumber,
            @Schema(description = "a member id within the API key's organization (number or string of digits)")
            Long memberId) {
    }

    @Schema(name = "CaseRequirement", description = "At least one part. Decided by the case rules "
            + "(content/credentials/case-rules.yaml), as case matching is: the stricter of minTier and the tier the "
            + "risk level needs applies (LOW L1, MEDIUM L2, HIGH L3 as shipped); IMMINENT is above what volunteers may "
            + "take and is refused with its referral (emergency services); the population adds the endorsement it "
            + "needs (BEREAVED: BEREAVEMENT). A requirement naming nothing is a 400.")
    public record RequirementBody(
            @Schema(enumeration = {"L1", "L2", "L3", "L4"}) String minTier,
            @Schema(description = "DISABILITY, DISASTER, YOUTH, OLDER_ADULTS, BEREAVEMENT") String[] endorsements,
            @Schema(enumeration = {"LOW", "MEDIUM", "HIGH", "IMMINENT"}) String riskLevel,
            @Schema(enumeration = {"GENERAL_PUBLIC", "DISABILITY", "DISASTER_OR_EPIDEMIC", "YOUTH", "OLDER_ADULTS",
                    "BEREAVED", "FRONTLINE_WORKERS"}) String population) {
    }
}
