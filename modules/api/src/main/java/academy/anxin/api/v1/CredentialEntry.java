package academy.anxin.api.v1;

import academy.anxin.credentials.application.CredentialView;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.json.stream.JsonGenerator;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One credential as the verification API discloses it: what it certifies, the approved practice hours it was
 * issued on, its validity and its status now. Deliberately not the holder's id, name or history: a
 * case-assignment service learns what the case needs to know and nothing more about the person.
 *
 * @param number        the credential number, e.g. AX-L2-26-0000123-8
 * @param code          L1..L4, or an endorsement code such as DISABILITY
 * @param kind          TIER or ENDORSEMENT
 * @param title         the credential's name in Chinese and English
 * @param approvedHours approved supervised practice, in hours to one decimal, at issuance
 * @param status        ACTIVE, SUSPENDED, EXPIRED or REVOKED: only ACTIVE counts
 */
@Schema(name = "VerifiedCredential")
@JsonbPropertyOrder({"number", "code", "kind", "title", "approvedHours", "validFrom", "validUntil", "status"})
public record CredentialEntry(String number, String code,
                             @Schema(enumeration = {"TIER", "ENDORSEMENT"}) String kind, Title title,
                             double approvedHours, Instant validFrom, Instant validUntil,
                             @Schema(enumeration = {"ACTIVE", "SUSPENDED", "EXPIRED", "REVOKED"}) String status) {

    public static CredentialEntry of(CredentialView view) {
        return new CredentialEntry(view.number(), view.code(), view.kind().isTier() ? "TIER" : "ENDORSEMENT",
                new Title(view.title().zh(), view.title().en()), view.approvedHours(), view.validFrom(),
                view.validUntil(), view.status().name());
    }

    /** Writes this entry as an element of an array, fields in the documented order (Instants as ISO-8601). */
    void writeTo(JsonGenerator out) {
        out.writeStartObject().write("number", number).write("code", code).write("kind", kind)
                .writeStartObject("title").write("zh", title.zh()).write("en", title.en()).writeEnd()
                .write("approvedHours", approvedHours).write("validFrom", validFrom.toString())
                .write("validUntil", validUntil.toString()).write("status", status).writeEnd();
    }

    @Schema(name = "CredentialTitle")
    @JsonbPropertyOrder({"zh", "en"})
    public record Title(String zh, String en) {
    }
}
