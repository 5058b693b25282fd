package fi.asiointipiste.it;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium for browser tests. Without Chromium the tests are skipped with a message; under
 * CI=true a missing browser fails them, because CI installs it.
 */
public final class Browser implements AutoCloseable {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File DRIVER = new File("/usr/bin/chromedriver");

    private final WebDriver driver;
    private final Path profile;
    private final URI base;

    private Browser(URI base) throws IOException {
        this.base = base;
        this.profile = Files.createTempDirectory("asiointipiste-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
                "--window-size=1280,900",
                "--lang=fi",
                "--user-data-dir=" + profile);
        // The console, to see whether the Content-Security-Policy refused anything (cspViolations).
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER)
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
    }

    public static Browser open(URI base) throws IOException {
        boolean available = CHROMIUM.canExecute() && DRIVER.canExecute();
        if (!available && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("CI must install chromium and chromium-driver (see .ci/run)");
        }
        Assumptions.assumeTrue(available, "Browser tests skipped: /usr/bin/chromium or /usr/bin/chromedriver missing");
        return new Browser(base);
    }

    public Browser go(String path) {
        driver.get(base.resolve(path).toString());
        settle();
        return this;
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public boolean has(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    public WebDriver driver() {
        return driver;
    }

    public String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    public void signIn(String user, String password) {
        go("login.xhtml");
        find("#loginForm\\:username").sendKeys(user);
        find("#loginForm\\:password").sendKeys(password);
        clickAndWait("#loginForm\\:signIn");
    }

    /** Clicks something that loads a new page (a submit button or a link) and waits for that page. */
    public void clickAndWait(WebElement element) {
        andWait(element::click);
    }

    /** Does something that loads a new page (a click, or a key that activates a button) and waits for it. */
    public void andWait(Runnable action) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("window.__asiointipisteOldPage = true;");
        action.run();
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(
                        d -> Boolean.TRUE.equals(
                                ((JavascriptExecutor) d)
                                        .executeScript(
                                                "return window.__asiointipisteOldPage === undefined && document.readyState === 'complete';")));
        settle();
    }

    public void clickAndWait(String css) {
        clickAndWait(find(css));
    }

    /** Waits until the document and any PrimeFaces ajax are done, so screenshots show the final page. */
    public void settle() {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> (Boolean) ((JavascriptExecutor) d)
                .executeScript("return document.readyState === 'complete'"
                        + " && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty());"));
    }

    /**
     * Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the current page and returns the serious and critical
     * violations as "rule: target" lines; an accessible page returns an empty list.
     */
    @SuppressWarnings("unchecked")
    public java.util.List<String> accessibilityViolations() throws IOException {
        String axe;
        try (var in = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
            axe = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(axe);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        Object result = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                + ".then(function (r) { done(r.violations.filter(function (v) {"
                + "  return v.impact === 'serious' || v.impact === 'critical'; })"
                + ".map(function (v) { return v.id + ': ' + v.nodes.map(function (n) { return n.target.join(' '); })"
                + ".join(', '); })); });");
        return (java.util.List<String>) result;
    }

    /** The console messages since the last call in which the browser refused something by the page's CSP. */
    public java.util.List<String> cspViolations() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy"))
                .toList();
    }

    /** Waits for an element that an ajax update brings. */
    public WebElement waitFor(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            var found = d.findElements(By.cssSelector(css));
            return found.isEmpty() ? null : found.get(0);
        });
    }

    public Path screenshot(String name) throws IOException {
        Path dir = Path.of(System.getProperty("asiointipiste.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        Path target = dir.resolve(name + ".png");
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
