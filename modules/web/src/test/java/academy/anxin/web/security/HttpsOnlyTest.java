package academy.anxin.web.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which public addresses turn on Secure cookies and HSTS. */
class HttpsOnlyTest {

    @Test
    void onlyAnHttpsPublicAddressDoes() {
        assertTrue(HttpsOnly.https("https://academy.example.cn"));
        assertTrue(HttpsOnly.https(" HTTPS://academy.example.cn/ "));
        assertFalse(HttpsOnly.https("http://localhost:8080"));
        assertFalse(HttpsOnly.https(""));
        assertFalse(HttpsOnly.https("httpsfoo"));
    }
}
