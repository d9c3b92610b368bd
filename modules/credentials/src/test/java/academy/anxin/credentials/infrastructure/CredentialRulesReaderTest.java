package academy.anxin.credentials.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import academy.anxin.credentials.domain.CredentialKind;
import academy.anxin.credentials.domain.CredentialRule;
import academy.anxin.credentials.domain.EligibilityEngine;
import academy.anxin.credentials.domain.Evidence;
import academy.anxin.credentials.domain.Requirement;
import academy.anxin.credentials.infrastructure.CredentialRulesReader.RuleSet;
import academy.anxin.kernel.domain.ContentProblem;
import academy.anxin.kernel.domain.Endorsement;
import academy.anxin.kernel.domain.Language;
import academy.anxin.kernel.domain.Tier;
import academy.anxin.kernel.content.ContentFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real rules in {@code content/credentials} are valid, complete and refer only to courses and exams that exist;
 * broken copies of them are reported with file, line and field, every problem at once.
 */
class CredentialRulesReaderTest {

    private static final Path CONTENT = Path.of(System.getProperty("anxin.content.dir", "../../content"));

    @Test
    void theRealRulesAreValidAndComplete() {
        RuleSet read = new CredentialRulesReader().read(CONTENT);
        assertTrue(read.isValid(), () -> describe(read.problems()));
        assertEquals(9, read.rules().all().size());
        for (Tier tier : Tier.values()) {
            assertTrue(read.rules().rule(CredentialKind.of(tier)).isPresent(), tier.name());
        }
        for (Endorsement endorsement : Endorsement.values()) {
            assertTrue(read.rules().rule(CredentialKind.of(endorsement)).isPresent(), endorsement.name());
        }
    }

    @Test
    void everyCourseAndExamTheRulesNameExistsInTheContentFolder() {
        ContentFiles files = new ContentFiles(CONTENT);
        Set<String> courses = new HashSet<>();
        for (Path course : files.children(CONTENT.resolve("courses"))) {
            courses.add(files.yaml(course.resolve("course.yaml")).required("code").text(40));
        }
        Set<String> exams = new HashSet<>();
        for (Path exam : files.children(CONTENT.resolve("exams"))) {
            exams.add(files.yaml(exam.resolve("exam.yaml")).required("code").text(40));
        }
        for (CredentialRule rule : new CredentialRulesReader().read(CONTENT).rules().all()) {
            long examsNamed = 0;
            for (Requirement requirement : rule.requirements()) {
                if (requirement instanceof Requirement.Course course) {
                    assertTrue(courses.contains(course.courseCode()), rule.kind() + ": " + course.courseCode());
                }
                if (requirement instanceof Requirement.Exam exam) {
                    assertTrue(exams.contains(exam.examCode()), rule.kind() + ": " + exam.examCode());
                    examsNamed++;
                }
            }
            assertEquals(1, examsNamed, rule.kind().code());
        }
    }

    @Test
    void theRealRulesSayWhatTheIssueAndTheBriefAskFor() {
        var rules = new CredentialRulesReader().read(CONTENT).rules();
        CredentialRule crisis = rules.rule(CredentialKind.of(Tier.L3)).orElseThrow();
        assertTrue(crisis.requirements().contains(new Requirement.TierHeld(Tier.L2, 6)));
        assertTrue(crisis.requirements().contains(new Requirement.Exam("EXAM-L3", 0.85)));
        CredentialRule foundation = rules.rule(CredentialKind.of(Tier.L1)).orElseThrow();
        assertTrue(foundation.requirements().contains(new Requirement.Exam("EXAM-L1", 0.75)),
                "without a minimum of its own the rule takes the exam's pass mark");
        for (CredentialRule rule : rules.all()) {
            if (!rule.kind().isTier()) {
                assertTrue(rule.requirements().stream().anyMatch(r -> r instanceof Requirement.TierHeld),
                        rule.kind() + " builds on a tier");
                assertTrue(rule.requirements().stream().anyMatch(r -> r instanceof Requirement.PracticeByPopulation),
                        rule.kind() + " asks for practice with its population");
            }
            assertFalse(new EligibilityEngine().evaluate(rule, Evidence.none(), Instant.now()).eligible());
        }
    }

    @Test
    void theTiersAskForObservedSkillAndHighRiskSessions() {
        var rules = new CredentialRulesReader().read(CONTENT).rules();
        CredentialRule helpline = rules.rule(CredentialKind.of(Tier.L2)).orElseThrow();
        assertTrue(helpline.requirements().contains(new Requirement.Assessment("L2-CALL-ROLEPLAY")));
        CredentialRule crisis = rules.rule(CredentialKind.of(Tier.L3)).orElseThrow();
        assertTrue(crisis.requirements().contains(new Requirement.Assessment("L3-HIGH-RISK-CALL")));
        assertTrue(crisis.requirements().stream().anyMatch(r -> r instanceof Requirement.SessionsAtRisk s
                && s.risk() == academy.anxin.practice.domain.RiskLevel.HIGH && s.count() >= 5));
        CredentialRule supervisor = rules.rule(CredentialKind.of(Tier.L4)).orElseThrow();
        assertTrue(supervisor.requirements().contains(new Requirement.Assessment("L4-SUPERVISION-SESSION")));
        assertTrue(supervisor.renewal().requirements().contains(
                new Requirement.AssessmentInPeriod("L4-SUPERVISION-SESSION")), "supervision of the supervisor");
        // every endorsement builds on the helpline tier held for the same time
        for (CredentialRule rule : rules.all()) {
            if (!rule.kind().isTier()) {
                assertTrue(rule.requirements().contains(new Requirement.TierHeld(Tier.L2, 3)), rule.kind().code());
            }
        }
    }

    @Test
    void anUnknownRubricOrRiskLevelIsNamedByFileLineAndField(@TempDir Path root) throws IOException {
        Path l3 = copyOfContent(root).resolve("credentials/L3.yaml");
        Files.writeString(l3, Files.readString(l3).replace("assessments: [L3-HIGH-RISK-CALL]",
                "assessments: [L3-NO-SUCH-RUBRIC]").replace("risk: HIGH", "risk: SEVERE"));
        RuleSet read = new CredentialRulesReader().read(root);
        assertEquals(List.of("sessions.risk content.credential.risk", "assessments[0] content.credential.assessment.unknown"),
                read.problems().stream().map(p -> p.field() + " " + p.key()).toList());
        assertEquals(lineOf(l3, "L3-NO-SUCH-RUBRIC"), read.problems().get(1).line());
        assertTrue(read.problems().get(1).describe(Language.EN).contains("rubric L3-NO-SUCH-RUBRIC is not in rubrics/"));
    }

    @Test
    void aMisspeltValueIsNamedByFileLineAndField(@TempDir Path root) throws IOException {
        Path l2 = copyOfContent(root).resolve("credentials/L2.yaml");
        Files.writeString(l2, Files.readString(l2).replace("HOTLINE: 1800", "HOTLNE: 1800"));
        RuleSet read = new CredentialRulesReader().read(root);
        assertFalse(read.isValid());
        assertTrue(read.rules().all().isEmpty(), "rules with any problem yield nothing");
        assertEquals(1, read.problems().size(), () -> describe(read.problems()));
        ContentProblem problem = read.problems().get(0);
        assertEquals("credentials/L2.yaml", problem.file());
        assertEquals(lineOf(l2, "HOTLNE"), problem.line());
        assertEquals("practice.byModality.HOTLNE", problem.field());
        assertEquals("content.credential.modality", problem.key());
        assertTrue(problem.describe(Language.EN).contains("HOTLNE is not a practice modality"),
                problem.describe(Language.EN));
        assertTrue(problem.describe(Language.ZH).contains("不是实践形式"), problem.describe(Language.ZH));
    }

    @Test
    void everyProblemOfEveryFileIsReportedAtOnce(@TempDir Path root) throws IOException {
        Path credentials = copyOfContent(root).resolve("credentials");
        edit(credentials.resolve("L3.yaml"), "courses: [L3-CRISIS, L3-SUICIDE]", "courses: [L3-CRISIS, L3-NOPE]");
        edit(credentials.resolve("L3.yaml"), "minimumScore: 0.85", "minimumScore: 0.7");
        edit(credentials.resolve("L3.yaml"), "heldTier:", "heldTeir:");
        edit(credentials.resolve("L4.yaml"), "code: EXAM-L4", "code: EXAM-L3");
        edit(credentials.resolve("L1.yaml"), "ROLE_PLAY: 120", "ROLE_PLAY: 300");
        edit(credentials.resolve("YOUTH.yaml"), "YOUTH: 300", "CHILDREN: 300");
        edit(credentials.resolve("DISABILITY.yaml"), "tier: L2", "tier: L7");
        edit(credentials.resolve("L2.yaml"), "tier: L1", "tier: L2");
        edit(credentials.resolve("OLDER_ADULTS.yaml"), "validityMonths: 24", "validityMonths: 0");
        edit(credentials.resolve("BEREAVEMENT.yaml"), "code: EXAM-E-BEREAVEMENT", "code: EXAM-E-GRIEF");
        RuleSet read = new CredentialRulesReader().read(root);
        List<String> found = read.problems().stream()
                .map(p -> p.file() + " " + p.field() + " " + p.key()).toList();
        assertEquals(List.of(
                "credentials/BEREAVEMENT.yaml exam.code content.credential.exam.unknown",
                "credentials/DISABILITY.yaml heldTier.tier content.serves.tier",
                "credentials/L1.yaml practice.byModality.ROLE_PLAY content.credential.practice.aboveTotal",
                "credentials/L2.yaml heldTier.tier content.credential.heldTier.notLower",
                "credentials/L3.yaml heldTeir content.field.unknown",
                "credentials/L3.yaml courses[1] content.credential.course.unknown",
                "credentials/L3.yaml exam.minimumScore content.credential.exam.belowPassMark",
                "credentials/L4.yaml exam.code content.credential.exam.serves",
                "credentials/OLDER_ADULTS.yaml validityMonths content.field.range",
                "credentials/YOUTH.yaml practice.byPopulation.CHILDREN content.credential.population"),
                found, () -> describe(read.problems()));
        read.problems().forEach(p -> assertTrue(p.line() > 0, p.toString()));
        assertEquals(lineOf(credentials.resolve("L3.yaml"), "minimumScore"), read.problems().get(6).line());
    }

    @Test
    void aRepeatedCourseAndAMissingFieldAreNamed(@TempDir Path root) throws IOException {
        Path credentials = copyOfContent(root).resolve("credentials");
        edit(credentials.resolve("L2.yaml"), "courses: [L2-HOTLINE, L2-RISK]", "courses: [L2-HOTLINE, L2-HOTLINE]");
        edit(credentials.resolve("L2.yaml"), "validityMonths: 24", "");
        RuleSet read = new CredentialRulesReader().read(root);
        assertEquals(List.of("courses[1] content.credential.duplicate", "validityMonths content.field.missing"),
                read.problems().stream().map(p -> p.field() + " " + p.key()).toList());
        assertEquals(lineOf(credentials.resolve("L2.yaml"), "courses:"), read.problems().get(0).line());
    }

    @Test
    void aMissingRuleAndAFileNamedForAnotherCodeAreRefused(@TempDir Path root) throws IOException {
        Path credentials = copyOfContent(root).resolve("credentials");
        Files.delete(credentials.resolve("YOUTH.yaml"));
        RuleSet missing = new CredentialRulesReader().read(root);
        assertEquals(1, missing.problems().size());
        assertEquals("credentials", missing.problems().get(0).file());
        assertEquals("content.credential.missing", missing.problems().get(0).key());
        assertEquals(List.of("YOUTH"), missing.problems().get(0).arguments());

        Files.move(credentials.resolve("L4.yaml"), credentials.resolve("YOUTH.yaml"));
        ContentProblem misnamed = new CredentialRulesReader().read(root).problems().get(0);
        assertEquals("credentials/YOUTH.yaml", misnamed.file());
        assertEquals("content.code.name", misnamed.key());
        assertEquals("credential", misnamed.field());
    }

    @Test
    void brokenYamlIsASyntaxProblemWithItsLine(@TempDir Path root) throws IOException {
        Path l1 = copyOfContent(root).resolve("credentials/L1.yaml");
        Files.writeString(l1, "credential: {tier: L1\ntitle: x\n");
        ContentProblem problem = new CredentialRulesReader().read(root).problems().get(0);
        assertEquals("credentials/L1.yaml", problem.file());
        assertEquals("content.yaml.syntax", problem.key());
        assertTrue(problem.line() > 0);
    }

    @Test
    void aContentFolderWithoutCredentialsHasNoRulesToChange(@TempDir Path root) {
        RuleSet read = new CredentialRulesReader().read(root);
        assertTrue(read.isValid());
        assertTrue(read.rules().isEmpty());
    }

    /** The credentials and every course and exam descriptor (not lessons, media or items: not needed here). */
    private static Path copyOfContent(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(CONTENT)) {
            for (Path source : walk.filter(Files::isRegularFile).toList()) {
                String relative = CONTENT.relativize(source).toString().replace('\\', '/');
                if (relative.startsWith("credentials/") || relative.matches("courses/[^/]+/course\\.yaml")
                        || relative.matches("exams/[^/]+/exam\\.yaml") || relative.matches("rubrics/[^/]+\\.yaml")) {
                    Path target = root.resolve(relative);
                    Files.createDirectories(target.getParent());
                    Files.copy(source, target);
                }
            }
        }
        return root;
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        if (!text.contains(from)) {
            throw new IllegalStateException(file + " has no " + from);
        }
        Files.writeString(file, text.replace(from, to));
    }

    private static int lineOf(Path file, String text) {
        try {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(text)) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException(file + " has no " + text);
    }

    private static String describe(List<ContentProblem> problems) {
        return String.join("\n", problems.stream().map(p -> p.describe(Language.EN)).toList());
    }
}
