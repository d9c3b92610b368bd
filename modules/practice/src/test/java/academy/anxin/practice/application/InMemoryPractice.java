package academy.anxin.practice.application;

import academy.anxin.identity.application.InMemoryIdentity;
import academy.anxin.identity.domain.Organization;
import academy.anxin.identity.domain.Person;
import academy.anxin.kernel.application.RecordingAuditTrail;
import academy.anxin.kernel.platform.InMemoryRows;
import academy.anxin.practice.domain.Modality;
import academy.anxin.practice.domain.Population;
import academy.anxin.practice.domain.PracticeApproved;
import academy.anxin.practice.domain.PracticeSession;
import academy.anxin.practice.domain.PracticeSessions;
import academy.anxin.practice.domain.RiskLevel;
import academy.anxin.practice.domain.SessionDetails;
import academy.anxin.practice.domain.SessionStatus;
import academy.anxin.practice.domain.SupervisionEntitlement;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.persistence.OptimisticLockException;
import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/**
 * Practice without a container, for the unit tests of its application services: sessions kept in memory, the
 * entitlement to sign off granted by hand (as an active L4 credential would grant it), identity in memory with its
 * real {@code OrganizationService} (identity's test jar), and {@link SignOff} and {@link PracticeLog} wired as CDI
 * wires them, on a clock that stands still.
 */
final class InMemoryPractice {

    static final Instant NOW = Instant.parse("2026-11-23T06:00:00Z");

    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    final RecordingAuditTrail audit = new RecordingAuditTrail(clock);
    final InMemoryIdentity identity = new InMemoryIdentity(clock, audit);
    final SessionsInMemory sessions = new SessionsInMemory();
    final Grants entitlement = new Grants();
    final Fired<PracticeApproved> approved = new Fired<>();
    final PracticeLog log = new PracticeLog();
    final SignOff signOff = new SignOff();
    final AssessmentsInMemory assessmentRows = new AssessmentsInMemory();
    final Fired<academy.anxin.practice.domain.AssessmentPassed> passed = new Fired<>();
    final Assessments assessments = new Assessments();

    InMemoryPractice() {
        NextTierTarget target = new NextTierTarget();
        target.minutes = 2400;
        log.sessions = sessions;
        log.entitlement = entitlement;
        log.organizations = identity.organizationService;
        log.target = target;
        log.audit = audit;
        log.clock = clock;
        signOff.sessions = sessions;
        signOff.entitlement = entitlement;
        signOff.organizations = identity.organizationService;
        signOff.log = log;
        signOff.target = target;
        signOff.audit = audit;
        signOff.approved = approved;
        signOff.clock = clock;
        RubricsInForce rubrics = new RubricsInForce();
        rubrics.source = () -> new academy.anxin.practice.infrastructure.RubricReader()
                .read(java.nio.file.Path.of(System.getProperty("anxin.content.dir", "../../content"))).rubrics();
        assessments.assessments = assessmentRows;
        assessments.rubrics = rubrics;
        assessments.entitlement = entitlement;
        assessments.organizations = identity.organizationService;
        assessments.audit = audit;
        assessments.passed = passed;
        assessments.clock = clock;
    }

    /** Competency assessments in memory, with the database's orders. */
    static final class AssessmentsInMemory implements academy.anxin.practice.domain.CompetencyAssessments {
        private final InMemoryRows<academy.anxin.practice.domain.CompetencyAssessment> rows = new InMemoryRows<>();

        @Override
        public academy.anxin.practice.domain.CompetencyAssessment add(
                academy.anxin.practice.domain.CompetencyAssessment assessment) {
            return rows.add(assessment);
        }

        @Override
        public Optional<academy.anxin.practice.domain.CompetencyAssessment> byId(long id) {
            return rows.byId(id);
        }

        @Override
        public Optional<academy.anxin.practice.domain.CompetencyAssessment> reversalOf(long id) {
            return rows.stream().filter(a -> Long.valueOf(id).equals(a.reversalOf())).findFirst();
        }

        @Override
        public List<academy.anxin.practice.domain.CompetencyAssessment> ofVolunteer(long volunteerId) {
            return rows.stream().filter(a -> a.volunteerId() == volunteerId)
                    .sorted(Comparator.comparing(academy.anxin.practice.domain.CompetencyAssessment::observedOn)
                            .thenComparing(academy.anxin.practice.domain.CompetencyAssessment::id).reversed())
                    .toList();
        }

        @Override
        public List<academy.anxin.practice.domain.CompetencyAssessment> recordedBy(long assessorId, int limit) {
            return rows.stream().filter(a -> a.assessorId() == assessorId)
                    .sorted(Comparator.comparing(academy.anxin.practice.domain.CompetencyAssessment::id).reversed())
                    .limit(limit).toList();
        }
    }

    /** The person may sign off practice in the organization from now on. */
    void entitle(Person supervisor, Organization organization) {
        entitlement.granted.add(List.of(supervisor.id(), organization.id()));
    }

    /** A session of 45 minutes on the hotline, submitted by the volunteer to the supervisor, waiting. */
    PracticeSession submitted(Person volunteer, Organization organization, Person supervisor) {
        PracticeSession session = PracticeSession.draft(volunteer.id(), organization.id(), supervisor.id(),
                new SessionDetails(LocalDate.of(2026, 11, 22), LocalTime.of(19, 0), 45, Modality.HOTLINE,
                        Population.YOUTH, RiskLevel.HIGH, "Practised asking directly about suicide."),
                clock.instant());
        session.submit(volunteer.id(), clock.instant());
        return sessions.add(session);
    }

    /** The ledger in memory, with the database's orders; a flush can be made to lose a race, as with two supervisors. */
    static final class SessionsInMemory implements PracticeSessions {
        private final InMemoryRows<PracticeSession> rows = new InMemoryRows<>();
        private boolean losesNextRace;

        /** The next flush fails as if another supervisor had decided the same session and committed first. */
        void anotherSupervisorCommitsFirst() {
            losesNextRace = true;
        }

        @Override
        public Optional<PracticeSession> byId(long id) {
            return rows.byId(id);
        }

        @Override
        public List<ApprovedSum> approvedIn(long organizationId, Population population) {
            java.util.Map<List<Object>, Long> sums = new java.util.LinkedHashMap<>();
            rows.stream().filter(s -> s.organizationId() == organizationId && s.population() == population
                            && s.status() == SessionStatus.APPROVED)
                    .forEach(s -> sums.merge(List.of(s.volunteerId(), s.riskLevel(), s.modality()), (long) s.minutes(),
                            Long::sum));
            return sums.entrySet().stream().map(e -> new ApprovedSum((Long) e.getKey().get(0),
                    (RiskLevel) e.getKey().get(1), (Modality) e.getKey().get(2), e.getValue())).toList();
        }

        @Override
        public List<PracticeSession> ofVolunteer(long volunteerId) {
            return rows.stream().filter(s -> s.volunteerId() == volunteerId)
                    .sorted(Comparator.comparing(PracticeSession::date).thenComparing(PracticeSession::start)
                            .thenComparing(PracticeSession::id).reversed())
                    .toList();
        }

        @Override
        public List<PracticeSession> ofVolunteerBetween(long volunteerId, LocalDate from, LocalDate to) {
            return rows.stream().filter(s -> s.volunteerId() == volunteerId)
                    .filter(s -> !s.date().isBefore(from) && !s.date().isAfter(to)).toList();
        }

        @Override
        public List<PracticeSession> pendingIn(Collection<Long> organizationIds) {
            return rows.stream().filter(s -> organizationIds.contains(s.organizationId()))
                    .filter(s -> s.status() == SessionStatus.SUBMITTED)
                    .sorted(Comparator.comparing(PracticeSession::submittedAt).thenComparing(PracticeSession::id))
                    .toList();
        }

        @Override
        public List<PracticeSession> ofVolunteerIn(long volunteerId, long organizationId) {
            return rows.stream().filter(s -> s.volunteerId() == volunteerId && s.organizationId() == organizationId)
                    .toList();
        }

        @Override
        public Optional<SessionStatus> reversalStatus(long sessionId) {
            return rows.stream().filter(s -> Long.valueOf(sessionId).equals(s.reversalOf()))
                    .map(PracticeSession::status).findFirst();
        }

        @Override
        public java.util.Map<Long, Waiting> waitingIn(Collection<Long> organizationIds) {
            java.util.Map<Long, Waiting> waiting = new java.util.HashMap<>();
            rows.stream().filter(s -> s.status() == SessionStatus.SUBMITTED
                    && organizationIds.contains(s.organizationId())).forEach(s -> waiting.merge(s.organizationId(),
                    new Waiting(1, s.submittedAt()), (a, b) -> new Waiting(a.sessions() + b.sessions(),
                            a.oldestSubmittedAt().isBefore(b.oldestSubmittedAt()) ? a.oldestSubmittedAt()
                                    : b.oldestSubmittedAt())));
            return waiting;
        }

        @Override
        public List<ApprovedMonth> approvedByOrganizationMonth() {
            java.util.Map<List<Object>, ApprovedMonth> sums = new java.util.LinkedHashMap<>();
            rows.stream().filter(s -> s.status() == SessionStatus.APPROVED).forEach(s -> {
                String month = java.time.YearMonth.from(s.decidedAt().atZone(
                        academy.anxin.kernel.domain.PlatformTime.ZONE)).toString();
                sums.merge(List.of(s.organizationId(), month, s.modality()), new ApprovedMonth(s.organizationId(),
                        month, s.modality(), s.minutes(), Integer.signum(s.minutes())), (a, b) -> new ApprovedMonth(
                        a.organizationId(), a.month(), a.modality(), a.minutes() + b.minutes(),
                        a.sessions() + b.sessions()));
            });
            return List.copyOf(sums.values());
        }

        @Override
        public PracticeSession add(PracticeSession session) {
            return rows.add(session);
        }

        @Override
        public void flush() {
            if (losesNextRace) {
                losesNextRace = false;
                throw new OptimisticLockException("another supervisor decided first");
            }
        }
    }

    /** Who may sign off where: pairs of person and organization. */
    static final class Grants implements SupervisionEntitlement {
        private final Set<List<Long>> granted = new HashSet<>();

        @Override
        public boolean maySignOff(long personId, long organizationId) {
            return granted.contains(List.of(personId, organizationId));
        }
    }

    /** The events a use case fired, in order; other contexts' observers are not the concern of these tests. */
    static final class Fired<T> implements Event<T> {
        final List<T> events = new ArrayList<>();

        @Override
        public void fire(T event) {
            events.add(event);
        }

        @Override
        public <U extends T> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException("practice fires its events synchronously");
        }

        @Override
        public <U extends T> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException("practice fires its events synchronously");
        }

        @Override
        public Event<T> select(Annotation... qualifiers) {
            throw new UnsupportedOperationException("practice fires unqualified events");
        }

        @Override
        public <U extends T> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException("practice fires unqualified events");
        }

        @Override
        public <U extends T> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException("practice fires unqualified events");
        }
    }
}
