package academy.anxin.web.learning;

import academy.anxin.kernel.domain.DomainException;
import academy.anxin.learning.application.CourseCard;
import academy.anxin.learning.application.LessonView;
import academy.anxin.learning.application.QuizOutcome;
import academy.anxin.learning.application.Study;
import academy.anxin.web.http.ErrorPage;
import academy.anxin.web.i18n.Texts;
import academy.anxin.web.security.CurrentUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * app/lesson.xhtml?course=L1-PFA&amp;lesson=what-is-pfa: the lesson player. Opening a lesson enrolls the volunteer
 * and marks the place to resume; the time from opening to completing counts as time spent. A checkpoint quiz is
 * graded on the server and shows, per question, whether it was right and why.
 */
@Named
@ViewScoped
public class LessonPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Study study;

    @Inject
    CurrentUser currentUser;

    @Inject
    Texts texts;

    private String course;
    private String lesson;
    private LessonView view;
    private CourseCard locked;
    private Instant openedAt;
    private String[] answers;
    private QuizOutcome outcome;

    /** f:viewAction: opens the lesson, or explains why not (locked course), or 404 for what does not exist. */
    public void load() throws IOException {
        try {
            view = study.open(currentUser.caller(), course == null ? "" : course, lesson == null ? "" : lesson);
            openedAt = Instant.now();
            answers = new String[view.questions().size()];
        } catch (DomainException refused) {
            if ("learning.course.locked".equals(refused.messageKey())) {
                // named by their titles, in the reader's language, as the course page names them
                locked = study.outline(course, OptionalLong.of(currentUser.caller().personId())).card();
                return;
            }
            ErrorPage.answer(404, refused.messageKey());
        }
    }

    /** Completes a reading, scenario or media lesson and goes on to the next one (or back to the course). */
    public String complete() {
        try {
            view = study.complete(currentUser.caller(), view.courseCode(), view.key(), spent());
        } catch (DomainException refused) {
            texts.show(refused, Map.of());
            return null;
        }
        if (view.nextKey() != null) {
            return toLesson(view.nextKey());
        }
        texts.infoAfterRedirect(texts.text("lesson.courseDone"));
        return "/course?faces-redirect=true&code=" + encode(view.courseCode());
    }

    public void submitQuiz() {
        List<Integer> chosen = new ArrayList<>();
        boolean missing = false;
        for (int i = 0; i < answers.length; i++) {
            Integer choice = parse(answers[i], view.questions().get(i).options().size());
            if (choice == null) {
                missing = true;
                texts.error("quiz:questions:" + i + ":q", texts.text("lesson.quiz.answerThis"));
            }
            chosen.add(choice);
        }
        if (missing) {
            texts.error(null, texts.text("learning.quiz.unanswered"));
            return;
        }
        try {
            outcome = study.answer(currentUser.caller(), view.courseCode(), view.key(), chosen, spent());
            view = study.open(currentUser.caller(), view.courseCode(), view.key());
            openedAt = Instant.now();
            if (outcome.passed()) {
                texts.info(texts.text(outcome.courseCompleted() ? "lesson.quiz.passedCourse" : "lesson.quiz.passed",
                        outcome.right(), outcome.total()));
            } else {
                texts.error(null, texts.text("lesson.quiz.failed", outcome.right(), outcome.total()));
            }
        } catch (DomainException refused) {
            texts.show(refused, Map.of());
        }
    }

    public String next() {
        return view.nextKey() == null ? "/course?faces-redirect=true&code=" + encode(view.courseCode())
                : toLesson(view.nextKey());
    }

    private String toLesson(String key) {
        return "/app/lesson?faces-redirect=true&course=" + encode(view.courseCode()) + "&lesson=" + encode(key);
    }

    private Duration spent() {
        return openedAt == null ? Duration.ZERO : Duration.between(openedAt, Instant.now());
    }

    private static Integer parse(String answer, int options) {
        try {
            int value = Integer.parseInt(answer);
            return value >= 0 && value < options ? value : null;
        } catch (NumberFormatException | NullPointerException notChosen) {
            return null;
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public LessonView getView() {
        return view;
    }

    /** The course, when it is locked for this volunteer (its card names the missing prerequisites). */
    public CourseCard getLocked() {
        return locked;
    }

    public QuizOutcome getOutcome() {
        return outcome;
    }

    public String[] getAnswers() {
        return answers;
    }

    public String getCourse() {
        return course;
    }

    public void setCourse(String course) {
        this.course = course;
    }

    public String getLesson() {
        return lesson;
    }

    public void setLesson(String lesson) {
        this.lesson = lesson;
    }
}
