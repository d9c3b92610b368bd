package academy.anxin.identity.application;

import academy.anxin.identity.domain.AccessibilityNeeds;
import academy.anxin.identity.domain.EmailAddress;
import academy.anxin.identity.domain.GeneratedPassword;
import academy.anxin.identity.domain.Invitation;
import academy.anxin.identity.domain.InvitationStatus;
import academy.anxin.identity.domain.Invitations;
import academy.anxin.identity.domain.Membership;
import academy.anxin.identity.domain.MembershipChanged;
import academy.anxin.identity.domain.Memberships;
import academy.anxin.identity.domain.Organization;
import academy.anxin.identity.domain.Organizations;
import academy.anxin.identity.domain.PasswordHasher;
import academy.anxin.identity.domain.People;
import academy.anxin.identity.domain.Person;
import academy.anxin.identity.domain.PersonName;
import academy.anxin.identity.domain.Role;
import academy.anxin.kernel.application.AuditTrail;
import academy.anxin.kernel.domain.AccessDenied;
import academy.anxin.kernel.domain.AuditRecord;
import academy.anxin.kernel.domain.DomainException;
import academy.anxin.kernel.domain.Language;
import academy.anxin.kernel.domain.RegionCode;
import academy.anxin.kernel.domain.Validation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Organizations and their members. Platform admins found organizations; an organization's admins invite people by
 * email and set members' roles; a person joins only by accepting an invitation in their account. Nobody sees or
 * touches an organization they do not administer, and an organization sees nothing of an invited person until they
 * accept.
 */
@ApplicationScoped
public class OrganizationService {

    static final int LONGEST_BACKDATING_YEARS = 10;

    @Inject
    Organizations organizations;

    @Inject
    Memberships memberships;

    @Inject
    People people;

    @Inject
    Invitations invitations;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Event<MembershipChanged> membershipChanged;

    @Transactional
    public FoundedOrganization found(Caller caller, OrganizationFounding form) {
        requirePlatformAdmin(caller);
        Validation check = new Validation();
        Organization draft = check.field(() -> Organization.found(form.nameZh(), form.nameEn(), form.kind(),
                form.region(), clock.instant()));
        EmailAddress adminEmail = check.field(() -> EmailAddress.of(form.adminEmail()));
        Optional<Person> existing = adminEmail == null ? Optional.empty() : people.byEmail(adminEmail);
        PersonName adminName = existing.isPresent() ? null
                : check.field(() -> PersonName.of(form.adminName()));
        check.throwIfAny();

        Organization organization = organizations.add(draft);
        String oneTimePassword = null;
        Person admin;
        if (existing.isPresent()) {
            admin = existing.get();
        } else {
            oneTimePassword = GeneratedPassword.next();
            admin = people.add(Person.register(adminName, adminEmail, hasher.hash(oneTimePassword.toCharArray()),
                    Language.ZH, AccessibilityNeeds.none(), clock.instant()));
            audit.record(new AuditRecord(caller.actor(), "ACCOUNT_CREATED", "person:" + admin.id(),
                    "first admin of organization:" + organization.id(), caller.address()));
        }
        memberships.add(Membership.join(admin.id(), organization.id(), EnumSet.of(Role.ORG_ADMIN), clock.instant()));
        membershipChanged.fire(new MembershipChanged(admin.id(), organization.id()));
        audit.record(new AuditRecord(caller.actor(), "ORGANIZATION_FOUNDED", "organization:" + organization.id(),
                "first admin person:" + admin.id(), caller.address()));
        return new FoundedOrganization(organization.id(), admin.id(), adminEmail.value(), oneTimePassword);
    }

    @Transactional
    public List<OrganizationView> all(Caller caller) {
        requirePlatformAdmin(caller);
        return organizations.all().stream().map(OrganizationView::of).toList();
    }

    /** The public directory: names, kinds and regions only. */
    @Transactional
    public List<OrganizationView> directory() {
        return organizations.all().stream().map(OrganizationView::of).toList();
    }

    @Transactional
    public List<MembershipView> membershipsOf(Caller caller) {
        List<Membership> mine = memberships.ofPerson(caller.personId());
        Map<Long, Organization> byId = organizations.byIds(mine.stream().map(Membership::organizationId).toList())
                .stream().collect(Collectors.toMap(Organization::id, Function.identity()));
        return mine.stream()
                .map(m -> new MembershipView(OrganizationView.of(byId.get(m.organizationId())), EnumSet.copyOf(m.roles())))
                .sorted(Comparator.comparing(v -> v.organization().nameZh()))
                .toList();
    }

    @Transactional
    public OrganizationView organization(Caller caller, long organizationId) {
        requireOrgAdmin(caller, organizationId);
        return organizations.byId(organizationId).map(OrganizationView::of).orElseThrow(AccessDenied::new);
    }

    @Transactional
    public List<MemberView> members(Caller caller, long organizationId) {
        requireOrgAdmin(caller, organizationId);
        List<Membership> members = memberships.inOrganization(organizationId);
        Map<Long, Person> byId = people.byIds(members.stream().map(Membership::personId).toList())
                .stream().collect(Collectors.toMap(Person::id, Function.identity()));
        return members.stream().map(m -> {
            Person p = byId.get(m.personId());
            return new MemberView(m.id(), p.id(), p.displayName(), p.email().value(), EnumSet.copyOf(m.roles()),
                    m.joinedAt(), m.version());
        }).sorted(Comparator.comparing(MemberView::name)).toList();
    }

    /**
     * The person behind a member id (the membership's number, shown on the members page) within one
     * organization; for services that name volunteers by the organization's own member id.
     */
    @Transactional
    public java.util.Optional<Long> personOfMember(long organizationId, long membershipId) {
        return memberships.byId(membershipId).filter(m -> m.organizationId() == organizationId)
                .map(Membership::personId);
    }

    /**
     * Invites the holder of an email address to the organization with the given roles (volunteer at least); the id
     * of the invitation. Nobody becomes a member without accepting: see {@link #accept}. The answer is the same
     * whether anyone has registered with the address or not, so that an admin cannot learn who is registered; an
     * address nobody holds yet waits for whoever registers with it.
     */
    @Transactional
    public long invite(Caller caller, long organizationId, String email, Set<Role> roles) {
        return invite(caller, organizationId, email, roles, null);
    }

    /**
     * Invites someone who has served the organization since {@code memberSince}, as when an agency brings its
     * existing volunteers onto the platform: once they accept, practice they did for it since then can be logged.
     * Not in the future, and not more than {@value #LONGEST_BACKDATING_YEARS} years back; null for "from the day
     * they accept".
     */
    @Transactional
    public long invite(Caller caller, long organizationId, String email, Set<Role> roles, Instant memberSince) {
        requireOrgAdmin(caller, organizationId); // before any check of the input, which would answer a stranger
        Instant now = clock.instant();
        if (memberSince != null && (memberSince.isAfter(now) || memberSince.isBefore(now.atZone(
                java.time.ZoneOffset.UTC).minusYears(LONGEST_BACKDATING_YEARS).toInstant()))) {
            throw new DomainException("memberSince", "identity.member.since", LONGEST_BACKDATING_YEARS);
        }
        EmailAddress address = EmailAddress.of(email);
        // the organization sees its members' addresses anyway: saying one is a member already tells it nothing new
        Optional<Person> holder = people.byEmail(address);
        if (holder.isPresent() && memberships.of(holder.get().id(), organizationId).isPresent()) {
            throw new DomainException("email", "identity.member.already");
        }
        if (invitations.ofOrganization(organizationId).stream()
                .anyMatch(i -> i.isFor(address) && i.statusAt(now) == InvitationStatus.PENDING)) {
            throw new DomainException("email", "identity.invitation.pending");
        }
        Invitation invitation = invitations.add(Invitation.offer(organizationId, address, roles, memberSince,
                caller.personId(), now));
        audit.record(new AuditRecord(caller.actor(), "INVITED", "invitation:" + invitation.id(),
                "organization:" + organizationId + " roles " + invitation.roles()
                        + (memberSince == null ? "" : " member since " + memberSince), caller.address()));
        return invitation.id();
    }

    /** An organization's invitations as its admins see them (the address and the status only), newest first. */
    @Transactional
    public List<InvitationView> invitations(Caller caller, long organizationId) {
        requireOrgAdmin(caller, organizationId);
        Instant now = clock.instant();
        return invitations.ofOrganization(organizationId).stream().map(i -> InvitationView.of(i, now)).toList();
    }

    /** The organization takes back an invitation still pending. Another organization's is as if it did not exist. */
    @Transactional
    public void withdraw(Caller caller, long invitationId) {
        Invitation invitation = invitations.byId(invitationId).orElseThrow(AccessDenied::new);
        requireOrgAdmin(caller, invitation.organizationId());
        invitation.withdraw(caller.personId(), clock.instant());
        audit.record(new AuditRecord(caller.actor(), "INVITATION_WITHDRAWN", "invitation:" + invitation.id(),
                "organization:" + invitation.organizationId(), caller.address()));
    }

    /** The caller's pending invitations, addressed to the email they log in with; newest first. */
    @Transactional
    public List<InvitationOffer> invitationsFor(Caller caller) {
        Person person = people.byId(caller.personId()).orElseThrow(AccessDenied::new);
        Instant now = clock.instant();
        List<Invitation> pending = invitations.toEmail(person.email()).stream()
                .filter(i -> i.statusAt(now) == InvitationStatus.PENDING).toList();
        Map<Long, Organization> byId = organizations.byIds(pending.stream().map(Invitation::organizationId)
                .distinct().toList()).stream().collect(Collectors.toMap(Organization::id, Function.identity()));
        return pending.stream().map(i -> new InvitationOffer(i.id(), OrganizationView.of(byId.get(i.organizationId())),
                EnumSet.copyOf(i.roles()), i.memberSince(), i.invitedAt(), i.expiresAt())).toList();
    }

    /** The invited person says yes: they become a member with the roles offered; the membership's id. */
    @Transactional
    public long accept(Caller caller, long invitationId) {
        Person person = people.byId(caller.personId()).orElseThrow(AccessDenied::new);
        Invitation invitation = invitations.byId(invitationId).orElseThrow(AccessDenied::new);
        if (invitation.isFor(person.email())
                && memberships.of(person.id(), invitation.organizationId()).isPresent()) {
            throw new DomainException("invitation", "identity.invitation.alreadyMember");
        }
        Membership membership = memberships.add(invitation.accept(person.id(), person.email(), clock.instant()));
        audit.record(new AuditRecord(caller.actor(), "INVITATION_ACCEPTED", "invitation:" + invitation.id(),
                "organization:" + invitation.organizationId() + " person:" + person.id() + " roles "
                        + membership.roles(), caller.address()));
        membershipChanged.fire(new MembershipChanged(person.id(), invitation.organizationId()));
        return membership.id();
    }

    /** The invited person says no: nothing changes but the invitation, which the organization sees declined. */
    @Transactional
    public void decline(Caller caller, long invitationId) {
        Person person = people.byId(caller.personId()).orElseThrow(AccessDenied::new);
        Invitation invitation = invitations.byId(invitationId).orElseThrow(AccessDenied::new);
        invitation.decline(person.id(), person.email(), clock.instant());
        audit.record(new AuditRecord(caller.actor(), "INVITATION_DECLINED", "invitation:" + invitation.id(),
                "organization:" + invitation.organizationId(), caller.address()));
    }

    /**
     * Sets a member's roles. {@code seenVersion} is the version the admin was looking at: if someone changed the
     * roles since, this refuses rather than silently overwriting their change.
     */
    @Transactional
    public void changeRoles(Caller caller, long membershipId, Set<Role> roles, long seenVersion) {
        Membership membership = memberships.byId(membershipId).orElseThrow(AccessDenied::new);
        requireOrgAdmin(caller, membership.organizationId());
        if (membership.version() != seenVersion) {
            throw new OptimisticLockException();
        }
        // an EnumSet, so that the audit entry lists the roles in one order every time
        Set<Role> before = EnumSet.noneOf(Role.class);
        before.addAll(membership.roles());
        long otherAdmins = memberships.countHolding(membership.organizationId(), Role.ORG_ADMIN)
                - (membership.holds(Role.ORG_ADMIN) ? 1 : 0);
        membership.assignKeepingAnAdmin(roles, otherAdmins);
        if (!before.equals(membership.roles())) {
            audit.record(new AuditRecord(caller.actor(), "ROLES_CHANGED", "person:" + membership.personId(),
                    "organization:" + membership.organizationId() + " " + before + " -> " + membership.roles(),
                    caller.address()));
            membershipChanged.fire(new MembershipChanged(membership.personId(), membership.organizationId()));
        }
    }

    /**
     * Places the organization in an administrative division (GB/T 2260 code), for its admins; audited
     * ({@code ORGANIZATION_REGION_SET}) when it changes. Its region's coordinators see it from then on.
     */
    @Transactional
    public void placeIn(Caller caller, long organizationId, String regionTyped) {
        requireOrgAdmin(caller, organizationId);
        Organization organization = organizations.byId(organizationId).orElseThrow(AccessDenied::new);
        RegionCode region = RegionCode.parse(regionTyped);
        String before = organization.regionCode().map(RegionCode::text).orElse("none");
        if (organization.placeIn(region)) {
            audit.record(new AuditRecord(caller.actor(), "ORGANIZATION_REGION_SET", "organization:" + organizationId,
                    before + " -> " + region.text(), caller.address()));
        }
    }

    /** The organizations in which the person holds the volunteer role; for counts records keeps per organization. */
    @Transactional
    public List<Long> volunteeringIn(long personId) {
        return memberships.ofPerson(personId).stream().filter(m -> m.holds(Role.VOLUNTEER))
                .map(Membership::organizationId).toList();
    }

    /**
     * Every volunteer membership as (person id, organization id) pairs, to rebuild counts kept per organization from
     * the memberships themselves; never shown as people.
     */
    @Transactional
    public List<long[]> allVolunteerships() {
        return memberships.holdingAnywhere(Role.VOLUNTEER);
    }

    /** Whether the person holds the role in the organization; other contexts ask this through their own ports. */
    @Transactional
    public boolean holds(long personId, long organizationId, Role role) {
        return memberships.of(personId, organizationId).map(m -> m.holds(role)).orElse(false);
    }

    /** Members holding a role in an organization, by name (e.g. the supervisors a volunteer may ask to sign). */
    @Transactional
    public List<PersonRef> holding(long organizationId, Role role) {
        List<Long> ids = memberships.inOrganization(organizationId).stream().filter(m -> m.holds(role))
                .map(Membership::personId).toList();
        return people.byIds(ids).stream().map(p -> new PersonRef(p.id(), p.displayName()))
                .sorted(Comparator.comparing(PersonRef::name)).toList();
    }

    /**
     * The ids of an organization's members, for counts other contexts publish about it (how many hold valid
     * credentials); never shown as people.
     */
    @Transactional
    public List<Long> memberIds(long organizationId) {
        return memberships.inOrganization(organizationId).stream().map(Membership::personId).toList();
    }

    /**
     * An organization's members as case matching reads them: each one's member id (the membership's number, as the
     * members page shows it) and person id; names are asked for only for those a dispatcher is shown.
     */
    @Transactional
    public List<MemberRef> memberRefs(long organizationId) {
        return memberships.idsIn(organizationId).stream().map(ids -> new MemberRef(ids[0], ids[1])).toList();
    }

    /** When the person joined the organization, if they are a member. */
    @Transactional
    public java.util.Optional<java.time.Instant> joinedAt(long personId, long organizationId) {
        return memberships.of(personId, organizationId).map(Membership::joinedAt);
    }

    /**
     * A member's number in the organization (the membership's id, as the members page shows it), if they are a
     * member; records prints it as the volunteer number.
     */
    @Transactional
    public java.util.Optional<Long> memberNumber(long personId, long organizationId) {
        return memberships.of(personId, organizationId).map(Membership::id);
    }

    /** Display names by person id, for pages of other contexts that list people their caller may see. */
    @Transactional
    public Map<Long, String> names(java.util.Collection<Long> personIds) {
        return people.byIds(personIds).stream().collect(Collectors.toMap(Person::id, Person::displayName));
    }

    private void requirePlatformAdmin(Caller caller) {
        if (!people.byId(caller.personId()).map(Person::isPlatformAdmin).orElse(false)) {
            throw new AccessDenied();
        }
    }

    private void requireOrgAdmin(Caller caller, long organizationId) {
        boolean platformAdmin = people.byId(caller.personId()).map(Person::isPlatformAdmin).orElse(false);
        if (!platformAdmin && !holds(caller.personId(), organizationId, Role.ORG_ADMIN)) {
            throw new AccessDenied();
        }
    }
}
