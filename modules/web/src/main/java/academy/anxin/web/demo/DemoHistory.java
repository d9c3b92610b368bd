package academy.anxin.web.demo;

import academy.anxin.identity.application.Caller;
import academy.anxin.identity.application.OrganizationService;
import academy.anxin.identity.application.RegistrationForm;
import academy.anxin.identity.application.RegistrationService;
import academy.anxin.identity.domain.GeneratedPassword;
import academy.anxin.identity.domain.Role;
import academy.anxin.kernel.domain.DomainException;
import academy.anxin.kernel.domain.Language;
import academy.anxin.kernel.domain.PlatformTime;
import academy.anxin.learning.application.CourseOutline;
import academy.anxin.learning.application.Study;
import academy.anxin.practice.application.PracticeLog;
import academy.anxin.practice.application.SessionForm;
import academy.anxin.practice.application.SignOff;
import academy.anxin.practice.domain.Modality;
import academy.anxin.practice.domain.Population;
import academy.anxin.practice.domain.RiskLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.logging.Logger;

/**
 * A few months of an organization's history for the demo, so that its reports (app/org/reports.xhtml) show
 * something: five more volunteers who joined half a year ago, each with practice in each of the last five months
 * (logged and submitted by them, signed off by the demo supervisor: mostly approved, some returned or rejected,
 * two still waiting) and one to five lessons of the first course. Everything goes through the services people use,
 * so every rule holds (membership dates, entitlement, no overlaps); the sign-offs are dated today, as a
 * supervisor's decisions on old sessions would be. Called once by {@link DemoData}.
 */
@ApplicationScoped
public class DemoHistory {

    private static final Logger LOG = Logger.getLogger(DemoHistory.class.getName());

    /** Who the volunteers are, and what their practice was mostly like. */
    private static final List<String> NAMES = List.of("志愿者 陈静 (demo)", "志愿者 刘洋 (demo)",
            "志愿者 赵敏 (demo)", "志愿者 黄磊 (demo)", "志愿者 周婷 (demo)");
    private static final Modality[] MODALITIES = {Modality.HOTLINE, Modality.ONLINE_CHAT, Modality.HOTLINE,
            Modality.FACE_TO_FACE, Modality.GROUP, Modality.ROLE_PLAY};
    private static final Population[] POPULATIONS = {Population.GENERAL_PUBLIC, Population.YOUTH,
            Population.OLDER_ADULTS, Population.GENERAL_PUBLIC, Population.BEREAVED, Population.DISABILITY};
    private static final RiskLevel[] RISKS = {RiskLevel.LOW, RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.LOW,
            RiskLevel.HIGH};
    private static final List<String> REFLECTIONS = List.of(
            "来电者谈到工作压力和失眠，我用开放式提问和情感反映陪伴，结束前确认了安全和支持资源。",
            "在线陪伴一位学生梳理考试焦虑，练习了正常化和一起制定小目标。",
            "倾听一位独居老人的孤独感，介绍了社区活动，约定下次再聊。",
            "面谈中对方情绪激动，我放慢语速、确认感受，并在督导建议下讨论了转介选项。",
            "小组分享中引导成员轮流发言，注意到一位成员沉默，结束后单独关心。",
            "角色扮演危机来电，练习直接询问自杀想法并制定安全计划。");

    @Inject
    RegistrationService registration;

    @Inject
    OrganizationService organizations;

    @Inject
    PracticeLog practiceLog;

    @Inject
    SignOff signOff;

    @Inject
    Study study;

    /** Seeds the history in {@code org}, whose admin and supervisor (holding an L4 there) are given. */
    public void seed(Caller orgAdmin, long org, Caller supervisor) {
        YearMonth thisMonth = YearMonth.now(PlatformTime.ZONE);
        for (int v = 0; v < NAMES.size(); v++) {
            long person = registration.register(new RegistrationForm(NAMES.get(v), "history" + (v + 1)
                    + "@demo.anxin.local", GeneratedPassword.next(), Language.ZH, false, false, false, false, false, true),
                    "127.0.0.1").orElseThrow();
            Caller volunteer = new Caller(person, "127.0.0.1");
            organizations.accept(volunteer, organizations.invite(orgAdmin, org, "history" + (v + 1)
                    + "@demo.anxin.local", EnumSet.of(Role.VOLUNTEER), Instant.now().minus(Duration.ofDays(185))));
            int n = 0;
            for (int back = 5; back >= 1; back--) {
                YearMonth month = thisMonth.minusMonths(back);
                int sessions = 2 + (v + back) % 3;
                for (int s = 0; s < sessions; s++, n++) {
                    LocalDate day = month.atDay(3 + 7 * s + v);
                    int kind = (v + s + back) % MODALITIES.length;
                    long id = practiceLog.save(volunteer, null, org, supervisor.personId(), new SessionForm(day,
                            LocalTime.of(9 + v, 0), 30 + 15 * ((v + s) % 5), MODALITIES[kind],
                            POPULATIONS[(v + back + s) % POPULATIONS.length], RISKS[(v * 3 + s + back) % RISKS.length],
                            REFLECTIONS.get(kind)), true);
                    boolean waits = v < 2 && back == 1 && s == sessions - 1; // last month's last, for two of them
                    if (!waits) {
                        decide(volunteer, supervisor, id, n);
                    }
                }
            }
            study(volunteer, v);
        }
        LOG.info("demo history: " + NAMES.size() + " volunteers with five months of practice");
    }

    /** Most sessions approved; every seventh returned with a comment, every eleventh rejected. */
    private void decide(Caller volunteer, Caller supervisor, long session, int n) {
        long version = practiceLog.one(volunteer, session).version();
        if (n % 11 == 10) {
            signOff.reject(supervisor, session, version, "这次记录的是培训讲座，不属于实践，请记入学习。");
        } else if (n % 7 == 6) {
            signOff.returnForChanges(supervisor, session, version, "请补充你用了哪些具体技术，以及对方的反应。");
        } else {
            signOff.approve(supervisor, session, version);
        }
    }

    /** One to five lessons of the first foundation course: the reports' completion funnel shows them. */
    private void study(Caller volunteer, int v) {
        try {
            for (String course : List.of("L1-INTRO")) {
                List<CourseOutline.LessonItem> lessons = study.outline(course, OptionalLong.of(volunteer.personId()))
                        .modules().stream().flatMap(m -> m.lessons().stream()).toList();
                int done = Math.min(lessons.size(), 1 + v);
                for (CourseOutline.LessonItem lesson : lessons.subList(0, done)) {
                    if (!study.open(volunteer, course, lesson.key()).isQuiz()) {
                        study.complete(volunteer, course, lesson.key(), Duration.ofMinutes(lesson.minutes()));
                    }
                }
            }
        } catch (DomainException missing) {
            LOG.warning(() -> "demo history's learning skipped: " + missing.getMessage());
        }
    }
}
