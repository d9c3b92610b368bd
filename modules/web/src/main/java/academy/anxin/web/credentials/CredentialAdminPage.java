package academy.anxin.web.credentials;

import academy.anxin.credentials.application.CredentialRegistry;
import academy.anxin.credentials.application.Proofs;
import academy.anxin.credentials.application.Recognitions;
import academy.anxin.credentials.domain.PublishedKey;
import academy.anxin.credentials.domain.RecognitionClaim;
import academy.anxin.credentials.domain.RequirementId;
import academy.anxin.identity.application.OrganizationService;
import academy.anxin.kernel.domain.DomainException;
import academy.anxin.web.i18n.Texts;
import academy.anxin.web.security.CurrentUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * admin/credentials.xhtml (platform admins, by web.xml): decide recognitions of prior qualifications (as meeting
 * every recognizable requirement of a chosen tier or endorsement), revoke a credential, rotate the signing key.
 */
@Named
@ViewScoped
public class CredentialAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Recognitions recognitions;

    @Inject
    transient CredentialRegistry registry;

    @Inject
    transient Proofs proofs;

    @Inject
    transient OrganizationService organizations;

    @Inject
    CurrentUser currentUser;

    @Inject
    Texts texts;

    private final Map<Long, String> kinds = new HashMap<>();
    private final Map<Long, String> notes = new HashMap<>();
    private String revokeNumber;
    private String revokeReason;
    private transient List<academy.anxin.credentials.application.OrganizationSuspensionView> organizationSuspensions;

    public List<RecognitionClaim> getPending() {
        return recognitions.pending(currentUser.caller());
    }

    public String nameOf(long personId) {
        return organizations.names(List.of(personId)).getOrDefault(personId, "");
    }

    /** The tiers and endorsements a recognition can be approved for. */
    public List<String> getKindCodes() {
        return recognitions.recognizable().stream().map(id -> id.credential().code()).distinct().toList();
    }

    public void approve(long id) {
        String kind = kinds.get(id);
        Set<RequirementId> satisfies = new LinkedHashSet<>();
        recognitions.recognizable().stream().filter(r -> r.credential().code().equals(kind)).forEach(satisfies::add);
        try {
            recognitions.approve(currentUser.caller(), id, satisfies, notes.get(id));
            texts.info(texts.text("recognition.approved", kind == null ? "" : kind));
        } catch (DomainException refused) {
            texts.show(refused, Map.of());
        }
    }

    public void reject(long id) {
        try {
            recognitions.reject(currentUser.caller(), id, notes.get(id));
            texts.info(texts.text("recognition.rejected"));
        } catch (DomainException refused) {
            texts.show(refused, Map.of());
        }
    }

    public void revoke() {
        try {
            registry.revoke(currentUser.caller(), revokeNumber == null ? "" : revokeNumber, revokeReason);
            texts.info(texts.text("credentials.revoked", revokeNumber));
            revokeNumber = null;
            revokeReason = null;
        } catch (DomainException refused) {
            texts.show(refused, Map.of("number", "revoke:number", "reason", "revoke:reason"));
        }
    }

    /** Organizations' suspensions for their own checks, so that the platform admin sees each of them. */
    public List<academy.anxin.credentials.application.OrganizationSuspensionView> getOrganizationSuspensions() {
        if (organizationSuspensions == null) {
            organizationSuspensions = registry.organizationSuspensions(currentUser.caller());
        }
        return organizationSuspensions;
    }

    public void rotate() {
        texts.info(texts.text("keys.rotated", proofs.rotate(currentUser.caller())));
    }

    public List<PublishedKey> getSigningKeys() {
        return proofs.keys();
    }

    public Map<Long, String> getKinds() {
        return kinds;
    }

    public Map<Long, String> getNotes() {
        return notes;
    }

    public String getRevokeNumber() {
        return revokeNumber;
    }

    public void setRevokeNumber(String revokeNumber) {
        this.revokeNumber = revokeNumber;
    }

    public String getRevokeReason() {
        return revokeReason;
    }

    public void setRevokeReason(String revokeReason) {
        this.revokeReason = revokeReason;
    }
}
