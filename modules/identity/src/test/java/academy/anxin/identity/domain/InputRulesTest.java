package academy.anxin.identity.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import academy.anxin.kernel.domain.DomainException;
import java.time.Instant;
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
        // shown to others, a name must not hide characters nor turn text around: "王小红\u202Egnp.exe" reads reversed
        for (String hidden : new String[] {"王小红\u202Egnp.exe", "王\u200B小红", "wang\u200Dli", "\uFEFF王小红",
                "王小红\u2066x\u2069", "\u200F王小红"}) {
            assertEquals("identity.name.invalid", refusal(() -> PersonName.of(hidden)), hidden);
        }
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

    @Test
    void organizationNamesHideNothingEither() {
        Instant now = Instant.parse("2026-12-07T00:00:00Z");
        assertEquals("希望热线", Organization.found(" 希望热线 ", "Hope Line", OrganizationKind.HOTLINE, "110000", now)
                .nameZh());
        DomainException refused = assertThrows(DomainException.class,
                () -> Organization.found("希望热线", "Hope\u202ELine", OrganizationKind.HOTLINE, "110000", now));
        assertEquals("nameEn", refused.field());
        assertEquals("validation.hiddenCharacters", refused.messageKey());
    }
}
