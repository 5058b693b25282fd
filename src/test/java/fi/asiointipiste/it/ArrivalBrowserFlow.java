package fi.asiointipiste.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser part of {@link ArrivalIT}, in three headless Chromium contexts: a customer checks in at Pielavesi's
 * demo terminal for two errands (the tax card is offered as self-service and they do it themselves; Kela's social
 * assistance queues for Kela's specialist), the waiting-room display counts the new ticket, a clerk at desk 2 calls
 * it and the display shows it "→ desk 2" within a second of the click, the clerk serves and transfers the Kela errand
 * to the Kela specialist's desk. axe-core on the terminal, the display, the queue page and the administration page;
 * screenshots to target/screenshots (arrival-*). A class of its own so that the container never loads Selenium.
 */
final class ArrivalBrowserFlow {

    static final String TERMINAL_PIELAVESI = "demo-terminal-pielavesi-asiointipiste";
    static final String DISPLAY_PIELAVESI = "demo-display-pielavesi-asiointipiste";

    private ArrivalBrowserFlow() {}

    static void run(URI base) throws Exception {
        try (Browser customer = Browser.open(base);
                Browser display = Browser.open(base);
                Browser clerk = Browser.open(base)) {
            display.go("arrival/display.xhtml?token=" + DISPLAY_PIELAVESI);
            assertThat(display.find("#display").getText()).contains("Pielaveden yhteinen asiointipiste");
            assertThat(display.accessibilityViolations())
                    .as("axe on the display")
                    .isEmpty();
            int waitingBefore = Integer.parseInt(display.find("#waitingTotal").getText());

            customer.go("arrival/terminal.xhtml?token=" + TERMINAL_PIELAVESI);
            customer.screenshot("arrival-01-terminal-language");
            assertThat(customer.accessibilityViolations())
                    .as("axe on the terminal's first page")
                    .isEmpty();
            customer.clickAndWait(customer.driver().findElement(By.linkText("Suomi")));
            customer.find("button[data-code='TAX_CARD']").click();
            customer.find("button[data-code='KELA_SOCIAL_ASSISTANCE']").click();
            assertThat(customer.find("button[data-code='TAX_CARD']").getAttribute("aria-pressed"))
                    .isEqualTo("true");
            customer.screenshot("arrival-02-terminal-errands");
            assertThat(customer.accessibilityViolations())
                    .as("axe on the errands")
                    .isEmpty();
            customer.clickAndWait("#terminalForm\\:next");
            customer.driver().findElement(By.cssSelector("input[value='yes']")).click();
            assertThat(customer.accessibilityViolations())
                    .as("axe on the details")
                    .isEmpty();
            customer.clickAndWait("#terminalForm\\:take");
            String number = customer.find("#ticketNumber").getText();
            assertThat(number).matches("\\d{3}");
            assertThat(customer.find("#ticketAhead").getText()).startsWith("Edelläsi jonossa:");
            assertThat(customer.find("main").getText())
                    .contains(
                            "Voit hoitaa tämän itse verkossa",
                            "Perustoimeentulotuen hakeminen",
                            "Jonossa",
                            "Kela: asiantuntija");
            assertThat(customer.has("input[value='Haluan silti apua']")).isTrue();
            customer.screenshot("arrival-03-terminal-ticket");
            assertThat(customer.accessibilityViolations())
                    .as("axe on the ticket")
                    .isEmpty();
            customer.clickAndWait(
                    customer.driver().findElement(By.cssSelector("input[value='Hoidan itse asiakaspäätteellä']")));
            assertThat(customer.find("main").getText()).contains("Hoidat tämän itse asiakaspäätteellä");

            new WebDriverWait(display.driver(), Duration.ofSeconds(5))
                    .until(d -> Integer.parseInt(display.find("#waitingTotal").getText()) == waitingBefore + 1);

            clerk.signIn("clerk", "asiointipiste");
            clerk.go("front-desk/index.xhtml?point=" + pointId(clerk));
            new Select(clerk.find("#deskForm\\:chosenDesk")).selectByVisibleText("Työpiste 2");
            ajaxClick(clerk, clerk.find("#deskForm\\:signIn"));
            assertThat(clerk.find("#deskForm").getText()).contains("Työpiste 2");
            clerk.waitFor("button[data-call][aria-label='Kutsu " + number + "']");

            // With a desk serving, the next customer's ticket shows an estimate as a range.
            customer.go("arrival/terminal.xhtml?token=" + TERMINAL_PIELAVESI + "&lang=fi");
            customer.clickAndWait("#terminalForm\\:helpMe");
            customer.clickAndWait("#terminalForm\\:take");
            assertThat(customer.find("#ticketWait").getText()).matches("Arvioitu odotus (\\d+–\\d+ min|alle 5 min\\.)");
            new WebDriverWait(display.driver(), Duration.ofSeconds(5))
                    .until(d -> Integer.parseInt(display.find("#waitingTotal").getText()) == waitingBefore + 2);
            clerk.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1500));
            clerk.screenshot("arrival-05-queue-desk");
            assertThat(clerk.accessibilityViolations())
                    .as("axe on the queue page with the desk")
                    .isEmpty();

            ((JavascriptExecutor) display.driver())
                    .executeScript(
                            "window.__seenAt = null; var n = arguments[0];"
                                    + "new MutationObserver(function () { var c = document.querySelector('#nowCalling [data-ticket=\"' + n + '\"]');"
                                    + " if (c && !window.__seenAt) { window.__seenAt = Date.now(); } })"
                                    + ".observe(document.getElementById('nowCalling'), {childList: true, subtree: true});",
                            number);
            long clickedAt = (Long) ((JavascriptExecutor) clerk.driver()).executeScript("return Date.now();");
            // found again: the board re-renders its buttons on every push (the second ticket made one)
            clerk.waitFor("button[data-call][aria-label='Kutsu " + number + "']")
                    .click();
            new WebDriverWait(display.driver(), Duration.ofSeconds(5))
                    .until(d -> ((JavascriptExecutor) d).executeScript("return window.__seenAt;") != null);
            long seenAt = (Long) ((JavascriptExecutor) display.driver()).executeScript("return window.__seenAt;");
            assertThat(seenAt - clickedAt)
                    .as("from the clerk's click to the display")
                    .isLessThan(1000);
            assertThat(display.find("#nowCalling").getText()).matches(number + " → (Työpiste|Arbetsplats|Desk) 2");
            display.screenshot("arrival-04-display-call");

            clerk.settle();
            clerk.waitFor("#deskForm\\:current");
            assertThat(clerk.find("#deskForm\\:current").getText()).contains(number, "kutsuttu 1 kertaa");
            clerk.clickAndWait("#deskForm\\:serve");
            assertThat(clerk.path()).isEqualTo("/front-desk/visit.xhtml");
            assertThat(clerk.find(".visit-ticket").getText()).contains("Vuoronumero " + number, "Työpiste 2");
            clerk.go("front-desk/index.xhtml?point=" + pointId(clerk));
            assertThat(clerk.find("#deskForm\\:current").getText()).contains(number, "Palvelen");
            new Select(clerk.find("#deskForm\\:transferTarget")).selectByVisibleText("Työpiste 3 (Kela)");
            clerk.find("#deskForm\\:transferErrands input").click();
            ajaxClick(clerk, clerk.find("#deskForm\\:transfer"));
            assertThat(clerk.find("#messages").getText()).contains("Numero " + number + " siirretty");
            new WebDriverWait(clerk.driver(), Duration.ofSeconds(5))
                    .until(d -> clerk.find("#liveTickets").getText().contains("Siirretty → työpiste 3"));
            clerk.screenshot("arrival-06-queue-transferred");
            assertThat(clerk.accessibilityViolations())
                    .as("axe on the queue after the transfer")
                    .isEmpty();
        }
        try (Browser admin = Browser.open(base)) {
            admin.signIn("admin", "asiointipiste");
            admin.go("admin/arrival.xhtml");
            assertThat(admin.find("main").getText()).contains("Ilmoittautumispääte", "Odotustilan näyttö", "Työpiste");
            admin.screenshot("arrival-07-admin");
            assertThat(admin.accessibilityViolations())
                    .as("axe on arrival administration")
                    .isEmpty();
        }
    }

    private static void ajaxClick(Browser browser, WebElement element) {
        element.click();
        browser.settle();
    }

    /** Pielavesi's id, read from the clerk's point links on the queue page. */
    private static String pointId(Browser clerk) {
        clerk.go("front-desk/index.xhtml");
        WebElement link = clerk.driver().findElement(By.linkText("Pielavesi"));
        return link.getAttribute("href").replaceAll(".*[?&]point=(\\d+).*", "$1");
    }
}
