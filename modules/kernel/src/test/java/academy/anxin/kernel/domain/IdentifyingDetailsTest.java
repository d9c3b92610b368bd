package academy.anxin.kernel.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import academy.anxin.kernel.domain.IdentifyingDetails.Finding;
import academy.anxin.kernel.domain.IdentifyingDetails.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdentifyingDetailsTest {

    /** The one finding in {@code text}, checked to cover exactly {@code detail}. */
    private static void findsOnly(Kind kind, String text, String detail) {
        int start = text.indexOf(detail);
        assertEquals(List.of(new Finding(kind, start, start + detail.length())), IdentifyingDetails.in(text), text);
    }

    private static void findsNothing(String text) {
        assertEquals(List.of(), IdentifyingDetails.in(text), text);
    }

    @Test
    void mobileNumbersInTheirUsualWritings() {
        findsOnly(Kind.PHONE, "来电者留了电话13800138000，希望回电。", "13800138000");
        findsOnly(Kind.PHONE, "她说可以打 138 0013 8000 找她", "138 0013 8000");
        findsOnly(Kind.PHONE, "号码是138-0013-8000。", "138-0013-8000");
        findsOnly(Kind.PHONE, "call +86 13800138000 tomorrow", "+86 13800138000");
        findsOnly(Kind.PHONE, "0086-199 1234 5678", "0086-199 1234 5678");
        findsOnly(Kind.PHONE, "8615912345678", "8615912345678");
    }

    @Test
    void landlinesWithAreaCode() {
        findsOnly(Kind.PHONE, "单位电话010-12345678转人事", "010-12345678");
        findsOnly(Kind.PHONE, "家里 0755 1234 5678", "0755 1234 5678");
        findsOnly(Kind.PHONE, "(021)12345678", "(021)12345678");
        findsOnly(Kind.PHONE, "座机0571-8765432", "0571-8765432");
    }

    @Test
    void hotlinesAndServiceNumbersAreNotFindings() {
        findsNothing("I gave the caller the 12356 hotline number and told her 120 and 110 are always there.");
        findsNothing("也可以拨打12355青少年热线或者400-161-9995心理援助热线。");
        findsNothing("Service line 800-810-8888, 95588.");
    }

    @Test
    void aValidResidentIdIsFoundWholeAndNotAlsoAsAPhone() {
        // 11010519491231002 -> weighted sum mod 11 = 2 -> check character X
        findsOnly(Kind.RESIDENT_ID, "身份证号11010519491231002X。", "11010519491231002X");
        findsOnly(Kind.RESIDENT_ID, "id 11010519491231002x", "11010519491231002x");
        findsOnly(Kind.RESIDENT_ID, "440304199003072531", "440304199003072531");
        findsOnly(Kind.RESIDENT_ID, "320102198506151017 was read out", "320102198506151017");
        findsOnly(Kind.RESIDENT_ID, "写成 110105 19491231 002X 的", "110105 19491231 002X");
        // digits 2-12 (13822198001) are shaped like a mobile number; only the ID is reported
        findsOnly(Kind.RESIDENT_ID, "513822198001010018", "513822198001010018");
    }

    @Test
    void anOldFifteenDigitIdWithARealBirthDate() {
        findsOnly(Kind.RESIDENT_ID, "旧证号110105491231002", "110105491231002");
        findsNothing("110105491331002"); // month 13
    }

    @Test
    void eighteenDigitsThatAreNotAnId() {
        findsNothing("440304199003072532"); // check digit should be 1
        findsNothing("110105194902310026"); // check digit right, but 31 February
        findsNothing("110105299901010022"); // check digit right, but born in 2999
        findsNothing("110105189912310023"); // check digit right, but born before 1900
    }

    @Test
    void longerDigitRunsGiveNoPartialMatches() {
        findsNothing("订单号13800138000138001380");
        findsNothing("138001380001");
        findsNothing("013800138000");
        findsNothing("6222021380013800012");
    }

    @Test
    void emails() {
        findsOnly(Kind.EMAIL, "她的邮箱是li.na_86@example.com.cn。", "li.na_86@example.com.cn");
        findsOnly(Kind.EMAIL, "write to someone+help@mail.example.org.", "someone+help@mail.example.org");
        findsOnly(Kind.EMAIL, "邮箱13800138000@163.com", "13800138000@163.com");
        findsOnly(Kind.EMAIL, "邮箱abc＠qq.com", "abc＠qq.com");
        findsNothing("we met @ the community centre; follow-up in 2 weeks");
    }

    @Test
    void fullwidthDigitsCountButPositionsStayInTheOriginal() {
        findsOnly(Kind.PHONE, "电话：１３８００１３８０００。", "１３８００１３８０００");
        findsOnly(Kind.PHONE, "座机（０２１）１２３４５６７８", "（０２１）１２３４５６７８");
        findsOnly(Kind.RESIDENT_ID, "证件１１０１０５１９４９１２３１００２Ｘ", "１１０１０５１９４９１２３１００２Ｘ");
        findsNothing("热线１２３５６");
    }

    @Test
    void severalFindingsInOrderOfPosition() {
        String text = "a@b.cn, 13800138000, 11010519491231002X, 010-12345678";
        assertEquals(List.of(
                        new Finding(Kind.EMAIL, 0, 6),
                        new Finding(Kind.PHONE, 8, 19),
                        new Finding(Kind.RESIDENT_ID, 21, 39),
                        new Finding(Kind.PHONE, 41, 53)),
                IdentifyingDetails.in(text));
    }

    @Test
    void ordinaryReflectionsAreNotFindings() {
        findsNothing("2024年我开始做志愿者。");
        findsNothing("The session was on 2026-11-23 and lasted 45 分钟.");
        findsNothing("今天的练习持续了45 分钟，来访者（化名小李）谈到了失眠和工作压力，我尝试用了共情和开放式提问。");
        findsNothing("I noticed I rushed to give advice at minute 12; next time I will stay with her feelings longer. "
                + "Session 3 of 10, rated 4/5, 20:30-21:15.");
        findsNothing("");
        findsNothing(null);
    }
}
