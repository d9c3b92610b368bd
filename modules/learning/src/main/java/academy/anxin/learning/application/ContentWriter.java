package academy.anxin.learning.application;

import academy.anxin.kernel.application.AuditTrail;
import academy.anxin.kernel.domain.AuditRecord;
import academy.anxin.learning.domain.ContentBundle;
import academy.anxin.kernel.domain.ContentProblem;
import academy.anxin.learning.domain.ContentGeneration;
import academy.anxin.learning.domain.Course;
import academy.anxin.learning.domain.CourseDraft;
import academy.anxin.learning.domain.Courses;
import academy.anxin.learning.domain.MicroLesson;
import academy.anxin.learning.domain.MicroLessonDraft;
import academy.anxin.learning.domain.MicroLessons;
import academy.anxin.learning.domain.Prerequisites;
import academy.anxin.learning.domain.VersionedContent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a valid content bundle in one transaction: unchanged versions are skipped (same fingerprint), a changed
 * course or micro-lesson must carry a higher version and becomes the current one. Anything refused here rolls
 * the whole import back.
 */
@ApplicationScoped
public class ContentWriter {

    @Inject
    Courses courses;

    @Inject
    MicroLessons microLessons;

    @Inject
    AuditTrail audit;

    @Inject
    ContentGeneration generation;

    @Inject
    Clock clock;

    @Transactional
    public ImportReport write(ContentBundle bundle, String actor) {
        Instant now = clock.instant();
        List<ContentProblem> problems = new ArrayList<>(Prerequisites.check(bundle.courses(), storedPrerequisites(bundle)));
        List<String> added = new ArrayList<>();
        int unchanged = 0;
        for (CourseDraft draft : bundle.courses()) {
            Course course = draft.course();
            Decision decision = decide(course, draft.hash(), draft.descriptor(), courses.latest(course.code()), problems);
            unchanged += decision == Decision.UNCHANGED ? 1 : 0;
            if (decision == Decision.ADD) {
                courses.current(course.code()).ifPresent(Course::supersede);
                course.imported(draft.hash(), now);
                courses.add(course);
                draft.media().forEach((path, media) -> courses.addMedia(course, path, media.contentType(), media.bytes()));
                added.add(course.code() + " v" + course.version());
            }
        }
        for (MicroLessonDraft draft : bundle.microLessons()) {
            MicroLesson lesson = draft.microLesson();
            Decision decision = decide(lesson, draft.hash(), draft.file(), microLessons.latest(lesson.code()), problems);
            unchanged += decision == Decision.UNCHANGED ? 1 : 0;
            if (decision == Decision.ADD) {
                microLessons.current(lesson.code()).ifPresent(MicroLesson::supersede);
                lesson.imported(draft.hash(), now);
                microLessons.add(lesson);
                added.add(lesson.code() + " v" + lesson.version());
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportRefused(problems);
        }
        if (!added.isEmpty()) {
            String detail = added.size() + " new: " + String.join(", ", added);
            audit.record(new AuditRecord(actor, "CONTENT_IMPORTED", "content", detail.length() > 480
                    ? detail.substring(0, 477) + "..." : detail, null));
            // in this transaction: every node sees the new generation exactly when it sees the new content
            generation.advance();
        }
        return new ImportReport(added, unchanged, List.of(), List.of());
    }

    private enum Decision { ADD, UNCHANGED, REFUSED }

    /**
     * Whether a draft is stored: not when the latest version came from the same files, and refused (with the
     * problem noted) when the files changed but the version was not raised above the latest.
     */
    private static Decision decide(VersionedContent draft, String hash, String file,
                                   Optional<? extends VersionedContent> latest, List<ContentProblem> problems) {
        if (latest.isEmpty()) {
            return Decision.ADD;
        }
        if (latest.get().importedFrom(hash)) {
            return Decision.UNCHANGED;
        }
        if (draft.version() <= latest.get().version()) {
            problems.add(new ContentProblem(file, 0, "version", "content.version.notRaised", draft.version(),
                    latest.get().version()));
            return Decision.REFUSED;
        }
        return Decision.ADD;
    }

    private Map<String, List<String>> storedPrerequisites(ContentBundle bundle) {
        Map<String, List<String>> stored = new HashMap<>();
        for (String code : courses.codes()) {
            courses.latest(code).ifPresent(c -> stored.put(code, c.prerequisites()));
        }
        bundle.courses().forEach(d -> stored.remove(d.course().code()));
        return stored;
    }
}
