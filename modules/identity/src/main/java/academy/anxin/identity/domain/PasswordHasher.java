package academy.anxin.identity.domain;

/** Turns passwords into slow salted hashes and checks them; the infrastructure decides the algorithm. */
public interface PasswordHasher {

    String hash(char[] password);

    boolean matches(char[] password, String hash);
}
