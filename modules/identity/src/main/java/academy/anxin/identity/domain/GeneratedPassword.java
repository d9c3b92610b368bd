package academy.anxin.identity.domain;

import java.security.SecureRandom;

/**
 * Passwords the platform makes for accounts it creates (first platform admin, an organization's first admin, demo
 * people): 16 characters from an alphabet without look-alikes (no 0/O, 1/l/I), about 93 bits of entropy.
 */
public final class GeneratedPassword {

    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private GeneratedPassword() {
    }

    public static String next() {
        StringBuilder password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
