package academy.anxin.credentials.domain;

import java.time.Instant;

/**
 * One of the platform's signing keys as its public JWK Set shows it, private part aside: its {@code kid}, when it
 * was made, and when it was retired ({@code null} for the active key, the one that signs).
 */
public record PublishedKey(String kid, Instant createdAt, Instant retiredAt) {

    public boolean isActive() {
        return retiredAt == null;
    }
}
