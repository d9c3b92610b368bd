package academy.anxin.credentials.application;

import academy.anxin.credentials.domain.Credential;
import academy.anxin.credentials.domain.CredentialNumber;
import academy.anxin.credentials.domain.CredentialRule;
import academy.anxin.credentials.domain.CredentialKind;
import academy.anxin.credentials.domain.CredentialStatus;
import academy.anxin.credentials.domain.Credentials;
import academy.anxin.credentials.domain.OrganizationSuspension;
import academy.anxin.credentials.domain.OrganizationSuspensions;
import academy.anxin.credentials.domain.RecognitionClaims;
import academy.anxin.credentials.domain.StatusEvent;
import academy.anxin.credentials.domain.SuspensionScope;
import academy.anxin.identity.application.AccountService;
import academy.anxin.identity.application.Caller;
import academy.anxin.identity.application.MemberView;
import academy.anxin.identity.application.OrganizationService;
import academy.anxin.identity.application.OrganizationView;
import academy.anxin.identity.domain.Role;
import academy.anxin.kernel.application.AuditTrail;
import academy.anxin.kernel.domain.AccessDenied;
import academy.anxin.kernel.domain.AuditRecord;
import academy.anxin.kernel.domain.DomainException;
import academy.anxin.kernel.domain.LocalizedText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Credentials as people look them up and act on them: the public check by number, a holder's own, an
 * organization's members' (for its admins), and the lifecycle steps: suspension and reinstatement by an admin of
 * an organization the holder belongs to (platform-wide or for that organization only, by {@link SuspensionScope}),
 * revocation by a platform admin. Every step is appended and audited.
 */
@ApplicationScoped
public class CredentialRegistry {

    @Inject
    Credentials store;

    @Inject
    TierRules tierRules;

    @Inject
    Standings standings;

    @Inject
    OrganizationService organizations;

    @Inject
    AccountService accounts;

    @Inject
    RecognitionClaims recognitions;

    @Inject
    OrganizationSuspensions orgSuspensions;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    CredentialRegistry self;

    /*
     * Reads here run in two steps: the credentials in a transaction of their own, then the holders' names from
     * identity in another. Inside one transaction each persistence unit holds its own pooled connection, and
     * under load every request would hold one and wait for a second.
     */

    /** The public check: a credential by its number, or nothing (a number with a bad check digit is refused). */
    public Optional<CredentialView> byNumber(String number) {
        String canonical = CredentialNumber.parse(number).text();
        return self.stored(canonical).map(s -> view(s, names(List.of(s)), false));
    }

    public List<CredentialView> mine(Caller caller) {
        List<Credentials.Stored> stored = self.storedOf(List.of(caller.personId()));
        Map<Long, String> names = names(stored);
        return stored.stream().map(s -> view(s, names, true)).toList();
    }

    /** The credentials of an organization's members, for its admins; those expiring soonest first. */
    public List<CredentialView> ofOrganization(Caller caller, long organizationId) {
        List<Long> members = organizations.members(caller, organizationId).stream().map(MemberView::personId).toList();
        List<Credentials.Stored> stored = self.storedOf(members);
        Map<Long, String> names = names(stored);
        return suspendedHere(organizationId, stored.stream().map(s -> view(s, names, true))
                .sorted(Comparator.comparing(CredentialView::validUntil)).toList());
    }

    /**
     * How many of an organization's members hold a valid credential of each kind ("L2" → 12, "BEREAVEMENT" → 3),
     * as the organization's own checks see them (its own suspensions count as suspended): public figures for its
     * listing, naming nobody.
     */
    public Map<String, Long> validHoldersByKind(long organizationId) {
        List<Credentials.Stored> stored = self.storedOf(organizations.memberIds(organizationId));
        Map<String, java.util.Set<Long>> holders = new java.util.TreeMap<>();
        suspendedHere(organizationId, stored.stream().map(s -> view(s, Map.of(), false)).toList()).stream()
                .filter(CredentialView::isValid)
                .forEach(v -> holders.computeIfAbsent(v.code(), k -> new java.util.HashSet<>()).add(v.holderId()));
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        holders.forEach((code, people) -> counts.put(code, (long) people.size()));
        return counts;
    }

    /** A person's credentials with their names, without the history. */
    public List<CredentialView> ofHolder(long personId) {
        List<Credentials.Stored> stored = self.storedOf(List.of(personId));
        Map<Long, String> names = names(stored);
        return stored.stream().map(s -> view(s, names, false)).toList();
    }

    /**
     * Many holders' credentials without names or history, their status as the platform sees it (an organization's
     * own suspensions not applied: see {@link #suspensionsByOrganization()}); for counts records keeps per
     * organization, which name nobody.
     */
    public List<CredentialView> unnamedOf(java.util.Collection<Long> holders) {
        if (holders.isEmpty()) {
            return List.of();
        }
        return self.storedOf(List.copyOf(holders)).stream().map(s -> view(s, Map.of(), false)).toList();
    }

    /** The numbers each organization suspended for its own checks, standing now, by organization id. */
    public Map<Long, Set<String>> suspensionsByOrganization() {
        return standings.loadOrganizationSuspensions();
    }

    /** A person's credentials as verification needs them: no name, no history, from memory. */
    public List<CredentialView> standing(long personId) {
        return standings.of(personId).stream().map(s -> view(s, Map.of(), false)).toList();
    }

    @Transactional
    public Optional<Credentials.Stored> stored(String canonicalNumber) {
        return store.byNumber(canonicalNumber);
    }

    @Transactional
    public List<Credentials.Stored> storedOf(List<Long> holders) {
        return store.ofHolders(holders);
    }

    /** The credential's signed form as issued (an Open Badges 3.0 VC-JWT), by its number. */
    @Transactional
    public Optional<String> signedForm(String number) {
        return store.byNumber(CredentialNumber.parse(number).text()).map(Credentials.Stored::signed);
    }

    /** The holder of a credential number, for verification. */
    public Optional<Long> holderOf(String number) {
        return standings.holderOf(number);
    }

    /**
     * An organization's admin suspends a member's credential. How far it reaches is {@link SuspensionScope}'s rule:
     * platform-wide (the credential's own status, published) when the organization holds the evidence for it,
     * otherwise for the organization's own checks only. Answers which it was.
     */
    @Transactional
    public SuspensionScope suspend(Caller caller, long organizationId, String number, String reason) {
        Credentials.Stored stored = entitled(caller, organizationId, number);
        String canonical = stored.credential().number().text();
        Instant now = clock.instant();
        if (scope(organizationId, stored) == SuspensionScope.PLATFORM) {
            store.append(stored, stored.credential().suspend(caller.actor(), reason, now));
            audit.record(new AuditRecord(caller.actor(), "CREDENTIAL_SUSPENDED", "credential:" + canonical,
                    "organization:" + organizationId + ": " + reason, caller.address()));
            return SuspensionScope.PLATFORM;
        }
        if (orgSuspensions.standing(organizationId, canonical).isPresent()) {
            throw new DomainException(null, "credential.suspended");
        }
        orgSuspensions.add(OrganizationSuspension.record(stored.credential(), organizationId, caller.actor(), reason,
                now));
        audit.record(new AuditRecord(caller.actor(), "CREDENTIAL_SUSPENDED_FOR_ORGANIZATION",
                "credential:" + canonical, "organization:" + organizationId + ": " + reason, caller.address()));
        return SuspensionScope.ORGANIZATION;
    }

    /**
     * Lifts the organization's own suspension of the credential if it has one; otherwise reinstates a
     * platform-wide suspension, which only an organization holding the evidence may do.
     */
    @Transactional
    public void reinstate(Caller caller, long organizationId, String number, String reason) {
        Credentials.Stored stored = entitled(caller, organizationId, number);
        String canonical = stored.credential().number().text();
        Instant now = clock.instant();
        Optional<OrganizationSuspension> own = orgSuspensions.standing(organizationId, canonical);
        if (own.isPresent()) {
            orgSuspensions.lift(own.get(), caller.actor(), OrganizationSuspension.liftReason(reason), now);
            audit.record(new AuditRecord(caller.actor(), "CREDENTIAL_REINSTATED_FOR_ORGANIZATION",
                    "credential:" + canonical, "organization:" + organizationId + ": " + reason, caller.address()));
            return;
        }
        if (scope(organizationId, stored) == SuspensionScope.ORGANIZATION
                && stored.credential().statusAt(now) == CredentialStatus.SUSPENDED) {
            throw new DomainException(null, "credential.suspendedByOthers");
        }
        store.append(stored, stored.credential().reinstate(caller.actor(), reason, now));
        audit.record(new AuditRecord(caller.actor(), "CREDENTIAL_REINSTATED", "credential:" + canonical,
                "organization:" + organizationId + ": " + reason, caller.address()));
    }

    /** Every organization's standing suspension for itself, newest first: for platform admins. */
    public List<OrganizationSuspensionView> organizationSuspensions(Caller caller) {
        Map<Long, String> names = organizations.all(caller).stream() // refuses anyone but a platform admin
                .collect(Collectors.toMap(OrganizationView::id, OrganizationView::nameZh));
        return self.standingOrganizationSuspensions().stream().map(s -> new OrganizationSuspensionView(s.number(),
                s.organizationId(), names.getOrDefault(s.organizationId(), ""), s.reason(), s.suspendedAt())).toList();
    }

    @Transactional
    public List<OrganizationSuspension> standingOrganizationSuspensions() {
        return orgSuspensions.allStanding();
    }

    /**
     * A person's credentials as one organization's verification calls see them: as {@link #standing(long)}, with
     * those the organization suspended for itself shown suspended; from memory, as the standing is.
     */
    public List<CredentialView> standingFor(long organizationId, long personId) {
        Set<String> suspended = standings.suspendedBy(organizationId);
        return standing(personId).stream()
                .map(v -> suspended.contains(v.number()) ? v.suspendedForOrganization() : v).toList();
    }

    /**
     * Many people's credentials as one organization's checks see them (its own suspensions count), as
     * {@link #standingFor(long, long)} decides each, with only what case matching weighs: over an organization's
     * members, the full views (titles, histories) were most of a match's time.
     */
    public Map<Long, List<CredentialStanding>> standingFor(long organizationId, java.util.Collection<Long> personIds) {
        Set<String> suspended = standings.suspendedBy(organizationId);
        Instant now = clock.instant();
        Map<Long, List<CredentialStanding>> standing = new java.util.HashMap<>(personIds.size() * 2);
        standings.ofAll(personIds).forEach((person, stored) -> {
            List<CredentialStanding> held = new java.util.ArrayList<>(stored.size());
            for (Credentials.Stored s : stored) {
                Credential credential = s.credential();
                String number = credential.numberText();
                CredentialStatus status = credential.statusAt(now);
                if (status == CredentialStatus.ACTIVE && suspended.contains(number)) {
                    status = CredentialStatus.SUSPENDED;
                }
                held.add(new CredentialStanding(number, credential.kind(), status, credential.periodAt(now).until()));
            }
            standing.put(person, held);
        });
        return standing;
    }

    /** A kind's title as its rule names it (its code when no rule does). */
    public LocalizedText title(CredentialKind kind) {
        return tierRules.rules().rule(kind).map(CredentialRule::title)
                .orElse(new LocalizedText(kind.code(), kind.code()));
    }

    @Transactional
    public List<String> suspendedBy(long organizationId, List<String> numbers) {
        return orgSuspensions.standing(organizationId, numbers).stream().map(OrganizationSuspension::number).toList();
    }

    private List<CredentialView> suspendedHere(long organizationId, List<CredentialView> views) {
        if (views.isEmpty()) {
            return views;
        }
        List<String> suspended = self.suspendedBy(organizationId, views.stream().map(CredentialView::number).toList());
        return views.stream().map(v -> suspended.contains(v.number()) ? v.suspendedForOrganization() : v).toList();
    }

    /** Revocation is final, and for platform admins only. */
    @Transactional
    public void revoke(Caller caller, String number, String reason) {
        if (!accounts.account(caller).platformAdmin()) {
            throw new AccessDenied();
        }
        Credentials.Stored stored = found(number);
        Instant now = clock.instant();
        StatusEvent event = stored.credential().revoke(caller.actor(), reason, now);
        store.append(stored, event);
        audit.record(new AuditRecord(caller.actor(), "CREDENTIAL_REVOKED", "credential:" + number, reason,
                caller.address()));
    }

    /** The credential, once the caller is an admin of the organization and its holder a member there. */
    private Credentials.Stored entitled(Caller caller, long organizationId, String number) {
        if (!organizations.holds(caller.personId(), organizationId, Role.ORG_ADMIN)) {
            throw new AccessDenied();
        }
        Credentials.Stored stored = found(number);
        if (organizations.joinedAt(stored.credential().holderId(), organizationId).isEmpty()) {
            throw new AccessDenied();
        }
        return stored;
    }

    private SuspensionScope scope(long organizationId, Credentials.Stored stored) {
        return SuspensionScope.of(organizationId, stored.credential().kind(),
                recognitions.ofPerson(stored.credential().holderId()));
    }

    private Credentials.Stored found(String number) {
        String canonical = CredentialNumber.parse(number).text();
        return store.byNumber(canonical).orElseThrow(() -> new DomainException("number", "credential.unknown",
                canonical));
    }

    private Map<Long, String> names(List<Credentials.Stored> stored) {
        return organizations.names(stored.stream().map(s -> s.credential().holderId()).distinct().toList());
    }

    CredentialView view(Credentials.Stored stored, Map<Long, String> names, boolean withHistory) {
        Credential credential = stored.credential();
        Instant now = clock.instant();
        var period = credential.periodAt(now);
        LocalizedText title = title(credential.kind());
        return new CredentialView(credential.numberText(), credential.holderId(),
                names.getOrDefault(credential.holderId(), ""), credential.kind(), title, stored.approvedMinutes(),
                period.from(), period.until(), credential.statusAt(now), credential.expiringSoon(now),
                withHistory ? credential.events() : List.of());
    }
}
