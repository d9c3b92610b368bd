package academy.anxin.records.application;

import academy.anxin.learning.domain.LearningTallies;
import academy.anxin.identity.application.OrganizationView;
import academy.anxin.kernel.domain.LocalizedText;
import academy.anxin.practice.domain.Modality;
import academy.anxin.practice.domain.Population;
import academy.anxin.practice.domain.RiskLevel;
import academy.anxin.records.domain.ReportFigures;
import academy.anxin.records.domain.ReportFigures.Tally;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * An organization's report (机构报表) for a period of months, as its admins see it (the whole organization) or a
 * supervisor does (their supervisees only). {@code verificationDays} is null when the caller may not see the
 * organization's API keys (a supervisor).
 */
public record OrganizationReport(OrganizationView organization, Scope scope, int people, YearMonth first,
                                 YearMonth last, Map<YearMonth, Tally> months, Map<Modality, Tally> modalities,
                                 Map<Population, Tally> populations, Map<RiskLevel, Tally> risks,
                                 ReportFigures.Backlog backlog, List<ReportFigures.SupervisorShare> supervisors,
                                 List<CourseRow> courses, LearningTallies.MicroLessonUse microLessons,
                                 List<ExamRow> exams, List<KindRow> credentialKinds,
                                 List<CredentialRow> expiring, List<CredentialRow> suspendedOrRevoked,
                                 long suspensionsInPeriod, long revocationsInPeriod,
                                 List<KeyDayRow> verificationDays) {

    /** Whose figures these are. */
    public enum Scope { ORGANIZATION, SUPERVISEES }

    /** One course's completion funnel. */
    public record CourseRow(String code, LocalizedText title, long enrolled, long halfWay, long completed) {
    }

    /** One exam's attempts by the people in scope. */
    public record ExamRow(String code, LocalizedText title, ReportFigures.ExamResult result) {
    }

    /** How many people in scope hold a valid credential of one kind (a tier or an endorsement). */
    public record KindRow(String code, LocalizedText title, boolean tier, long holders) {
    }

    /**
     * One credential of a person in scope: for the expiring list ({@code window} 30, 60 or 90, {@code day} the
     * last valid day) or the suspended and revoked list ({@code day} the day of the last such event).
     */
    public record CredentialRow(long personId, String name, String number, LocalizedText title, String status,
                                LocalDate day, int window) {
    }

    /** One API key's calls on one day. */
    public record KeyDayRow(String key, LocalDate day, long allowed, long refused, long undecided) {
    }
}
