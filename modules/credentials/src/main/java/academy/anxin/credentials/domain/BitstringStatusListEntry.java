package academy.anxin.credentials.domain;

import java.net.URI;
import java.util.Objects;

/**
 * Where one credential's status lives: which published list (by the URL of its status list credential), which bit,
 * and what a set bit means. A credential carries one entry per purpose, each in its own list, as example 1 of the
 * W3C Bitstring Status List v1.0 §2.1 shows; a suspension can be lifted, a revocation cannot.
 *
 * @param purpose              what a set bit means
 * @param statusListCredential the URL of the {@code BitstringStatusListCredential} that holds the bit
 * @param index                the bit's position in that list ({@code statusListIndex})
 */
public record BitstringStatusListEntry(Purpose purpose, URI statusListCredential, int index) {

    /** The two {@code statusPurpose} values this platform publishes (§2.1 defines their meaning). */
    public enum Purpose {
        REVOCATION("revocation"),
        SUSPENSION("suspension");

        private final String value;

        Purpose(String value) {
            this.value = value;
        }

        /** The {@code statusPurpose} string of the spec. */
        public String value() {
            return value;
        }

        /** Reads a {@code statusPurpose} string; {@code null} when it is not one of ours. */
        public static Purpose parse(String value) {
            for (Purpose purpose : values()) {
                if (purpose.value.equals(value)) {
                    return purpose;
                }
            }
            return null;
        }
    }

    public BitstringStatusListEntry {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(statusListCredential, "statusListCredential");
        if (statusListCredential.getRawFragment() != null) {
            throw new IllegalArgumentException("a status list credential URL has no fragment: " + statusListCredential);
        }
        if (index < 0) {
            throw new IllegalArgumentException("statusListIndex must not be negative: " + index);
        }
    }

    public static BitstringStatusListEntry revocation(URI statusListCredential, int index) {
        return new BitstringStatusListEntry(Purpose.REVOCATION, statusListCredential, index);
    }

    public static BitstringStatusListEntry suspension(URI statusListCredential, int index) {
        return new BitstringStatusListEntry(Purpose.SUSPENSION, statusListCredential, index);
    }

    /**
     * The entry's own {@code id}: the list URL with the index as fragment, as in the spec's examples. The spec
     * forbids the bare list URL here.
     */
    public URI id() {
        return URI.create(statusListCredential + "#" + index);
    }
}
