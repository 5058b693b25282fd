package fi.asiointipiste.it;

import static org.assertj.core.api.Assertions.assertThat;

import fi.asiointipiste.platform.security.Base32;
import fi.asiointipiste.platform.security.Totp;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser scenarios of SecurityIT. They live here because SecurityIT also runs inside the server, where Selenium
 * is not on the class path: the test class must not name a Selenium type in any method signature.
 */
final class SecurityBrowser {

    private SecurityBrowser() {}

    /** An account (here the administrator) that must use a second factor enrols an app, then signs in with it. */
    static void anAdministratorEnrolsAnAuthenticatorAppAndSignsInWithIt(URI base, String password) throws Exception {
        try (Browser browser = Browser.open(base)) {
            browser.signIn("admin", password);
            assertThat(browser.path()).isEqualTo("/second-factor.xhtml");
            assertThat(browser.find("h1").getText()).isEqualTo("Kaksivaiheinen tunnistautuminen");
            assertThat(browser.find("#qrCode").getAttribute("src")).startsWith("data:image/svg+xml;base64,");
            assertThat(browser.find("#qrCode").getAttribute("alt")).isNotBlank();
            browser.screenshot("security-01-enrol");
            assertThat(browser.accessibilityViolations())
                    .as("axe on " + browser.path())
                    .isEmpty();
            byte[] secret = Base32.decode(browser.find("#secret").getText());
            assertThat(secret).hasSize(Totp.SECRET_BYTES);
            long step = Totp.stepAt(Instant.now());
            WebElement code = browser.find("#enrolForm\\:code");
            code.sendKeys(Totp.code(secret, step));
            pressEnter(browser, code);
            List<WebElement> recovery = browser.driver().findElements(By.cssSelector("#recoveryCodes li"));
            assertThat(recovery).hasSize(10);
            browser.screenshot("security-02-recovery-codes");
            assertThat(browser.accessibilityViolations())
                    .as("axe on the recovery codes")
                    .isEmpty();
            browser.clickAndWait("#continue");
            assertThat(browser.path()).isEqualTo("/index.xhtml");
            assertThat(browser.has("#menuAdmin")).isTrue();
            browser.clickAndWait("#userForm\\:signOut");

            browser.signIn("admin", password);
            assertThat(browser.path()).isEqualTo("/login.xhtml");
            assertThat(browser.find("h1").getText()).isEqualTo("Vahvista kirjautuminen");
            browser.screenshot("security-03-code");
            assertThat(browser.accessibilityViolations())
                    .as("axe on the code step")
                    .isEmpty();
            WebElement second = browser.find("#codeForm\\:code");
            second.sendKeys(Totp.code(secret, Math.max(step + 1, Totp.stepAt(Instant.now()))));
            pressEnter(browser, second);
            assertThat(browser.path()).isEqualTo("/index.xhtml");
            assertThat(browser.has("#menuAdmin")).isTrue();
            browser.go("admin/index.xhtml");
            assertThat(browser.cspViolations())
                    .as("nothing refused by the Content-Security-Policy")
                    .isEmpty();

            // The administrator's own account page shows the app; removing it (a lost phone) ends the session, and
            // the next sign-in enrols again.
            browser.clickAndWait(browser.driver().findElement(By.linkText("admin")));
            assertThat(browser.find("#secondFactorStatus").getText())
                    .startsWith("Todennussovellus otettu käyttöön")
                    .endsWith("käyttämättömiä varakoodeja 10.");
            browser.screenshot("security-06-user-second-factor");
            assertThat(browser.accessibilityViolations())
                    .as("axe on " + browser.path())
                    .isEmpty();
            browser.clickAndWait("#secondFactorForm\\:resetSecondFactor");
            assertThat(browser.path()).isEqualTo("/login.xhtml");
            assertThat(browser.find(".notice[role=status]").getText()).contains("käyttäjätiliäsi muutettiin");
            browser.signIn("admin", password);
            assertThat(browser.path()).isEqualTo("/second-factor.xhtml");
        }
    }

    /**
     * The warning comes at least 60 s before the end on the front desk, although the queue polls every 20 s; it is
     * a modal alert dialog that takes the focus and keeps Tab inside, and Enter on "Continue" gives the time back.
     */
    static void aClerkSeesTheIdleWarningAndContinues(URI base, String user, String password, int timeoutSeconds)
            throws Exception {
        try (Browser browser = Browser.open(base)) {
            browser.signIn(user, password);
            browser.go("front-desk/index.xhtml");
            long loaded = System.nanoTime();
            WebElement warning = browser.find("#idleWarning");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(40)).until(d -> warning.isDisplayed());
            long shownAfter = Duration.ofNanos(System.nanoTime() - loaded).toSeconds();
            assertThat(shownAfter).as("at least 60 s before the end").isLessThanOrEqualTo(timeoutSeconds - 60 + 3);
            WebElement dialog = warning.findElement(By.cssSelector("[role=alertdialog]"));
            assertThat(dialog.getAttribute("aria-modal")).isEqualTo("true");
            assertThat(browser.find("#idleWarningTitle").getText()).isEqualTo("Istuntosi on päättymässä");
            assertThat(activeElementId(browser)).isEqualTo("idleContinue");
            assertThat(browser.find("#idleWarningTime").getText()).matches("[01]:\\d\\d");
            browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
            assertThat(activeElementId(browser)).as("Tab stays in the dialog").isEqualTo("idleSignOut");
            browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
            assertThat(activeElementId(browser)).isEqualTo("idleContinue");
            browser.screenshot("security-04-idle-warning");
            assertThat(browser.accessibilityViolations())
                    .as("axe with the warning open")
                    .isEmpty();

            browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> !warning.isDisplayed());
            Object remaining = ((JavascriptExecutor) browser.driver())
                    .executeAsyncScript("var done = arguments[arguments.length - 1];"
                            + "fetch('/session/idle').then(function (r) { return r.json(); })"
                            + ".then(function (j) { done(j.remaining); });");
            assertThat(((Number) remaining).intValue())
                    .as("continuing started the clock again")
                    .isGreaterThan(60);
            assertThat(browser.path()).isEqualTo("/front-desk/index.xhtml");
            assertThat(browser.cspViolations()).isEmpty();
        }
    }

    /** The account is deactivated while its page is open: the page's next request (its poll) signs it out. */
    static void aDeactivatedClerksOpenPageIsSignedOut(URI base, String user, String password, Runnable deactivate)
            throws Exception {
        try (Browser browser = Browser.open(base)) {
            browser.signIn(user, password);
            browser.go("front-desk/index.xhtml");
            assertThat(browser.find("h1").getText()).isEqualTo("Asiakaspalvelu");
            deactivate.run();
            // The page's next request is its queue poll (every 20 s): it is sent to the sign-in page.
            new WebDriverWait(browser.driver(), Duration.ofSeconds(35))
                    .until(d -> browser.path().equals("/login.xhtml"));
            assertThat(browser.waitFor(".notice[role=status]").getText())
                    .as(browser.driver().getCurrentUrl())
                    .contains("käyttäjätiliäsi muutettiin");
            browser.settle();
            browser.screenshot("security-05-account-changed");
            browser.find("#loginForm\\:username").sendKeys(user);
            browser.find("#loginForm\\:password").sendKeys(password);
            browser.clickAndWait("#loginForm\\:signIn");
            assertThat(browser.path()).isEqualTo("/login.xhtml");
            assertThat(browser.find("main").getText()).contains("Käyttäjätunnus tai salasana on väärin");
        }
    }

    private static void pressEnter(Browser browser, WebElement field) {
        browser.andWait(() -> field.sendKeys(Keys.ENTER));
    }

    private static String activeElementId(Browser browser) {
        return (String) ((JavascriptExecutor) browser.driver()).executeScript("return document.activeElement.id;");
    }
}
