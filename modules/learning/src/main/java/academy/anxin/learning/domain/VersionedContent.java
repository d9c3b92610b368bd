package academy.anxin.learning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * What courses and micro-lessons share as imported content: a code, a version that only goes up, the fingerprint
 * of the files it came from (equal fingerprints mean a re-import changes nothing), and whether it is the current
 * version. An older version stays for those who studied it.
 */
@MappedSuperclass
public abstract class VersionedContent {

    @Column(name = "code", nullable = false, length = 40)
    private String code;

    @Column(name = "content_version", nullable = false)
    private int version;

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    @Column(name = "is_current", nullable = false)
    private boolean current;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    protected VersionedContent() {
        // for JPA
    }

    protected VersionedContent(String code, int version) {
        this.code = code;
        this.version = version;
        this.current = true;
    }

    /** Marks the moment of import and the fingerprint of the files it came from. */
    public void imported(String hash, Instant at) {
        this.contentHash = hash;
        this.importedAt = at;
    }

    /** A newer version arrived: this one stays for those who studied it, but new learners get the newer one. */
    public void supersede() {
        current = false;
    }

    /** Whether these files are the ones this version was imported from. */
    public boolean importedFrom(String hash) {
        return contentHash.equals(hash);
    }

    public String code() {
        return code;
    }

    public int version() {
        return version;
    }

    public String contentHash() {
        return contentHash;
    }

    public boolean isCurrent() {
        return current;
    }

    public Instant importedAt() {
        return importedAt;
    }
}
