package academy.anxin.identity.application;

import academy.anxin.identity.domain.AccessibilityNeeds;
import academy.anxin.identity.domain.EmailAddress;
import academy.anxin.identity.domain.Invitation;
import academy.anxin.identity.domain.Invitations;
import academy.anxin.identity.domain.Membership;
import academy.anxin.identity.domain.MembershipChanged;
import academy.anxin.identity.domain.Memberships;
import academy.anxin.identity.domain.Organization;
import academy.anxin.identity.domain.OrganizationKind;
import academy.anxin.identity.domain.Organizations;
import academy.anxin.identity.domain.PasswordHasher;
import academy.anxin.identity.domain.People;
import academy.anxin.identity.domain.Person;
import academy.anxin.identity.domain.PersonName;
import academy.anxin.identity.domain.Role;
import academy.anxin.kernel.application.AuditTrail;
import academy.anxin.kernel.domain.DomainException;
import academy.anxin.kernel.domain.Language;
import academy.anxin.kernel.domain.RegionCode;
import academy.anxin.kernel.platform.InMemoryRows;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;

/**
 * Identity without a database, for unit tests here and in the contexts that ask identity (through identity's test
 * jar): people, organizations and memberships kept in memory behind the domain's repository interfaces, with the
 * real {@link OrganizationService} wired to them as CDI wires it to the JPA stores. The stores keep the database's
 * promises that the services rely on: one account per email, one membership per person and organization.
 */
public final class InMemoryIdentity {

    /** The address every {@link #caller} calls from, as the audit trail records it. */
    public static final String ADDRESS = "203.0.113.7";

    public final People people = new PeopleInMemory();
    public final Organizations organizations = new OrganizationsInMemory();
    public final Memberships memberships = new MembershipsInMemory();
    public final Invitations invitations = new InvitationsInMemory();
    public final EndedLoginsInMemory endedLogins = new EndedLoginsInMemory();
    /** Keeps the password itself, marked, so that a test can tell which password a hash was made from. */
    public final PasswordHasher hasher = new MarkedPasswords();
    public final OrganizationService organizationService = new OrganizationService();
    /** The membership changes identity announced, in order. */
    public final List<MembershipChanged> membershipChanges = new ArrayList<>();

    private final Clock clock;

    public InMemoryIdentity(Clock clock, AuditTrail audit) {
        this.clock = clock;
        organizationService.organizations = organizations;
        organizationService.memberships = memberships;
        organizationService.people = people;
        organizationService.invitations = invitations;
        organizationService.hasher = hasher;
        organizationService.audit = audit;
        organizationService.clock = clock;
        organizationService.membershipChanged = new Announced<>(membershipChanges);
    }

    /** A person who registered with this name and email. */
    public Person person(String name, String email) {
        return people.add(Person.register(PersonName.of(name), EmailAddress.of(email), hasher.hash("x".toCharArray()),
                Language.ZH, AccessibilityNeeds.none(), clock.instant()));
    }

    public Person platformAdmin(String name, String email) {
        Person admin = person(name, email);
        admin.makePlatformAdmin();
        return admin;
    }

    /** A hotline founded now, with this Chinese name (and an English one made from it). */
    public Organization organization(String nameZh) {
        return organizations.add(Organization.found(nameZh, nameZh + " (en)", OrganizationKind.HOTLINE, "110000",
                clock.instant()));
    }

    /** Makes the person a member since now, with these roles (a volunteer at least). */
    public Membership member(Person person, Organization organization, Role... roles) {
        EnumSet<Role> held = EnumSet.noneOf(Role.class);
        held.addAll(List.of(roles));
        return memberships.add(Membership.join(person.id(), organization.id(), held, clock.instant()));
    }

    public static Caller caller(Person person) {
        return new Caller(person.id(), ADDRESS);
    }

    private static final class PeopleInMemory implements People {
        private final InMemoryRows<Person> rows = new InMemoryRows<>();

        @Override
        public Optional<Person> byId(long id) {
            return rows.byId(id);
        }

        @Override
        public Optional<Person> byEmail(EmailAddress email) {
            return rows.stream().filter(p -> p.email().equals(email)).findFirst();
        }

        @Override
        public List<Person> byIds(Collection<Long> ids) {
            return rows.stream().filter(p -> ids.contains(p.id())).toList();
        }

        @Override
        public boolean anyPlatformAdmin() {
            return aPlatformAdmin().isPresent();
        }

        @Override
        public Optional<Person> aPlatformAdmin() {
            return rows.stream().filter(Person::isPlatformAdmin).findFirst();
        }

        @Override
        public Person add(Person person) {
            if (byEmail(person.email()).isPresent()) {
                throw new DomainException("email", "identity.email.taken"); // as the unique key answers in JpaPeople
            }
            return rows.add(person);
        }
    }

    private static final class OrganizationsInMemory implements Organizations {
        private final InMemoryRows<Organization> rows = new InMemoryRows<>();

        @Override
        public Optional<Organization> byId(long id) {
            return rows.byId(id);
        }

        @Override
        public List<Organization> byIds(Collection<Long> ids) {
            return rows.stream().filter(o -> ids.contains(o.id())).toList();
        }

        @Override
        public List<Organization> all() {
            return rows.stream().sorted(Comparator.comparing(Organization::nameZh)).toList();
        }

        @Override
        public List<Organization> within(RegionCode region) {
            return rows.stream().filter(o -> o.regionCode().map(region::contains).orElse(false))
                    .sorted(Comparator.comparing(Organization::nameZh)).toList();
        }

        @Override
        public Organization add(Organization organization) {
            return rows.add(organization);
        }
    }

    private static final class MembershipsInMemory implements Memberships {
        private final InMemoryRows<Membership> rows = new InMemoryRows<>();

        @Override
        public Optional<Membership> byId(long id) {
            return rows.byId(id);
        }

        @Override
        public Optional<Membership> of(long personId, long organizationId) {
            return rows.stream().filter(m -> m.personId() == personId && m.organizationId() == organizationId)
                    .findFirst();
        }

        @Override
        public List<Membership> ofPerson(long personId) {
            return rows.stream().filter(m -> m.personId() == personId).toList();
        }

        @Override
        public List<Membership> inOrganization(long organizationId) {
            return rows.stream().filter(m -> m.organizationId() == organizationId).toList();
        }

        @Override
        public long countHolding(long organizationId, Role role) {
            return inOrganization(organizationId).stream().filter(m -> m.holds(role)).count();
        }

        @Override
        public List<long[]> holdingAnywhere(Role role) {
            return rows.stream().filter(m -> m.holds(role))
                    .map(m -> new long[] {m.personId(), m.organizationId()}).toList();
        }

        @Override
        public Membership add(Membership membership) {
            if (of(membership.personId(), membership.organizationId()).isPresent()) {
                // the table's unique key (idn_membership_once): a service that gets here skipped its own check
                throw new IllegalStateException("already a member: person " + membership.personId());
            }
            return rows.add(membership);
        }
    }

    private static final class InvitationsInMemory implements Invitations {
        private final InMemoryRows<Invitation> rows = new InMemoryRows<>();

        @Override
        public Optional<Invitation> byId(long id) {
            return rows.byId(id);
        }

        @Override
        public List<Invitation> ofOrganization(long organizationId) {
            return rows.stream().filter(i -> i.organizationId() == organizationId)
                    .sorted(Comparator.comparing(Invitation::id).reversed()).toList();
        }

        @Override
        public List<Invitation> toEmail(EmailAddress email) {
            return rows.stream().filter(i -> i.isFor(email))
                    .sorted(Comparator.comparing(Invitation::id).reversed()).toList();
        }

        @Override
        public Invitation add(Invitation invitation) {
            return rows.add(invitation);
        }
    }

    private static final class MarkedPasswords implements PasswordHasher {
        @Override
        public String hash(char[] password) {
            return "plain:" + new String(password);
        }

        @Override
        public boolean matches(char[] password, String hash) {
            return hash(password).equals(hash);
        }
    }

    /** An event that other contexts would observe, kept in a list for the test to read. */
    private record Announced<T>(List<T> fired) implements Event<T> {

        @Override
        public void fire(T event) {
            fired.add(event);
        }

        @Override
        public <U extends T> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException("identity fires its events synchronously");
        }

        @Override
        public <U extends T> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException("identity fires its events synchronously");
        }

        @Override
        public Event<T> select(Annotation... qualifiers) {
            throw new UnsupportedOperationException("identity fires unqualified events");
        }

        @Override
        public <U extends T> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException("identity fires unqualified events");
        }

        @Override
        public <U extends T> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException("identity fires unqualified events");
        }
    }

    /** Ended logins as the table keeps them: id, person, time. */
    public static final class EndedLoginsInMemory implements academy.anxin.identity.domain.EndedLogins {

        private final Map<String, Map.Entry<Long, Instant>> ends = new LinkedHashMap<>();

        @Override
        public void end(String loginId, long personId, Instant at) {
            ends.putIfAbsent(loginId, Map.entry(personId, at));
        }

        @Override
        public Set<String> ofPerson(long personId, Instant since) {
            return ends.entrySet().stream().filter(e -> e.getValue().getKey() == personId
                    && e.getValue().getValue().isAfter(since)).map(Map.Entry::getKey).collect(Collectors.toSet());
        }

        @Override
        public int forgetBefore(Instant before) {
            int before0 = ends.size();
            ends.values().removeIf(e -> e.getValue().isBefore(before));
            return before0 - ends.size();
        }

        public int size() {
            return ends.size();
        }
    }
}
