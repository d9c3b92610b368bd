package academy.anxin.web.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven through the system chromedriver, with the few moves every page test needs:
 * open a page, type into a field, submit and wait for the next page, act and wait for the page's Ajax to complete,
 * read text, and run axe. Every wait fails the test when it runs out; none sleeps for a fixed time. Each instance
 * is one person's browser with its own cookies. Closing it fails the test when the Content-Security-Policy
 * refused anything on the pages walked ({@link #cspViolations()}).
 */
public final class Browser implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private final WebDriver driver;
    private final URI base;

    public Browser(URI base, String acceptLanguage) {
        this.base = base;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("anxin.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1000", "--lang=" + acceptLanguage);
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", acceptLanguage));
        // the console, where Chromium reports what the Content-Security-Policy refused (read at close)
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("anxin.chromedriver", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
    }

    public Browser open(String path) {
        driver.get(base.resolve(path.startsWith("/") ? path.substring(1) : path).toString());
        return this;
    }

    public Browser type(String id, String text) {
        WebElement field = find(id);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    public Browser check(String id, boolean on) {
        WebElement box = find(id);
        if (box.isSelected() != on) {
            box.click();
        }
        return this;
    }

    /** Clicks a button that submits a whole page, and waits until the next page has replaced this one. */
    public Browser submit(String id) {
        return submit(find(id));
    }

    /** The same for a button found otherwise (e.g. by its label within a card). */
    public Browser submit(WebElement button) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("window.anxinPreviousPage = true;");
        button.click();
        // the marker lives on the old page's window only: gone means the next page has loaded
        new WebDriverWait(driver, WAIT).ignoring(WebDriverException.class).until(d ->
                Boolean.TRUE.equals(js.executeScript("return window.anxinPreviousPage === undefined"
                        + " && document.readyState === 'complete';")));
        return this;
    }

    /**
     * Does something that makes the page send PrimeFaces Ajax (typing into an autocomplete, an Ajax button) and
     * waits until the page has finished it: at least one Ajax request completed after the action, PrimeFaces'
     * queue empty and jQuery idle. Fails the test when that does not happen within the wait, as OmniFaces'
     * {@code guardAjax} does.
     * <pre>{@code
     * browser.ajax(() -> browser.find("search:q_input").sendKeys("suic"));
     * }</pre>
     */
    public Browser ajax(Runnable action) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        // counted from now: the request may start after the action returns (an autocomplete waits for typing to stop)
        js.executeScript("window.anxinAjaxCompleted = 0;"
                + "jQuery(document).off('.anxinTest').on('pfAjaxComplete.anxinTest', function () {"
                + " window.anxinAjaxCompleted++; });");
        action.run();
        return waitFor("the page's Ajax to complete", d -> Boolean.TRUE.equals(js.executeScript(
                "return window.anxinAjaxCompleted > 0 && PrimeFaces.ajax.Queue.isEmpty() && jQuery.active === 0;")));
    }

    /**
     * Waits until {@code condition} holds on this page (returns true, or anything but null); fails the test,
     * naming {@code what}, when it does not within the wait.
     */
    public Browser waitFor(String what, java.util.function.Function<WebDriver, ?> condition) {
        new WebDriverWait(driver, WAIT).withMessage("waited " + WAIT.toSeconds() + " s for " + what + " on " + url())
                .until(condition);
        return this;
    }

    public WebElement find(String id) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    public boolean has(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    public String text(String id) {
        return find(id).getText();
    }

    /** All the visible text of the page. */
    public String page() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String title() {
        return driver.getTitle();
    }

    public String lang() {
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    /**
     * The session's cookies as this browser sends them, for a hand-made request in its name: Payara's
     * {@code JSESSIONIDVERSION} goes with {@code JSESSIONID} (the web app is distributable; a request with the id
     * alone does not find its session).
     */
    public String sessionCookies() {
        return driver.manage().getCookies().stream().filter(c -> c.getName().startsWith("JSESSIONID"))
                .map(c -> c.getName() + "=" + c.getValue()).collect(java.util.stream.Collectors.joining("; "));
    }

    /** The value of a cookie the site set, or null. */
    public String cookie(String name) {
        org.openqa.selenium.Cookie cookie = driver.manage().getCookieNamed(name);
        return cookie == null ? null : cookie.getValue();
    }

    /** Chooses an option of a select box by its visible text. */
    public Browser select(String id, String visibleText) {
        new org.openqa.selenium.support.ui.Select(find(id)).selectByVisibleText(visibleText);
        return this;
    }

    /** Sets a field by script, for inputs whose browser widget (date, time) does not take typed text reliably. */
    public Browser set(String id, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", find(id), value);
        return this;
    }

    /** The driver itself, for waits a test needs beyond these helpers. */
    public WebDriver driver() {
        return driver;
    }

    public List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    /** Runs axe-core on the page and fails on any serious or critical finding, naming rule and elements. */
    public Browser assertAccessible() {
        Results results = new AxeBuilder().analyze(driver);
        List<Rule> serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .toList();
        String report = serious.stream()
                .map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
        if (!serious.isEmpty()) {
            screenshot("axe-" + System.nanoTime());
        }
        assertTrue(serious.isEmpty(), "axe found serious accessibility problems on " + url() + ":\n" + report);
        return this;
    }

    /** The id of the element that has the keyboard focus ("" for one without an id, "body" for none). */
    public String focused() {
        return String.valueOf(((JavascriptExecutor) driver).executeScript(
                "var e = document.activeElement; return !e || e === document.body ? 'body' : e.id;"));
    }

    /** What a screen reader reads as a field's description: the text of the elements its aria-describedby names. */
    public String description(String id) {
        return String.valueOf(((JavascriptExecutor) driver).executeScript(
                "var ids = (arguments[0].getAttribute('aria-describedby') || '').split(/\\s+/);"
                        + "return ids.filter(function (i) { return i; }).map(function (i) {"
                        + " var e = document.getElementById(i); return e ? e.textContent.trim() : '(missing ' + i + ')'; })"
                        + ".join(' | ');", find(id)));
    }

    /**
     * Asserts what a screen reader is told after a refused form: the field is invalid, its description reads
     * {@code message}, the page's alert summary says it too and has the focus.
     */
    public Browser assertRefused(String fieldId, String message) {
        WebElement field = find(fieldId);
        assertTrue("true".equals(field.getAttribute("aria-invalid")), fieldId + " not aria-invalid: "
                + field.getAttribute("outerHTML"));
        assertTrue(description(fieldId).contains(message), fieldId + " described as: " + description(fieldId));
        WebElement summary = find("error-summary");
        assertTrue("alert".equals(summary.getAttribute("role")), summary.getAttribute("outerHTML"));
        assertTrue(summary.getText().contains(message), "summary: " + summary.getText());
        waitFor("the error summary to take focus", d -> "error-summary".equals(focused()));
        return this;
    }

    /** Presses keys on whatever has the focus, as a keyboard would (no element is clicked). */
    public Browser press(CharSequence... keys) {
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(keys).perform();
        return this;
    }

    /** Ctrl+A in the focused field, so that what is typed next replaces its text. */
    public Browser selectAll() {
        new org.openqa.selenium.interactions.Actions(driver).keyDown(org.openqa.selenium.Keys.CONTROL).sendKeys("a")
                .keyUp(org.openqa.selenium.Keys.CONTROL).perform();
        return this;
    }

    /** The element that has the focus. */
    public WebElement focus() {
        return driver.switchTo().activeElement();
    }

    /** The focused element's accessible name, as the browser computes it for a screen reader. */
    public String focusName() {
        return focus().getAccessibleName();
    }

    /**
     * Presses Tab ({@code forward}) or Shift+Tab until the element {@code id} has the focus; fails, naming each
     * stop, when it does not within {@code most} presses. Returns how many presses it took.
     * <pre>{@code
     * assertEquals(1, browser.tab("register:email", true, 1), "the next field in reading order");
     * }</pre>
     */
    public int tab(String id, boolean forward, int most) {
        List<String> stops = new java.util.ArrayList<>();
        for (int i = 1; i <= most; i++) {
            if (forward) {
                press(org.openqa.selenium.Keys.TAB);
            } else {
                new org.openqa.selenium.interactions.Actions(driver).keyDown(org.openqa.selenium.Keys.SHIFT)
                        .sendKeys(org.openqa.selenium.Keys.TAB).keyUp(org.openqa.selenium.Keys.SHIFT).perform();
            }
            String at = focused();
            if (id.equals(at)) {
                return i;
            }
            stops.add(at + " '" + focusName() + "'");
        }
        throw new AssertionError("focus never reached " + id + " in " + most + " presses of " + (forward ? "Tab" : "Shift+Tab")
                + ", stopping at: " + stops + " on " + url());
    }

    /** Presses a key that submits the page (Enter on a button or link, Space on a button) and waits for the next page. */
    public Browser pressForPage(CharSequence key) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("window.anxinPreviousPage = true;");
        press(key);
        new WebDriverWait(driver, WAIT).ignoring(WebDriverException.class).until(d ->
                Boolean.TRUE.equals(js.executeScript("return window.anxinPreviousPage === undefined"
                        + " && document.readyState === 'complete';")));
        return this;
    }

    /** Saves a PNG under target/screenshots, for a person to look at when a test fails. */
    public void screenshot(String name) {
        try {
            Path folder = Path.of(System.getProperty("anxin.it.workdir", "target"), "screenshots");
            Files.createDirectories(folder);
            Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (java.io.IOException e) {
            System.err.println("no screenshot: " + e.getMessage());
        }
    }

    /**
     * What the Content-Security-Policy refused on the pages walked since the last call (each a console line such
     * as "Refused to execute inline script because it violates ..."): a page that needs something the policy
     * forbids is broken for a person, even when the test's own steps got through.
     */
    public List<String> cspViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy"))
                .toList();
    }

    /** Quits the browser, and fails the test when the policy refused anything on the pages it walked. */
    @Override
    public void close() {
        List<String> refused;
        try {
            refused = cspViolations();
        } finally {
            driver.quit();
        }
        assertTrue(refused.isEmpty(), "the Content-Security-Policy refused:\n" + String.join("\n", refused));
    }
}
