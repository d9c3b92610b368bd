package academy.anxin.identity.application;

import static academy.anxin.identity.application.InMemoryIdentity.ADDRESS;
import static academy.anxin.identity.application.InMemoryIdentity.caller;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import academy.anxin.identity.domain.EmailAddress;
import academy.anxin.identity.domain.Invitation;
import academy.anxin.identity.domain.InvitationStatus;
import academy.anxin.identity.domain.Membership;
import academy.anxin.identity.domain.Organization;
import academy.anxin.identity.domain.OrganizationKind;
import academy.anxin.identity.domain.Person;
import academy.anxin.identity.domain.Role;
import academy.anxin.kernel.application.RecordingAuditTrail;
import academy.anxin.kernel.domain.AccessDenied;
import academy.anxin.kernel.domain.AuditEvent;
import academy.anxin.kernel.domain.DomainException;
import academy.anxin.kernel.domain.InvalidInput;
import jakarta.persistence.OptimisticLockException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The decisions of {@link OrganizationService} over identity in memory: who founds an organization, who adds
 * members and sets their roles, that joining takes the person's acceptance (an organization's own admins, never another organization's), the last admin, and
 * that each change is audited.
 */
class OrganizationServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-23T06:00:00Z");

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final RecordingAuditTrail audit = new RecordingAuditTrail(clock);
    private final InMemoryIdentity identity = new InMemoryIdentity(clock, audit);
    private final OrganizationService service = identity.organizationService;

    private final Person platformAdmin = identity.platformAdmin("平台管理员", "root@anxin.test");
    private final Organization hotline = identity.organization("希望热线");
    private final Organization site = identity.organization("社区站");
    private final Person hotlineAdmin = identity.person("王芳", "wang@hotline.test");
    private final Person siteAdmin = identity.person("李强", "li@site.test");
    private final Person volunteer = identity.person("陈静", "chen@example.test");

    OrganizationServiceTest() {
        identity.member(hotlineAdmin, hotline, Role.ORG_ADMIN);
        identity.member(siteAdmin, site, Role.ORG_ADMIN);
    }

    private static OrganizationFounding founding(String adminEmail, String adminName) {
        return new OrganizationFounding("青少年热线", "Youth Line", OrganizationKind.HOTLINE, "310000", adminEmail,
                adminName);
    }

    private Membership membershipOf(Person person, Organization organization) {
        return identity.memberships.of(person.id(), organization.id()).orElseThrow();
    }

    // founding

    @Test
    void aPlatformAdminFoundsAnOrganizationWhoseNewFirstAdminGetsAOneTimePassword() {
        FoundedOrganization founded = service.found(caller(platformAdmin), founding(" New.Admin@Youth.test ", "赵敏"));

        Person admin = identity.people.byId(founded.adminPersonId()).orElseThrow();
        assertEquals("new.admin@youth.test", founded.adminEmail());
        assertEquals("赵敏", admin.displayName());
        assertEquals(16, founded.oneTimePassword().length());
        assertTrue(identity.hasher.matches(founded.oneTimePassword().toCharArray(), admin.passwordHash()),
                "the account's password is the one shown once");
        assertEquals(EnumSet.of(Role.VOLUNTEER, Role.ORG_ADMIN),
                identity.memberships.of(admin.id(), founded.organizationId()).orElseThrow().roles());
        assertEquals(List.of("ACCOUNT_CREATED", "ORGANIZATION_FOUNDED"), audit.actions());
        AuditEvent created = audit.events().get(0);
        assertEquals("person:" + platformAdmin.id(), created.actor());
        assertEquals("person:" + admin.id(), created.subject());
        assertEquals("first admin of organization:" + founded.organizationId(), created.detail());
        AuditEvent foundedEntry = audit.last();
        assertEquals("organization:" + founded.organizationId(), foundedEntry.subject());
        assertEquals("first admin person:" + admin.id(), foundedEntry.detail());
        assertEquals(ADDRESS, foundedEntry.address());
    }

    @Test
    void aRegisteredPersonBecomesTheFirstAdminAsTheyAreWithoutANewPassword() {
        String hashBefore = volunteer.passwordHash();
        FoundedOrganization founded = service.found(caller(platformAdmin), founding("chen@example.test", " "));

        assertEquals(volunteer.id(), founded.adminPersonId());
        assertNull(founded.oneTimePassword());
        assertEquals(hashBefore, volunteer.passwordHash());
        assertTrue(service.holds(volunteer.id(), founded.organizationId(), Role.ORG_ADMIN));
        assertEquals(List.of("ORGANIZATION_FOUNDED"), audit.actions(), "no account was created");
    }

    @Test
    void onlyAPlatformAdminFoundsOrganizations() {
        assertThrows(AccessDenied.class, () -> service.found(caller(hotlineAdmin), founding("x@youth.test", "赵敏")));
        assertEquals(2, identity.organizations.all().size());
        assertEquals(Optional.empty(), identity.people.byEmail(EmailAddress.of("x@youth.test")));
        assertEquals(List.of(), audit.actions());
    }

    @Test
    void everyProblemOfTheFoundingFormIsReportedAtOnce() {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> service.found(caller(platformAdmin),
                new OrganizationFounding(" ", "Youth Line", OrganizationKind.HOTLINE, "310000", "not an email", "")));
        assertEquals(List.of("nameZh", "email", "name"), refused.problems().stream().map(DomainException::field)
                .toList());
        assertEquals(2, identity.organizations.all().size());
        assertEquals(List.of(), audit.actions());
    }

    // invitations: nobody becomes a member without saying yes

    /** Invites by the page's path and accepts as the person: what adding a member is now. */
    private long inviteAndAccept(Person admin, Organization organization, Person person, Set<Role> roles) {
        long invitation = service.invite(caller(admin), organization.id(), person.email().value(), roles);
        return service.accept(caller(person), invitation);
    }

    @Test
    void anInvitationMakesNoMembershipUntilThePersonAcceptsIt() {
        long invitation = service.invite(caller(hotlineAdmin), hotline.id(), "Chen@Example.test",
                EnumSet.of(Role.SUPERVISOR));

        assertEquals(Optional.empty(), identity.memberships.of(volunteer.id(), hotline.id()), "not without consent");
        assertEquals(List.of("wang@hotline.test"), service.members(caller(hotlineAdmin), hotline.id()).stream()
                .map(MemberView::email).toList());
        AuditEvent invited = audit.last();
        assertEquals("INVITED", invited.action());
        assertEquals("invitation:" + invitation, invited.subject());
        assertEquals("organization:" + hotline.id() + " roles [VOLUNTEER, SUPERVISOR]", invited.detail());
        InvitationView seen = service.invitations(caller(hotlineAdmin), hotline.id()).get(0);
        assertEquals("chen@example.test", seen.email());
        assertEquals(InvitationStatus.PENDING, seen.status());

        List<InvitationOffer> offers = service.invitationsFor(caller(volunteer));
        assertEquals(1, offers.size());
        assertEquals("希望热线", offers.get(0).organization().nameZh());
        long membershipId = service.accept(caller(volunteer), invitation);

        Membership added = identity.memberships.byId(membershipId).orElseThrow();
        assertEquals(volunteer.id(), added.personId());
        assertEquals(hotline.id(), added.organizationId());
        assertEquals(EnumSet.of(Role.VOLUNTEER, Role.SUPERVISOR), added.roles());
        assertEquals(NOW, added.joinedAt());
        AuditEvent accepted = audit.last();
        assertEquals("INVITATION_ACCEPTED", accepted.action());
        assertEquals("person:" + volunteer.id(), accepted.actor());
        assertEquals("organization:" + hotline.id() + " person:" + volunteer.id() + " roles [VOLUNTEER, SUPERVISOR]",
                accepted.detail());
        assertEquals(InvitationStatus.ACCEPTED, service.invitations(caller(hotlineAdmin), hotline.id()).get(0)
                .status());
        assertEquals(List.of(), service.invitationsFor(caller(volunteer)));
    }

    @Test
    void aPersonWhoDeclinesIsNotAMember() {
        long invitation = service.invite(caller(hotlineAdmin), hotline.id(), "chen@example.test", Set.of());
        service.decline(caller(volunteer), invitation);

        assertEquals(Optional.empty(), identity.memberships.of(volunteer.id(), hotline.id()));
        assertEquals(InvitationStatus.DECLINED, service.invitations(caller(hotlineAdmin), hotline.id()).get(0)
                .status());
        DomainException late = assertThrows(DomainException.class, () -> service.accept(caller(volunteer),
                invitation));
        assertEquals("identity.invitation.notPending", late.messageKey());
        assertEquals(List.of("INVITED", "INVITATION_DECLINED"), audit.actions());
    }

    @Test
    void onlyTheHolderOfTheInvitedAddressAnswersIt() {
        long invitation = service.invite(caller(hotlineAdmin), hotline.id(), "chen@example.test", Set.of());
        Person someoneElse = identity.person("孙丽", "sun@example.test");

        assertThrows(AccessDenied.class, () -> service.accept(caller(someoneElse), invitation));
        assertThrows(AccessDenied.class, () -> service.decline(caller(someoneElse), invitation));
        assertThrows(AccessDenied.class, () -> service.accept(caller(hotlineAdmin), invitation),
                "not even the admin who typed it");
        assertEquals(List.of(), service.invitationsFor(caller(someoneElse)));
        assertEquals(Optional.empty(), identity.memberships.of(someoneElse.id(), hotline.id()));
        assertEquals(List.of("INVITED"), audit.actions());
    }

    @Test
    void theAnswerIsTheSameWhetherTheAddressIsRegisteredOrNot() {
        long unregistered = service.invite(caller(hotlineAdmin), hotline.id(), "nobody@example.test", Set.of());
        long registered = service.invite(caller(hotlineAdmin), hotline.id(), "chen@example.test", Set.of());
        List<InvitationView> seen = service.invitations(caller(hotlineAdmin), hotline.id());
        assertEquals(List.of(registered, unregistered), seen.stream().map(InvitationView::id).toList());
        assertTrue(seen.stream().allMatch(i -> i.status() == InvitationStatus.PENDING));

        // whoever registers with the address later finds the invitation waiting
        Person later = identity.person("新人", "Nobody@example.test");
        assertEquals(List.of(unregistered), service.invitationsFor(caller(later)).stream()
                .map(InvitationOffer::id).toList());
        DomainException malformed = assertThrows(DomainException.class, () -> service.invite(
                caller(hotlineAdmin), hotline.id(), "chen at example", Set.of()));
        assertEquals("identity.email.malformed", malformed.messageKey());
    }

    @Test
    void anAdminWithdrawsAPendingInvitationWhichCanNoLongerBeAccepted() {
        long invitation = service.invite(caller(hotlineAdmin), hotline.id(), "chen@example.test", Set.of());
        service.withdraw(caller(hotlineAdmin), invitation);

        assertEquals(InvitationStatus.WITHDRAWN, service.invitations(caller(hotlineAdmin), hotline.id()).get(0)
                .status());
        assertEquals(List.of(), service.invitationsFor(caller(volunteer)));
        assertThrows(DomainException.class, () -> service.accept(caller(volunteer), invitation));
        DomainException twice = assertThrows(DomainException.class, () -> service.withdraw(caller(hotlineAdmin),
                invitation));
        assertEquals("identity.invitation.notPending", twice.messageKey());
        assertEquals(List.of("INVITED", "INVITATION_WITHDRAWN"), audit.actions());
        assertEquals("person:" + hotlineAdmin.id(), audit.last().actor());
    }

    @Test
    void anInvitationLapsesAfterItsTime() {
        long invitation = service.invite(caller(hotlineAdmin), hotline.id(), "chen@example.test", Set.of());
        Invitation kept = identity.invitations.byId(invitation).orElseThrow();
        assertEquals(InvitationStatus.EXPIRED, kept.statusAt(NOW.plus(30, ChronoUnit.DAYS)));
        assertEquals(InvitationStatus.PENDING, kept.statusAt(NOW.plus(30, ChronoUnit.DAYS).minusSeconds(1)));
        DomainException lapsed = assertThrows(DomainException.class, () -> kept.accept(volunteer.id(),
                volunteer.email(), NOW.plus(31, ChronoUnit.DAYS)));
        assertEquals("identity.invitation.notPending", lapsed.messageKey());
    }

    @Test
    void aMemberWhoServedBeforeIsInvitedSinceThenWithinTenYears() {
        Instant since = NOW.atZone(ZoneOffset.UTC).minusYears(2).toInstant();
        long invitation = service.invite(caller(hotlineAdmin), hotline.id(), "chen@example.test", Set.of(), since);
        assertEquals("organization:" + hotline.id() + " roles [VOLUNTEER] member since " + since,
                audit.last().detail());
        long membershipId = service.accept(caller(volunteer), invitation);

        assertEquals(since, identity.memberships.byId(membershipId).orElseThrow().joinedAt());
        for (Instant refusedSince : List.of(NOW.plusSeconds(1),
                NOW.atZone(ZoneOffset.UTC).minusYears(10).minus(1, ChronoUnit.DAYS).toInstant())) {
            DomainException refused = assertThrows(DomainException.class, () -> service.invite(
                    caller(siteAdmin), site.id(), "chen@example.test", Set.of(), refusedSince));
            assertEquals("memberSince", refused.field());
            assertEquals("identity.member.since", refused.messageKey());
        }
        assertEquals(List.of(), service.invitations(caller(siteAdmin), site.id()));
    }

    @Test
    void aMemberIsNotInvitedAgainNorAnAddressInvitedTwiceAtOnce() {
        inviteAndAccept(hotlineAdmin, hotline, volunteer, Set.of());
        DomainException again = assertThrows(DomainException.class, () -> service.invite(caller(hotlineAdmin),
                hotline.id(), "chen@example.test", EnumSet.of(Role.SUPERVISOR)));
        assertEquals("email", again.field());
        assertEquals("identity.member.already", again.messageKey());
        assertEquals(EnumSet.of(Role.VOLUNTEER), membershipOf(volunteer, hotline).roles());

        service.invite(caller(hotlineAdmin), hotline.id(), "sun@example.test", Set.of());
        DomainException twice = assertThrows(DomainException.class, () -> service.invite(caller(hotlineAdmin),
                hotline.id(), "sun@example.test", Set.of()));
        assertEquals("identity.invitation.pending", twice.messageKey());
        assertEquals(List.of("INVITED", "INVITATION_ACCEPTED", "INVITED"), audit.actions());
    }

    @Test
    void anotherOrganizationsAdminManagesNothingHere() {
        Membership member = identity.member(volunteer, hotline);
        identity.person("孙丽", "sun@example.test");
        long invitation = service.invite(caller(hotlineAdmin), hotline.id(), "sun@example.test", Set.of());
        Caller other = caller(siteAdmin);

        assertThrows(AccessDenied.class, () -> service.invite(other, hotline.id(), "zhou@example.test", Set.of()));
        assertThrows(AccessDenied.class, () -> service.invite(other, hotline.id(), "zhou@example.test", Set.of(),
                NOW.plusSeconds(86_400)), "a stranger learns nothing from the checks of the input");
        assertThrows(AccessDenied.class, () -> service.withdraw(other, invitation));
        assertThrows(AccessDenied.class, () -> service.invitations(other, hotline.id()));
        assertThrows(AccessDenied.class, () -> service.changeRoles(other, member.id(), EnumSet.of(Role.ORG_ADMIN),
                member.version()));
        assertThrows(AccessDenied.class, () -> service.members(other, hotline.id()));
        assertThrows(AccessDenied.class, () -> service.organization(other, hotline.id()));
        assertEquals(EnumSet.of(Role.VOLUNTEER), member.roles());
        assertEquals(InvitationStatus.PENDING, service.invitations(caller(hotlineAdmin), hotline.id()).get(0)
                .status());
        assertEquals(List.of("INVITED"), audit.actions(), "only the organization's own invitation");
    }

    @Test
    void aSupervisorOrVolunteerIsNotAnAdmin() {
        Person supervisor = identity.person("周明", "zhou@hotline.test");
        identity.member(supervisor, hotline, Role.SUPERVISOR);
        Membership member = identity.member(volunteer, hotline);

        assertThrows(AccessDenied.class, () -> service.invite(caller(supervisor), hotline.id(),
                "li@site.test", Set.of()));
        assertThrows(AccessDenied.class, () -> service.changeRoles(caller(volunteer), member.id(),
                EnumSet.of(Role.ORG_ADMIN), member.version()));
        assertEquals(List.of(), audit.actions());
    }

    @Test
    void aPlatformAdminMayManageAnyOrganization() {
        inviteAndAccept(platformAdmin, hotline, volunteer, Set.of());
        assertEquals(hotline.id(), service.organization(caller(platformAdmin), hotline.id()).id());
        assertEquals(List.of("王芳", "陈静"), service.members(caller(platformAdmin), hotline.id()).stream()
                .map(MemberView::name).sorted().toList());
    }

    @Test
    void anAdminSeesTheirOwnOrganizationsMembersOnly() {
        identity.member(volunteer, hotline, Role.SUPERVISOR);
        identity.member(identity.person("孙丽", "sun@site.test"), site);

        List<MemberView> members = service.members(caller(hotlineAdmin), hotline.id());
        assertEquals(List.of("wang@hotline.test", "chen@example.test").stream().sorted().toList(),
                members.stream().map(MemberView::email).sorted().toList());
    }

    // roles

    @Test
    void anAdminGrantsAndRevokesRolesAndEachChangeIsAudited() {
        Membership member = identity.member(volunteer, hotline);

        service.changeRoles(caller(hotlineAdmin), member.id(), EnumSet.of(Role.SUPERVISOR), member.version());
        assertEquals(EnumSet.of(Role.VOLUNTEER, Role.SUPERVISOR), member.roles());
        AuditEvent granted = audit.last();
        assertEquals("ROLES_CHANGED", granted.action());
        assertEquals("person:" + volunteer.id(), granted.subject());
        assertEquals("organization:" + hotline.id() + " [VOLUNTEER] -> [VOLUNTEER, SUPERVISOR]", granted.detail());

        service.changeRoles(caller(hotlineAdmin), member.id(), Set.of(), member.version());
        assertEquals(EnumSet.of(Role.VOLUNTEER), member.roles(), "a member stays a volunteer");
        // the roles before are listed in the enum's order, so that two entries of one change read the same
        assertEquals("organization:" + hotline.id() + " [VOLUNTEER, SUPERVISOR] -> [VOLUNTEER]", audit.last().detail());
        assertEquals(List.of("ROLES_CHANGED", "ROLES_CHANGED"), audit.actions());
    }

    @Test
    void settingTheRolesAMemberHasIsNoChangeAndNotAudited() {
        Membership member = identity.member(volunteer, hotline, Role.SUPERVISOR);
        service.changeRoles(caller(hotlineAdmin), member.id(), EnumSet.of(Role.SUPERVISOR), member.version());
        assertEquals(List.of(), audit.actions());
    }

    @Test
    void theLastAdminOfAnOrganizationKeepsTheAdminRole() {
        Membership last = membershipOf(hotlineAdmin, hotline);
        DomainException refused = assertThrows(DomainException.class, () -> service.changeRoles(
                caller(hotlineAdmin), last.id(), EnumSet.of(Role.SUPERVISOR), last.version()));
        assertEquals("identity.membership.lastAdmin", refused.messageKey());
        assertTrue(last.holds(Role.ORG_ADMIN));
        assertEquals(List.of(), audit.actions());

        identity.member(volunteer, hotline, Role.ORG_ADMIN);
        service.changeRoles(caller(hotlineAdmin), last.id(), EnumSet.of(Role.SUPERVISOR), last.version());
        assertEquals(EnumSet.of(Role.VOLUNTEER, Role.SUPERVISOR), last.roles(), "another admin remains: may step down");
        assertEquals(List.of("ROLES_CHANGED"), audit.actions());
    }

    @Test
    void anotherOrganizationsAdminDoesNotCountAsAnAdminHere() {
        identity.member(siteAdmin, hotline);
        Membership last = membershipOf(hotlineAdmin, hotline);
        assertThrows(DomainException.class, () -> service.changeRoles(caller(hotlineAdmin), last.id(),
                Set.of(), last.version()));
    }

    @Test
    void rolesChangedSinceTheAdminLookedAreNotOverwritten() {
        Membership member = identity.member(volunteer, hotline);
        assertThrows(OptimisticLockException.class, () -> service.changeRoles(caller(hotlineAdmin), member.id(),
                EnumSet.of(Role.ORG_ADMIN), member.version() + 1));
        assertEquals(EnumSet.of(Role.VOLUNTEER), member.roles());
        assertEquals(List.of(), audit.actions());
    }

    @Test
    void anUnknownMembershipIsNotAllowedRatherThanNotFound() {
        assertThrows(AccessDenied.class, () -> service.changeRoles(caller(hotlineAdmin), 999, Set.of(), 0));
    }

    // what the other contexts ask

    @Test
    void aPersonSeesTheirOwnMembershipsByOrganizationName() {
        identity.member(volunteer, site, Role.SUPERVISOR);
        identity.member(volunteer, hotline);

        List<MembershipView> mine = service.membershipsOf(caller(volunteer));
        assertEquals(List.of("希望热线", "社区站").stream().sorted().toList(),
                mine.stream().map(m -> m.organization().nameZh()).toList());
        assertTrue(mine.stream().filter(m -> m.organization().id() == site.id()).findFirst().orElseThrow()
                .holds(Role.SUPERVISOR));
    }

    @Test
    void aMemberNumberNamesSomeoneOnlyWithinItsOwnOrganization() {
        Membership member = identity.member(volunteer, hotline);
        assertEquals(Optional.of(volunteer.id()), service.personOfMember(hotline.id(), member.id()));
        assertEquals(Optional.empty(), service.personOfMember(site.id(), member.id()));
    }

    @Test
    void rolesAndJoiningAreAnsweredPerOrganization() {
        identity.member(volunteer, hotline, Role.SUPERVISOR);
        assertTrue(service.holds(volunteer.id(), hotline.id(), Role.SUPERVISOR));
        assertFalse(service.holds(volunteer.id(), site.id(), Role.VOLUNTEER));
        assertEquals(Optional.of(NOW), service.joinedAt(volunteer.id(), hotline.id()));
        assertEquals(Optional.empty(), service.joinedAt(volunteer.id(), site.id()));
        assertEquals(List.of(new PersonRef(volunteer.id(), "陈静")), service.holding(hotline.id(), Role.SUPERVISOR));
        assertEquals(Map.of(volunteer.id(), "陈静"), service.names(List.of(volunteer.id())));
    }

    // region

    @Test
    void anOrganizationsAdminPlacesItInADivisionValidatedAndAuditedOnlyWhenItChanges() {
        DomainException malformed = assertThrows(DomainException.class,
                () -> service.placeIn(caller(hotlineAdmin), hotline.id(), "12345"));
        assertEquals("region.invalid", malformed.messageKey());
        assertThrows(AccessDenied.class, () -> service.placeIn(caller(siteAdmin), hotline.id(), "440113"),
                "another organization's admin");
        assertThrows(AccessDenied.class, () -> service.placeIn(caller(volunteer), hotline.id(), "440113"));

        service.placeIn(caller(hotlineAdmin), hotline.id(), " 440113 ");
        assertEquals("440113", service.organization(caller(hotlineAdmin), hotline.id()).regionCode());
        assertEquals("ORGANIZATION_REGION_SET", audit.last().action());
        assertEquals("none -> 440113", audit.last().detail());
        int recorded = audit.events().size();
        service.placeIn(caller(hotlineAdmin), hotline.id(), "440113");
        assertEquals(recorded, audit.events().size(), "nothing changed, nothing audited");
    }

    @Test
    void joiningAndRoleChangesAreAnnouncedForTheCountsOtherContextsKeep() {
        long invitation = service.invite(caller(hotlineAdmin), hotline.id(), "chen@example.test",
                EnumSet.of(Role.VOLUNTEER));
        service.accept(caller(volunteer), invitation);
        assertEquals(List.of(new academy.anxin.identity.domain.MembershipChanged(volunteer.id(), hotline.id())),
                identity.membershipChanges);
        Membership joined = membershipOf(volunteer, hotline);
        service.changeRoles(caller(hotlineAdmin), joined.id(), EnumSet.of(Role.VOLUNTEER, Role.SUPERVISOR),
                joined.version());
        assertEquals(2, identity.membershipChanges.size());
        assertEquals(List.of(hotline.id()), service.volunteeringIn(volunteer.id()));
    }
}
