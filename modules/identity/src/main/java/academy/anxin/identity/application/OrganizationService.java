package academy.anxin.identity.application;

import academy.anxin.identity.domain.AccessibilityNeeds;
import academy.anxin.identity.domain.EmailAddress;
import academy.anxin.identity.domain.GeneratedPassword;
import academy.anxin.identity.domain.Membership;
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
import academy.anxin.kernel.domain.Validation;
import jakarta.enterprise.context.ApplicationScoped;
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
 * Organizations and their members. Platform admins found organizations; an organization's admins add registered
 * people and set their roles there. Nobody sees or touches an organization they do not administer.
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
    PasswordHasher hasher;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

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

    /** Adds a registered person to the organization with the given roles (volunteer at least). */
    @Transactional
    public long addMember(Caller caller, long organizationId, String email, Set<Role> roles) {
        return addMember(caller, organizationId, email, roles, clock.instant());
    }

    /**
     * Adds someone who has served the organization since {@code memberSince}, as when an agency brings its existing
     * volunteers onto the platform: practice they did for it since then can be logged. Not in the future, and not
     * more than {@value #LONGEST_BACKDATING_YEARS} years back.
     */
    @Transactional
    public long addMember(Caller caller, long organizationId, String email, Set<Role> roles, Instant memberSince) {
        requireOrgAdmin(caller, organizationId); // before any check of the input, which would answer a stranger
        Instant now = clock.instant();
        if (memberSince.isAfter(now) || memberSince.isBefore(now.atZone(java.time.ZoneOffset.UTC)
                .minusYears(LONGEST_BACKDATING_YEARS).toInstant())) {
            throw new DomainException("memberSince", "identity.member.since", LONGEST_BACKDATING_YEARS);
        }
        EmailAddress address = EmailAddress.of(email);
        Person person = people.byEmail(address)
                .orElseThrow(() -> new DomainException("email", "identity.member.notRegistered"));
        if (memberships.of(person.id(), organizationId).isPresent()) {
            throw new DomainException("email", "identity.member.already");
        }
        Membership membership = memberships.add(Membership.join(person.id(), organizationId, roles, memberSince));
        audit.record(new AuditRecord(caller.actor(), "MEMBER_ADDED", "person:" + person.id(),
                "organization:" + organizationId + " roles " + membership.roles()
                        + (memberSince.equals(now) ? "" : " member since " + memberSince), caller.address()));
        return membership.id();
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
        }
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

    /** When the person joined the organization, if they are a member. */
    @Transactional
    public java.util.Optional<java.time.Instant> joinedAt(long personId, long organizationId) {
        return memberships.of(personId, organizationId).map(Membership::joinedAt);
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
