package academy.anxin.records.application;

import academy.anxin.assessment.application.ExamCatalog;
import academy.anxin.assessment.application.ExamSitting;
import academy.anxin.identity.application.Caller;
import academy.anxin.identity.application.MemberView;
import academy.anxin.identity.application.MembershipView;
import academy.anxin.identity.application.OrganizationService;
import academy.anxin.identity.application.OrganizationView;
import academy.anxin.kernel.application.AuditTrail;
import academy.anxin.kernel.domain.AccessDenied;
import academy.anxin.kernel.domain.AuditRecord;
import academy.anxin.kernel.domain.DomainException;
import academy.anxin.kernel.domain.LocalizedText;
import academy.anxin.kernel.domain.PlatformTime;
import academy.anxin.learning.application.Catalog;
import academy.anxin.learning.application.CatalogFilter;
import academy.anxin.learning.application.CourseCard;
import academy.anxin.learning.application.MicroLessonStudy;
import academy.anxin.learning.application.MicroLessonView;
import academy.anxin.learning.application.Study;
import academy.anxin.practice.application.PracticeLog;
import academy.anxin.practice.application.SessionView;
import academy.anxin.practice.domain.Modality;
import academy.anxin.practice.domain.Population;
import academy.anxin.records.domain.Basics;
import academy.anxin.records.domain.Commendation;
import academy.anxin.records.domain.Commendations;
import academy.anxin.records.domain.PracticeEntry;
import academy.anxin.records.domain.RecordPeriod;
import academy.anxin.records.domain.ServiceMonth;
import academy.anxin.records.domain.ServiceRecord;
import academy.anxin.records.domain.TrainingItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * Volunteers' service records (志愿服务记录), read from the ledgers of practice, learning and assessment and the
 * organization's own commendations. A volunteer sees their own, in each organization they belong to; an
 * organization's admins see their members'; nobody else sees any. Commendations are recorded here (audited).
 * Training is platform-wide (courses and exams are not taken "in" an organization), so it is the same in each of a
 * volunteer's records; service and evaluations are the organization's own.
 */
@ApplicationScoped
public class ServiceRecords {

    @Inject
    OrganizationService organizations;

    @Inject
    PracticeLog practice;

    @Inject
    Study study;

    @Inject
    Catalog catalog;

    @Inject
    MicroLessonStudy microLessons;

    @Inject
    ExamSitting exams;

    @Inject
    ExamCatalog examCatalog;

    @Inject
    Commendations commendations;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The organizations the caller has a record in (every membership). */
    @Transactional
    public List<OrganizationView> organizationsOf(Caller caller) {
        return organizations.membershipsOf(caller).stream().map(MembershipView::organization).toList();
    }

    /** The caller's own record in an organization they belong to; anyone else's is refused. */
    @Transactional
    public ServiceRecord mine(Caller caller, long organizationId, RecordPeriod period) {
        OrganizationView organization = organizationsOf(caller).stream().filter(o -> o.id() == organizationId)
                .findFirst().orElseThrow(AccessDenied::new);
        return assemble(organization, caller.personId(), period, titles());
    }

    /** A member's record, for the organization's admins only. */
    @Transactional
    public ServiceRecord of(Caller caller, long organizationId, long personId, RecordPeriod period) {
        OrganizationView organization = organizations.organization(caller, organizationId);
        return assemble(organization, personId, period, titles());
    }

    /** Every member's months with service or training in the period, for the organization's admins only. */
    @Transactional
    public List<ServiceMonth> months(Caller caller, long organizationId, RecordPeriod period) {
        OrganizationView organization = organizations.organization(caller, organizationId);
        Titles titles = titles();
        List<ServiceMonth> rows = new ArrayList<>();
        for (MemberView member : organizations.members(caller, organizationId)) {
            rows.addAll(ServiceMonth.of(assemble(organization, member.personId(), period, titles)));
        }
        rows.sort(java.util.Comparator.comparing(ServiceMonth::month).thenComparing(ServiceMonth::volunteerNumber));
        return rows;
    }

    /** Records a commendation (表彰) of a member, by one of the organization's admins; audited. */
    @Transactional
    public long commend(Caller caller, long organizationId, long personId, LocalDate date, String reason) {
        organizations.organization(caller, organizationId);
        memberNumber(personId, organizationId);
        LocalDate today = LocalDate.now(clock.withZone(PlatformTime.ZONE));
        if (date == null) {
            throw new DomainException("date", "validation.required");
        }
        if (date.isAfter(today)) {
            throw new DomainException("date", "record.commendation.future");
        }
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw new DomainException("reason", "validation.required");
        }
        if (text.length() > Commendation.MAX_REASON) {
            throw new DomainException("reason", "validation.tooLong", Integer.toString(Commendation.MAX_REASON));
        }
        long id = commendations.add(organizationId, personId, date, text, caller.actor(), clock.instant());
        audit.record(new AuditRecord(caller.actor(), "VOLUNTEER_COMMENDED", "person:" + personId,
                "organization:" + organizationId + " on " + date + ": " + text, caller.address()));
        return id;
    }

    private ServiceRecord assemble(OrganizationView organization, long personId, RecordPeriod period, Titles titles) {
        long number = memberNumber(personId, organization.id());
        LocalDate since = organizations.joinedAt(personId, organization.id())
                .map(at -> at.atZone(PlatformTime.ZONE).toLocalDate()).orElse(null);
        String name = organizations.names(List.of(personId)).get(personId);
        Basics basics = new Basics(name, number, organization.id(), organization.nameZh(), organization.nameEn(),
                since);
        List<PracticeEntry> ledger = practice.ledgerIn(personId, organization.id()).stream()
                .map(ServiceRecords::entry).toList();
        List<TrainingItem> learned = new ArrayList<>();
        study.completionsOf(personId).stream().filter(f -> f.lessonKey() == null && f.at() != null)
                .forEach(f -> learned.add(new TrainingItem(day(f.at()), TrainingItem.Kind.COURSE, f.courseCode(),
                        titles.courses().get(f.courseCode()), 0)));
        microLessons.finishedBy(personId).forEach(m -> learned.add(new TrainingItem(day(m.at()),
                TrainingItem.Kind.MICRO_LESSON, m.microLessonCode(), titles.microLessons().get(m.microLessonCode()), 0)));
        exams.passesOf(personId).stream().filter(p -> p.at() != null)
                .forEach(p -> learned.add(new TrainingItem(day(p.at()), TrainingItem.Kind.EXAM, p.examCode(),
                        titles.exams().get(p.examCode()), 0)));
        return ServiceRecord.assemble(basics, period, ledger, learned, commendations.of(organization.id(), personId));
    }

    private long memberNumber(long personId, long organizationId) {
        return organizations.memberNumber(personId, organizationId).orElseThrow(AccessDenied::new);
    }

    private static PracticeEntry entry(SessionView s) {
        return new PracticeEntry(s.id(), s.date(), s.minutes(), Modality.valueOf(s.modality()),
                Population.valueOf(s.population()), s.status(), s.reversalOf(), s.supervisorName(),
                s.decisionComment(), s.decidedAt() == null ? null : day(s.decidedAt()));
    }

    private static LocalDate day(java.time.Instant at) {
        return at.atZone(PlatformTime.ZONE).toLocalDate();
    }

    /** Course, micro-lesson and exam titles by code, read once per request. */
    private record Titles(Map<String, LocalizedText> courses, Map<String, LocalizedText> microLessons,
                          Map<String, LocalizedText> exams) {
    }

    private Titles titles() {
        Map<String, LocalizedText> courses = catalog.courses(CatalogFilter.NONE, OptionalLong.empty()).stream()
                .collect(Collectors.toMap(CourseCard::code, CourseCard::title, (a, b) -> a));
        Map<String, LocalizedText> examTitles = examCatalog.rows().stream()
                .collect(Collectors.toMap(ExamCatalog.ExamRow::code, ExamCatalog.ExamRow::title, (a, b) -> a));
        Map<String, LocalizedText> microLessonTitles = catalog.microLessons().stream()
                .collect(Collectors.toMap(MicroLessonView::code, MicroLessonView::title, (a, b) -> a));
        return new Titles(courses, microLessonTitles, examTitles);
    }
}
