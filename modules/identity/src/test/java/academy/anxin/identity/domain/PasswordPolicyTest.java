package academy.anxin.identity.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import academy.anxin.kernel.domain.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The password rule with the strength estimator: what people in China and elsewhere choose first is refused. */
class PasswordPolicyTest {

    private static final EmailAddress EMAIL = EmailAddress.of("wangxh@example.cn");

    @ParameterizedTest(name = "{0} is refused as {1}")
    @CsvSource({
            // Chinese habits: love numbers and pinyin love words, pinyin names with birthdays, lucky numbers
            "woaini1314520, identity.password.common",
            "woaini520woaini, identity.password.common",
            "aini1314aini, identity.password.common",
            "laopo5201314, identity.password.common",
            "zhangwei1990, identity.password.common",
            "wangfang19880808, identity.password.common",
            "qq123456789, identity.password.common",
            "zhoumin19900909, identity.password.date",
            "5201314520, identity.password.digitsOnly",
            "13800138000, identity.password.digitsOnly",
            "19900101123, identity.password.digitsOnly",
            // the same kinds in English
            "Password123, identity.password.common",
            "iloveyou2020, identity.password.common",
            "qwertyuiop[], identity.password.common",
            "zhangsan1234, identity.password.common",
            "1qaz2wsx3edc, identity.password.common",
            "hjkl;hjkl;, identity.password.repeated",
            "bcdefghijklm, identity.password.sequence",
            "aaaaaaaaaaaa, identity.password.common",
            "sunshine1990, identity.password.common",
            "liuyang19900909, identity.password.date",
            "anxinacademy, identity.password.guessable",
    })
    void guessablePasswordsAreRefusedSayingWhy(String password, String reason) {
        DomainException refused = assertThrows(DomainException.class, () -> PasswordPolicy.check(password, EMAIL));
        assertEquals("password", refused.field());
        assertEquals(reason, refused.messageKey(), password);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "安心热线志愿者之歌唱起来", "清晨的热线电话又响了起来", "river-lantern-42", "a brand new passphrase",
            "keeper-of-the-platform-2026", "credentials-are-earned", "practice-makes-careful", "exams-are-kept-safe",
            "a-quiet-room-for-listening", "a long volunteer passphrase", "a-course-that-changes",
            "finding-the-right-lesson", "another-long-secret", "the right passphrase", "sitting-together-2026",
            "a long enough password", "春眠不觉晓处处闻啼鸟", "mountain tea at dusk", "Xk7p2RvQ9mWt4hLz"})
    void passphrasesAndRandomPasswordsAreAccepted(String password) {
        assertDoesNotThrow(() -> PasswordPolicy.check(password, EMAIL));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void generatedPasswordsAlwaysPass(int round) {
        assertDoesNotThrow(() -> PasswordPolicy.check(GeneratedPassword.next(), EMAIL));
    }

    @ParameterizedTest
    @ValueSource(strings = {"wangxh-garden-path", "my-WANGXH-secret"})
    void theEmailsNameIsRefusedBeforeStrength(String password) {
        assertEquals("identity.password.containsEmail",
                assertThrows(DomainException.class, () -> PasswordPolicy.check(password, EMAIL)).messageKey());
    }

    @Test
    void aLongPasswordIsJudgedByItsFirstSixtyFourCharacters() {
        String strongStart = "river-lantern-42 mountain tea at dusk, a kettle on the night shift";
        assertDoesNotThrow(() -> PasswordPolicy.check(strongStart + "1".repeat(60), EMAIL));
        assertEquals("identity.password.repeated", assertThrows(DomainException.class,
                () -> PasswordPolicy.check("woaini".repeat(21), EMAIL)).messageKey());
    }
}
