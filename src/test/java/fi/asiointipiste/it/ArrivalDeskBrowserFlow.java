package fi.asiointipiste.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The browser part of {@link ArrivalDeskIT}: on the public booking page (no sign-in) a customer chooses Tervo, the
 * tax card and Swedish, sees the time's length and the free times, books the first one and gets a code; in a fresh
 * browser they find the time with the code and cancel it. axe-core on every step; screenshots to target/screenshots
 * (booking-*). A class of its own so that the container never loads Selenium.
 */
final class ArrivalDeskBrowserFlow {

    /** The page area of a normal browser window on a 1366×768 screen. */
    static final int VIEWPORT_HEIGHT = 650;

    private ArrivalDeskBrowserFlow() {}

    /**
     * Outi's one-errand visit as a new clerk does it, in a normal (not full-screen) browser window on a 1366×768
     * screen, whose page area is about 1366×650: after the profile and the errand the whole workspace is on the screen
     * (no vertical scroll), axe finds nothing serious, and the visit is closed with the keyboard alone (Tab to "close
     * the visit", Enter). {@code css} (optional) is added to the page's styles.
     */
    static void workspaceFits(URI base, String css) throws Exception {
        try (Browser clerk = Browser.open(base)) {
            // A 1366×768 screen with the browser as a normal window (title bar, tabs, address bar, the desktop's
            // panel): the page's viewport is about 1366×650.
            clerk.driver().manage().window().setSize(new Dimension(1366, VIEWPORT_HEIGHT));
            clerk.go("login.xhtml");
            long chrome = ((Number) ((JavascriptExecutor) clerk.driver())
                            .executeScript("return window.outerHeight - window.innerHeight;"))
                    .longValue();
            clerk.driver().manage().window().setSize(new Dimension(1366, (int) (VIEWPORT_HEIGHT + chrome)));
            clerk.signIn("clerk", "asiointipiste");
            clerk.go("front-desk/index.xhtml");
            clerk.clickAndWait("#queueForm\\:serveWalkIn");
            style(clerk, css);
            clerk.driver()
                    .findElements(By.cssSelector("button[id$='chooseProfile']"))
                    .get(0)
                    .click();
            clerk.settle();
            WebElement input = clerk.find("#visitForm\\:taskInput_input");
            input.sendKeys("Verokortin");
            clerk.waitFor("li.ui-autocomplete-item").click();
            clerk.settle();
            clerk.waitFor(".task");
            style(clerk, css);
            JavascriptExecutor js = (JavascriptExecutor) clerk.driver();
            long viewport = ((Number) js.executeScript("return window.innerHeight;")).longValue();
            long page = ((Number) js.executeScript("return document.documentElement.scrollHeight;")).longValue();
            clerk.screenshot("front-desk-workspace-1366x768");
            assertThat(viewport).as("the window's inner height").isEqualTo((long) VIEWPORT_HEIGHT);
            // The errand search's dropdown arrow is drawn inside its button (it once sat, white on white, inside
            // the text field: the button had lost the positioning its absolutely placed icon relies on).
            assertThat((Boolean) js.executeScript(
                            "var b = document.querySelector('.ui-autocomplete-dropdown').getBoundingClientRect();"
                                    + "var i = document.querySelector('.ui-autocomplete-dropdown .ui-icon')"
                                    + ".getBoundingClientRect();"
                                    + "return i.width > 0 && i.left >= b.left && i.right <= b.right"
                                    + " && i.top >= b.top && i.bottom <= b.bottom;"))
                    .as("the errand search's dropdown icon inside its button")
                    .isTrue();
            assertThat(page)
                    .as("the workspace's height in a 1366×650 page area (no vertical scroll)")
                    .isLessThanOrEqualTo(viewport);
            assertThat(clerk.accessibilityViolations())
                    .as("axe on the workspace")
                    .isEmpty();

            js.executeScript("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);");
            WebElement body = clerk.find("body");
            int tabs = 0;
            while (!"closeForm:closeVisit".equals(js.executeScript("return document.activeElement.id;")) && tabs < 80) {
                clerk.driver().switchTo().activeElement().sendKeys(Keys.TAB);
                tabs++;
            }
            assertThat(js.executeScript("return document.activeElement.id;"))
                    .as("reached by Tab")
                    .isEqualTo("closeForm:closeVisit");
            assertThat(body.isDisplayed()).isTrue();
            clerk.andWait(() -> clerk.driver().switchTo().activeElement().sendKeys(Keys.ENTER));
            assertThat(clerk.path()).isEqualTo("/front-desk/summary.xhtml");
        }
    }

    private static void style(Browser browser, String css) {
        if (css != null) {
            ((JavascriptExecutor) browser.driver())
                    .executeScript(
                            "var s = document.createElement('style');"
                                    + "s.textContent = arguments[0]; document.head.appendChild(s);",
                            css);
        }
    }

    static void selfBookAndCancel(URI base) throws Exception {
        String code;
        try (Browser customer = Browser.open(base)) {
            customer.go("booking/index.xhtml");
            assertThat(customer.path()).endsWith("/booking/index.xhtml").as("no sign-in asked");
            assertThat(customer.accessibilityViolations())
                    .as("axe on the booking page")
                    .isEmpty();
            new Select(customer.find("#bookForm\\:point")).selectByVisibleText("Tervon yhteinen asiointipiste");
            customer.driver()
                    .findElement(By.xpath("//label[starts-with(normalize-space(), 'Verokortin')]"))
                    .click();
            customer.driver()
                    .findElement(By.cssSelector("input[name='bookForm:language'][value='sv']"))
                    .click();
            customer.screenshot("booking-01-choices");
            customer.clickAndWait("#bookForm\\:showTimes");
            assertThat(customer.find("#bookForm\\:planLength, #planLength").getText())
                    .contains("minuuttia");
            assertThat(customer.accessibilityViolations())
                    .as("axe on the free times")
                    .isEmpty();
            customer.driver()
                    .findElement(By.cssSelector("input[name='bookForm:start']"))
                    .click();
            customer.screenshot("booking-02-times");
            customer.clickAndWait("#bookForm\\:book");
            code = customer.find("#bookedCode").getText();
            assertThat(code).matches("[A-Z0-9]{6}");
            assertThat(customer.find("main").getText()).contains("Aika on varattu.", "Tervon yhteinen asiointipiste");
            customer.screenshot("booking-03-code");
            assertThat(customer.accessibilityViolations())
                    .as("axe on the confirmation")
                    .isEmpty();
        }
        try (Browser later = Browser.open(base)) {
            later.go("booking/index.xhtml");
            later.find("#codeForm\\:code").sendKeys(code.toLowerCase());
            later.clickAndWait("#codeForm\\:find");
            assertThat(later.find("#foundTime").getText()).contains("Tervon yhteinen asiointipiste");
            assertThat(later.find("#codeForm\\:found").getText()).contains("Verokortin muuttaminen");
            later.screenshot("booking-04-found");
            assertThat(later.accessibilityViolations())
                    .as("axe on the found booking")
                    .isEmpty();
            later.clickAndWait("#codeForm\\:cancelTime");
            assertThat(later.find("main").getText()).contains("Aika on peruttu.");
            later.find("#codeForm\\:code").sendKeys(code);
            later.clickAndWait("#codeForm\\:find");
            assertThat(later.find("main").getText()).contains("Tällä koodilla ei löydy tulevaa varausta.");
        }
    }
}
