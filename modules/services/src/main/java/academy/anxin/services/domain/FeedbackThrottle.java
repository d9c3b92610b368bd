package academy.anxin.services.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How often one client may send feedback: at most {@code limit} answers in a sliding {@code window}. A client is
 * known only by a keyed hash (HMAC-SHA-256) of its network address under a secret that lives in memory and dies
 * with the process, so the address itself is kept nowhere, the hash is stored nowhere, and it cannot be reversed
 * by trying every IPv4 address without the secret. Memory is bounded: past {@code maxClients} the client heard
 * from least recently is forgotten (at worst it may send a few more answers), never the whole table.
 *
 * <p>Deliberately no CAPTCHA: it would shut out blind people, who the directory serves. The limit and the form's
 * invisible honeypot field stop simple floods; the suppression of small counts and the ratings' averages make a
 * few forged answers matter little.
 */
public final class FeedbackThrottle {

    private final byte[] secret;
    private final int limit;
    private final Duration window;
    private final Map<String, Deque<Instant>> recent;

    public FeedbackThrottle(byte[] secret, int limit, Duration window, int maxClients) {
        if (secret.length < 16 || limit < 1 || window.isNegative() || window.isZero() || maxClients < 1) {
            throw new IllegalArgumentException("a throttle needs a 16-byte secret and positive limits");
        }
        this.secret = secret.clone();
        this.limit = limit;
        this.window = window;
        this.recent = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
                return size() > maxClients;
            }
        };
    }

    /** Whether the client may send an answer now; if so, the answer counts against it. */
    public synchronized boolean admit(String clientAddress, Instant now) {
        String key = key(clientAddress);
        Deque<Instant> times = recent.computeIfAbsent(key, k -> new ArrayDeque<>());
        Instant since = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(since)) {
            times.removeFirst();
        }
        if (times.size() >= limit) {
            return false;
        }
        times.addLast(now);
        return true;
    }

    /** How many clients are remembered now (for tests and the curious: never who they are). */
    public synchronized int clientsRemembered() {
        return recent.size();
    }

    /** Whether anything remembered contains the address as written (it never should). */
    public synchronized boolean remembers(String clientAddress) {
        return recent.keySet().stream().anyMatch(k -> k.contains(clientAddress));
    }

    private String key(String clientAddress) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] hash = mac.doFinal(String.valueOf(clientAddress).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
