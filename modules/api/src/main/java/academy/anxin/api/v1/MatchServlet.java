package academy.anxin.api.v1;

import academy.anxin.api.ApiProblem;
import academy.anxin.credentials.domain.CaseRules;
import academy.anxin.dispatch.application.CaseMatching;
import academy.anxin.dispatch.application.MatchView;
import academy.anxin.identity.application.ApiClient;
import academy.anxin.kernel.domain.DomainException;
import academy.anxin.kernel.domain.LocalizedText;
import jakarta.inject.Inject;
import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code POST /api/v1/matches}: "which of our volunteers may take this case, and where does it go if nobody may?"
 * for case-assignment services, with an organization's API key, answered as the dispatcher's page answers
 * (dispatch's {@link CaseMatching}, by the same case rules as {@code /api/v1/verifications}). The order of the
 * checks is the verification API's: the key (401), its rate (429), the body (413, 400). Every match is audited
 * without the case. A servlet for the verification API's reason (the per-request cost of JAX-RS); documented in
 * {@code /openapi} by {@link VerificationDocument}.
 */
@WebServlet("/api/v1/matches")
public class MatchServlet extends KeyedApiServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CaseMatching matching;

    @Override
    protected void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<ApiClient> known = caller(request, response);
        if (known.isEmpty()) {
            return;
        }
        ApiClient client = known.get();
        if (!withinRate(client, response, () -> { })) {
            return;
        }
        byte[] bytes = request.getInputStream().readNBytes(MatchRequest.LARGEST_BODY + 1);
        if (bytes.length > MatchRequest.LARGEST_BODY) {
            reply(response, 413, new ApiProblem("match.tooLarge", "the body is over " + MatchRequest.LARGEST_BODY
                    + " bytes / 请求体过大"));
            return;
        }
        MatchRequest asked;
        try {
            asked = MatchRequest.parse(new String(bytes, StandardCharsets.UTF_8));
        } catch (VerificationRequest.Malformed malformed) {
            reply(response, 400, malformed.problem());
            return;
        } catch (DomainException refused) {
            reply(response, 400, new ApiProblem("match." + refused.field(), refused.field() + " is required / "
                    + refused.field() + " 为必填"));
            return;
        }
        MatchView view = matching.match(client, asked.description(), asked.limit());
        reply(response, 200, out -> write(out, view));
    }

    private static void write(JsonGenerator out, MatchView view) {
        out.writeStartObject();
        out.writeStartObject("needs");
        if (view.tier() == null) {
            out.writeNull("tier");
        } else {
            out.write("tier", view.tier());
        }
        out.writeStartArray("endorsements");
        view.endorsements().forEach(out::write);
        out.writeEnd().writeEnd();
        out.write("anyone", view.anyone()).write("beyondVolunteers", view.beyondVolunteers())
                .write("total", view.total()).write("weighed", view.weighed());
        out.writeStartArray("volunteers");
        for (MatchView.Volunteer volunteer : view.volunteers()) {
            out.writeStartObject().write("memberId", volunteer.memberId()).writeStartArray("reasons");
            volunteer.reasons().forEach(out::write);
            out.writeEnd().writeStartArray("credentials");
            for (MatchView.CredentialLine line : volunteer.credentials()) {
                out.writeStartObject().write("number", line.number()).write("code", line.code())
                        .write("validUntil", line.validUntil().toString()).writeEnd();
            }
            out.writeEnd().writeStartObject("experience")
                    .write("minutesAtRiskOrAbove", volunteer.minutesAtRisk())
                    .write("minutesWithPopulation", volunteer.minutesWithPopulation())
                    .write("minutesInChannel", volunteer.minutesInChannel()).writeEnd().writeEnd();
        }
        out.writeEnd();
        if (!view.anyone() && !view.beyondVolunteers() && view.problems().isEmpty()) {
            out.writeStartObject("missing");
            if (view.tierMissing() == null) {
                out.writeNull("tier");
            } else {
                out.write("tier", view.tierMissing());
            }
            out.writeStartArray("endorsements");
            view.endorsementsMissing().forEach(out::write);
            out.writeEnd().write("notTogether", view.notTogether()).write("organizationListed", view.regionListed())
                    .writeEnd();
        }
        out.writeStartArray("nearby");
        for (MatchView.Nearby nearby : view.nearby()) {
            out.writeStartObject().write("organizationId", nearby.organization().organizationId())
                    .write("name", nearby.organization().legalName())
                    .write("region", nearby.organization().regionCode())
                    .write("qualifiedVolunteers", nearby.qualified()).writeStartArray("hotlines");
            nearby.organization().hotlines().forEach(out::write);
            out.writeEnd().writeEnd();
        }
        out.writeEnd().writeStartArray("referrals");
        for (CaseRules.Referral referral : view.referrals()) {
            out.writeStartObject().write("code", referral.code());
            localized(out, "name", referral.name());
            out.write("contact", referral.contact());
            localized(out, "advice", referral.advice());
            out.writeEnd();
        }
        out.writeEnd();
        if (!view.problems().isEmpty()) {
            out.writeStartArray("problems");
            view.problems().forEach(out::write);
            out.writeEnd();
        }
        out.write("matchedAt", view.matchedAt().toString()).writeEnd();
    }

    private static void localized(JsonGenerator out, String name, LocalizedText text) {
        out.writeStartObject(name).write("zh", text.zh()).write("en", text.en()).writeEnd();
    }

    /** The answer as the OpenAPI document shows it (written by hand above, in this order). */
    @Schema(name = "MatchAnswer", description = "Who may take the case, most experienced first, and where it goes "
            + "when nobody may.")
    public record Answer(Needs needs, boolean anyone, boolean beyondVolunteers, int total, int weighed,
                         List<Volunteer> volunteers, Missing missing, List<Nearby> nearby, List<Referral> referrals,
                         List<String> problems, String matchedAt) {
    }

    @Schema(name = "MatchNeeds", description = "what the case rules ask of a volunteer for this case")
    public record Needs(String tier, List<String> endorsements) {
    }

    @Schema(name = "MatchVolunteer", description = "a member who may take the case, by member id; no name")
    public record Volunteer(long memberId, List<String> reasons, List<Credential> credentials, Experience experience) {
    }

    @Schema(name = "MatchCredential")
    public record Credential(String number, String code, String validUntil) {
    }

    @Schema(name = "MatchExperience", description = "approved practice minutes in this organization with the case's "
            + "population: at its risk level or above, at any risk, by its channel")
    public record Experience(long minutesAtRiskOrAbove, long minutesWithPopulation, long minutesInChannel) {
    }

    @Schema(name = "MatchMissing", description = "when nobody may take a case volunteers may take: the tier and "
            + "endorsements nobody here holds valid, or notTogether when each is held but by no one together")
    public record Missing(String tier, List<String> endorsements, boolean notTogether, boolean organizationListed) {
    }

    @Schema(name = "MatchNearby", description = "a listed (verified) organization of the same city whose volunteers "
            + "may take the case")
    public record Nearby(long organizationId, String name, String region, long qualifiedVolunteers,
                         List<String> hotlines) {
    }

    @Schema(name = "MatchReferral", description = "where the case rules send the case")
    public record Referral(String code, Map<String, String> name, String contact, Map<String, String> advice) {
    }
}
