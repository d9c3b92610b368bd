package academy.anxin.assessment.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import academy.anxin.assessment.domain.BankImport;
import academy.anxin.assessment.domain.BankImport.Unsupported;
import academy.anxin.assessment.domain.BankItem;
import academy.anxin.assessment.domain.ItemType;
import academy.anxin.kernel.domain.Language;
import academy.anxin.kernel.domain.LocalizedText;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A small hotline-volunteer bank in GIFT, read and checked item by item. */
class GiftReaderTest {

    private static final String BANK = """
            // 安心学院 — 心理援助热线志愿者结业测验（样例）
            // Comment lines like these are ignored.

            $CATEGORY: $course$/热线基础/Active Listening

            ::Reflect feelings::A caller says: "Nobody at home listens to me anymore."
            Which reply best reflects her feelings? {
            =It sounds like you feel lonely and unheard at home.#Naming the feeling shows you heard the emotion.
            ~You should talk to your family more.#Advice this early closes the conversation.
            // a comment inside a question does not end it
            ~Everyone feels that way sometimes.#This minimises her experience.
            }

            ::开放式提问::以下哪一句是开放式提问？{
            =能说说那天晚上发生了什么吗？#开放式提问邀请来电者用自己的话讲述。
            ~你今天感觉好些了吗？
            ~你是不是和家人吵架了？
            }

            在倾听时，志愿者应当尽快给出解决方案。{FALSE#先理解，再回应；过早给建议会让来电者觉得没有被听见。}

            $CATEGORY: $course$/Hotline/Suicide Risk & Safety

            ::Ask directly::Asking a caller directly about suicidal thoughts raises their risk.{F
            #Asking directly often brings relief and opens the way to safety planning.}

            ::Warning signs::Which of these can be warning signs of suicide risk? {
            ~%33.33333%Giving away treasured possessions#Putting affairs in order.
            ~%33.33333%Talking about being a burden to others
            ~%33.33334%A sudden calm after a long period of despair
            ~%-100%Asking for the hotline's opening hours
            ####All three can signal that a decision has been made.
            }

            ::Safety plan::A safety plan made together with a caller should include... {
            ~%50%people and places that help them feel safer#Connection is protective.
            ~%50%how to reach crisis services at any hour#Help must be reachable when the crisis comes.
            ~%-50%a promise never to feel suicidal again#A promise is not a plan.
            }

            ::Third party::A friend calls worried about someone else. What comes first? {
            =Ask whether the person is in immediate danger#Safety first.
            ~%-50%Ask for the person's full address and ID number
            ~Tell the friend it is not their business
            }
            """;

    private static Map<String, BankItem> byId(BankImport read) {
        return read.items().stream().collect(Collectors.toMap(BankItem::id, Function.identity()));
    }

    private static List<String> texts(List<LocalizedText> options) {
        return options.stream().map(LocalizedText::en).toList();
    }

    @Test
    void readsEverySupportedQuestionOfTheBank() {
        BankImport read = GiftReader.read(BANK, Language.ZH, "pfa");
        assertEquals(List.of(), read.problems());
        assertEquals(List.of(), read.unsupported());
        assertEquals(List.of("pfa-reflect-feelings", "pfa-002", "pfa-003", "pfa-ask-directly", "pfa-warning-signs",
                "pfa-safety-plan", "pfa-third-party"), read.items().stream().map(BankItem::id).toList());
    }

    @Test
    void singleChoiceHasTheOneRightAnswerAndItsFeedback() {
        BankItem item = byId(GiftReader.read(BANK, Language.EN, "pfa")).get("pfa-reflect-feelings");
        assertEquals(ItemType.SINGLE, item.type());
        assertEquals("A caller says: \"Nobody at home listens to me anymore.\" Which reply best reflects her feelings?",
                item.stem().en());
        assertEquals(List.of("It sounds like you feel lonely and unheard at home.", "You should talk to your family more.",
                "Everyone feels that way sometimes."), texts(item.options()));
        assertEquals(List.of(0), item.key());
        assertEquals("Naming the feeling shows you heard the emotion.", item.rationale().en());
        // a monolingual bank: the same text in both languages, flagged for translation
        assertEquals(item.stem().en(), item.stem().zh());
        assertTrue(item.needsTranslation());
        assertEquals(1, item.version());
        assertEquals(3, item.difficulty());
        assertNull(item.scenarioId());
        assertNull(item.vignette());
    }

    @Test
    void singleEqualsWithNegativeWeightsIsStillSingle() {
        BankItem item = byId(GiftReader.read(BANK, Language.EN, "pfa")).get("pfa-third-party");
        assertEquals(ItemType.SINGLE, item.type());
        assertEquals(List.of(0), item.key());
        assertEquals(3, item.options().size());
        assertEquals("Safety first.", item.rationale().en());
    }

    @Test
    void positiveWeightsMakeMultipleAndGeneralFeedbackWins() {
        Map<String, BankItem> items = byId(GiftReader.read(BANK, Language.EN, "pfa"));
        BankItem signs = items.get("pfa-warning-signs");
        assertEquals(ItemType.MULTIPLE, signs.type());
        assertEquals(List.of(0, 1, 2), signs.key());
        assertEquals("Asking for the hotline's opening hours", signs.options().get(3).en());
        assertEquals("All three can signal that a decision has been made.", signs.rationale().en());

        // without general feedback, the right answers' feedback is joined
        BankItem plan = items.get("pfa-safety-plan");
        assertEquals(ItemType.MULTIPLE, plan.type());
        assertEquals(List.of(0, 1), plan.key());
        assertEquals("Connection is protective. Help must be reachable when the crisis comes.", plan.rationale().en());
    }

    @Test
    void trueFalseUsesTheBankLanguageForItsOptions() {
        BankItem zh = byId(GiftReader.read(BANK, Language.ZH, "pfa")).get("pfa-003");
        assertEquals(ItemType.TRUE_FALSE, zh.type());
        assertEquals("在倾听时，志愿者应当尽快给出解决方案。", zh.stem().zh());
        assertEquals(List.of(new LocalizedText("正确", "正确"), new LocalizedText("错误", "错误")), zh.options());
        assertEquals(List.of(1), zh.key());
        assertEquals("先理解，再回应；过早给建议会让来电者觉得没有被听见。", zh.rationale().zh());

        BankItem en = byId(GiftReader.read(BANK, Language.EN, "pfa")).get("pfa-ask-directly");
        assertEquals(List.of("True", "False"), texts(en.options()));
        assertEquals(List.of(1), en.key());
        assertEquals("Asking directly often brings relief and opens the way to safety planning.", en.rationale().en());

        BankImport truths = GiftReader.read("""
                Volunteers debrief after a difficult call.{T}

                Self-care is part of the job.{TRUE#Too little rest harms you and callers.#Yes.}
                """, Language.EN, "care");
        assertEquals(List.of(List.of(0), List.of(0)), truths.items().stream().map(BankItem::key).toList());
        assertEquals("", truths.items().get(0).rationale().en());
        assertEquals("Too little rest harms you and callers. Yes.", truths.items().get(1).rationale().en());
    }

    @Test
    void categoriesNameTheCompetency() {
        Map<String, BankItem> items = byId(GiftReader.read(BANK, Language.EN, "pfa"));
        assertEquals(List.of("active-listening"), items.get("pfa-reflect-feelings").competencies());
        assertEquals(List.of("active-listening"), items.get("pfa-003").competencies());
        assertEquals(List.of("suicide-risk-safety"), items.get("pfa-ask-directly").competencies());

        BankImport read = GiftReader.read("""
                Before any category.{T}

                $CATEGORY: top/Self  Care -- After Calls
                ::Rest::Take a short break after a hard call.{T}

                $CATEGORY: top/倾听
                ::Pause::Silence can help a caller go on.{T}

                $CATEGORY: top/!!!
                ::Nothing::A category of punctuation names nothing.{T}
                """, Language.EN, "x");
        // a Chinese category is a competency of its own, named as written: it no longer refuses the whole file
        assertEquals(List.of(List.of("general"), List.of("self-care-after-calls"), List.of("倾听"), List.of("general")),
                read.items().stream().map(BankItem::competencies).toList());
        // a category with no usable name is said, not silently misfiled
        assertEquals(List.of("line 9: category \"top/!!!\" gives no competency name (letters, digits); "
                + "using \"general\""), read.problems());
    }

    @Test
    void aBankOfChineseCategoriesImportsWhole() {
        BankImport read = GiftReader.read("""
                $CATEGORY: $course$/热线基础/积极倾听
                ::倾听::沉默可以帮助来电者继续说下去。{T}

                $CATEGORY: $course$/热线基础/危机 评估
                ::询问::{=直接询问是否有自杀念头 ~避免提起}
                """, Language.ZH, "hx");
        assertEquals(List.of(), read.problems());
        assertEquals(List.of(List.of("积极倾听"), List.of("危机-评估")),
                read.items().stream().map(BankItem::competencies).toList());
    }

    @Test
    void aCategoryTooLongForACompetencyIsAProblemNotCut() {
        String name = "很长的类别".repeat(9);
        BankImport read = GiftReader.read("$CATEGORY: top/" + name + "\n::A::Yes.{T}\n", Language.ZH, "x");
        assertEquals(List.of("line 1: category \"top/" + name + "\" is longer than 40 characters as a competency name"),
                read.problems());
    }

    @Test
    void titlesGiveIdsAndRepeatedIdsAreProblems() {
        BankImport read = GiftReader.read("""
                ::Ask about suicide -- directly!::Ask directly.{T}

                No title.{F}

                ::Ask about suicide: directly::The same id again.{T}
                """, Language.EN, "pfa-2025");
        assertEquals(List.of("pfa-2025-ask-about-suicide-directly", "pfa-2025-002"),
                read.items().stream().map(BankItem::id).toList());
        assertEquals(List.of("line 5: id pfa-2025-ask-about-suicide-directly is already used by the question on line 1"),
                read.problems());
    }

    @Test
    void escapedCharactersAreLiteral() {
        BankItem item = GiftReader.read("""
                ::Ratio 1\\:3::In role-play, speaking\\:listening is about 1\\:3. What does \\{pause\\} mean? {
                =Stay silent a few seconds \\= let the caller lead#Silence \\# patience.
                ~Hang up \\~ end the call
                }
                """, Language.EN, "skills").items().get(0);
        assertEquals("skills-ratio-1-3", item.id());
        assertEquals("In role-play, speaking:listening is about 1:3. What does {pause} mean?", item.stem().en());
        assertEquals(List.of("Stay silent a few seconds = let the caller lead", "Hang up ~ end the call"),
                texts(item.options()));
        assertEquals("Silence # patience.", item.rationale().en());
    }

    @Test
    void formatPrefixesAreStrippedAndHtmlTagsRemoved() {
        BankImport read = GiftReader.read("""
                ::Grounding::[html]<p>Which technique helps a caller who is <b>panick</b>ing?</p>{
                =<em>5-4-3-2-1</em> grounding&nbsp;exercise#Naming what you see<br>brings attention back.
                ~Telling them to calm down &amp; relax
                }

                ::Closing::[markdown]**Before** ending a call, check the caller is safe.{T}

                ::Plain::[plain]Read the note <b>aloud</b>.{T}
                """, Language.EN, "pfa");
        BankItem grounding = read.items().get(0);
        assertEquals("Which technique helps a caller who is panicking?", grounding.stem().en());
        assertEquals(List.of("5-4-3-2-1 grounding exercise", "Telling them to calm down & relax"),
                texts(grounding.options()));
        assertEquals("Naming what you see brings attention back.", grounding.rationale().en());
        assertEquals("**Before** ending a call, check the caller is safe.", read.items().get(1).stem().en());
        // plain text is taken as written
        assertEquals("Read the note <b>aloud</b>.", read.items().get(2).stem().en());
    }

    @Test
    void textAfterTheAnswersMakesAFillInTheBlank() {
        BankImport read = GiftReader.read("""
                Psychological first aid has three action principles: look, {=listen ~lecture ~diagnose} and link.

                {=Active listening ~Arguing} is the core skill of hotline work.

                Silence on the line {T} always means the caller has hung up.
                """, Language.EN, "pfa");
        assertEquals(List.of("Psychological first aid has three action principles: look, ___ and link.",
                "___ is the core skill of hotline work.", "Silence on the line always means the caller has hung up."),
                read.items().stream().map(item -> item.stem().en()).toList());
        assertEquals(List.of(0), read.items().get(0).key());
    }

    @Test
    void unsupportedQuestionsAreListedWithTheirLine() {
        BankImport read = GiftReader.read("""
                // Questions the platform cannot grade yet
                ::Hotline number::What is the number of the national psychological aid hotline? {=12356}

                ::Match the stage::Match each stage of a call with its goal. {
                =Engage -> Build rapport
                =Assess -> Understand risk
                =Plan -> Agree next steps
                }

                How many minutes should a debrief last at least? {#15:5}

                ::Reflection::Describe a call that stayed with you. {####Look for self-awareness.}

                Welcome to the end-of-course test. Take your time and answer honestly.

                热线志愿者在处理完 {=困难 =高危} 来电后应当休息片刻。

                ::Essay::How do you look after yourself? {}
                """, Language.ZH, "pfa");
        assertEquals(List.of(
                        new Unsupported("Hotline number", "shortanswer", 2),
                        new Unsupported("Match the stage", "matching", 4),
                        new Unsupported("How many minutes should a debrief last a", "numerical", 10),
                        new Unsupported("Reflection", "essay", 12),
                        new Unsupported("Welcome to the end-of-course test. Take", "description", 14),
                        new Unsupported("热线志愿者在处理完 来电后应当休息片刻。", "shortanswer", 16),
                        new Unsupported("Essay", "essay", 18)),
                read.unsupported());
        assertEquals(List.of(), read.items());
        assertEquals(List.of(), read.problems());
    }

    @Test
    void malformedQuestionsAreReportedAndSkipped() {
        BankImport read = GiftReader.read("""
                ::Unclosed::Which is a sign of burnout? {
                =Feeling numb after calls
                ~Enjoying the shift

                ::No key::Which reply is empathic? {~Calm down. ~Don't cry.}

                ::One option::What helps a panicking caller? {~%100%Slow breathing together}

                ::Stray::Stay with the caller } until help arrives.{T}

                ::Two blocks::Burnout is {=common ~rare} and {=preventable ~inevitable}.

                ::Weight::Pick one. {~%half%Yes ~No}

                ::No title end Which is right? {=a ~b}

                ::Fine::A volunteer may end a call that becomes abusive.{T}
                """, Language.EN, "pfa");
        assertEquals(List.of(
                "line 1: unbalanced braces: '{' is never closed",
                "line 5: multiple choice has no right answer (no = and no positive %weight%)",
                "line 7: multiple choice needs at least 2 options, found 1",
                "line 9: unbalanced braces: '}' without '{'",
                "line 11: unbalanced braces: more than one answer block",
                "line 13: answer weight %half% is not a number",
                "line 15: the title is not closed with ::"), read.problems());
        assertEquals(List.of("pfa-fine"), read.items().stream().map(BankItem::id).toList());
    }
}
