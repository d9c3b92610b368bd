package academy.anxin.identity.application;

import academy.anxin.identity.domain.CoordinatorGrant;
import academy.anxin.identity.domain.CoordinatorGrants;
import academy.anxin.identity.domain.EmailAddress;
import academy.anxin.identity.domain.Organizations;
import academy.anxin.identity.domain.People;
import academy.anxin.identity.domain.Person;
import academy.anxin.kernel.application.AuditTrail;
import academy.anxin.kernel.domain.AccessDenied;
import academy.anxin.kernel.domain.AuditRecord;
import academy.anxin.kernel.domain.DomainException;
import academy.anxin.kernel.domain.RegionCode;
import academy.anxin.kernel.domain.Validation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Regional coordinators (统一部署): a platform admin grants a registered person the role for an administrative
 * division, and withdraws it (both audited: {@code COORDINATOR_GRANTED}, {@code COORDINATOR_WITHDRAWN}). A
 * coordinator sees the organizations placed in their division or any division within it, and nothing of others:
 * every question about a region first checks that one of the caller's active grants reaches it.
 */
@ApplicationScoped
public class RegionalCoordinators {

    @Inject
    CoordinatorGrants grants;

    @Inject
    People people;

    @Inject
    Organizations organizations;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Grants the holder of an email address the coordinator role for a division; the grant's id. */
    @Transactional
    public long grant(Caller caller, String email, String regionTyped) {
        requirePlatformAdmin(caller);
        Validation check = new Validation();
        EmailAddress address = check.field(() -> EmailAddress.of(email));
        RegionCode region = check.field(() -> RegionCode.parse(regionTyped));
        check.throwIfAny();
        // the platform admin sees every account anyway: saying nobody holds the address tells them nothing new
        Person person = people.byEmail(address)
                .orElseThrow(() -> new DomainException("email", "coordinator.noSuchPerson"));
        if (grants.activeOf(person.id()).stream().anyMatch(g -> g.region().equals(region))) {
            throw new DomainException("region", "coordinator.alreadyGranted");
        }
        CoordinatorGrant grant = grants.add(CoordinatorGrant.grant(person.id(), region, caller.personId(),
                clock.instant()));
        audit.record(new AuditRecord(caller.actor(), "COORDINATOR_GRANTED", "person:" + person.id(),
                "region " + region.text() + " grant:" + grant.id(), caller.address()));
        return grant.id();
    }

    @Transactional
    public void withdraw(Caller caller, long grantId) {
        requirePlatformAdmin(caller);
        CoordinatorGrant grant = grants.byId(grantId).orElseThrow(AccessDenied::new);
        grant.withdraw(caller.personId(), clock.instant());
        audit.record(new AuditRecord(caller.actor(), "COORDINATOR_WITHDRAWN", "person:" + grant.personId(),
                "region " + grant.region().text() + " grant:" + grant.id(), caller.address()));
    }

    /** Every grant, active and withdrawn, newest first: for the platform admin. */
    @Transactional
    public List<CoordinatorView> all(Caller caller) {
        requirePlatformAdmin(caller);
        List<CoordinatorGrant> all = grants.all();
        Map<Long, Person> byId = people.byIds(all.stream().map(CoordinatorGrant::personId).distinct().toList())
                .stream().collect(Collectors.toMap(Person::id, Function.identity()));
        return all.stream().map(g -> {
            Person p = byId.get(g.personId());
            return new CoordinatorView(g.id(), g.personId(), p.displayName(), p.email().value(), g.region().text(),
                    g.grantedAt(), g.withdrawnAt());
        }).toList();
    }

    /** The divisions the caller coordinates (active grants), in code order; empty for everyone else. */
    @Transactional
    public List<RegionCode> regionsOf(Caller caller) {
        return grants.activeOf(caller.personId()).stream().map(CoordinatorGrant::region).distinct().toList();
    }

    /**
     * The organizations placed in {@code region} or within it, for a coordinator one of whose active grants reaches
     * that division; anyone else is refused ({@link AccessDenied}), whatever code they ask for.
     */
    @Transactional
    public List<OrganizationView> organizationsIn(Caller caller, RegionCode region) {
        if (region == null || grants.activeOf(caller.personId()).stream().noneMatch(g -> g.reaches(region))) {
            throw new AccessDenied();
        }
        return organizations.within(region).stream().map(OrganizationView::of).toList();
    }

    private void requirePlatformAdmin(Caller caller) {
        if (!people.byId(caller.personId()).map(Person::isPlatformAdmin).orElse(false)) {
            throw new AccessDenied();
        }
    }
}
