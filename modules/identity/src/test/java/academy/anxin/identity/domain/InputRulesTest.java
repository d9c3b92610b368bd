package academy.anxin.identity.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import academy.anxin.kernel.domain.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InputRulesTest {

    private static String refusal(Runnable action) {
        return assertThrows(DomainException.class, action::run).messageKey();
    }

    @Test
    void emailsAreTrimmedAndLowerCased() {
        assertEquals("li.ming@example.cn", EmailAddress.of("  Li.Ming@Example.CN ").value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"li.ming", "li ming@example.cn", "a@b", "@example.cn", "a@@example.cn", "a@example."})
    void malformedEmailsAreRefused(String raw) {
        assertEquals("identity.email.malformed", refusal(() -> EmailAddress.of(raw)));
    }

    @Test
    void emptyAndOverlongEmailsSayWhy() {
        assertEquals("identity.email.required", refusal(() -> EmailAddress.of("   ")));
        assertEquals("identity.email.tooLong", refusal(() -> EmailAddress.of("a".repeat(60) + "@" + "b".repeat(200) + ".cn")));
    }

    @Test
    void namesMayBeChineseButNotEmptyOrEndless() {
        assertEquals("王小红", PersonName.of(" 王小红 ").value());
        assertEquals("identity.name.required", refusal(() -> PersonName.of("")));
        assertEquals("identity.name.tooLong", refusal(() -> PersonName.of("名".repeat(101))));
        assertEquals("identity.name.invalid", refusal(() -> PersonName.of("a\u0000b")));
    }

    @Test
    void passwordsMustBeLongAndUncommon() {
        EmailAddress email = EmailAddress.of("wangxh@example.cn");
        assertEquals("identity.password.tooShort", refusal(() -> PasswordPolicy.check("short1", email)));
        assertEquals("identity.password.common", refusal(() -> PasswordPolicy.check("Password123", email)));
        assertEquals("identity.password.common", refusal(() -> PasswordPolicy.check("aaaaaaaaaaaa", email)));
        assertEquals("identity.password.containsEmail", refusal(() -> PasswordPolicy.check("my-wangxh-secret", email)));
        assertEquals("identity.password.tooLong", refusal(() -> PasswordPolicy.check("x1".repeat(65), email)));
        assertDoesNotThrow(() -> PasswordPolicy.check("安心热线志愿者之歌唱起来", email));
        assertDoesNotThrow(() -> PasswordPolicy.check("river-lantern-42", email));
    }
}
