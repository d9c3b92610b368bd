package academy.anxin.dispatch.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import academy.anxin.credentials.application.CredentialRegistry;
import academy.anxin.credentials.application.CredentialStanding;
import academy.anxin.credentials.domain.CredentialKind;
import academy.anxin.credentials.domain.CredentialStatus;
import academy.anxin.credentials.domain.StandingChanged;
import academy.anxin.identity.application.MemberRef;
import academy.anxin.kernel.domain.Tier;
import academy.anxin.identity.application.OrganizationService;
import academy.anxin.identity.domain.MembershipChanged;
import academy.anxin.practice.application.Experience;
import academy.anxin.practice.domain.Modality;
import academy.anxin.practice.domain.Population;
import academy.anxin.practice.domain.PracticeApproved;
import academy.anxin.practice.domain.RiskLevel;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MemberPoolTest {

    private static final long ORG = 7;
    private static final long OTHER = 8;

    private Instant now = Instant.parse("2026-12-07T08:00:00Z");
    private final List<MemberRef> stored = new ArrayList<>(List.of(new MemberRef(1, 101)));
    private final Map<Long, Experience.WithPopulation> storedExperience = new java.util.HashMap<>();
    private int memberReads;
    private int experienceReads;
    private int standingReads;
    private boolean suspended;
    private final Deque<Runnable> reloads = new ArrayDeque<>();
    private final MemberPool pool = new MemberPool();

    MemberPoolTest() {
        pool.organizations = new OrganizationService() {
            @Override
            public List<MemberRef> memberRefs(long organizationId) {
                memberReads++;
                return List.copyOf(stored);
            }
        };
        pool.experience = new Experience() {
            @Override
            public Map<Long, WithPopulation> withPopulation(long organizationId, Population population) {
                experienceReads++;
                return Map.copyOf(storedExperience);
            }
        };
        pool.clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        pool.reloads = reloads::add;
        pool.credentials = new CredentialRegistry() {
            @Override
            public Map<Long, List<CredentialStanding>> standingFor(long organizationId,
                                                                   java.util.Collection<Long> personIds) {
                standingReads++;
                Map<Long, List<CredentialStanding>> held = new java.util.HashMap<>();
                personIds.forEach(p -> held.put(p, List.of(new CredentialStanding("AX-L2-26-0000001-5",
                        CredentialKind.of(Tier.L2), suspended ? CredentialStatus.SUSPENDED : CredentialStatus.ACTIVE,
                        now.plus(Duration.ofDays(700))))));
                return held;
            }
        };
    }

    @Test
    void membersStandingIsBuiltOnceAndACredentialChangeHereShowsAtTheNextMatch() {
        assertEquals(CredentialStatus.ACTIVE, pool.standing(ORG).get(0).credentials().get(0).status());
        pool.standing(ORG);
        assertEquals(1, standingReads, "from memory within a second");
        suspended = true;
        pool.credential(new StandingChanged(101));
        assertEquals(CredentialStatus.SUSPENDED, pool.standing(ORG).get(0).credentials().get(0).status());
        assertEquals(2, standingReads);
        stored.add(new MemberRef(2, 102));
        pool.membership(new MembershipChanged(102, ORG));
        assertEquals(2, pool.standing(ORG).size(), "a new member is weighed at the next match");
    }

    @Test
    void membersAreReadOnceAndAStaleEntryAnswersWhileItReloads() {
        assertEquals(1, pool.members(ORG).size());
        stored.add(new MemberRef(2, 102));
        assertEquals(1, pool.members(ORG).size(), "within a second: from memory");
        assertEquals(1, memberReads);

        now = now.plus(MemberPool.REFRESH).plusMillis(1);
        assertEquals(1, pool.members(ORG).size(), "stale, but answers at once");
        assertEquals(1, pool.members(ORG).size());
        assertEquals(1, reloads.size(), "one reload, however many matches noticed");
        reloads.poll().run();
        assertEquals(2, pool.members(ORG).size(), "reloaded");
        assertEquals(2, memberReads);
    }

    @Test
    void aMembershipChangeHereShowsAtTheNextMatch() {
        pool.members(ORG);
        pool.members(OTHER);
        stored.clear();
        pool.membership(new MembershipChanged(101, ORG));
        assertEquals(List.of(), pool.members(ORG), "the one who left is gone at once");
        assertEquals(1, pool.members(OTHER).size(), "another organization's entry stays");
        assertEquals(3, memberReads);
    }

    @Test
    void anApprovedSessionDropsTheOrganizationsExperienceOfEveryPopulation() {
        pool.experience(ORG, Population.BEREAVED);
        pool.experience(ORG, Population.YOUTH);
        pool.experience(OTHER, Population.BEREAVED);
        storedExperience.put(101L, Experience.WithPopulation.NONE);
        pool.approved(new PracticeApproved(1, 101, ORG, 50, Modality.HOTLINE, Population.BEREAVED, RiskLevel.HIGH,
                now));
        assertEquals(1, pool.experience(ORG, Population.BEREAVED).size());
        assertEquals(1, pool.experience(ORG, Population.YOUTH).size());
        assertEquals(0, pool.experience(OTHER, Population.BEREAVED).size(), "another organization's stays");
        assertEquals(5, experienceReads);
    }

    @Test
    void anEntryDroppedDuringItsReloadIsNotOverwrittenByTheOldRead() {
        pool.members(ORG);
        now = now.plus(Duration.ofSeconds(2));
        pool.members(ORG);
        Runnable reload = reloads.poll();
        stored.clear();
        pool.membership(new MembershipChanged(101, ORG));
        assertEquals(List.of(), pool.members(ORG));
        stored.add(new MemberRef(9, 109));
        reload.run();
        assertEquals(List.of(), pool.members(ORG), "the reload found its entry replaced and left the newer one");
    }
}
