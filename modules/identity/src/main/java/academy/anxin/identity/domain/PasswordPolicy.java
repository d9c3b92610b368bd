package academy.anxin.identity.domain;

import academy.anxin.kernel.domain.DomainException;
import com.nulabinc.zxcvbn.Pattern;
import com.nulabinc.zxcvbn.StandardDictionaries;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.ZxcvbnBuilder;
import com.nulabinc.zxcvbn.matchers.Dictionary;
import com.nulabinc.zxcvbn.matchers.Match;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * What a password must be. Following NIST SP 800-63B rather than composition rules: long enough, not built from
 * the person's own email address, and not easy to guess as judged by zxcvbn (zxcvbn4j), an estimator that counts
 * the guesses an attacker needs with dictionaries of common passwords, words and names, keyboard walks, sequences,
 * repeats and dates. Its English dictionaries know little of Chinese habits, so a list of common Chinese passwords
 * and their parts ({@code chinese-passwords.txt}: woaini, 5201314, pinyin names...) is added as one more
 * dictionary. Long passphrases in Chinese or any script are welcome.
 * <p>
 * A refusal names why in our own message keys ({@code identity.password.*}), mapped from the estimator's warning
 * keys rather than its English sentences, so that every page and the start-up check speak the reader's language.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    /** Bounds the cost of hashing what a client sends, and of estimating its strength. */
    public static final int MAX_LENGTH = 128;
    /**
     * The lowest zxcvbn score accepted: 3 means about 10^8 guesses or more, safe against online guessing (which
     * the login throttle slows further) and against a slow hash offline for a good while.
     */
    public static final int MIN_SCORE = 3;

    /** How much of a long password the estimator reads (see {@link #judged}). */
    static final int ESTIMATED_LENGTH = 64;

    static final String CHINESE_DICTIONARY = "chinese_passwords";
    private static final String CHINESE_LIST = "chinese-passwords.txt";
    /** This platform's own words: a password made of them is the first an attacker here would try. */
    private static final List<String> PLATFORM_WORDS = List.of("anxin", "academy", "volunteer", "zhiyuanzhe",
            "xinli", "rexian");

    private PasswordPolicy() {
    }

    /** Refuses a password with the first reason that applies; {@code email} may be null when not yet known. */
    public static void check(String password, EmailAddress email) {
        if (password == null || password.isEmpty()) {
            throw new DomainException("password", "identity.password.required");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            throw new DomainException("password", "identity.password.tooShort", MIN_LENGTH);
        }
        if (length > MAX_LENGTH) {
            throw new DomainException("password", "identity.password.tooLong", MAX_LENGTH);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (password.codePoints().distinct().count() < 4) {
            throw new DomainException("password", "identity.password.common");
        }
        if (email != null && email.localPart().length() >= 4 && lower.contains(email.localPart())) {
            throw new DomainException("password", "identity.password.containsEmail");
        }
        if (password.chars().allMatch(c -> c >= '0' && c <= '9')) {
            // phone, QQ and ID numbers, birthdays: digits alone are the first thing tried against a Chinese account
            throw new DomainException("password", "identity.password.digitsOnly");
        }
        Strength strength = Estimator.ZXCVBN.measure(judged(password), userInputs(email));
        try {
            if (strength.getScore() < MIN_SCORE) {
                throw new DomainException("password", reason(strength));
            }
            if (nameAndDate(strength)) {
                throw new DomainException("password", "identity.password.date");
            }
        } finally {
            strength.wipe();
        }
    }

    /**
     * The part of the password the estimator reads: its first {@link #ESTIMATED_LENGTH} characters. The estimator's
     * matching grows faster than the length (a second for 128 characters on a busy machine), and registration is
     * open to anyone; a password whose first 64 characters are hard to guess is hard to guess.
     */
    private static String judged(String password) {
        if (password.codePointCount(0, password.length()) <= ESTIMATED_LENGTH) {
            return password;
        }
        return password.substring(0, password.offsetByCodePoints(0, ESTIMATED_LENGTH));
    }

    private static List<String> userInputs(EmailAddress email) {
        List<String> inputs = new ArrayList<>(PLATFORM_WORDS);
        if (email != null) {
            inputs.add(email.localPart());
        }
        return inputs;
    }

    /** Our message key for a guessable password: the estimator's warning key, else what its matches were. */
    static String reason(Strength strength) {
        String warning = strength.getFeedback().withResourceBundle(KeysAsText.INSTANCE).getWarning(Locale.ROOT);
        String key = warning == null ? "" : warning;
        if (key.startsWith("feedback.dictionary.warning.passwords")) {
            return "identity.password.common";
        }
        if (key.startsWith("feedback.dictionary.warning.")) {
            return "identity.password.word";
        }
        if (key.startsWith("feedback.spatial.")) {
            return "identity.password.keyboard";
        }
        if (key.startsWith("feedback.repeat.")) {
            return "identity.password.repeated";
        }
        if (key.startsWith("feedback.sequence.")) {
            return "identity.password.sequence";
        }
        if (key.startsWith("feedback.date.") || key.startsWith("feedback.regex.")) {
            return "identity.password.date";
        }
        // no warning: the estimator gives none for our own dictionary or for a mix of short parts
        for (Match match : strength.getSequence()) {
            if (match.pattern == Pattern.Dictionary && CHINESE_DICTIONARY.equals(match.dictionaryName)) {
                return "identity.password.common";
            }
        }
        return "identity.password.guessable";
    }

    /**
     * Whether the password is nothing but dictionary parts, one of them at least Chinese (pinyin names and words),
     * and a date or year, such as
     * {@code zhoumin19900909}: the estimator counts a billion guesses for it, but a name with a birthday is the
     * first thing tried by anyone who knows the person, and the most frequent pattern in the Chinese leaks.
     */
    static boolean nameAndDate(Strength strength) {
        boolean name = false;
        boolean date = false;
        for (Match match : strength.getSequence()) {
            if (match.pattern == Pattern.Dictionary) {
                // a part may come from another dictionary ("xiaolong" is also an English-list password)
                name |= CHINESE_DICTIONARY.equals(match.dictionaryName);
            } else if (match.pattern == Pattern.Date || match.pattern == Pattern.Regex) {
                date = true;
            } else {
                return false;
            }
        }
        return name && date;
    }

    /** The estimator with its standard dictionaries and ours, built once: loading them takes a moment. */
    private static final class Estimator {

        static final Zxcvbn ZXCVBN = build();

        private static Zxcvbn build() {
            try {
                return new ZxcvbnBuilder()
                        .dictionaries(StandardDictionaries.loadAllDictionaries())
                        .dictionary(new Dictionary(CHINESE_DICTIONARY, chineseList()))
                        .build();
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        }

        /** The entries in file order (most common first), without the comment lines that say where they come from. */
        private static List<String> chineseList() throws IOException {
            List<String> entries = new ArrayList<>();
            try (InputStream in = PasswordPolicy.class.getResourceAsStream(CHINESE_LIST)) {
                if (in == null) {
                    throw new IOException(CHINESE_LIST + " is missing from the identity module");
                }
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    String entry = line.strip().toLowerCase(Locale.ROOT);
                    if (!entry.isEmpty() && !entry.startsWith("#")) {
                        entries.add(entry);
                    }
                }
            }
            return entries;
        }
    }

    /**
     * A resource bundle whose text for every key is the key itself: asking the estimator's feedback for its warning
     * through it yields the warning's key, which we map to our own messages, instead of an English sentence.
     */
    private static final class KeysAsText extends ResourceBundle {

        static final KeysAsText INSTANCE = new KeysAsText();

        @Override
        protected Object handleGetObject(String key) {
            return key;
        }

        @Override
        public Enumeration<String> getKeys() {
            return Collections.emptyEnumeration();
        }
    }
}
