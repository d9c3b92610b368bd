package academy.anxin.practice.application;

import academy.anxin.identity.application.Caller;
import academy.anxin.identity.application.MembershipView;
import academy.anxin.identity.application.OrganizationService;
import academy.anxin.identity.application.PersonRef;
import academy.anxin.kernel.application.AuditTrail;
import academy.anxin.kernel.domain.AccessDenied;
import academy.anxin.kernel.domain.AuditRecord;
import academy.anxin.kernel.domain.DomainException;
import academy.anxin.kernel.domain.PlatformTime;
import academy.anxin.practice.domain.AssessmentPassed;
import academy.anxin.practice.domain.CompetencyAssessment;
import academy.anxin.practice.domain.CompetencyAssessments;
import academy.anxin.practice.domain.Rubric;
import academy.anxin.practice.domain.SupervisionEntitlement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Competency assessments (胜任力评估): a supervisor who may sign off practice in an organization records what they
 * observed of one of its volunteers on a rubric; the volunteer reads their own; credentials asks for the passed
 * ones. Recording is signing off: the assessment is audited like a sign-off ({@code COMPETENCY_ASSESSED}) and a
 * pass is announced as {@link AssessmentPassed} so that credentials re-weighs the volunteer's evidence. A mistake is
 * reversed with a reason ({@code COMPETENCY_REVERSED}) by a supervisor entitled in the same organization; a
 * reversed assessment no longer counts (a credential already issued on it stays, as with a reversed practice
 * session: the platform admin revokes when it must).
 */
@ApplicationScoped
public class Assessments {

    /** How many of their own recent assessments a supervisor sees under the form. */
    private static final int RECENT = 20;

    @Inject
    CompetencyAssessments assessments;

    @Inject
    RubricsInForce rubrics;

    @Inject
    SupervisionEntitlement entitlement;

    @Inject
    OrganizationService organizations;

    @Inject
    AuditTrail audit;

    @Inject
    Event<AssessmentPassed> passed;

    @Inject
    Clock clock;

    /** A volunteer the caller may assess, in one organization. */
    public record Assessable(long organizationId, String organizationZh, String organizationEn, PersonRef volunteer)
            implements java.io.Serializable {
    }

    /** The rubrics in force. */
    public List<RubricView> rubrics() {
        return rubrics.rubrics().all().stream().map(RubricView::of).toList();
    }

    /**
     * The members of every organization where the caller may sign off, never the caller, by name: any member, since
     * a candidate supervisor is assessed on a supervision session as a volunteer is on a call.
     */
    @Transactional
    public List<Assessable> assessable(Caller caller) {
        return organizations.membershipsOf(caller).stream().map(MembershipView::organization)
                .filter(org -> entitlement.maySignOff(caller.personId(), org.id()))
                .flatMap(org -> {
                    List<Long> ids = organizations.memberIds(org.id()).stream()
                            .filter(id -> id != caller.personId()).toList();
                    Map<Long, String> names = ids.isEmpty() ? Map.of() : organizations.names(ids);
                    return ids.stream().map(id -> new PersonRef(id, names.get(id)))
                            .sorted(java.util.Comparator.comparing(PersonRef::name,
                                    java.util.Comparator.nullsLast(String::compareTo)))
                            .map(p -> new Assessable(org.id(), org.nameZh(), org.nameEn(), p));
                })
                .toList();
    }

    /**
     * Records and signs off an assessment. Refused: a caller not entitled to sign off in the organization (even an
     * organization's supervisor elsewhere), a volunteer who is not its member, the caller themselves; and every
     * field that does not hold, all at once.
     */
    @Transactional
    public long record(Caller caller, AssessmentForm form) {
        if (form.organizationId() == null || form.volunteerId() == null) {
            throw new DomainException("volunteer", "competency.field.required");
        }
        long organizationId = form.organizationId();
        long volunteerId = form.volunteerId();
        if (volunteerId == caller.personId()) {
            throw new DomainException("volunteer", "competency.self");
        }
        if (!entitlement.maySignOff(caller.personId(), organizationId)) {
            throw new AccessDenied();
        }
        if (organizations.joinedAt(volunteerId, organizationId).isEmpty()) {
            throw new DomainException("volunteer", "competency.volunteer.notMember");
        }
        Rubric rubric = rubrics.rubrics().rubric(form.rubricCode())
                .orElseThrow(() -> new DomainException("rubric", form.rubricCode() == null
                        ? "competency.field.required" : "competency.rubric.unknown"));
        Instant now = clock.instant();
        LocalDate today = now.atZone(PlatformTime.ZONE).toLocalDate();
        CompetencyAssessment assessment = assessments.add(CompetencyAssessment.record(volunteerId, organizationId,
                caller.personId(), rubric, new CompetencyAssessment.Scores(form.observedIn(), form.observedOn(),
                        form.levels(), form.comment()), today, now));
        audit.record(new AuditRecord(caller.actor(), "COMPETENCY_ASSESSED", "assessment:" + assessment.id(),
                "person:" + volunteerId + " " + rubric.code() + " " + assessment.levels() + " "
                        + (assessment.passed() ? "passed" : "not yet"), caller.address()));
        if (assessment.passed()) {
            passed.fire(new AssessmentPassed(assessment.id(), volunteerId, organizationId, rubric.code(),
                    assessment.observedOn(), now));
        }
        return assessment.id();
    }

    /**
     * Reverses an assessment recorded by mistake, with a reason. Refused: a caller not entitled to sign off in its
     * organization, its own volunteer, a reversal itself, and one already reversed.
     */
    @Transactional
    public long reverse(Caller caller, long assessmentId, String reason) {
        CompetencyAssessment original = assessments.byId(assessmentId).orElseThrow(AccessDenied::new);
        if (!entitlement.maySignOff(caller.personId(), original.organizationId())) {
            throw new AccessDenied();
        }
        if (assessments.reversalOf(assessmentId).isPresent()) {
            throw new DomainException("competency.reversal.already");
        }
        CompetencyAssessment reversal = assessments.add(original.reverse(caller.personId(), reason,
                clock.instant()));
        audit.record(new AuditRecord(caller.actor(), "COMPETENCY_REVERSED", "assessment:" + assessmentId,
                "person:" + original.volunteerId() + " " + original.rubricCode() + " reversed by assessment:"
                        + reversal.id() + ": " + reversal.comment(), caller.address()));
        return reversal.id();
    }

    /** The caller's own assessments, newest first (a reversed one says so). */
    @Transactional
    public List<AssessmentView> mine(Caller caller) {
        return views(assessments.ofVolunteer(caller.personId()));
    }

    /** The assessments the caller recorded lately, newest first (a reversed one says so). */
    @Transactional
    public List<AssessmentView> recordedBy(Caller caller) {
        List<CompetencyAssessment> recorded = new java.util.ArrayList<>(
                assessments.recordedBy(caller.personId(), RECENT).stream().filter(a -> !a.isReversal()).toList());
        List<CompetencyAssessment> reversals = recorded.stream().map(a -> assessments.reversalOf(a.id()))
                .flatMap(java.util.Optional::stream).toList();
        recorded.addAll(reversals);
        return views(recorded);
    }

    /** One assessment, for its volunteer or the supervisor who recorded it. */
    @Transactional
    public AssessmentView one(Caller caller, long id) {
        CompetencyAssessment assessment = assessments.byId(id).filter(a -> !a.isReversal())
                .orElseThrow(AccessDenied::new);
        if (assessment.volunteerId() != caller.personId() && assessment.assessorId() != caller.personId()) {
            throw new AccessDenied();
        }
        List<CompetencyAssessment> both = new java.util.ArrayList<>(List.of(assessment));
        assessments.reversalOf(id).ifPresent(both::add);
        return views(both).get(0);
    }

    /** A passed assessment as evidence for another context: the rubric's code and the day it was observed. */
    public record Passed(String rubricCode, LocalDate observedOn, Instant recordedAt) {
    }

    /** A volunteer's passed assessments that were not reversed, for credentials. */
    @Transactional
    public List<Passed> passedOf(long volunteerId) {
        List<CompetencyAssessment> all = assessments.ofVolunteer(volunteerId);
        Set<Long> reversed = all.stream().filter(CompetencyAssessment::isReversal)
                .map(CompetencyAssessment::reversalOf).collect(java.util.stream.Collectors.toSet());
        return all.stream().filter(a -> a.passed() && !a.isReversal() && !reversed.contains(a.id()))
                .map(a -> new Passed(a.rubricCode(), a.observedOn(), a.recordedAt())).toList();
    }

    /** The assessments of the list as views, each reversal shown on the assessment it takes back, not on its own. */
    private List<AssessmentView> views(List<CompetencyAssessment> list) {
        Set<Long> people = new HashSet<>();
        list.forEach(a -> {
            people.add(a.volunteerId());
            people.add(a.assessorId());
        });
        Map<Long, String> names = people.isEmpty() ? Map.of() : organizations.names(people);
        Map<Long, CompetencyAssessment> reversals = list.stream().filter(CompetencyAssessment::isReversal)
                .collect(java.util.stream.Collectors.toMap(CompetencyAssessment::reversalOf, a -> a));
        return list.stream().filter(a -> !a.isReversal()).map(a -> view(a, reversals.get(a.id()), names)).toList();
    }

    private AssessmentView view(CompetencyAssessment a, CompetencyAssessment reversal, Map<Long, String> names) {
        Rubric rubric = rubrics.rubrics().rubric(a.rubricCode()).orElse(null);
        List<AssessmentView.Score> scores = a.levels().entrySet().stream().map(e -> {
            Rubric.Criterion criterion = rubric == null ? null : rubric.criteria().stream()
                    .filter(c -> c.id().equals(e.getKey())).findFirst().orElse(null);
            return new AssessmentView.Score(e.getKey(), criterion == null ? null : criterion.title(), e.getValue(),
                    criterion == null ? null : criterion.descriptor(e.getValue()));
        }).toList();
        return new AssessmentView(a.id(), a.volunteerId(), names.get(a.volunteerId()), a.organizationId(),
                names.get(a.assessorId()), a.rubricCode(), rubric == null ? null : rubric.title(), a.observedIn(),
                a.observedOn(), scores, a.comment(), a.passed(), reversal == null ? null : reversal.comment(),
                reversal == null ? null : names.get(reversal.assessorId()));
    }
}
