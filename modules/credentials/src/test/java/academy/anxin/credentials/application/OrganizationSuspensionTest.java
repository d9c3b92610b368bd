package academy.anxin.credentials.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import academy.anxin.credentials.domain.CaseRequirement;
import academy.anxin.credentials.domain.Credential;
import academy.anxin.credentials.domain.CredentialKind;
import academy.anxin.credentials.domain.CredentialNumber;
import academy.anxin.credentials.domain.CredentialRule;
import academy.anxin.credentials.domain.CredentialStatus;
import academy.anxin.credentials.domain.PriorQualification;
import academy.anxin.credentials.domain.RenewalRule;
import academy.anxin.credentials.domain.Requirement;
import academy.anxin.credentials.domain.RequirementId;
import academy.anxin.credentials.domain.SuspensionScope;
import academy.anxin.identity.application.ApiClient;
import academy.anxin.identity.application.Caller;
import academy.anxin.kernel.domain.AccessDenied;
import academy.anxin.kernel.domain.AuditRecord;
import academy.anxin.kernel.domain.DomainException;
import academy.anxin.kernel.domain.LocalizedText;
import academy.anxin.kernel.domain.Tier;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Who may suspend what: an organization suspends a member's credential for its own checks only, unless it holds the
 * evidence for it (it filed the recognition that counts), when the suspension is the credential's own,
 * platform-wide. Another organization's suspension never refuses the volunteer in the first one's verification
 * calls, never touches the status list, and is lifted only by the organization that recorded it.
 */
class OrganizationSuspensionTest {

    static final Instant NOW = Instant.parse("2026-09-01T02:00:00Z");
    static final long ORG_A = 7;
    static final long ORG_B = 8;
    static final long STRANGER_ORG = 9;
    static final long VOLUNTEER = 42;
    static final Caller ADMIN_A = new Caller(100, "203.0.113.1");
    static final Caller ADMIN_B = new Caller(200, "203.0.113.2");
    static final Caller ADMIN_STRANGER = new Caller(300, "203.0.113.3");
    static final ApiClient KEY_A = new ApiClient(1, ORG_A, 600);
    static final ApiClient KEY_B = new ApiClient(2, ORG_B, 600);
    static final CredentialKind L2 = CredentialKind.of(Tier.L2);

    private final InMemoryContext context = new InMemoryContext(NOW, new CredentialRule(L2,
            new LocalizedText("热线级", "Helpline"), List.of(new Requirement.PracticeTotal(60)), 24,
            new RenewalRule(0, 0)));
    private final String number;

    OrganizationSuspensionTest() {
        context.members.put(ORG_A, Map.of(1L, VOLUNTEER, 2L, ADMIN_A.personId()));
        context.members.put(ORG_B, Map.of(3L, VOLUNTEER, 4L, ADMIN_B.personId()));
        context.members.put(STRANGER_ORG, Map.of(5L, ADMIN_STRANGER.personId()));
        context.admins.put(ORG_A, Set.of(ADMIN_A.personId()));
        context.admins.put(ORG_B, Set.of(ADMIN_B.personId()));
        context.admins.put(STRANGER_ORG, Set.of(ADMIN_STRANGER.personId()));
        Credential credential = Credential.issue(CredentialNumber.of(L2, 2026, 1), VOLUNTEER, 24, Issuance.ACTOR,
                NOW.minus(30, ChronoUnit.DAYS));
        context.credentials.insert(credential, "{}", 600, 2, 3, "signed");
        number = credential.number().text();
        // organization A filed the recognition this credential was issued on: A holds its evidence
        long claim = context.recognitions.add(VOLUNTEER, ORG_A, "国家二级心理咨询师", "十年热线经验", "证书 1",
                ADMIN_A.actor(), NOW.minus(31, ChronoUnit.DAYS));
        context.recognitions.decide(claim, PriorQualification.Decision.APPROVED, "person:1",
                NOW.minus(30, ChronoUnit.DAYS), Set.of(new RequirementId(L2, "practice")), "ok");
    }

    private boolean allowedFor(ApiClient key) {
        return context.verification.verify(key, new Verification.Volunteer(number, null),
                new CaseRequirement(Tier.L2, Set.of(), null), "asked").allowed();
    }

    private CredentialStatus ownStatus() {
        return context.credentials.byNumber(number).orElseThrow().credential().statusAt(NOW);
    }

    @Test
    void theOrganizationHoldingTheEvidenceSuspendsPlatformWideAndAnotherForItselfOnly() {
        assertEquals(SuspensionScope.PLATFORM, SuspensionScope.of(ORG_A, L2,
                context.recognitions.ofPerson(VOLUNTEER)));
        assertEquals(SuspensionScope.ORGANIZATION, SuspensionScope.of(ORG_B, L2,
                context.recognitions.ofPerson(VOLUNTEER)));
        assertEquals(SuspensionScope.ORGANIZATION, SuspensionScope.of(ORG_A, CredentialKind.of(Tier.L3),
                context.recognitions.ofPerson(VOLUNTEER)), "evidence for another kind of credential counts not");
    }

    @Test
    void aSuspensionByAnotherOrganizationRefusesOnlyInItsOwnCalls() {
        context.registry.suspend(ADMIN_B, ORG_B, number, "投诉调查中");

        assertTrue(allowedFor(KEY_A), "organization A's check is A's business");
        assertFalse(allowedFor(KEY_B), "B's own check finds it suspended");
        assertEquals(CredentialStatus.ACTIVE, ownStatus(), "the credential itself, the public check and the "
                + "status list are untouched");
        assertEquals(List.of(), context.credentials.byNumber(number).orElseThrow().credential().events().stream()
                .filter(e -> e.kind() != academy.anxin.credentials.domain.StatusEvent.Kind.ISSUED).toList());
        AuditRecord audited = context.audited.get(context.audited.size() - 1);
        assertEquals("CREDENTIAL_SUSPENDED_FOR_ORGANIZATION", audited.action());
        assertEquals("organization:" + ORG_B + ": 投诉调查中", audited.detail());
        assertEquals(CredentialStatus.SUSPENDED, context.registry.standingFor(ORG_B, VOLUNTEER).get(0).status());
        assertEquals(CredentialStatus.ACTIVE, context.registry.standingFor(ORG_A, VOLUNTEER).get(0).status());
        // read in bulk (case matching over an organization's members), each stands as read alone
        for (long org : List.of(ORG_A, ORG_B)) {
            assertEquals(context.registry.standingFor(org, VOLUNTEER).stream().map(v -> new CredentialStanding(
                    v.number(), v.kind(), v.status(), v.validUntil())).toList(),
                    context.registry.standingFor(org, List.of(VOLUNTEER)).get(VOLUNTEER));
        }

        // A cannot lift B's suspension (A has none of its own: nothing to reinstate), and B lifts its own
        DomainException notSuspended = assertThrows(DomainException.class, () -> context.registry.reinstate(ADMIN_A,
                ORG_A, number, "不是我们的"));
        assertEquals("credential.notSuspended", notSuspended.messageKey());
        assertFalse(allowedFor(KEY_B));
        context.registry.reinstate(ADMIN_B, ORG_B, number, "调查结束");
        assertTrue(allowedFor(KEY_B));
        assertEquals("CREDENTIAL_REINSTATED_FOR_ORGANIZATION", context.audited.get(context.audited.size() - 1)
                .action());
    }

    @Test
    void aSupervisorSuspendedByOneOrganizationStillSignsOffInAnother() {
        Credential l4 = Credential.issue(CredentialNumber.of(CredentialKind.of(Tier.L4), 2026, 2), VOLUNTEER, 24,
                Issuance.ACTOR, NOW.minus(30, ChronoUnit.DAYS));
        context.credentials.insert(l4, "{}", 600, 4, 5, "signed");
        HeldL4Entitlement entitlement = new HeldL4Entitlement();
        entitlement.organizations = context.registry.organizations;
        entitlement.registry = context.registry;

        context.registry.suspend(ADMIN_B, ORG_B, l4.number().text(), "督导质量调查");

        assertFalse(entitlement.maySignOff(VOLUNTEER, ORG_B));
        assertTrue(entitlement.maySignOff(VOLUNTEER, ORG_A));
    }

    @Test
    void theEvidenceHoldersSuspensionIsTheCredentialsOwnAndOthersCannotLiftIt() {
        context.registry.suspend(ADMIN_A, ORG_A, number, "严重投诉");

        assertEquals(CredentialStatus.SUSPENDED, ownStatus());
        assertFalse(allowedFor(KEY_A));
        assertFalse(allowedFor(KEY_B), "platform-wide: refused everywhere");
        assertEquals("CREDENTIAL_SUSPENDED", context.audited.get(context.audited.size() - 1).action());
        DomainException notTheirs = assertThrows(DomainException.class, () -> context.registry.reinstate(ADMIN_B,
                ORG_B, number, "我们信任她"));
        assertEquals("credential.suspendedByOthers", notTheirs.messageKey());
        assertEquals(CredentialStatus.SUSPENDED, ownStatus());
        context.registry.reinstate(ADMIN_A, ORG_A, number, "调查结束");
        assertEquals(CredentialStatus.ACTIVE, ownStatus());
    }

    @Test
    void anOrganizationTheVolunteerDoesNotBelongToSuspendsNothing() {
        int audited = context.audited.size();
        assertThrows(AccessDenied.class, () -> context.registry.suspend(ADMIN_STRANGER, STRANGER_ORG, number,
                "越权"));
        assertThrows(AccessDenied.class, () -> context.registry.suspend(ADMIN_STRANGER, ORG_A, number, "越权"),
                "nor in an organization it does not administer");
        assertThrows(AccessDenied.class, () -> context.registry.suspend(ADMIN_B, ORG_A, number, "越权"));
        assertTrue(allowedFor(KEY_A));
        assertTrue(allowedFor(KEY_B));
        assertEquals(audited, context.audited.size());
    }

    @Test
    void anOrganizationsSuspensionNeedsAReasonAndIsNotRecordedTwice() {
        DomainException noReason = assertThrows(DomainException.class, () -> context.registry.suspend(ADMIN_B, ORG_B,
                number, " "));
        assertEquals("reason", noReason.field());
        context.registry.suspend(ADMIN_B, ORG_B, number, "投诉调查中");
        DomainException twice = assertThrows(DomainException.class, () -> context.registry.suspend(ADMIN_B, ORG_B,
                number, "再次"));
        assertEquals("credential.suspended", twice.messageKey());
        assertEquals(1, context.orgSuspensions.allStanding().size());
    }

    @Test
    void anOrganizationsPublicCountsItsMembersValidCredentialsAsItsOwnChecksSeeThem() {
        assertEquals(Map.of("L2", 1L), context.registry.validHoldersByKind(ORG_A));
        assertEquals(Map.of("L2", 1L), context.registry.validHoldersByKind(ORG_B));
        assertEquals(Map.of(), context.registry.validHoldersByKind(STRANGER_ORG), "not a member there");

        context.registry.suspend(ADMIN_B, ORG_B, number, "投诉调查中");
        assertEquals(Map.of(), context.registry.validHoldersByKind(ORG_B), "suspended in B's own eyes");
        assertEquals(Map.of("L2", 1L), context.registry.validHoldersByKind(ORG_A), "A still counts it");
    }
}
