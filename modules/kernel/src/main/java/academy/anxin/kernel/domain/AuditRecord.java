package academy.anxin.kernel.domain;

import java.util.Objects;

/**
 * What a context asks the audit trail to remember. {@code actor} names who acted ("person:12", "system",
 * "anonymous"), {@code action} is an upper-case verb phrase ("LOGIN_FAILED", "ROLE_CHANGED"), {@code subject} what
 * it concerned ("organization:3"), {@code detail} a short text that never holds a secret, and {@code address} the
 * client's network address when there was a client.
 */
public record AuditRecord(String actor, String action, String subject, String detail, String address) {

    public AuditRecord {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        if (!action.matches("[A-Z][A-Z0-9_]{1,63}")) {
            throw new IllegalArgumentException("audit action must be an upper-case code: " + action);
        }
    }

    static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
