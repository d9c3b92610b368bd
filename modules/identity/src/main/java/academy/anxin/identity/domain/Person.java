package academy.anxin.identity.domain;

import academy.anxin.kernel.domain.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * Someone with an account: a volunteer who registered, or a staff member an administrator enrolled. A person
 * registers with consent to the privacy notice, then may change their password, language and accessibility
 * needs. Only the password hash is kept. Roles in organizations are memberships, not fields here; the one
 * platform-wide role is platform administrator.
 */
@Entity
@Table(name = "idn_person")
public class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "display_name", nullable = false, length = PersonName.MAX_LENGTH)
    private String displayName;

    @Column(name = "email", nullable = false, unique = true, length = EmailAddress.MAX_LENGTH)
    private String email;

    @Column(name = "password_hash", nullable = false, length = 255)
    private String passwordHash;

    /** Counts password changes: a session that logged in with an older version is over (identity V4). */
    @Column(name = "password_version", nullable = false)
    private long passwordVersion;

    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_language", nullable = false, length = 2)
    private Language preferredLanguage;

    @Embedded
    private AccessibilityNeeds accessibilityNeeds;

    @Column(name = "privacy_consent_at", nullable = false)
    private Instant privacyConsentAt;

    @Column(name = "platform_admin", nullable = false)
    private boolean platformAdmin;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Person() {
        // for JPA
    }

    /** A new account. Consent to the privacy notice is required: without it there is no registration. */
    public static Person register(PersonName name, EmailAddress email, String passwordHash, Language language,
                                  AccessibilityNeeds needs, Instant consentedAt) {
        Person person = new Person();
        person.displayName = name.value();
        person.email = email.value();
        person.passwordHash = Objects.requireNonNull(passwordHash);
        person.preferredLanguage = Objects.requireNonNull(language);
        person.accessibilityNeeds = needs == null ? AccessibilityNeeds.none() : needs;
        person.privacyConsentAt = Objects.requireNonNull(consentedAt, "privacy consent");
        person.createdAt = consentedAt;
        return person;
    }

    /** A new password, which ends every session that logged in with an older one. */
    public void changePasswordHash(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash);
        this.passwordVersion++;
    }

    public void prefer(Language language) {
        this.preferredLanguage = Objects.requireNonNull(language);
    }

    public void needs(AccessibilityNeeds needs) {
        this.accessibilityNeeds = Objects.requireNonNull(needs);
    }

    public void rename(PersonName name) {
        this.displayName = name.value();
    }

    public void makePlatformAdmin() {
        this.platformAdmin = true;
    }

    public Long id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public EmailAddress email() {
        return new EmailAddress(email);
    }

    public String passwordHash() {
        return passwordHash;
    }

    public long passwordVersion() {
        return passwordVersion;
    }

    public Language preferredLanguage() {
        return preferredLanguage;
    }

    public AccessibilityNeeds accessibilityNeeds() {
        return accessibilityNeeds;
    }

    public boolean isPlatformAdmin() {
        return platformAdmin;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
