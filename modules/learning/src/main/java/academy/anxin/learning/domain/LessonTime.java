package academy.anxin.learning.domain;

import academy.anxin.kernel.domain.Language;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long a lesson honestly takes, so that a course's stated hours are what a learner spends (issue 19): reading
 * time of the Chinese body at {@value #HAN_PER_MINUTE} characters a minute (a common figure for silent reading of
 * study text in Chinese), plus {@value #MINUTES_PER_GUIDED_QUESTION} minutes per guided question of a scenario, plus
 * the timed steps of an exercise; a checkpoint quiz takes a minute a question. Video and audio are not estimated
 * here: their length is the recording's.
 *
 * <p>A stated time is honest when it is off from the estimate by at most half of it (at least a minute either way,
 * so that a two-minute reading may say one or three). The importer warns about the others rather than refusing them,
 * because an estimate is not a measurement; the platform's own curriculum is held to it by its build.
 */
public final class LessonTime {

    public static final int HAN_PER_MINUTE = 300;
    public static final int MINUTES_PER_GUIDED_QUESTION = 2;
    /** An exercise is one sitting; a longer activity is two lessons. */
    public static final int LONGEST_EXERCISE = 90;

    private static final Pattern STEPS_ZH = Pattern.compile("^##\\s*步骤\\s*$", Pattern.MULTILINE);
    private static final Pattern STEPS_EN = Pattern.compile("^##\\s*Steps\\s*$", Pattern.MULTILINE);
    private static final Pattern STEP_TIME_ZH = Pattern.compile("（(\\d{1,3}) 分钟）");
    private static final Pattern STEP_TIME_EN = Pattern.compile("\\((\\d{1,3}) min\\)");
    private static final Pattern QUESTIONS_ZH = Pattern.compile("^##\\s*思考\\s*$", Pattern.MULTILINE);
    private static final Pattern NUMBERED = Pattern.compile("^\\d+[.)]\\s", Pattern.MULTILINE);
    private static final Pattern NEXT_HEADING = Pattern.compile("^##\\s", Pattern.MULTILINE);

    private LessonTime() {
    }

    /**
     * The estimate for a lesson in minutes, or empty for video and audio. {@code exerciseMinutes} is the
     * exercise's own time (0 for other kinds).
     */
    public static OptionalInt expected(Lesson lesson, int exerciseMinutes) {
        return switch (lesson.kind()) {
            case VIDEO, AUDIO -> OptionalInt.empty();
            case QUIZ -> OptionalInt.of(Math.max(1, lesson.questions().size()));
            case READING -> OptionalInt.of(reading(lesson.body(Language.ZH)));
            case SCENARIO -> OptionalInt.of(reading(lesson.body(Language.ZH))
                    + MINUTES_PER_GUIDED_QUESTION * guidedQuestions(lesson.body(Language.ZH)));
            case EXERCISE -> OptionalInt.of(reading(lesson.body(Language.ZH)) + exerciseMinutes);
        };
    }

    /** Whether {@code stated} minutes are within half the estimate (and at least a minute) of it. */
    public static boolean honest(int stated, int expected) {
        return Math.abs(stated - expected) <= Math.max(1, expected / 2);
    }

    /** Minutes to read a Chinese text: its Han characters at {@value #HAN_PER_MINUTE} a minute, at least one. */
    public static int reading(String zh) {
        long han = zh.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        return (int) Math.max(1, (han + HAN_PER_MINUTE - 1) / HAN_PER_MINUTE);
    }

    /**
     * The sum of the step times in an exercise body's steps section ({@code ## 步骤} with "（N 分钟）", or
     * {@code ## Steps} with "(N min)"), or empty when the body has no such section.
     */
    public static OptionalInt stepMinutes(String body, Language language) {
        String steps = section(body, language == Language.EN ? STEPS_EN : STEPS_ZH);
        if (steps == null) {
            return OptionalInt.empty();
        }
        Matcher time = (language == Language.EN ? STEP_TIME_EN : STEP_TIME_ZH).matcher(steps);
        int sum = 0;
        while (time.find()) {
            sum += Integer.parseInt(time.group(1));
        }
        return OptionalInt.of(sum);
    }

    /** Numbered guided questions under a scenario's {@code ## 思考} heading. */
    static int guidedQuestions(String zh) {
        String questions = section(zh, QUESTIONS_ZH);
        return questions == null ? 0 : (int) NUMBERED.matcher(questions).results().count();
    }

    /** The text after the heading that {@code heading} finds, up to the next level-two heading. */
    private static String section(String body, Pattern heading) {
        Matcher start = heading.matcher(body);
        if (!start.find()) {
            return null;
        }
        String rest = body.substring(start.end());
        Matcher end = NEXT_HEADING.matcher(rest);
        return end.find() ? rest.substring(0, end.start()) : rest;
    }
}
