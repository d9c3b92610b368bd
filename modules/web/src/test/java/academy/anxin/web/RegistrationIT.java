package academy.anxin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import academy.anxin.web.support.Browser;
import academy.anxin.web.support.PlatformWar;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;

/**
 * A volunteer's first visit, in a real browser: register (after being told plainly what was wrong), log in,
 * switch to English, log out, come back on another device and find English remembered, change the password.
 * Every page passes axe. Also: repeated wrong passwords lock the login for a while; common Chinese passwords are
 * refused saying why; a password change ends the person's other sessions but not the one that made it, and
 * repeated wrong current passwords pause password changes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegistrationIT {

    private static final String NAME = "李明";
    private static final String EMAIL = "li.ming." + System.nanoTime() + "@example.cn";
    private static final String PASSWORD = "清晨的热线电话又响了起来";

    @ArquillianResource
    URL deployed;

    @Test
    void aVolunteerRegistersLogsInSwitchesLanguageAndLogsOut() {
        try (Browser browser = new Browser(PlatformWar.base(deployed), "zh-CN")) {
            browser.open("/").assertAccessible();
            assertEquals("zh-CN", browser.lang());
            assertTrue(browser.page().contains("心理援助志愿者"), browser.page());

            // everything wrong at once: each problem is named, in Chinese, next to its field
            browser.open("/register.xhtml").assertAccessible();
            browser.type("register:name", NAME).type("register:email", "li.ming")
                    .type("register:password", "短密码123").submit("register:submit");
            String refused = browser.page();
            assertTrue(refused.contains("电子邮箱格式不正确"), refused);
            assertTrue(refused.contains("密码至少需要 10 个字符"), refused);
            assertTrue(refused.contains("请阅读并同意隐私声明"), refused);
            assertEquals(NAME, browser.find("register:name").getAttribute("value"), "what was typed is kept");
            browser.assertAccessible();

            browser.type("register:email", EMAIL).type("register:password", "password123")
                    .check("register:consent", true).submit("register:submit");
            assertTrue(browser.page().contains("这个密码太常见"), browser.page());

            browser.type("register:password", PASSWORD).check("register:consent", true)
                    .check("register:captions", true).submit("register:submit");
            assertTrue(browser.url().contains("/login.xhtml"), browser.url());
            String registered = browser.text("messages");
            assertTrue(registered.contains("注册已受理，请用此邮箱登录"), browser.page());
            browser.assertAccessible();

            // the same email registered again: the same answer, which tells nobody it was taken; the account made
            // first is untouched (its password, below, still logs in; this one's does not)
            browser.open("/register.xhtml").type("register:name", "另一个人").type("register:email", EMAIL.toUpperCase())
                    .type("register:password", "another-long-secret").check("register:consent", true)
                    .submit("register:submit");
            assertTrue(browser.url().contains("/login.xhtml"), browser.url());
            assertEquals(registered, browser.text("messages"));
            browser.type("login:email", EMAIL).type("login:password", "another-long-secret").submit("login:submit");
            assertTrue(browser.page().contains("邮箱或密码不正确"), browser.page());

            // a wrong password is refused without saying which part was wrong
            browser.open("/login.xhtml").type("login:email", EMAIL).type("login:password", "not my password")
                    .submit("login:submit");
            assertTrue(browser.page().contains("邮箱或密码不正确"), browser.page());

            String sessionBeforeLogin = browser.cookie("JSESSIONID");
            browser.type("login:email", EMAIL).type("login:password", PASSWORD).submit("login:submit");
            assertTrue(browser.url().contains("/app/home.xhtml"), browser.url());
            assertNotEquals(sessionBeforeLogin, browser.cookie("JSESSIONID"), "a new session id at login");
            assertTrue(browser.text("welcome").contains(NAME));
            browser.assertAccessible();

            browser.submit("lang:en");
            assertEquals("en", browser.lang());
            assertTrue(browser.page().contains("My organizations"), browser.page());
            browser.assertAccessible();

            browser.open("/app/account.xhtml").assertAccessible();
            assertEquals(EMAIL, browser.text("account-email"));
            assertTrue(browser.find("profile:captions").isSelected(), "registered accessibility need is kept");

            browser.submit("logout:submit");
            assertTrue(browser.page().contains("You have logged out."), browser.page());
            browser.open("/app/home.xhtml");
            assertTrue(browser.url().contains("/login.xhtml"), "logged out means logged out: " + browser.url());
        }

        // another device, a Chinese browser: the person's own choice of English follows them
        try (Browser phone = new Browser(PlatformWar.base(deployed), "zh-CN")) {
            phone.open("/login.xhtml");
            assertEquals("zh-CN", phone.lang());
            phone.type("login:email", EMAIL).type("login:password", PASSWORD).submit("login:submit");
            assertEquals("en", phone.lang());
            assertTrue(phone.page().contains("My organizations"), phone.page());

            phone.open("/app/account.xhtml").type("password:current", "wrong current password")
                    .type("password:new", "a brand new passphrase").submit("password:change");
            assertTrue(phone.page().contains("The current password is wrong."), phone.page());
            phone.type("password:current", PASSWORD).type("password:new", "a brand new passphrase")
                    .submit("password:change");
            assertTrue(phone.page().contains("Your password has been changed."), phone.page());
            phone.submit("logout:submit");
            phone.open("/login.xhtml").type("login:email", EMAIL).type("login:password", "a brand new passphrase")
                    .submit("login:submit");
            assertTrue(phone.url().contains("/app/home.xhtml"), phone.url());
        }
    }

    @Test
    void repeatedWrongPasswordsLockTheLoginForAWhile() {
        String email = "guessed." + System.nanoTime() + "@example.cn";
        try (Browser browser = new Browser(PlatformWar.base(deployed), "en-US")) {
            browser.open("/register.xhtml").type("register:name", "Wang Fang").type("register:email", email)
                    .type("register:password", "the right passphrase").check("register:consent", true)
                    .submit("register:submit");
            for (int attempt = 1; attempt <= 5; attempt++) {
                browser.open("/login.xhtml").type("login:email", email).type("login:password", "guess number " + attempt)
                        .submit("login:submit");
            }
            assertTrue(browser.page().contains("Too many failed logins"), browser.page());
            // even the right password is refused while the lock lasts
            browser.type("login:email", email).type("login:password", "the right passphrase").submit("login:submit");
            assertTrue(browser.page().contains("Too many failed logins"), browser.page());
            assertFalse(browser.url().contains("/app/"), browser.url());
        }
    }

    @Test
    void commonChinesePasswordsAreRefusedSayingWhy() {
        String email = "zhou.min." + System.nanoTime() + "@example.cn";
        try (Browser browser = new Browser(PlatformWar.base(deployed), "zh-CN")) {
            browser.open("/register.xhtml").type("register:name", "周敏").type("register:email", email)
                    .type("register:password", "woaini1314520").check("register:consent", true)
                    .submit("register:submit");
            assertTrue(browser.page().contains("这个密码太常见"), browser.page());
            browser.type("register:password", "zhoumin19900909").check("register:consent", true)
                    .submit("register:submit");
            assertTrue(browser.page().contains("日期和年份（生日、纪念日）很容易被猜到"), browser.page());
            browser.type("register:password", "13800138000").check("register:consent", true)
                    .submit("register:submit");
            assertTrue(browser.page().contains("纯数字密码"), browser.page());
            browser.assertAccessible();
        }
    }

    @Test
    void aPasswordChangeEndsTheOtherSessionsButNotItsOwn() {
        String email = "two.devices." + System.nanoTime() + "@example.cn";
        String password = "the lamp by the hotline desk";
        String replacement = "a kettle on the night shift";
        try (Browser laptop = new Browser(PlatformWar.base(deployed), "en-US");
             Browser phone = new Browser(PlatformWar.base(deployed), "en-US")) {
            laptop.open("/register.xhtml").type("register:name", "Zhao Lei").type("register:email", email)
                    .type("register:password", password).check("register:consent", true).submit("register:submit");
            for (Browser device : List.of(laptop, phone)) {
                device.open("/login.xhtml").type("login:email", email).type("login:password", password)
                        .submit("login:submit");
                assertTrue(device.url().contains("/app/home.xhtml"), device.url());
            }

            laptop.open("/app/account.xhtml").type("password:current", password).type("password:new", replacement)
                    .submit("password:change");
            assertTrue(laptop.page().contains("Your password has been changed."), laptop.page());

            phone.open("/app/home.xhtml");
            assertTrue(phone.url().contains("/login.xhtml"), "the other session is over: " + phone.url());
            laptop.open("/app/home.xhtml");
            assertTrue(laptop.url().contains("/app/home.xhtml"), "the changing session stays: " + laptop.url());

            // the phone logs in again, with the new password
            phone.type("login:email", email).type("login:password", replacement).submit("login:submit");
            assertTrue(phone.url().contains("/app/"), phone.url());
        }
    }

    @Test
    void wrongCurrentPasswordsPausePasswordChanges() {
        String email = "borrowed.phone." + System.nanoTime() + "@example.cn";
        String password = "a window seat on the night train";
        try (Browser browser = new Browser(PlatformWar.base(deployed), "en-US")) {
            browser.open("/register.xhtml").type("register:name", "Sun Li").type("register:email", email)
                    .type("register:password", password).check("register:consent", true).submit("register:submit");
            browser.open("/login.xhtml").type("login:email", email).type("login:password", password)
                    .submit("login:submit");
            browser.open("/app/account.xhtml");
            for (int attempt = 1; attempt <= 5; attempt++) {
                browser.type("password:current", "a guess at it " + attempt)
                        .type("password:new", "a kettle on the night shift").submit("password:change");
                assertTrue(browser.page().contains("The current password is wrong."), browser.page());
            }
            browser.type("password:current", password).type("password:new", "a kettle on the night shift")
                    .submit("password:change");
            assertTrue(browser.page().contains("password changes are paused for 15 minutes"), browser.page());
            browser.assertAccessible();
            browser.open("/app/home.xhtml");
            assertTrue(browser.url().contains("/app/home.xhtml"), "still logged in: " + browser.url());
        }
    }

    /**
     * Registration and login with the keyboard alone (Tab, Shift+Tab, Enter, Space, typing; nothing clicked), asking
     * at each step what a screen reader would say: the skip link, each field's name in reading order, the refusal
     * announced and focused, its summary leading back to the field, and the login's fields open to a password
     * manager.
     */
    @Test
    void aPersonRegistersAndLogsInWithTheKeyboardAlone() {
        String email = "keys." + System.nanoTime() + "@example.cn";
        try (Browser keys = new Browser(PlatformWar.base(deployed), "zh-CN")) {
            keys.open("/register.xhtml");
            // the search box's example in English is in its description, with its language (not in the placeholder)
            assertEquals("搜索：例如 自杀风险评估", keys.find("search:q_input").getAttribute("placeholder"));
            assertTrue(keys.description("search:q_input").contains("grounding"), keys.description("search:q_input"));
            assertEquals("grounding", keys.find("search-hint").findElement(org.openqa.selenium.By.cssSelector(
                    "span[lang='en']")).getAttribute("textContent"));
            keys.press(Keys.TAB);
            assertEquals("跳到主要内容", keys.focusName());
            keys.press(Keys.ENTER);
            assertEquals("main", keys.focused());
            keys.tab("register:name", true, 3);
            assertTrue(keys.focusName().contains("姓名"), keys.focusName());
            keys.press("王芳");
            assertEquals(1, keys.tab("register:email", true, 1), "the next field in reading order");
            assertTrue(keys.focusName().contains("电子邮箱"), keys.focusName());
            keys.press(email);
            assertEquals(1, keys.tab("register:password", true, 1));
            assertTrue(keys.focusName().contains("新密码"), keys.focusName());
            assertEquals(keys.text("password-hint"), keys.description("register:password"), "the rules are read with it");
            keys.press("短密码123");
            keys.tab("register:consent", true, 12);
            keys.press(Keys.SPACE);
            assertTrue(keys.focus().isSelected(), "Space ticks the box");
            keys.tab("register:password", false, 12);  // Shift+Tab goes back the same way
            keys.tab("register:submit", true, 14);
            keys.pressForPage(Keys.ENTER);

            keys.assertRefused("register:password", "密码至少需要 10 个字符");
            String hint = keys.text("password-hint");
            keys.waitFor("the hint and the refusal to describe the field", d -> {
                String said = keys.description("register:password");
                return said.startsWith(hint + " | ") && said.contains("密码至少需要 10 个字符");
            });
            keys.press(Keys.TAB);
            assertTrue(keys.focusName().contains("新密码") && keys.focusName().contains("10 个字符"), keys.focusName());
            keys.press(Keys.ENTER);
            assertEquals("register:password", keys.focused(), "the summary's item leads to its field");
            keys.selectAll().press(PASSWORD);
            keys.tab("register:submit", true, 14);
            keys.pressForPage(Keys.ENTER);
            assertTrue(keys.url().contains("/login.xhtml"), keys.url());
            assertTrue(keys.text("status").contains("注册已受理"), "told politely: " + keys.text("status"));

            // a password manager may fill the login, and pasting is not blocked
            assertEquals("username", keys.find("login:email").getAttribute("autocomplete"));
            assertEquals("current-password", keys.find("login:password").getAttribute("autocomplete"));
            assertEquals(null, keys.find("login:password").getAttribute("onpaste"));
            keys.tab("login:email", true, 40);
            keys.press(email, Keys.TAB);
            assertEquals("login:password", keys.focused());
            keys.press(PASSWORD);
            keys.pressForPage(Keys.ENTER);
            assertTrue(keys.url().contains("/app/home.xhtml"), keys.url());
        }
    }
}
