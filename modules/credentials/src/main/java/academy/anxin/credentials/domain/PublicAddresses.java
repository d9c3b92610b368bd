package academy.anxin.credentials.domain;

import java.net.URI;

/**
 * Where the platform publishes what its signed proofs point to, all under its public base address
 * ({@code anxin.public.url}): a credential's check page and its signed form, the achievement it certifies, the
 * status lists and the JWK Set. These addresses travel inside signed credentials, so their shapes never change.
 *
 * @param base the public base address, without a trailing slash
 */
public record PublicAddresses(String base) {

    public PublicAddresses {
        base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** The platform itself: the issuer's id. */
    public URI site() {
        return URI.create(base);
    }

    /** The public check page of a credential number: the badge's subject, and what its QR code opens. */
    public URI verifyPage(String number) {
        return URI.create(base + "/verify/" + number);
    }

    public URI credential(String number) {
        return URI.create(base + "/api/v1/credentials/" + number);
    }

    public URI achievement(CredentialKind kind) {
        return URI.create(base + "/achievements/" + kind.code());
    }

    public URI statusList(BitstringStatusListEntry.Purpose purpose) {
        return URI.create(base + "/api/v1/status-lists/" + purpose.value());
    }

    /** The JWK Set; each key's {@code kid} is this address with a fragment. */
    public URI jwks() {
        return URI.create(base + "/.well-known/jwks.json");
    }
}
