package academy.anxin.credentials.infrastructure.signing;

import academy.anxin.credentials.domain.BadgeClaims;
import academy.anxin.credentials.domain.BitstringStatusListEntry;
import academy.anxin.credentials.domain.StatusListClaims;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the unsigned JSON documents the platform publishes: an Open Badges 3.0 {@code OpenBadgeCredential} and a
 * W3C {@code BitstringStatusListCredential}. The result is a plain map in a stable key order, ready for
 * {@link VcJwtSigner} or for a JSON response.
 *
 * <p>Shapes follow OB 3.0 (VC Data Model 2.0 edition, context 3.0.3) and Bitstring Status List v1.0 §2. Names are
 * single strings in OB 3.0 and its localisation section is still marked TBD, so a name carries both languages as
 * "中文 / English", the way the platform prints bilingual titles elsewhere.
 */
public final class CredentialDocuments {

    public static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
    public static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

    public static final String VERIFIABLE_CREDENTIAL = "VerifiableCredential";
    public static final String OPEN_BADGE_CREDENTIAL = "OpenBadgeCredential";
    public static final String STATUS_LIST_CREDENTIAL = "BitstringStatusListCredential";
    public static final String STATUS_LIST = "BitstringStatusList";
    public static final String STATUS_LIST_ENTRY = "BitstringStatusListEntry";

    /** OB 3.0's achievementType for a credential earned by meeting a body's requirements and assessment. */
    static final String ACHIEVEMENT_TYPE = "Certification";

    private CredentialDocuments() {
    }

    /** The {@code OpenBadgeCredential} for one issued tier or endorsement. */
    public static Map<String, Object> openBadge(BadgeClaims claims) {
        Map<String, Object> credential = new LinkedHashMap<>();
        credential.put("@context", List.of(VC_CONTEXT, OB_CONTEXT));
        credential.put("id", claims.credentialId().toString());
        credential.put("type", List.of(VERIFIABLE_CREDENTIAL, OPEN_BADGE_CREDENTIAL));
        credential.put("issuer", profile(claims));
        credential.put("validFrom", claims.validFrom().toString());
        if (claims.validUntil() != null) {
            credential.put("validUntil", claims.validUntil().toString());
        }
        credential.put("name", claims.achievementName().toString());
        credential.put("credentialSubject", subject(claims));
        if (!claims.status().isEmpty()) {
            credential.put("credentialStatus", statusEntries(claims.status()));
        }
        return credential;
    }

    /** The {@code BitstringStatusListCredential} that publishes one list. */
    public static Map<String, Object> statusList(StatusListClaims claims) {
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("id", claims.id() + "#list");
        subject.put("type", STATUS_LIST);
        subject.put("statusPurpose", claims.purpose().value());
        subject.put("encodedList", claims.list().encodedList());
        if (claims.ttl() != null) {
            subject.put("ttl", claims.ttl().toMillis());
        }
        Map<String, Object> credential = new LinkedHashMap<>();
        credential.put("@context", List.of(VC_CONTEXT));
        credential.put("id", claims.id().toString());
        credential.put("type", List.of(VERIFIABLE_CREDENTIAL, STATUS_LIST_CREDENTIAL));
        credential.put("issuer", claims.issuerId().toString());
        credential.put("validFrom", claims.validFrom().toString());
        if (claims.validUntil() != null) {
            credential.put("validUntil", claims.validUntil().toString());
        }
        credential.put("credentialSubject", subject);
        return credential;
    }

    private static Map<String, Object> profile(BadgeClaims claims) {
        Map<String, Object> issuer = new LinkedHashMap<>();
        issuer.put("id", claims.issuerId().toString());
        issuer.put("type", List.of("Profile"));
        issuer.put("name", claims.issuerName());
        return issuer;
    }

    private static Map<String, Object> subject(BadgeClaims claims) {
        Map<String, Object> criteria = new LinkedHashMap<>();
        criteria.put("narrative", claims.criteriaNarrative());
        Map<String, Object> achievement = new LinkedHashMap<>();
        achievement.put("id", claims.achievementId().toString());
        achievement.put("type", List.of("Achievement"));
        achievement.put("achievementType", ACHIEVEMENT_TYPE);
        achievement.put("humanCode", claims.code());
        achievement.put("name", claims.achievementName().toString());
        achievement.put("description", claims.achievementDescription());
        achievement.put("criteria", criteria);
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("id", claims.subjectId().toString());
        subject.put("type", List.of("AchievementSubject"));
        subject.put("achievement", achievement);
        return subject;
    }

    private static List<Object> statusEntries(List<BitstringStatusListEntry> entries) {
        List<Object> status = new ArrayList<>(entries.size());
        for (BitstringStatusListEntry entry : entries) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", entry.id().toString());
            json.put("type", STATUS_LIST_ENTRY);
            json.put("statusPurpose", entry.purpose().value());
            // a string, not a number: §2.1 says "an arbitrary size integer ... expressed as a string in base 10"
            json.put("statusListIndex", Integer.toString(entry.index()));
            json.put("statusListCredential", entry.statusListCredential().toString());
            status.add(json);
        }
        return status;
    }
}
