package academy.anxin.credentials.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import academy.anxin.credentials.domain.StatusEvent.Kind;
import academy.anxin.kernel.domain.DomainException;
import academy.anxin.kernel.domain.Tier;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** A credential's life: issued, reminded, renewed, suspended, reinstated, expired, revoked, and what it refuses. */
class CredentialTest {

    static final Instant ISSUED = Instant.parse("2026-01-10T02:00:00Z");
    /** 24 months later in Beijing time. */
    static final Instant END = Instant.parse("2028-01-10T02:00:00Z");

    static Credential credential() {
        return Credential.issue(CredentialNumber.of(CredentialKind.of(Tier.L2), 2026, 7), 42L, 24, "system", ISSUED);
    }

    static Instant days(Instant from, long days) {
        return from.plus(days, ChronoUnit.DAYS);
    }

    static void refused(String key, Executable action) {
        DomainException refused = assertThrows(DomainException.class, action);
        assertEquals(key, refused.messageKey());
    }

    @Test
    void anIssuedCredentialIsActiveUntilTheEndOfItsValidity() {
        Credential credential = credential();
        assertEquals(new ValidityPeriod(ISSUED, END), credential.period());
        assertEquals(CredentialStatus.ACTIVE, credential.statusAt(ISSUED));
        assertEquals(CredentialStatus.ACTIVE, credential.statusAt(END.minusSeconds(1)));
        assertEquals(CredentialStatus.EXPIRED, credential.statusAt(END));
        assertEquals(List.of(Kind.ISSUED), credential.events().stream().map(StatusEvent::kind).toList());
        assertEquals("system", credential.events().get(0).actor());
        assertThrows(IllegalArgumentException.class, () -> credential.statusAt(ISSUED.minusSeconds(1)));
    }

    @Test
    void expiringIsAFlagSixtyDaysAheadNotAStatus() {
        Credential credential = credential();
        Instant sixtyOneBefore = days(END, -61);
        Instant sixtyBefore = days(END, -60);
        assertFalse(credential.expiringSoon(sixtyOneBefore));
        assertTrue(credential.expiringSoon(sixtyBefore));
        assertEquals(CredentialStatus.ACTIVE, credential.statusAt(sixtyBefore));
        refused("credential.reminder.notDue", () -> credential.remindOfExpiry("system", sixtyOneBefore));
    }

    @Test
    void theReminderIsSentOncePerPeriod() {
        Credential credential = credential();
        Instant due = days(END, -59);
        assertTrue(credential.reminderDue(due));
        credential.remindOfExpiry("system", due);
        assertFalse(credential.reminderDue(days(due, 1)));
        refused("credential.reminder.notDue", () -> credential.remindOfExpiry("system", days(due, 1)));
        credential.renew("system", 24, days(due, 2));
        Instant nextDue = days(credential.period().until(), -30);
        assertTrue(credential.reminderDue(nextDue));
    }

    @Test
    void expiryIsRecordedOnceAndOnlyWhenDue() {
        Credential credential = credential();
        refused("credential.expiry.notDue", () -> credential.expire("system", days(END, -1)));
        assertTrue(credential.expiryDue(END));
        StatusEvent expired = credential.expire("system", END);
        assertEquals(Kind.EXPIRED, expired.kind());
        assertFalse(credential.expiryDue(days(END, 1)));
        refused("credential.expiry.notDue", () -> credential.expire("system", days(END, 1)));
        assertEquals(CredentialStatus.EXPIRED, credential.statusAt(days(END, 1)));
    }

    @Test
    void renewalStartsANewPeriodRunningOnFromTheOldEnd() {
        Credential credential = credential();
        Instant at = days(END, -30);
        StatusEvent renewed = credential.renew("system", 24, at);
        assertEquals(Kind.RENEWED, renewed.kind());
        assertEquals(new ValidityPeriod(at, Instant.parse("2030-01-10T02:00:00Z")), credential.period());
        assertEquals(CredentialStatus.ACTIVE, credential.statusAt(days(END, 1)));
        assertEquals(ISSUED, credential.asHeld(days(END, 1)).heldSince());
        assertEquals(new ValidityPeriod(ISSUED, END), credential.periodAt(days(at, -1)));
    }

    @Test
    void anExpiredSuspendedOrRevokedCredentialIsNotRenewed() {
        Credential expired = credential();
        refused("credential.expired", () -> expired.renew("system", 24, days(END, 1)));
        Credential suspended = credential();
        suspended.suspend("admin-li", "under review", days(ISSUED, 10));
        refused("credential.suspended", () -> suspended.renew("system", 24, days(ISSUED, 11)));
        Credential revoked = credential();
        revoked.revoke("platform-admin", "fraud", days(ISSUED, 10));
        refused("credential.revoked", () -> revoked.renew("system", 24, days(ISSUED, 11)));
    }

    @Test
    void suspendAndReinstateWithReasons() {
        Credential credential = credential();
        StatusEvent suspended = credential.suspend("admin-li", "  complaint under review  ", days(ISSUED, 10));
        assertEquals("complaint under review", suspended.reason());
        assertEquals("admin-li", suspended.actor());
        assertEquals(CredentialStatus.SUSPENDED, credential.statusAt(days(ISSUED, 10)));
        assertEquals(CredentialStatus.ACTIVE, credential.statusAt(days(ISSUED, 9)));
        refused("credential.suspended", () -> credential.suspend("admin-li", "again", days(ISSUED, 11)));
        credential.reinstate("admin-li", "complaint unfounded", days(ISSUED, 20));
        assertEquals(CredentialStatus.ACTIVE, credential.statusAt(days(ISSUED, 20)));
        refused("credential.notSuspended", () -> credential.reinstate("admin-li", "again", days(ISSUED, 21)));
        assertEquals(List.of(Kind.ISSUED, Kind.SUSPENDED, Kind.REINSTATED),
                credential.events().stream().map(StatusEvent::kind).toList());
        assertFalse(credential.asHeld(days(ISSUED, 15)).status().isValid());
    }

    @Test
    void reasonsAreRequiredAndLimitedAndActorsToo() {
        Credential credential = credential();
        for (String blank : new String[] {null, "", "   "}) {
            DomainException refused = assertThrows(DomainException.class,
                    () -> credential.suspend("admin-li", blank, days(ISSUED, 1)));
            assertEquals("credential.reason.required", refused.messageKey());
            assertEquals("reason", refused.field());
            assertThrows(DomainException.class, () -> credential.revoke("platform-admin", blank, days(ISSUED, 1)));
        }
        DomainException tooLong = assertThrows(DomainException.class,
                () -> credential.revoke("platform-admin", "理".repeat(501), days(ISSUED, 1)));
        assertEquals("credential.field.tooLong", tooLong.messageKey());
        assertEquals(List.of(500), tooLong.arguments());
        credential.suspend("admin-li", "理".repeat(500), days(ISSUED, 1));
        DomainException noActor = assertThrows(DomainException.class,
                () -> credential.reinstate(" ", "fine", days(ISSUED, 2)));
        assertEquals("actor", noActor.field());
        assertEquals(2, credential.events().size());
    }

    @Test
    void anExpiredCredentialCannotBeSuspendedOrReinstated() {
        Credential credential = credential();
        refused("credential.expired", () -> credential.suspend("admin-li", "late complaint", days(END, 1)));
        Credential suspended = credential();
        suspended.suspend("admin-li", "under review", days(END, -10));
        assertEquals(CredentialStatus.EXPIRED, suspended.statusAt(days(END, 1)));
        refused("credential.expired", () -> suspended.reinstate("admin-li", "cleared", days(END, 1)));
    }

    @Test
    void revokedIsFinal() {
        Credential credential = credential();
        credential.suspend("admin-li", "under review", days(ISSUED, 5));
        StatusEvent revoked = credential.revoke("platform-admin", "falsified practice log", days(ISSUED, 6));
        assertEquals(Kind.REVOKED, revoked.kind());
        assertEquals(CredentialStatus.REVOKED, credential.statusAt(days(ISSUED, 6)));
        assertEquals(CredentialStatus.REVOKED, credential.statusAt(days(END, 100)));
        Instant later = days(ISSUED, 7);
        refused("credential.revoked", () -> credential.reinstate("admin-li", "appeal", later));
        refused("credential.revoked", () -> credential.suspend("admin-li", "again", later));
        refused("credential.revoked", () -> credential.revoke("platform-admin", "again", later));
        refused("credential.revoked", () -> credential.renew("system", 24, later));
        refused("credential.revoked", () -> credential.expire("system", days(END, 1)));
        refused("credential.revoked", () -> credential.remindOfExpiry("system", days(END, -10)));
        assertFalse(credential.expiringSoon(days(END, -10)));
    }

    @Test
    void anExpiredCredentialCanStillBeRevoked() {
        Credential credential = credential();
        credential.expire("system", END);
        credential.revoke("platform-admin", "fraud found later", days(END, 30));
        assertEquals(CredentialStatus.REVOKED, credential.statusAt(days(END, 30)));
        assertEquals(CredentialStatus.EXPIRED, credential.statusAt(days(END, 29)));
    }

    @Test
    void eventsAreAppendedInTimeOrder() {
        Credential credential = credential();
        credential.suspend("admin-li", "under review", days(ISSUED, 10));
        refused("credential.event.outOfOrder", () -> credential.reinstate("admin-li", "cleared", days(ISSUED, 9)));
        assertThrows(UnsupportedOperationException.class, () -> credential.events().clear());
    }

    @Test
    void aStoredHistoryReplaysThroughTheSameRules() {
        Credential credential = credential();
        credential.suspend("admin-li", "under review", days(ISSUED, 10));
        credential.reinstate("admin-li", "cleared", days(ISSUED, 20));
        credential.remindOfExpiry("system", days(END, -50));
        credential.renew("system", 24, days(END, -40));
        Credential replayed = Credential.replay(credential.number(), 42L, credential.events());
        assertEquals(credential.events(), replayed.events());
        assertEquals(credential.period(), replayed.period());

        List<StatusEvent> impossible = List.of(credential.events().get(0),
                new StatusEvent(Kind.REINSTATED, "admin-li", "never suspended", days(ISSUED, 3), null));
        refused("credential.notSuspended", () -> Credential.replay(credential.number(), 42L, impossible));
        assertThrows(IllegalArgumentException.class, () -> Credential.replay(credential.number(), 42L,
                credential.events().subList(1, 3)));
    }

    @Test
    void anIssuanceNeedsAnActor() {
        DomainException refused = assertThrows(DomainException.class, () ->
                Credential.issue(CredentialNumber.of(CredentialKind.of(Tier.L1), 2026, 1), 1L, 24, null, ISSUED));
        assertEquals("actor", refused.field());
        assertNull(credential().events().get(0).reason());
    }
}
