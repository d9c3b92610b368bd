package academy.anxin.web.credentials;

import academy.anxin.credentials.application.CredentialRegistry;
import academy.anxin.credentials.application.CredentialView;
import academy.anxin.credentials.application.Recognitions;
import academy.anxin.credentials.domain.RecognitionClaim;
import academy.anxin.credentials.domain.SuspensionScope;
import academy.anxin.identity.application.ApiKeyService;
import academy.anxin.identity.application.MemberView;
import academy.anxin.identity.application.OrganizationService;
import academy.anxin.identity.application.OrganizationView;
import academy.anxin.identity.domain.ApiKey;
import academy.anxin.kernel.domain.DomainException;
import academy.anxin.web.i18n.Texts;
import academy.anxin.web.security.CurrentUser;
import academy.anxin.web.security.PageAccess;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * app/org/credentials.xhtml?org=N, for the organization's admins: members' credentials (those ending soonest
 * first), suspension and reinstatement with a reason (platform-wide where the organization holds the evidence, else
 * for its own checks only), the API keys of its case-assignment services (a new key is
 * shown once), and recognition of members' prior qualifications. Anyone else gets 403.
 */
@Named
@ViewScoped
public class OrgCredentialsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CredentialRegistry registry;

    @Inject
    transient ApiKeyService apiKeys;

    @Inject
    transient Recognitions recognitions;

    @Inject
    transient OrganizationService organizations;

    @Inject
    CurrentUser currentUser;

    @Inject
    Texts texts;

    private Long org;
    private OrganizationView organization;
    private List<MemberView> members;
    private List<CredentialView> credentials;
    private List<ApiKey> keys;
    private List<RecognitionClaim> claims;
    private final Map<String, String> reasons = new HashMap<>();
    private String keyName;
    private int perMinute = ApiKeyService.DEFAULT_PER_MINUTE;
    private String newKey;
    private Long claimPerson;
    private String qualification;
    private String description;
    private String document;

    /** f:viewAction: loads the organization or answers 403. */
    public void load() throws IOException {
        PageAccess.orForbidden(() -> {
            organization = currentUser.administeredOrganization(org);
            refresh();
        });
    }

    private void refresh() {
        members = organizations.members(currentUser.caller(), org);
        credentials = registry.ofOrganization(currentUser.caller(), org);
        keys = apiKeys.list(currentUser.caller(), org);
        claims = recognitions.ofOrganization(currentUser.caller(), org);
    }

    public void suspend(String number) {
        step(number, true);
    }

    public void reinstate(String number) {
        step(number, false);
    }

    private void step(String number, boolean suspend) {
        String reason = reasons.get(number);
        try {
            String done = "credentials.reinstated";
            if (suspend) {
                // say how far it reaches: an organization without the evidence suspends for its own checks only
                done = registry.suspend(currentUser.caller(), org, number, reason) == SuspensionScope.PLATFORM
                        ? "credentials.suspended" : "credentials.suspendedHere";
            } else {
                registry.reinstate(currentUser.caller(), org, number, reason);
            }
            texts.info(texts.text(done, number));
            reasons.remove(number);
            refresh();
        } catch (DomainException refused) {
            texts.show(refused, Map.of());
        }
    }

    public void createKey() {
        try {
            newKey = apiKeys.create(currentUser.caller(), org, keyName, perMinute).key();
            keyName = null;
            refresh();
        } catch (DomainException refused) {
            texts.show(refused, Map.of("name", "keys:name", "perMinute", "keys:perMinute"));
        }
    }

    public void revokeKey(long id) {
        try {
            apiKeys.revoke(currentUser.caller(), org, id);
            texts.info(texts.text("apiKey.revoked"));
            refresh();
        } catch (DomainException refused) {
            texts.show(refused, Map.of());
        }
    }

    public void submitClaim() {
        try {
            if (claimPerson == null) {
                throw new DomainException("person", "validation.required");
            }
            recognitions.submit(currentUser.caller(), org, claimPerson, qualification, description, document);
            texts.info(texts.text("recognition.submitted"));
            qualification = null;
            description = null;
            document = null;
            refresh();
        } catch (DomainException refused) {
            texts.show(refused, Map.of("person", "claim:person", "qualification", "claim:qualification",
                    "description", "claim:description", "documentReference", "claim:document"));
        }
    }

    public String nameOf(long personId) {
        return members.stream().filter(m -> m.personId() == personId).map(MemberView::name).findFirst().orElse("");
    }

    public long memberIdOf(long personId) {
        return members.stream().filter(m -> m.personId() == personId).mapToLong(MemberView::membershipId)
                .findFirst().orElse(0);
    }

    public OrganizationView getOrganization() {
        return organization;
    }

    public List<MemberView> getMembers() {
        return members;
    }

    public List<CredentialView> getCredentials() {
        return credentials;
    }

    public List<ApiKey> getKeys() {
        return keys;
    }

    public List<RecognitionClaim> getClaims() {
        return claims;
    }

    public Map<String, String> getReasons() {
        return reasons;
    }

    public Long getOrg() {
        return org;
    }

    public void setOrg(Long org) {
        this.org = org;
    }

    public String getKeyName() {
        return keyName;
    }

    public void setKeyName(String keyName) {
        this.keyName = keyName;
    }

    public int getPerMinute() {
        return perMinute;
    }

    public void setPerMinute(int perMinute) {
        this.perMinute = perMinute;
    }

    public String getNewKey() {
        return newKey;
    }

    public Long getClaimPerson() {
        return claimPerson;
    }

    public void setClaimPerson(Long claimPerson) {
        this.claimPerson = claimPerson;
    }

    public String getQualification() {
        return qualification;
    }

    public void setQualification(String qualification) {
        this.qualification = qualification;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getDocument() {
        return document;
    }

    public void setDocument(String document) {
        this.document = document;
    }
}
