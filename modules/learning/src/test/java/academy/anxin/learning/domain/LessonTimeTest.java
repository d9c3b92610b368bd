package academy.anxin.learning.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import academy.anxin.kernel.domain.Language;
import academy.anxin.kernel.domain.LocalizedText;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class LessonTimeTest {

    private static final LocalizedText MODULE = new LocalizedText("模块", "Module");

    @Test
    void readingIsThreeHundredHanCharactersAMinuteAndAtLeastOne() {
        assertEquals(1, LessonTime.reading("Only English, no Han at all."));
        assertEquals(1, LessonTime.reading("字".repeat(300)));
        assertEquals(2, LessonTime.reading("字".repeat(301) + " 123 ，。"));
    }

    @Test
    void aScenarioAddsTwoMinutesForEachGuidedQuestion() {
        String body = "字".repeat(280) + "\n\n## 思考\n\n1. 第一问？\n2. 第二问？\n3. 第三问？\n\n## 参考思路\n\n1. 不是问题。\n";
        Lesson scenario = Lesson.text(0, MODULE, "case", LessonKind.SCENARIO, MODULE, 7, new LocalizedText(body, "x"));
        assertEquals(OptionalInt.of(1 + 3 * 2), LessonTime.expected(scenario, 0));
    }

    @Test
    void anExerciseIsItsReadingAndItsSteps() {
        String zh = "## 步骤\n\n1. 读案例卡（5 分钟）\n2. 三轮角色扮演（30 分钟）\n\n## 复盘\n\n（10 分钟）不是步骤。\n";
        String en = "## Steps\n\n1. Read the cards (5 min)\n2. Three rounds (30 min)\n\n## Debrief\n\n(10 min) is not a step.\n";
        assertEquals(OptionalInt.of(35), LessonTime.stepMinutes(zh, Language.ZH));
        assertEquals(OptionalInt.of(35), LessonTime.stepMinutes(en, Language.EN));
        assertEquals(OptionalInt.empty(), LessonTime.stepMinutes("## 目的\n\n没有步骤。\n", Language.ZH));
        Lesson exercise = Lesson.text(0, MODULE, "ex", LessonKind.EXERCISE, MODULE, 36, new LocalizedText(zh, en));
        assertEquals(OptionalInt.of(36), LessonTime.expected(exercise, 35));
    }

    @Test
    void statedMinutesAreHonestWithinHalfTheEstimateAndAtLeastAMinute() {
        assertTrue(LessonTime.honest(3, 2));
        assertTrue(LessonTime.honest(1, 2));
        assertFalse(LessonTime.honest(8, 3), "an 8-minute lesson of 900 characters");
        assertTrue(LessonTime.honest(45, 30));
        assertFalse(LessonTime.honest(46, 30));
        assertFalse(LessonTime.honest(14, 30));
    }
}
