package academy.anxin.web.demo;

import academy.anxin.assessment.application.DemoCandidate;
import academy.anxin.assessment.application.ExamSitting;
import academy.anxin.credentials.application.CredentialRegistry;
import academy.anxin.credentials.application.Recognitions;
import academy.anxin.identity.application.AccountService;
import academy.anxin.identity.application.ApiKeyService;
import academy.anxin.identity.application.Caller;
import academy.anxin.identity.application.OrganizationFounding;
import academy.anxin.identity.application.OrganizationService;
import academy.anxin.identity.application.RegistrationForm;
import academy.anxin.identity.application.RegistrationService;
import academy.anxin.identity.domain.GeneratedPassword;
import academy.anxin.identity.domain.OrganizationKind;
import academy.anxin.identity.domain.Role;
import academy.anxin.kernel.domain.DomainException;
import academy.anxin.kernel.domain.Language;
import academy.anxin.kernel.domain.PlatformTime;
import academy.anxin.kernel.domain.Tier;
import academy.anxin.kernel.platform.SchemaMigrated;
import academy.anxin.kernel.platform.StartupPhase;
import academy.anxin.learning.application.CourseOutline;
import academy.anxin.learning.application.LessonView;
import academy.anxin.learning.application.QuizOutcome;
import academy.anxin.learning.application.Study;
import academy.anxin.practice.application.PracticeLog;
import academy.anxin.practice.application.SessionForm;
import academy.anxin.practice.application.SignOff;
import academy.anxin.practice.domain.Modality;
import academy.anxin.practice.domain.Population;
import academy.anxin.practice.domain.RiskLevel;
import academy.anxin.services.application.ListingService;
import academy.anxin.services.domain.Accessibility;
import academy.anxin.services.domain.ListingDraft;
import academy.anxin.services.domain.ServiceLanguage;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code ./setup/run --demo}: a demonstration organization with a volunteer, a supervisor and an organization admin,
 * made through the same services people use (registration, founding, adding members), so the demo shows what
 * the platform really does. Their logins are printed and written to {@code demo-access.txt} in the data folder,
 * one {@code key: value} a line. Runs once: a later start finds the demo people and leaves them alone.
 */
@ApplicationScoped
public class DemoData {

    static final String VOLUNTEER = "volunteer@demo.anxin.local";
    static final String SUPERVISOR = "supervisor@demo.anxin.local";
    static final String ORG_ADMIN = "orgadmin@demo.anxin.local";
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    RegistrationService registration;

    @Inject
    OrganizationService organizations;

    @Inject
    AccountService accounts;

    @Inject
    Study study;

    @Inject
    PracticeLog practiceLog;

    @Inject
    ExamSitting sitting;

    @Inject
    Recognitions recognitions;

    @Inject
    CredentialRegistry registry;

    @Inject
    ApiKeyService apiKeys;

    @Inject
    DemoCandidate demoCandidate;

    @Inject
    SignOff signOff;

    @Inject
    academy.anxin.practice.application.Assessments assessments;

    @Inject
    ListingService listings;

    @Inject
    @ConfigProperty(name = "anxin.demo", defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = "anxin.data.dir", defaultValue = "./data")
    String dataDir;

    void onSchemaMigrated(@Observes @Priority(StartupPhase.DEMO) SchemaMigrated migrated) {
        if (!demo) {
            return;
        }
        Path file = Path.of(dataDir, "demo-access.txt");
        if (accounts.exists(VOLUNTEER)) {
            LOG.info(() -> "demo data present; logins are in " + file.toAbsolutePath());
            return;
        }
        Map<String, String> access = new LinkedHashMap<>();
        long volunteer = register("志愿者 李明 (demo)", VOLUNTEER, "volunteer", access);
        long supervisor = register("督导 王芳 (demo)", SUPERVISOR, "supervisor", access);
        long orgAdmin = register("机构管理员 张伟 (demo)", ORG_ADMIN, "orgadmin", access);

        Caller platformAdmin = new Caller(accounts.aPlatformAdmin().orElseThrow(), "127.0.0.1");
        long org = organizations.found(platformAdmin, new OrganizationFounding("安心热线示范中心",
                "Anxin Hotline Demo Centre", OrganizationKind.HOTLINE, "北京市 Beijing", ORG_ADMIN, null))
                .organizationId();
        Caller orgAdminCaller = new Caller(orgAdmin, "127.0.0.1");
        // members join as anyone does: the organization's admin invites, the person accepts in their account
        organizations.accept(new Caller(supervisor, "127.0.0.1"), organizations.invite(orgAdminCaller, org,
                SUPERVISOR, EnumSet.of(Role.SUPERVISOR)));
        // she has volunteered there for a month, as an agency's existing volunteers do when it joins the platform
        organizations.accept(new Caller(volunteer, "127.0.0.1"), organizations.invite(orgAdminCaller, org,
                VOLUNTEER, EnumSet.of(Role.VOLUNTEER), Instant.now().minus(Duration.ofDays(30))));
        supervisorCredential(orgAdminCaller, platformAdmin, org, supervisor);
        learningProgress(new Caller(volunteer, "127.0.0.1"));
        practice(new Caller(volunteer, "127.0.0.1"), new Caller(supervisor, "127.0.0.1"), org, supervisor);
        jakarta.enterprise.inject.spi.CDI.current().select(DemoHistory.class).get().seed(orgAdminCaller, org, new Caller(supervisor, "127.0.0.1"));
        exams(new Caller(volunteer, "127.0.0.1"));
        registry.mine(new Caller(volunteer, "127.0.0.1")).stream().filter(c -> c.isTier(Tier.L1)).findFirst()
                .ifPresentOrElse(c -> access.put("credential.number", c.number()),
                        () -> LOG.warning("demo volunteer earned no L1 credential (see the warnings above)"));
        // a generous rate, so that the verification benchmark measures the server and not the limit
        access.put("api.key", apiKeys.create(orgAdminCaller, org, "演示派案系统 demo case assignment", 600_000).key());
        listings(orgAdminCaller, platformAdmin, org, access);
        CDI.current().select(DemoCoordinator.class).get().add(platformAdmin, orgAdminCaller, org, access);
        CDI.current().select(DemoListings.class).get().add(orgAdminCaller, platformAdmin, org, access);
        access.put("organization.id", Long.toString(org));
        access.put("volunteer.id", Long.toString(volunteer));
        access.put("supervisor.id", Long.toString(supervisor));
        write(file, access);
        access.forEach((key, value) -> LOG.warning("[anxin-demo] " + key + ": " + value));
    }

    /**
     * The demo organization lists itself in the public directory and the platform admin verifies it; a second
     * organization was listed and then withdrawn, so /help shows what a search by name finds for both.
     */
    private void listings(Caller orgAdmin, Caller platformAdmin, long org, Map<String, String> access) {
        listings.submit(orgAdmin, org, new ListingDraft("安心热线示范中心", "91110105MA01A0000Y", OrganizationKind.HOTLINE,
                "110105", List.of(new ListingDraft.HotlineRow("010-12345678", "24小时 / 24 hours")),
                "https://chat.example.org/anxin", "北京市朝阳区示范路 1 号", "周一至周五 9:00-17:00",
                EnumSet.of(Population.GENERAL_PUBLIC, Population.BEREAVED, Population.YOUTH),
                EnumSet.of(ServiceLanguage.MANDARIN, ServiceLanguage.ENGLISH),
                EnumSet.of(Accessibility.TEXT_CONTACT, Accessibility.STEP_FREE)));
        listings.verify(platformAdmin, org, listings.ofOrganization(orgAdmin, org).pendingVersionId());
        long closed = organizations.found(platformAdmin, new OrganizationFounding("已撤下示例服务站",
                "Withdrawn Example Station", OrganizationKind.COMMUNITY_SITE, "湖北省武汉市", ORG_ADMIN, null))
                .organizationId();
        listings.submit(orgAdmin, closed, new ListingDraft("已撤下示例服务站", "52420100MJ0000000G",
                OrganizationKind.COMMUNITY_SITE, "420106", List.of(), null, "武汉市武昌区示例街 2 号",
                "周六 9:00-12:00", EnumSet.of(Population.GENERAL_PUBLIC), EnumSet.of(ServiceLanguage.MANDARIN),
                EnumSet.noneOf(Accessibility.class)));
        listings.verify(platformAdmin, closed, listings.ofOrganization(orgAdmin, closed).pendingVersionId());
        listings.withdraw(platformAdmin, closed, "服务站已停止服务 (demo)");
        access.put("listing.check", "/help/check/" + org);
    }

    /**
     * The demo supervisor is a licensed counsellor: the organization's admin submits that qualification and the
     * platform admin recognizes it as meeting the supervisor tier's requirements, so L4 is issued and she may sign
     * off practice, as an organization's first supervisor would.
     */
    private void supervisorCredential(Caller orgAdmin, Caller platformAdmin, long org, long supervisor) {
        long claim = recognitions.submit(orgAdmin, org, supervisor, "国家二级心理咨询师 (demo)",
                "从事心理热线督导工作八年，持有国家二级心理咨询师证书。", "示例证书编号 DEMO-2018-0001");
        recognitions.approve(platformAdmin, claim, new java.util.LinkedHashSet<>(recognitions.recognizable().stream()
                .filter(id -> id.credential().tier() == Tier.L4).toList()), "demo");
    }

    /**
     * The demo volunteer has finished the four foundation courses and both helpline courses (every checkpoint
     * passed, on a second try where the first missed), so "my learning", the catalog, the course pages and the
     * exams page show progress at once.
     */
    private void learningProgress(Caller volunteer) {
        try {
            for (String course : List.of("L1-INTRO", "L1-PFA", "L1-LISTEN", "L1-SELFCARE", "L2-HOTLINE", "L2-RISK")) {
                finish(volunteer, course);
            }
        } catch (DomainException missing) {
            // the curriculum did not import (its problems are in the log): the demo goes on without progress
            LOG.warning(() -> "demo learning progress skipped: " + missing.getMessage());
        }
    }

    /** Works through a course as a volunteer does: each lesson opened and completed, each checkpoint passed. */
    private void finish(Caller volunteer, String course) {
        for (CourseOutline.ModuleView module : study.outline(course, OptionalLong.of(volunteer.personId())).modules()) {
            for (CourseOutline.LessonItem lesson : module.lessons()) {
                LessonView view = study.open(volunteer, course, lesson.key());
                if (!view.isQuiz()) {
                    study.complete(volunteer, course, lesson.key(), Duration.ofMinutes(lesson.minutes()));
                    continue;
                }
                QuizOutcome first = study.answer(volunteer, course, lesson.key(),
                        java.util.Collections.nCopies(view.questions().size(), 0), Duration.ofMinutes(3));
                if (!first.passed()) {
                    // the feedback shows the right answers; the second try takes them
                    study.answer(volunteer, course, lesson.key(),
                            first.feedback().stream().map(QuizOutcome.Feedback::answer).toList(), Duration.ofMinutes(2));
                }
            }
        }
    }

    /**
     * A passed foundation exam, and a helpline exam in progress with a few answers saved. The open attempt's
     * clock runs from the demo's start, like anyone's: once its time is up it is submitted as it stands.
     */
    private void exams(Caller volunteer) {
        try {
            long passed = sitting.start(volunteer, "EXAM-L1");
            demoCandidate.answer(volunteer, passed, Integer.MAX_VALUE, true);
            sitting.submit(volunteer, passed);
            long open = sitting.start(volunteer, "EXAM-L2");
            demoCandidate.answer(volunteer, open, 5, true);
        } catch (DomainException refused) {
            LOG.warning(() -> "demo exams skipped: " + refused.messageKey());
        }
    }

    /**
     * Practice sessions of yesterday (the demo volunteer has been a member for a month): one approved, one returned
     * with a comment, one waiting for the supervisor, one draft.
     */
    private void practice(Caller volunteer, Caller supervisor, long org, long supervisorId) {
        LocalDateTime earliest = LocalDate.now(PlatformTime.ZONE).minusDays(1).atTime(9, 0);
        // the foundation tier asks for role-play and observation besides live work: these two make up its hours
        long rolePlay = practiceLog.save(volunteer, null, org, supervisorId, session(earliest, 120, Modality.ROLE_PLAY,
                Population.GENERAL_PUBLIC, RiskLevel.LOW, "和两位同伴轮流扮演来电者，练习开场、情感反映和结束通话。"), true);
        long observed = practiceLog.save(volunteer, null, org, supervisorId, session(earliest.plusMinutes(125), 75,
                Modality.OBSERVATION, Population.GENERAL_PUBLIC, RiskLevel.LOW, "旁听督导接听三通来电，记录了她如何确认安全。"),
                true);
        LocalDateTime first = earliest.plusMinutes(200);
        long approved = practiceLog.save(volunteer, null, org, supervisorId, session(first, 45, Modality.HOTLINE,
                Population.GENERAL_PUBLIC, RiskLevel.LOW, "接听了一位失眠来电者。练习了开放式提问和情感反映，结束前确认了安全。"), true);
        long returned = practiceLog.save(volunteer, null, org, supervisorId, session(first.plusMinutes(50), 45,
                Modality.ROLE_PLAY, Population.YOUTH, RiskLevel.MEDIUM, "和同伴角色扮演一位被欺凌的中学生来电。"), true);
        practiceLog.save(volunteer, null, org, supervisorId, session(first.plusMinutes(100), 45, Modality.ONLINE_CHAT,
                Population.OLDER_ADULTS, RiskLevel.LOW, "在线陪伴一位独居老人，聊到了孤独感和社区活动。"), true);
        practiceLog.save(volunteer, null, org, supervisorId, session(first.plusMinutes(150), 45, Modality.OBSERVATION,
                Population.BEREAVED, RiskLevel.MEDIUM, "观摩督导接听一位丧亲来电者（草稿，尚未提交）。"), false);
        for (long session : List.of(rolePlay, observed, approved)) {
            signOff.approve(supervisor, session, practiceLog.one(volunteer, session).version());
        }
        signOff.returnForChanges(supervisor, returned, practiceLog.one(volunteer, returned).version(),
                "请写一写你用了哪些具体技术，以及对方的反应。");
        observedRolePlay(volunteer, supervisor, org, earliest.toLocalDate());
    }

    /**
     * The supervisor watched yesterday's role-play and scored it on the helpline rubric: passed, so the volunteer's
     * path shows the L2 requirement met and their assessments list it with the descriptors.
     */
    private void observedRolePlay(Caller volunteer, Caller supervisor, long org, LocalDate day) {
        Map<String, Integer> levels = new LinkedHashMap<>();
        levels.put("opening-and-consent", 3);
        levels.put("active-listening", 3);
        levels.put("suicide-risk-screening", 3);
        levels.put("safety-planning", 3);
        levels.put("closing-and-referral", 2);
        levels.put("self-care", 3);
        try {
            assessments.record(supervisor, new academy.anxin.practice.application.AssessmentForm(volunteer.personId(),
                    org, "L2-CALL-ROLEPLAY", academy.anxin.practice.domain.ObservedIn.ROLE_PLAY, day, levels,
                    "开场和知情同意自然；直接询问了自杀想法并问了两个0到10的分数。结束时的转介信息可以更具体。"));
        } catch (DomainException refused) {
            // the rubrics did not read (their problems are in the log): the demo goes on without it
            LOG.warning(() -> "demo assessment skipped: " + refused.messageKey());
        }
    }

    private static SessionForm session(LocalDateTime start, int minutes, Modality modality, Population population,
                                          RiskLevel risk, String reflection) {
        return new SessionForm(start.toLocalDate(), start.toLocalTime(), minutes, modality, population, risk,
                reflection);
    }

    private long register(String name, String email, String key, Map<String, String> access) {
        String password = GeneratedPassword.next();
        long id = registration.register(new RegistrationForm(name, email, password, Language.ZH, false, false,
                false, false, false, true), "127.0.0.1").orElseThrow(); // the demo's addresses are its own
        access.put(key + ".email", email);
        access.put(key + ".password", password);
        return id;
    }

    private static void write(Path file, Map<String, String> access) {
        StringBuilder text = new StringBuilder("# Anxin Academy demo logins (demonstration data only)\n");
        access.forEach((key, value) -> text.append(key).append(": ").append(value).append('\n'));
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }
}
