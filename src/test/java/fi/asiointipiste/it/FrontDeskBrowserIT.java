package fi.asiointipiste.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The front desk in headless Chromium: Outi's quick self-service visit, and Pera's rental-apartment visit with
 * full assistance, a Kela specialist taking the hand-off in a second browser, the printed summary and kiosk
 * feedback. Every page is checked with axe; screenshots go to target/screenshots (front-desk-*).
 */
@ExtendWith(ArquillianExtension.class)
class FrontDeskBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL url;

    @Test
    void outisQuickSelfServiceVisitTakesFewInteractions() throws Exception {
        try (Browser clerk = Browser.open(Deployments.loopback(url))) {
            clerk.signIn("clerk", "asiointipiste");
            clerk.go("front-desk/index.xhtml");
            assertThat(clerk.has("#queueForm\\:serveWalkIn")).isTrue();
            clerk.screenshot("front-desk-01-queue");
            assertThat(clerk.accessibilityViolations()).as("axe on the queue").isEmpty();
            int interactions = 0;

            clerk.clickAndWait("#queueForm\\:serveWalkIn");
            interactions++;
            assertThat(clerk.path()).isEqualTo("/front-desk/visit.xhtml");
            assertThat(clerk.accessibilityViolations()).as("axe on a new visit").isEmpty();

            ajaxClick(clerk, profileButtons(clerk).get(0));
            interactions++;
            addTask(clerk, "Verokortin");
            interactions += 2;
            assertThat(clerk.find(".task").getText()).contains("Verokortin muuttaminen", "Ohjattu");
            clerk.screenshot("front-desk-02-outi-task");
            assertThat(clerk.accessibilityViolations()).as("axe on a visit with a task").isEmpty();

            clerk.clickAndWait("#closeForm\\:closeVisit");
            interactions++;
            assertThat(clerk.path()).as(clerk.find("main").getText()).isEqualTo("/front-desk/summary.xhtml");
            assertThat(clerk.find("main").getText()).contains("Mitä seuraavaksi tapahtuu", "Verokortin muuttaminen", "Hoidettu");
            assertThat(interactions).isLessThanOrEqualTo(8);
            clerk.screenshot("front-desk-03-outi-summary");
            assertThat(clerk.accessibilityViolations()).as("axe on the summary").isEmpty();
        }
    }

    @Test
    void perasRentalApartmentVisitWithAKelaSpecialistSummaryAndKioskFeedback() throws Exception {
        URI base = Deployments.loopback(url);
        String kioskAddress;
        try (Browser admin = Browser.open(base)) {
            admin.signIn("admin", "asiointipiste");
            admin.go("admin/kiosks.xhtml");
            new org.openqa.selenium.support.ui.Select(admin.find("#issueForm\\:point")).selectByVisibleText("Keiteleen yhteinen asiointipiste");
            admin.find("#issueForm\\:label").sendKeys("Tabletti 1");
            admin.clickAndWait("#issueForm\\:issue");
            WebElement link = admin.driver().findElement(By.linkText("Avaa kioski"));
            kioskAddress = link.getAttribute("href");
            admin.go("admin/kiosks.xhtml");
            admin.screenshot("front-desk-10-kiosk-admin");
            assertThat(admin.accessibilityViolations()).as("axe on kiosk administration").isEmpty();
        }
        try (Browser clerk = Browser.open(base); Browser kela = Browser.open(base); Browser kiosk = Browser.open(base)) {
            kiosk.driver().get(kioskAddress);
            kiosk.settle();
            assertThat(kiosk.find("#kioskIdle").getText()).contains("Kiitos käynnistä");

            clerk.signIn("clerk", "asiointipiste");
            clerk.go("front-desk/index.xhtml");
            clerk.clickAndWait("#queueForm\\:serveWalkIn");
            clerk.driver().findElement(By.cssSelector("#visitForm details summary")).click();
            clerk.find("#visitForm\\:newName").sendKeys("Pera Monitaidoton");
            clerk.find("#visitForm\\:newCode").sendKeys("010150-123A");
            ajaxClick(clerk, clerk.find("#visitForm\\:createCustomer"));
            assertThat(clerk.find("#visitForm\\:identified").getText()).contains("Pera Monitaidoton", "010150-****")
                    .doesNotContain("123A");
            ajaxClick(clerk, profileButtons(clerk).get(1));
            addTask(clerk, "Vuokra-asunnon");
            assertThat(clerk.find(".task").getText()).contains("Täysi tuki", "Kunta");
            ajaxClick(clerk, clerk.driver().findElement(By.xpath("//button[.//span[text()='Miksi?']]")));
            assertThat(clerk.find(".why").getText()).contains("housing-multi-unskilled");
            clerk.screenshot("front-desk-04-pera-recommendation");
            assertThat(clerk.accessibilityViolations()).as("axe on Pera's visit").isEmpty();

            new org.openqa.selenium.support.ui.Select(clerk.find("#handoffForm\\:handoffAgency")).selectByValue("KELA");
            new org.openqa.selenium.support.ui.Select(clerk.find("#handoffForm\\:handoffMode")).selectByValue("REMOTE_VIDEO");
            clerk.find("#handoffForm\\:room").sendKeys("Etähuone 2");
            clerk.find("#handoffForm\\:interpreter").click();
            ajaxClick(clerk, clerk.find("#handoffForm\\:requestHandoff"));
            assertThat(clerk.find("#handoffForm\\:handoffs").getText()).contains("Pyydetty");

            kela.signIn("kela", "asiointipiste");
            kela.go("front-desk/inbox.xhtml");
            assertThat(kela.find("#inboxForm").getText()).contains("Vuokra-asunnon hakeminen", "Keiteleen");
            kela.screenshot("front-desk-05-specialist-inbox");
            assertThat(kela.accessibilityViolations()).as("axe on the inbox").isEmpty();
            ajaxClick(kela, kela.find("[id$='accept']"));
            ajaxClick(kela, kela.find("[id$='joined']"));
            kela.find("[id$='outcome']").sendKeys("Asumistukihakemus lähetetty");
            ajaxClick(kela, kela.find("[id$='complete']"));

            new WebDriverWait(clerk.driver(), Duration.ofSeconds(20))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d ->
                    d.findElement(By.id("handoffForm:handoffs")).getText().contains("Asumistukihakemus lähetetty"));
            String handoffs = new WebDriverWait(clerk.driver(), Duration.ofSeconds(10))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.id("handoffForm:handoffs")).getText());
            assertThat(handoffs).contains("Kaisa Kela-asiantuntija", "Valmis");
            clerk.screenshot("front-desk-06-pera-handoff-done");

            new org.openqa.selenium.support.ui.Select(clerk.driver().findElement(By.cssSelector("[id$='outcome']")))
                    .selectByValue("REFERRED");
            clerk.clickAndWait("#closeForm\\:closeVisit");
            assertThat(clerk.path()).isEqualTo("/front-desk/summary.xhtml");
            assertThat(clerk.find("main").getText()).contains("Vuokra-asunnon hakeminen", "Kela");
            clerk.screenshot("front-desk-07-pera-summary");

            WebElement firstCes = new WebDriverWait(kiosk.driver(), Duration.ofSeconds(20))
                    .until(d -> d.findElements(By.cssSelector("[id$='ces']")).stream().findFirst().orElse(null));
            assertThat(kiosk.find("#kioskForm").getText()).contains("Paljon vähemmän kuin odotin", "10");
            kiosk.screenshot("front-desk-08-kiosk-questions");
            assertThat(kiosk.accessibilityViolations()).as("axe on the kiosk").isEmpty();
            ajaxClick(kiosk, firstCes);
            ajaxClick(kiosk, kiosk.driver().findElements(By.cssSelector("[id$='nps']")).get(10));
            kiosk.find("#kioskForm\\:comment").sendKeys("Sain apua");
            ajaxClick(kiosk, kiosk.find("#kioskForm\\:send"));
            assertThat(kiosk.find("#kioskIdle").getText()).contains("Kiitos palautteestasi");
            kiosk.screenshot("front-desk-09-kiosk-thanks");
        }
    }

    private static List<WebElement> profileButtons(Browser browser) {
        return browser.driver().findElements(By.cssSelector("button[id$='chooseProfile']"));
    }

    private static void ajaxClick(Browser browser, WebElement element) {
        element.click();
        browser.settle();
    }

    private static void addTask(Browser browser, String typed) {
        WebElement input = browser.find("#visitForm\\:taskInput_input");
        input.sendKeys(typed);
        WebElement item = browser.waitFor("li.ui-autocomplete-item");
        item.click();
        browser.settle();
        browser.waitFor(".task");
    }
}
