package academy.anxin.credentials.infrastructure.signing;

import academy.anxin.credentials.domain.BadgeClaims;
import academy.anxin.credentials.domain.BitstringStatusListEntry;
import academy.anxin.kernel.domain.LocalizedText;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** Shared values for the signing tests: a fixed clock, the JWKS address and a helpline (L2) badge. */
final class SigningFixtures {

    static final Instant NOW = Instant.parse("2025-06-01T08:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final URI JWKS = URI.create("https://academy.example/.well-known/jwks.json");
    static final URI ISSUER = URI.create("https://academy.example/issuers/anxin");
    static final URI REVOCATION_LIST = URI.create("https://academy.example/status/revocation/1");
    static final URI SUSPENSION_LIST = URI.create("https://academy.example/status/suspension/1");

    private SigningFixtures() {
    }

    static BadgeClaims helplineBadge() {
        return helplineBadge(NOW, NOW.plusSeconds(3L * 365 * 24 * 3600));
    }

    static BadgeClaims helplineBadge(Instant validFrom, Instant validUntil) {
        return new BadgeClaims(
                URI.create("https://academy.example/api/v1/credentials/AX-2025-000123-7"),
                ISSUER,
                "安心学苑 Anxin Academy",
                URI.create("https://academy.example/verify/AX-2025-000123-7"),
                URI.create("https://academy.example/achievements/L2"),
                new LocalizedText("热线志愿者", "Helpline volunteer"),
                "可在督导下接听心理援助热线。",
                "完成热线课程、通过考试并累计经督导签核的实践时长。",
                "L2",
                validFrom,
                validUntil,
                List.of(BitstringStatusListEntry.revocation(REVOCATION_LIST, 94_567),
                        BitstringStatusListEntry.suspension(SUSPENSION_LIST, 23_452)));
    }
}
