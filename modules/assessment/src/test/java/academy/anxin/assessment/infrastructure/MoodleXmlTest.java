package academy.anxin.assessment.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import academy.anxin.assessment.domain.BankImport;
import academy.anxin.assessment.domain.BankItem;
import academy.anxin.assessment.domain.ItemType;
import academy.anxin.kernel.domain.Language;
import academy.anxin.kernel.domain.LocalizedText;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class MoodleXmlTest {

    /** An export as Moodle 4 writes it, for a hotline volunteers' course: two categories, every kind of question. */
    private static final String EXPORT = """
            <?xml version="1.0" encoding="UTF-8"?>
            <quiz>
            <!-- question: 0  -->
              <question type="category">
                <category>
                  <text>$course$/top/Default for 热线志愿者培训/Risk Assessment</text>
                </category>
                <info format="moodle_auto_format">
                  <text>危机评估</text>
                </info>
                <idnumber></idnumber>
              </question>
            <!-- question: 101  -->
              <question type="multichoice">
                <name>
                  <text>RA-01 询问自杀意念</text>
                </name>
                <questiontext format="html">
                  <text><![CDATA[<p>来电者说&nbsp;“我撑不下去了”。作为热线志愿者，你<strong>首先</strong>应该怎么做？</p>]]></text>
                </questiontext>
                <generalfeedback format="html">
                  <text><![CDATA[<p>直接、平静地询问自杀想法<em>不会</em>增加风险，</p><p>反而让来电者感到被认真对待。</p>]]></text>
                </generalfeedback>
                <defaultgrade>1.0000000</defaultgrade>
                <penalty>0.3333333</penalty>
                <hidden>0</hidden>
                <idnumber></idnumber>
                <single>true</single>
                <shuffleanswers>true</shuffleanswers>
                <answernumbering>abc</answernumbering>
                <showstandardinstruction>0</showstandardinstruction>
                <correctfeedback format="html">
                  <text>你的回答正确。</text>
                </correctfeedback>
                <partiallycorrectfeedback format="html">
                  <text>你的回答部分正确。</text>
                </partiallycorrectfeedback>
                <incorrectfeedback format="html">
                  <text>你的回答不正确。</text>
                </incorrectfeedback>
                <shownumcorrect/>
                <answer fraction="0" format="html">
                  <text><![CDATA[<p>转移话题，聊些轻松的事情</p>]]></text>
                  <feedback format="html">
                    <text></text>
                  </feedback>
                </answer>
                <answer fraction="100" format="html">
                  <text><![CDATA[<p>平静地直接询问：“你现在有结束生命的想法吗？”</p>]]></text>
                  <feedback format="html">
                    <text><![CDATA[<p>对。</p>]]></text>
                  </feedback>
                </answer>
                <answer fraction="0" format="html">
                  <text><![CDATA[<p>劝来电者“<em>别这么想</em>”</p>]]></text>
                  <feedback format="html">
                    <text></text>
                  </feedback>
                </answer>
                <answer fraction="0" format="html">
                  <text><![CDATA[<p>立刻挂断并报警</p>]]></text>
                  <feedback format="html">
                    <text></text>
                  </feedback>
                </answer>
              </question>
            <!-- question: 102  -->
              <question type="multichoice">
                <name>
                  <text>RA-02 Warning signs</text>
                </name>
                <questiontext format="html">
                  <text>&lt;p&gt;Which of these are &lt;b&gt;warning signs&lt;/b&gt; in a caller?&lt;/p&gt;</text>
                </questiontext>
                <generalfeedback format="html">
                  <text></text>
                </generalfeedback>
                <defaultgrade>1.0000000</defaultgrade>
                <penalty>0.3333333</penalty>
                <hidden>0</hidden>
                <idnumber></idnumber>
                <single>false</single>
                <shuffleanswers>true</shuffleanswers>
                <answernumbering>abc</answernumbering>
                <answer fraction="50" format="html">
                  <text><![CDATA[<p>Giving away treasured belongings</p>]]></text>
                  <feedback format="html">
                    <text>Often part of final arrangements.</text>
                  </feedback>
                </answer>
                <answer fraction="-100" format="html">
                  <text><![CDATA[<p>Planning a holiday with family next month</p>]]></text>
                  <feedback format="html">
                    <text></text>
                  </feedback>
                </answer>
                <answer fraction="50" format="html">
                  <text><![CDATA[<p>Saying goodbye &amp; thanking people &quot;for everything&quot;</p>]]></text>
                  <feedback format="html">
                    <text><![CDATA[<p>Farewells can signal intent.</p>]]></text>
                  </feedback>
                </answer>
                <answer fraction="-100" format="html">
                  <text><![CDATA[<p>Asking when the hotline is open</p>]]></text>
                  <feedback format="html">
                    <text></text>
                  </feedback>
                </answer>
              </question>
            <!-- question: 103  -->
              <question type="truefalse">
                <name>
                  <text>RA-03 保密承诺</text>
                </name>
                <questiontext format="html">
                  <text><![CDATA[<p>来电者说出明确的自杀计划时，志愿者也必须对其完全保密。</p>]]></text>
                </questiontext>
                <generalfeedback format="html">
                  <text></text>
                </generalfeedback>
                <defaultgrade>1.0000000</defaultgrade>
                <penalty>1.0000000</penalty>
                <hidden>0</hidden>
                <idnumber></idnumber>
                <answer fraction="0" format="moodle_auto_format">
                  <text>true</text>
                  <feedback format="html">
                    <text><![CDATA[<p>不对。</p>]]></text>
                  </feedback>
                </answer>
                <answer fraction="100" format="moodle_auto_format">
                  <text>false</text>
                  <feedback format="html">
                    <text><![CDATA[<p>生命安全优先于保密，应按流程告知督导。</p>]]></text>
                  </feedback>
                </answer>
              </question>
            <!-- question: 104  -->
              <question type="shortanswer">
                <name>
                  <text>RA-04 全国心理援助热线号码</text>
                </name>
                <questiontext format="html">
                  <text><![CDATA[<p>请写出全国心理援助热线的号码。</p>]]></text>
                </questiontext>
                <usecase>0</usecase>
                <answer fraction="100" format="moodle_auto_format">
                  <text>12356</text>
                </answer>
              </question>
            <!-- question: 105  -->
              <question type="numerical">
                <name>
                  <text>RA-05 Rest between shifts</text>
                </name>
                <questiontext format="html">
                  <text><![CDATA[<p>How many hours of rest should a volunteer take after a night shift?</p>]]></text>
                </questiontext>
                <answer fraction="100" format="moodle_auto_format">
                  <text>8</text>
                  <tolerance>0</tolerance>
                </answer>
              </question>
            <!-- question: 0  -->
              <question type="category">
                <category>
                  <text>$course$/top/Hotline Practice/Ethics &amp; Boundaries</text>
                </category>
              </question>
            <!-- question: 201  -->
              <question type="ordering">
                <name>
                  <text>PFA-01 Look, listen, link</text>
                </name>
                <questiontext format="html">
                  <text><![CDATA[<p>Put the action principles of psychological first aid in order.</p>]]></text>
                </questiontext>
                <generalfeedback format="html">
                  <text><![CDATA[<p>First <em>look</em> (safety), then <em>listen</em>, then <em>link</em>.</p>]]></text>
                </generalfeedback>
                <defaultgrade>1.0000000</defaultgrade>
                <penalty>0.3333333</penalty>
                <hidden>0</hidden>
                <idnumber></idnumber>
                <layouttype>VERTICAL</layouttype>
                <selecttype>ALL</selecttype>
                <selectcount>0</selectcount>
                <gradingtype>ABSOLUTE_POSITION</gradingtype>
                <showgrading>SHOW</showgrading>
                <numberingstyle>none</numberingstyle>
                <answer fraction="1.0000000" format="moodle_auto_format">
                  <text>Look: check safety and urgent basic needs</text>
                </answer>
                <answer fraction="2.0000000" format="moodle_auto_format">
                  <text>Listen: approach, ask about needs and concerns</text>
                </answer>
                <answer fraction="3.0000000" format="moodle_auto_format">
                  <text>Link: connect with information and services</text>
                </answer>
              </question>
            <!-- question: 202  -->
              <question type="essay">
                <name>
                  <text>ETH-10 反思：个人边界</text>
                </name>
                <questiontext format="html">
                  <text><![CDATA[<p>描述一次你在通话中难以守住个人边界的情形。</p>]]></text>
                </questiontext>
                <responseformat>editor</responseformat>
              </question>
            <!-- question: 203  -->
              <question type="matching">
                <name>
                  <text>ETH-11 Match the referral</text>
                </name>
                <questiontext format="html">
                  <text><![CDATA[<p>Match each situation to the right referral.</p>]]></text>
                </questiontext>
                <subquestion format="html">
                  <text><![CDATA[<p>Immediate danger</p>]]></text>
                  <answer>
                    <text>Emergency services</text>
                  </answer>
                </subquestion>
                <subquestion format="html">
                  <text><![CDATA[<p>Ongoing low mood</p>]]></text>
                  <answer>
                    <text>Community mental health service</text>
                  </answer>
                </subquestion>
              </question>
            <!-- question: 204  -->
              <question type="multianswer">
                <name>
                  <text>ETH-12 倾听技巧填空</text>
                </name>
                <questiontext format="html">
                  <text><![CDATA[<p>积极倾听包括 {1:MULTICHOICE:=复述~打断~评判} 来电者的话。</p>]]></text>
                </questiontext>
              </question>
            <!-- question: 205  -->
              <question type="description">
                <name>
                  <text>About this bank 题库说明</text>
                </name>
                <questiontext format="html">
                  <text><![CDATA[<p>以下题目用于伦理与边界单元。</p>]]></text>
                </questiontext>
              </question>
            <!-- question: 206  -->
              <question type="multichoice">
                <name>
                  <text>ETH-20 No key</text>
                </name>
                <questiontext format="html">
                  <text><![CDATA[<p>May a volunteer accept a gift from a caller?</p>]]></text>
                </questiontext>
                <single>true</single>
                <answer fraction="0" format="html">
                  <text>Yes</text>
                </answer>
                <answer fraction="0" format="html">
                  <text>No</text>
                </answer>
              </question>
            <!-- question: 207  -->
              <question type="multichoice">
                <name>
                  <text>ETH-21 只有一个选项</text>
                </name>
                <questiontext format="html">
                  <text><![CDATA[<p>督导的作用是什么？</p>]]></text>
                </questiontext>
                <single>true</single>
                <answer fraction="100" format="html">
                  <text>支持志愿者</text>
                </answer>
              </question>
            <!-- question: 208  -->
              <question type="truefalse">
                <name>
                  <text>ETH-22 Blank</text>
                </name>
                <questiontext format="html">
                  <text><![CDATA[<p>&nbsp;</p>]]></text>
                </questiontext>
                <answer fraction="100" format="moodle_auto_format">
                  <text>true</text>
                </answer>
                <answer fraction="0" format="moodle_auto_format">
                  <text>false</text>
                </answer>
              </question>
            <!-- question: 209  -->
              <question type="multichoice">
                <name>
                  <text>RA-01 重复的名称</text>
                </name>
                <questiontext format="html">
                  <text><![CDATA[<p>通话结束前，志愿者应当确认什么？</p>]]></text>
                </questiontext>
                <single>true</single>
                <answer fraction="100" format="html">
                  <text><![CDATA[<p>来电者今晚的安全计划</p>]]></text>
                </answer>
                <answer fraction="0" format="html">
                  <text><![CDATA[<p>来电者的工作单位</p>]]></text>
                </answer>
              </question>
            </quiz>
            """;

    private static BankImport read(String xml, Language language) {
        return MoodleXmlReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), language, "AX");
    }

    private static Map<String, BankItem> byId(BankImport result) {
        return result.items().stream().collect(Collectors.toMap(BankItem::id, Function.identity()));
    }

    private static List<String> texts(List<LocalizedText> options, Language language) {
        return options.stream().map(o -> o.in(language)).toList();
    }

    /** The 1-based line on which a marker first appears in the export. */
    private static int lineOf(String marker) {
        int at = EXPORT.indexOf(marker);
        assertTrue(at >= 0, marker);
        return (int) EXPORT.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    /** The line of the {@code <question>} element holding a name. */
    private static int questionLineOf(String name) {
        int at = EXPORT.lastIndexOf("<question ", EXPORT.indexOf("<text>" + name + "</text>"));
        return (int) EXPORT.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    @Test
    void aChineseCategoryIsACompetencyOfItsOwnAndATooLongOneIsAProblem() {
        String question = """
                <question type="truefalse"><name><text>%s</text></name>
                  <questiontext format="plain_text"><text>沉默可以帮助来电者继续说下去。</text></questiontext>
                  <answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer>
                </question>""";
        String category = "<question type=\"category\"><category><text>%s</text></category></question>";
        BankImport read = read("<quiz>" + category.formatted("$course$/top/热线基础/积极倾听") + question.formatted("倾听")
                + category.formatted("$course$/top/" + "很长的类别".repeat(9)) + question.formatted("长") + "</quiz>",
                Language.ZH);
        assertEquals(List.of(List.of("积极倾听"), List.of("general")),
                read.items().stream().map(BankItem::competencies).toList());
        assertEquals(1, read.problems().size(), read.problems().toString());
        assertTrue(read.problems().get(0).contains("longer than 40 characters"), read.problems().get(0));
    }

    @Test
    void singleChoiceLosesItsHtmlAndKeepsItsKeyAndRationale() {
        BankItem item = byId(read(EXPORT, Language.ZH)).get("AX-ra-01");
        assertEquals(ItemType.SINGLE, item.type());
        assertEquals("来电者说 “我撑不下去了”。作为热线志愿者，你首先应该怎么做？", item.stem().zh());
        assertEquals(item.stem().zh(), item.stem().en(), "one-language banks fill both languages");
        assertEquals(List.of("转移话题，聊些轻松的事情", "平静地直接询问：“你现在有结束生命的想法吗？”", "劝来电者“别这么想”",
                "立刻挂断并报警"), texts(item.options(), Language.ZH));
        assertEquals(List.of(1), item.key());
        assertEquals("直接、平静地询问自杀想法不会增加风险， 反而让来电者感到被认真对待。", item.rationale().zh());
        assertEquals(List.of("risk-assessment"), item.competencies());
        assertEquals(1, item.version());
        assertEquals(3, item.difficulty());
        assertTrue(item.needsTranslation());
        assertEquals(null, item.scenarioId());
        assertEquals(null, item.vignette());
    }

    @Test
    void multipleResponseKeysEveryPositiveFractionAndTakesTheRightAnswersFeedback() {
        BankItem item = byId(read(EXPORT, Language.EN)).get("AX-ra-02-warning-signs");
        assertEquals(ItemType.MULTIPLE, item.type());
        // escaped HTML without CDATA, as older exports write it
        assertEquals("Which of these are warning signs in a caller?", item.stem().en());
        assertEquals("Saying goodbye & thanking people \"for everything\"", item.options().get(2).en());
        assertEquals(List.of(0, 2), item.key());
        assertEquals("Often part of final arrangements. Farewells can signal intent.", item.rationale().en());
    }

    @Test
    void trueFalseAndOrderingMapToTheirTypes() {
        Map<String, BankItem> items = byId(read(EXPORT, Language.ZH));

        BankItem trueFalse = items.get("AX-ra-03");
        assertEquals(ItemType.TRUE_FALSE, trueFalse.type());
        assertEquals(List.of(1), trueFalse.key(), "false is the right answer");
        assertEquals(List.of("正确", "错误"), texts(trueFalse.options(), Language.ZH));
        assertEquals(List.of("True", "False"), texts(trueFalse.options(), Language.EN));
        assertEquals("生命安全优先于保密，应按流程告知督导。", trueFalse.rationale().zh());

        BankItem ordering = items.get("AX-pfa-01-look-listen-link");
        assertEquals(ItemType.ORDERING, ordering.type());
        assertEquals(List.of(0, 1, 2), ordering.key());
        assertEquals("Look: check safety and urgent basic needs", ordering.options().get(0).en());
        assertEquals("First look (safety), then listen, then link.", ordering.rationale().en());
        assertEquals(List.of("ethics-boundaries"), ordering.competencies());
    }

    @Test
    void duplicateNamesGetNumberedIds() {
        BankImport result = read(EXPORT, Language.ZH);
        assertEquals(List.of("AX-ra-01", "AX-ra-02-warning-signs", "AX-ra-03", "AX-pfa-01-look-listen-link",
                "AX-ra-01-2"), result.items().stream().map(BankItem::id).toList());
        assertEquals(List.of("ethics-boundaries"), result.items().get(4).competencies());
    }

    @Test
    void unsupportedQuestionsAreListedWithNameTypeAndLine() {
        List<BankImport.Unsupported> unsupported = read(EXPORT, Language.ZH).unsupported();
        assertEquals(List.of(
                new BankImport.Unsupported("RA-04 全国心理援助热线号码", "shortanswer",
                        lineOf("<question type=\"shortanswer\">")),
                new BankImport.Unsupported("RA-05 Rest between shifts", "numerical",
                        lineOf("<question type=\"numerical\">")),
                new BankImport.Unsupported("ETH-10 反思：个人边界", "essay", lineOf("<question type=\"essay\">")),
                new BankImport.Unsupported("ETH-11 Match the referral", "matching",
                        lineOf("<question type=\"matching\">")),
                new BankImport.Unsupported("ETH-12 倾听技巧填空", "multianswer",
                        lineOf("<question type=\"multianswer\">")),
                new BankImport.Unsupported("About this bank 题库说明", "description",
                        lineOf("<question type=\"description\">"))), unsupported);
    }

    @Test
    void malformedQuestionsAreSkippedAndReportedByName() {
        List<String> problems = read(EXPORT, Language.ZH).problems();
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("ETH-20 No key") && problems.get(0).contains("no answer is marked right"),
                problems.get(0));
        assertTrue(problems.get(1).contains("ETH-21 只有一个选项") && problems.get(1).contains("at least 2"),
                problems.get(1));
        assertTrue(problems.get(2).contains("ETH-22 Blank") && problems.get(2).contains("no question text"),
                problems.get(2));
        assertTrue(problems.get(2).contains("(truefalse, line " + questionLineOf("ETH-22 Blank") + ")"),
                problems.get(2));
    }

    @Test
    void singleChoiceWithTwoFullyRightAnswersIsAProblemNotAGuess() {
        String xml = """
                <quiz>
                  <question type="multichoice">
                    <name><text>Two keys</text></name>
                    <questiontext format="html"><text>Which helps?</text></questiontext>
                    <single>true</single>
                    <answer fraction="100"><text>Listening</text></answer>
                    <answer fraction="100"><text>Validating</text></answer>
                    <answer fraction="0"><text>Lecturing</text></answer>
                  </question>
                </quiz>
                """;
        BankImport result = read(xml, Language.EN);
        assertTrue(result.items().isEmpty());
        assertTrue(result.problems().get(0).contains("2 answers are fully right"), result.problems().toString());
    }

    @Test
    void somethingThatIsNotXmlGivesOneProblemAndNoItems() {
        BankImport result = read("::question:: not XML at all {=yes ~no}", Language.ZH);
        assertTrue(result.items().isEmpty());
        assertTrue(result.unsupported().isEmpty());
        assertEquals(1, result.problems().size());

        BankImport html = read("<html><body><p>hello</p></body></html>", Language.ZH);
        assertEquals(List.of("Not a Moodle XML question bank: the root element is <html>, not <quiz>"),
                html.problems());

        BankImport truncated = read(EXPORT.substring(0, EXPORT.length() / 2), Language.ZH);
        assertTrue(truncated.items().isEmpty(), "a broken file imports nothing, not its first half");
        assertEquals(1, truncated.problems().size());
    }

    @Test
    void aDoctypeIsRefusedAndNoExternalEntityIsFetched(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CALLER-LIST");
        AtomicInteger fetches = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            fetches.incrementAndGet();
            byte[] body = "<!ENTITY leak 'x'>".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            String fileEntity = """
                    <?xml version="1.0"?>
                    <!DOCTYPE quiz [ <!ENTITY xxe SYSTEM "%s"> <!ENTITY net SYSTEM "%s/entity"> ]>
                    <quiz>
                      <question type="truefalse">
                        <name><text>&xxe;&net;</text></name>
                        <questiontext format="html"><text>&xxe;</text></questiontext>
                        <answer fraction="100"><text>true</text></answer>
                        <answer fraction="0"><text>false</text></answer>
                      </question>
                    </quiz>
                    """.formatted(secret.toUri(), base);
            String externalDtd = """
                    <?xml version="1.0"?>
                    <!DOCTYPE quiz SYSTEM "%s/evil.dtd">
                    <quiz/>
                    """.formatted(base);
            String billionLaughs = """
                    <?xml version="1.0"?>
                    <!DOCTYPE quiz [ <!ENTITY a "aaaaaaaaaa"> <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"> ]>
                    <quiz><question type="category"><category><text>&b;</text></category></question></quiz>
                    """;
            for (String hostile : List.of(fileEntity, externalDtd, billionLaughs)) {
                BankImport result = read(hostile, Language.EN);
                assertTrue(result.items().isEmpty());
                assertTrue(result.unsupported().isEmpty());
                assertEquals(1, result.problems().size());
                assertTrue(result.problems().get(0).contains("DOCTYPE"), result.problems().get(0));
                assertFalse(result.toString().contains("TOP-SECRET"), "the file's content never appears");
            }
            assertEquals(0, fetches.get(), "nothing was fetched over the network");
        } finally {
            server.stop(0);
        }
    }

    private static BankItem item(String id, ItemType type, String competency, LocalizedText stem,
                                 List<LocalizedText> options, List<Integer> key, LocalizedText rationale) {
        return new BankItem(id, 3, type, List.of(competency), 2, stem, options, key, rationale, null, null, false);
    }

    private static List<BankItem> platformBank() {
        LocalizedText tricky = new LocalizedText("评分 < 3 且来电者说 \"我没事\" & 挂断电话时，应当？",
                "When the score is < 3 & the caller says \"I'm fine\" and hangs up, you should?");
        return List.of(
                item("RISK-001", ItemType.SINGLE, "risk-assessment", tricky,
                        List.of(new LocalizedText("不再联系", "Do nothing"),
                                new LocalizedText("记录并告知督导", "Log it and tell the supervisor"),
                                new LocalizedText("公开来电内容", "Share the call publicly")),
                        List.of(1), new LocalizedText("CDATA 结束符 ]]> 只是文字", "The CDATA end ]]> is just text")),
                item("RISK-002", ItemType.MULTIPLE, "risk-assessment",
                        new LocalizedText("哪些是保护性因素？", "Which are protective factors?"),
                        List.of(new LocalizedText("家人支持", "Family support"),
                                new LocalizedText("有工作", "Having a job"),
                                new LocalizedText("独处", "Isolation"),
                                new LocalizedText("宗教信仰", "Faith community")),
                        List.of(0, 1, 3), new LocalizedText("", "")),
                item("ETH-001", ItemType.TRUE_FALSE, "ethics",
                        new LocalizedText("志愿者可以把来电者的故事发到朋友圈。", "A volunteer may post a caller's story online."),
                        List.of(new LocalizedText("正确", "True"), new LocalizedText("错误", "False")),
                        List.of(1), new LocalizedText("保密原则。", "Confidentiality.")),
                item("ETH-002", ItemType.TRUE_FALSE, "ethics",
                        new LocalizedText("志愿者需要定期接受督导。", "Volunteers need regular supervision."),
                        List.of(new LocalizedText("正确", "True"), new LocalizedText("错误", "False")),
                        List.of(0), new LocalizedText("督导保护双方。", "Supervision protects both.")),
                item("RISK-003", ItemType.ORDERING, "risk-assessment",
                        new LocalizedText("排列危机通话的步骤。", "Order the steps of a crisis call."),
                        List.of(new LocalizedText("建立关系", "Build rapport"),
                                new LocalizedText("评估风险", "Assess risk"),
                                new LocalizedText("制定安全计划", "Make a safety plan")),
                        List.of(0, 1, 2), new LocalizedText("先关系后评估。", "Rapport comes first.")));
    }

    @Test
    void writtenBanksReadBackTheSameInEitherLanguage() {
        List<BankItem> bank = platformBank();
        for (Language language : Language.values()) {
            BankImport back = read(MoodleXmlWriter.write(bank, language), language);
            assertEquals(List.of(), back.problems());
            assertEquals(List.of(), back.unsupported());
            assertEquals(bank.size(), back.items().size());
            // the writer groups by competency, so compare by id
            Map<String, BankItem> read = back.items().stream()
                    .collect(Collectors.toMap(i -> i.id().substring("AX-".length()).toUpperCase(), i -> i));
            for (BankItem original : bank) {
                BankItem copy = read.get(original.id());
                assertEquals(original.type(), copy.type(), original.id());
                assertEquals(original.key(), copy.key(), original.id());
                assertEquals(original.competencies(), copy.competencies(), original.id());
                assertEquals(original.stem().in(language), copy.stem().in(language), original.id());
                assertEquals(texts(original.options(), language), texts(copy.options(), language), original.id());
                assertEquals(original.rationale().in(language), copy.rationale().in(language), original.id());
            }
        }
    }

    @Test
    void writtenBanksAreWellFormedMoodleXml() throws Exception {
        String xml = MoodleXmlWriter.write(platformBank(), Language.ZH);
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>"), xml);

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertEquals("quiz", document.getDocumentElement().getTagName());
        assertEquals(7, document.getElementsByTagName("question").getLength(), "2 categories and 5 items");

        assertTrue(xml.contains("<text>$course$/top/risk-assessment</text>"));
        assertTrue(xml.contains("<text>$course$/top/ethics</text>"));
        assertTrue(xml.indexOf("$course$/top/ethics") > xml.indexOf("RISK-003"), "items follow their category");
        assertTrue(xml.contains("<questiontext format=\"html\">"));
        assertTrue(xml.contains("<text><![CDATA[评分 &lt; 3 且来电者说 \"我没事\" &amp; 挂断电话时，应当？]]></text>"), xml);
        assertTrue(xml.contains("<![CDATA[CDATA 结束符 ]]]]><![CDATA[> 只是文字]]>"), "']]>' is split");
        assertTrue(xml.contains("<answer fraction=\"33.33333\" format=\"html\">"), "three right answers share 100");
        assertTrue(xml.contains("<answer fraction=\"-100\" format=\"html\">"), "a wrong one costs everything");
        assertTrue(xml.contains("<single>false</single>") && xml.contains("<single>true</single>"));
        assertTrue(xml.contains("<shuffleanswers>1</shuffleanswers>"));
        assertTrue(xml.contains("<question type=\"truefalse\">") && xml.contains("<question type=\"ordering\">"));
        assertTrue(xml.contains("<answer fraction=\"3\" format=\"html\">"), "ordering fractions are positions");
    }
}
