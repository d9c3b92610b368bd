package academy.anxin.practice.application;

import static academy.anxin.identity.application.InMemoryIdentity.caller;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import academy.anxin.identity.application.InMemoryIdentity;
import academy.anxin.identity.domain.Organization;
import academy.anxin.identity.domain.Person;
import academy.anxin.identity.domain.Role;
import academy.anxin.kernel.domain.AccessDenied;
import academy.anxin.kernel.domain.DomainException;
import academy.anxin.practice.domain.ObservedIn;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Recording competency assessments through {@link Assessments}, on the platform's own rubrics: an entitled
 * supervisor of the volunteer's organization records, it is audited and a pass is announced; a supervisor of
 * another organization, an unentitled one, the volunteer themselves and a stranger to the organization are refused;
 * the volunteer reads each level with its descriptor.
 */
class AssessmentsTest {

    private static final LocalDate YESTERDAY = LocalDate.of(2026, 11, 22);

    private final InMemoryPractice practice = new InMemoryPractice();
    private final InMemoryIdentity identity = practice.identity;
    private final Assessments assessments = practice.assessments;

    private final Organization hotline = identity.organization("希望热线");
    private final Organization site = identity.organization("社区站");
    private final Person volunteer = identity.person("陈静", "chen@example.test");
    private final Person supervisor = identity.person("王芳", "wang@hotline.test");
    private final Person unentitled = identity.person("孙丽", "sun@hotline.test");
    private final Person siteSupervisor = identity.person("李强", "li@site.test");
    private final Person stranger = identity.person("刘洋", "liu@site.test");

    AssessmentsTest() {
        identity.member(volunteer, hotline, Role.VOLUNTEER);
        identity.member(supervisor, hotline, Role.SUPERVISOR);
        identity.member(unentitled, hotline, Role.SUPERVISOR);
        identity.member(siteSupervisor, site, Role.SUPERVISOR);
        identity.member(stranger, site, Role.VOLUNTEER);
        practice.entitle(supervisor, hotline);
        practice.entitle(siteSupervisor, site);
    }

    private static Map<String, Integer> l2(int screening) {
        Map<String, Integer> levels = new LinkedHashMap<>();
        levels.put("opening-and-consent", 3);
        levels.put("active-listening", 3);
        levels.put("suicide-risk-screening", screening);
        levels.put("safety-planning", 3);
        levels.put("closing-and-referral", 2);
        levels.put("self-care", 4);
        return levels;
    }

    private AssessmentForm form(Person of, Organization in, Map<String, Integer> levels) {
        return new AssessmentForm(of.id(), in.id(), "L2-CALL-ROLEPLAY", ObservedIn.ROLE_PLAY, YESTERDAY, levels,
                "开场和风险筛查都很扎实；结束时转介信息可以更具体。");
    }

    @Test
    void anEntitledSupervisorRecordsItIsAuditedAndAPassAnnounced() {
        long id = assessments.record(caller(supervisor), form(volunteer, hotline, l2(3)));
        assertEquals(List.of("COMPETENCY_ASSESSED"), practice.audit.actions());
        assertEquals(1, practice.passed.events.size());
        assertEquals("L2-CALL-ROLEPLAY", practice.passed.events.get(0).rubricCode());
        assertEquals(volunteer.id(), practice.passed.events.get(0).volunteerId());

        AssessmentView mine = assessments.mine(caller(volunteer)).get(0);
        assertEquals(id, mine.id());
        assertTrue(mine.passed());
        assertEquals("王芳", mine.assessorName());
        AssessmentView.Score screening = mine.scores().get(2);
        assertEquals("自杀风险筛查", screening.title().zh());
        assertEquals(3, screening.level());
        assertTrue(screening.descriptor().zh().contains("两个0到10的分数"), screening.descriptor().zh());
        assertEquals(List.of(new Assessments.Passed("L2-CALL-ROLEPLAY", YESTERDAY, InMemoryPractice.NOW)),
                assessments.passedOf(volunteer.id()));
    }

    @Test
    void notYetIsRecordedAuditedAndAnnouncedToNobody() {
        assessments.record(caller(supervisor), form(volunteer, hotline, l2(2)));
        assertEquals(List.of("COMPETENCY_ASSESSED"), practice.audit.actions());
        assertTrue(practice.passed.events.isEmpty());
        assertFalse(assessments.mine(caller(volunteer)).get(0).passed());
        assertTrue(assessments.passedOf(volunteer.id()).isEmpty());
    }

    @Test
    void aSupervisorOfAnotherOrganizationOrOneNotEntitledIsRefused() {
        assertThrows(AccessDenied.class, () -> assessments.record(caller(siteSupervisor),
                form(volunteer, hotline, l2(3))));
        assertThrows(AccessDenied.class, () -> assessments.record(caller(unentitled),
                form(volunteer, hotline, l2(3))));
        // nor may they name their own organization for someone who is not in it
        DomainException notMember = assertThrows(DomainException.class, () -> assessments.record(
                caller(siteSupervisor), form(volunteer, site, l2(3))));
        assertEquals("competency.volunteer.notMember", notMember.messageKey());
        assertTrue(practice.audit.actions().isEmpty());
    }

    @Test
    void nobodyAssessesThemselvesAndAnUnknownRubricIsRefused() {
        DomainException self = assertThrows(DomainException.class, () -> assessments.record(caller(supervisor),
                form(supervisor, hotline, l2(3))));
        assertEquals("competency.self", self.messageKey());
        DomainException unknown = assertThrows(DomainException.class, () -> assessments.record(caller(supervisor),
                new AssessmentForm(volunteer.id(), hotline.id(), "L9-NOTHING", ObservedIn.ROLE_PLAY, YESTERDAY,
                        l2(3), "好")));
        assertEquals("competency.rubric.unknown", unknown.messageKey());
        assertEquals("rubric", unknown.field());
    }

    @Test
    void theSupervisorChoosesAmongTheirOrganizationsMembersOnly() {
        assertEquals(java.util.Set.of(volunteer.id(), unentitled.id()), assessments.assessable(caller(supervisor))
                .stream().map(a -> a.volunteer().personId()).collect(java.util.stream.Collectors.toSet()));
        assertEquals(List.of(stranger.id()), assessments.assessable(caller(siteSupervisor)).stream()
                .map(a -> a.volunteer().personId()).toList());
        assertTrue(assessments.assessable(caller(volunteer)).isEmpty());
    }

    @Test
    void onlyItsVolunteerAndItsAssessorReadOne() {
        long id = assessments.record(caller(supervisor), form(volunteer, hotline, l2(3)));
        assertEquals(id, assessments.one(caller(volunteer), id).id());
        assertEquals(id, assessments.one(caller(supervisor), id).id());
        assertThrows(AccessDenied.class, () -> assessments.one(caller(siteSupervisor), id));
    }

    @Test
    void aMistakeIsReversedWithAReasonAndThenCountsForNothing() {
        long id = assessments.record(caller(supervisor), form(volunteer, hotline, l2(3)));
        DomainException noReason = assertThrows(DomainException.class, () -> assessments.reverse(caller(supervisor),
                id, " "));
        assertEquals("competency.field.required", noReason.messageKey());
        assertThrows(AccessDenied.class, () -> assessments.reverse(caller(siteSupervisor), id, "记错了人。"));
        assertThrows(AccessDenied.class, () -> assessments.reverse(caller(volunteer), id, "我不同意。"));

        assessments.reverse(caller(supervisor), id, "记错了人：这是另一位志愿者的角色扮演。");
        assertEquals(List.of("COMPETENCY_ASSESSED", "COMPETENCY_REVERSED"), practice.audit.actions());
        assertTrue(assessments.passedOf(volunteer.id()).isEmpty(), "a reversed pass counts for nothing");
        List<AssessmentView> mine = assessments.mine(caller(volunteer));
        assertEquals(1, mine.size(), "the reversal shows on the assessment, not beside it");
        assertTrue(mine.get(0).reversed());
        assertEquals("记错了人：这是另一位志愿者的角色扮演。", mine.get(0).reversalReason());
        assertEquals("王芳", mine.get(0).reversedBy());
        assertTrue(assessments.one(caller(supervisor), id).reversed());
        assertEquals(1, assessments.recordedBy(caller(supervisor)).size());

        DomainException twice = assertThrows(DomainException.class, () -> assessments.reverse(caller(supervisor),
                id, "再来一次。"));
        assertEquals("competency.reversal.already", twice.messageKey());
    }
}
