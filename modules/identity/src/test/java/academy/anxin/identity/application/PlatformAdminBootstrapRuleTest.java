package academy.anxin.identity.application;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import academy.anxin.identity.domain.EmailAddress;
import academy.anxin.identity.domain.PasswordPolicy;
import academy.anxin.kernel.domain.DomainException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An operator's refused ANXIN_ADMIN_PASSWORD is explained in plain words, never as a bare message key. */
class PlatformAdminBootstrapRuleTest {

    @ParameterizedTest
    @ValueSource(strings = {"short", "woaini1314520", "13800138000", "hjkl;hjkl;", "bcdefghijklm",
            "liuyang19900909", "anxinacademy", "admin-of-anxin", "Password123"})
    void everyPasswordRefusalHasAnOperatorSentence(String password) {
        DomainException refused = assertThrows(DomainException.class,
                () -> PasswordPolicy.check(password, EmailAddress.of("admin@anxin.local")));
        String rule = PlatformAdminBootstrap.rule(refused);
        assertFalse(rule.startsWith("identity."), password + " -> " + rule);
    }
}
