package academy.anxin.kernel.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static final Instant T0 = Instant.parse("2026-11-23T08:00:00.123456789Z");

    private static List<AuditEvent> chainOf(int length) {
        List<AuditEvent> chain = new ArrayList<>();
        long sequence = 0;
        String previous = AuditChain.GENESIS;
        for (int i = 0; i < length; i++) {
            AuditEvent event = AuditEvent.append(
                    new AuditRecord("person:" + i, "LOGIN_FAILED", "person:" + i, "attempt " + i, "127.0.0.1"),
                    sequence, previous, T0.plusSeconds(i));
            chain.add(event);
            sequence = event.sequence();
            previous = event.hash();
        }
        return chain;
    }

    private static AuditEvent last(List<AuditEvent> chain) {
        return chain.get(chain.size() - 1);
    }

    private static void overwrite(AuditEvent event, String field, Object value) throws ReflectiveOperationException {
        var f = AuditEvent.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(event, value);
    }

    @Test
    void anUntouchedChainIsIntact() {
        List<AuditEvent> chain = chainOf(5);
        var check = AuditChain.verify(chain, 5, last(chain).hash());
        assertTrue(check.intact());
        assertEquals(5, check.entriesChecked());
    }

    @Test
    void anEmptyTrailIsIntact() {
        assertTrue(AuditChain.verify(List.of(), 0, AuditChain.GENESIS).intact());
    }

    @Test
    void timestampsAreKeptToTheMicrosecondTheDatabaseStores() {
        AuditEvent event = chainOf(1).get(0);
        assertEquals(Instant.parse("2026-11-23T08:00:00.123456Z"), event.occurredAt());
    }

    @Test
    void anEditedRowIsFoundAtItsSequence() throws ReflectiveOperationException {
        List<AuditEvent> chain = chainOf(5);
        overwrite(chain.get(2), "detail", "nothing happened here");
        var check = AuditChain.verify(chain, 5, last(chain).hash());
        assertFalse(check.intact());
        assertEquals(3, check.brokenAt());
        assertEquals("content", check.reason());
    }

    @Test
    void aRowRehashedAfterEditingBreaksTheNextLink() throws ReflectiveOperationException {
        List<AuditEvent> chain = chainOf(5);
        AuditEvent victim = chain.get(1);
        overwrite(victim, "actor", "person:999");
        overwrite(victim, "hash", AuditChain.hash(victim));
        var check = AuditChain.verify(chain, 5, last(chain).hash());
        assertFalse(check.intact());
        assertEquals(3, check.brokenAt());
        assertEquals("link", check.reason());
    }

    @Test
    void aDeletedRowLeavesAGap() {
        List<AuditEvent> chain = chainOf(5);
        chain.remove(3);
        var check = AuditChain.verify(chain, 5, last(chain).hash());
        assertFalse(check.intact());
        assertEquals(4, check.brokenAt());
        assertEquals("sequence", check.reason());
    }

    @Test
    void entriesCutFromTheEndAreNoticedByTheHead() {
        List<AuditEvent> chain = chainOf(5);
        String headHash = last(chain).hash();
        chain.remove(4);
        var check = AuditChain.verify(chain, 5, headHash);
        assertFalse(check.intact());
        assertEquals("head", check.reason());
    }

    @Test
    void fieldsCannotBeShiftedIntoOneAnother() {
        AuditEvent a = AuditEvent.append(new AuditRecord("ab", "X_Y", "c", null, null), 0, AuditChain.GENESIS, T0);
        AuditEvent b = AuditEvent.append(new AuditRecord("a", "X_Y", "bc", null, null), 0, AuditChain.GENESIS, T0);
        assertNotEquals(a.hash(), b.hash());
    }

    @Test
    void actionsAreCodesNotSentences() {
        assertThrows(IllegalArgumentException.class,
                () -> new AuditRecord("system", "someone logged in", null, null, null));
    }
}
