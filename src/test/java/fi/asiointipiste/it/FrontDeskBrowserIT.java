package fi.asiointipiste.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
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
            assertThat(clerk.accessibilityViolations())
                    .as("axe on a visit with a task")
                    .isEmpty();

            clerk.clickAndWait("#closeForm\\:closeVisit");
            interactions++;
            assertThat(clerk.path()).as(clerk.find("main").getText()).isEqualTo("/front-desk/summary.xhtml");
            assertThat(clerk.find("main").getText())
                    .contains("Mitä seuraavaksi tapahtuu", "Verokortin muuttaminen", "Hoidettu");
            assertThat(clerk.find("main").getText())
                    .as("the Tax Administration's own next steps and contacts")
                    .contains(
                            "OmaVerossa tehty muutosverokortti on voimassa heti",
                            "Toimita uusi verokortti työnantajallesi",
                            "Verohallinto: OmaVero ja yhteystiedot osoitteessa vero.fi");
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
            new org.openqa.selenium.support.ui.Select(admin.find("#issueForm\\:point"))
                    .selectByVisibleText("Keiteleen yhteinen asiointipiste");
            admin.find("#issueForm\\:label").sendKeys("Tabletti 1");
            admin.clickAndWait("#issueForm\\:issue");
            WebElement link = admin.driver().findElement(By.linkText("Avaa kioski"));
            kioskAddress = link.getAttribute("href");
            admin.go("admin/kiosks.xhtml");
            admin.screenshot("front-desk-10-kiosk-admin");
            assertThat(admin.accessibilityViolations())
                    .as("axe on kiosk administration")
                    .isEmpty();
        }
        try (Browser clerk = Browser.open(base);
                Browser kela = Browser.open(base);
                Browser kiosk = Browser.open(base)) {
            kiosk.driver().get(kioskAddress);
            kiosk.settle();
            assertThat(kiosk.find("#kioskIdle").getText()).contains("Kiitos käynnistä");

            clerk.signIn("clerk", "asiointipiste");
            clerk.go("front-desk/index.xhtml");
            clerk.clickAndWait("#queueForm\\:serveWalkIn");
            clerk.driver()
                    .findElement(By.cssSelector("#visitForm details summary"))
                    .click();
            clerk.find("#visitForm\\:newName").sendKeys("Pera Monitaidoton");
            clerk.find("#visitForm\\:newCode").sendKeys("010150-123A");
            ajaxClick(clerk, clerk.find("#visitForm\\:createCustomer"));
            assertThat(clerk.find("#visitForm\\:identified").getText())
                    .contains("Pera Monitaidoton", "010150-****")
                    .doesNotContain("123A");
            ajaxClick(clerk, profileButtons(clerk).get(1));
            addTask(clerk, "Vuokra-asunnon");
            assertThat(clerk.find(".task").getText()).contains("Täysi tuki", "Kunta");
            ajaxClick(clerk, clerk.driver().findElement(By.xpath("//button[.//span[text()='Miksi?']]")));
            assertThat(clerk.find(".why").getText())
                    .contains(
                            "housing-multi-unskilled",
                            "Täytä vuokra-asuntohakemus yhdessä kunnan asuntotoimen työntekijän kanssa.");
            clerk.screenshot("front-desk-04-pera-recommendation");
            assertThat(clerk.accessibilityViolations())
                    .as("axe on Pera's visit")
                    .isEmpty();

            clerk.find("#handoffRequest > summary").click(); // the hand-off request is a panel of the workspace
            new org.openqa.selenium.support.ui.Select(clerk.find("#handoffForm\\:handoffAgency")).selectByValue("KELA");
            new org.openqa.selenium.support.ui.Select(clerk.find("#handoffForm\\:handoffMode"))
                    .selectByValue("REMOTE_VIDEO");
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
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.id("handoffForm:handoffs"))
                            .getText()
                            .contains("Asumistukihakemus lähetetty"));
            String handoffs = new WebDriverWait(clerk.driver(), Duration.ofSeconds(10))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.id("handoffForm:handoffs")).getText());
            assertThat(handoffs).contains("Kaisa Kela-asiantuntija", "Valmis");
            clerk.screenshot("front-desk-06-pera-handoff-done");

            new org.openqa.selenium.support.ui.Select(clerk.driver().findElement(By.cssSelector("[id$='outcome']")))
                    .selectByValue("REFERRED");
            clerk.clickAndWait("#closeForm\\:closeVisit");
            assertThat(clerk.path()).isEqualTo("/front-desk/summary.xhtml");
            assertThat(clerk.find("main").getText())
                    .contains(
                            "Vuokra-asunnon hakeminen",
                            "Kela",
                            "Asiasi siirtyi kunnan",
                            "Kunta: kunnan verkkosivut ja palveluneuvonta");
            clerk.screenshot("front-desk-07-pera-summary");

            WebElement firstCes = new WebDriverWait(kiosk.driver(), Duration.ofSeconds(20))
                    .until(d -> d.findElements(By.cssSelector("[id$='ces']")).stream()
                            .findFirst()
                            .orElse(null));
            assertThat(kiosk.find("#kioskForm").getText()).contains("Paljon vähemmän kuin odotin", "10");
            kiosk.screenshot("front-desk-08-kiosk-questions");
            assertThat(kiosk.accessibilityViolations()).as("axe on the kiosk").isEmpty();
            ajaxClick(kiosk, firstCes);
            ajaxClick(
                    kiosk,
                    kiosk.driver().findElements(By.cssSelector("[id$='nps']")).get(10));
            kiosk.find("#kioskForm\\:comment").sendKeys("Sain apua");
            ajaxClick(kiosk, kiosk.find("#kioskForm\\:send"));
            assertThat(kiosk.find("#kioskIdle").getText()).contains("Kiitos palautteestasi");
            kiosk.screenshot("front-desk-09-kiosk-thanks");
        }
    }

    /**
     * Outi's visit with the keyboard only: shortcut keys (accesskey, Alt+key in Chromium), typing and Enter; no
     * mouse. Every focused control shows a visible outline. The steps of the visit are counted (at most 8).
     */
    @Test
    void outisVisitWithTheKeyboardOnlyAndVisibleFocus() throws Exception {
        try (Browser clerk = Browser.open(Deployments.loopback(url))) {
            clerk.go("login.xhtml");
            clerk.find("#loginForm\\:username").sendKeys("clerk", Keys.TAB);
            active(clerk).sendKeys("asiointipiste");
            clerk.andWait(() -> active(clerk).sendKeys(Keys.ENTER));
            clerk.go("front-desk/index.xhtml");
            active(clerk).sendKeys(Keys.TAB);
            assertFocusVisible(clerk, "the skip link");
            active(clerk).sendKeys(Keys.TAB);
            assertFocusVisible(clerk, "the next control after the skip link");
            active(clerk).sendKeys(Keys.chord(Keys.SHIFT, Keys.TAB));
            assertThat(focused(clerk)).contains("skip-link");
            int interactions = 0;

            clerk.andWait(() -> accessKey(clerk, "n"));
            interactions++;
            assertThat(clerk.path()).isEqualTo("/front-desk/visit.xhtml");

            accessKey(clerk, "p");
            clerk.settle();
            interactions++;
            assertThat(clerk.find(".tile.chosen").getText()).contains("Outi");

            accessKey(clerk, "t");
            interactions++;
            assertThat(focused(clerk)).contains("taskInput_input");
            assertFocusVisible(clerk, "the errand search");
            active(clerk).sendKeys("Verokortin");
            interactions++;
            clerk.waitFor("li.ui-autocomplete-item.ui-state-highlight");
            active(clerk).sendKeys(Keys.ENTER);
            interactions++;
            clerk.settle();
            assertThat(clerk.waitFor(".task").getText()).contains("Verokortin muuttaminen");

            clerk.andWait(() -> accessKey(clerk, "x"));
            interactions++;
            assertThat(clerk.path()).isEqualTo("/front-desk/summary.xhtml");
            assertThat(clerk.find("main").getText()).contains("Verokortin muuttaminen", "Hoidettu");
            assertThat(interactions).as("interactions of a typical visit").isLessThanOrEqualTo(8);
            System.out.println("Keyboard-only visit: " + interactions + " interactions");
        }
    }

    /**
     * The clerk's queue and day log follow the point live, by push (no polling, no reload): a visit another clerk
     * starts at another point does not appear; one started at the same point appears within a few seconds, both in
     * the queue's "in service" list and in the day log.
     */
    @Test
    void theQueueAndTheDayLogShowAVisitAnotherClerkAddsAtThePointByPush() throws Exception {
        URI base = Deployments.loopback(url);
        try (Browser anna = Browser.open(base);
                Browser kaisa = Browser.open(base)) {
            anna.signIn("clerk", "asiointipiste");
            anna.go("front-desk/index.xhtml");
            String here = pointOf(anna.find("#queueForm\\:book").getAttribute("href"));
            String elsewhere = anna.driver().findElements(By.cssSelector("nav.sub-nav a")).stream()
                    .map(a -> pointOf(a.getAttribute("href")))
                    .filter(p -> !p.equals(here))
                    .findFirst()
                    .orElseThrow();
            int inService = counter(anna, 1);
            int logged = dayLogRows(anna);
            ((JavascriptExecutor) anna.driver()).executeScript("window.__notReloaded = true;");

            kaisa.signIn("kela", "asiointipiste");
            kaisa.go("front-desk/index.xhtml?point=" + elsewhere);
            kaisa.clickAndWait("#queueForm\\:serveWalkIn");
            assertThat(kaisa.path()).isEqualTo("/front-desk/visit.xhtml");
            Thread.sleep(4000);
            assertThat(counter(anna, 1)).as("a visit at another point").isEqualTo(inService);
            assertThat(dayLogRows(anna)).as("a visit at another point").isEqualTo(logged);

            kaisa.go("front-desk/index.xhtml?point=" + here);
            kaisa.clickAndWait("#queueForm\\:serveWalkIn");
            assertThat(kaisa.path()).isEqualTo("/front-desk/visit.xhtml");
            new WebDriverWait(anna.driver(), Duration.ofSeconds(5))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> counter(anna, 1) == inService + 1);
            new WebDriverWait(anna.driver(), Duration.ofSeconds(5))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> dayLogRows(anna) == logged + 1);
            assertThat(anna.find("#queueForm\\:inService").getText()).contains("Kaisa Kela-asiantuntija");
            assertThat(((JavascriptExecutor) anna.driver()).executeScript("return window.__notReloaded === true;"))
                    .as("the page was redrawn in place, not reloaded")
                    .isEqualTo(Boolean.TRUE);
            assertThat(anna.cspViolations()).as("CSP on the live queue").isEmpty();
        }
    }

    /**
     * The hand-off request panel stays open while the clerk works in it: through an Ajax update of the errands that
     * redraws the hand-off section, a refused request (no agency) and a request that goes through. It is the view's
     * state: a new page of the visit opens with the panel closed.
     */
    @Test
    void theHandOffPanelStaysOpenOverAjaxUpdatesWhileTheClerkWorksInIt() throws Exception {
        try (Browser clerk = Browser.open(Deployments.loopback(url))) {
            clerk.signIn("clerk", "asiointipiste");
            clerk.go("front-desk/index.xhtml");
            clerk.clickAndWait("#queueForm\\:serveWalkIn");
            ajaxClick(clerk, profileButtons(clerk).get(1));
            addTask(clerk, "Eläkkeensaajan");
            assertThat(handoffPanelOpen(clerk)).as("closed at first").isFalse();

            clerk.find("#handoffRequest > summary").click();
            clerk.settle();
            assertThat(handoffPanelOpen(clerk)).as("opened by the clerk").isTrue();

            ajaxClick(clerk, clerk.driver().findElement(By.xpath("//button[.//span[text()='Miksi?']]")));
            assertThat(clerk.find(".why").isDisplayed()).isTrue();
            assertThat(handoffPanelOpen(clerk))
                    .as("after the errands' update redrew the hand-off section")
                    .isTrue();

            ajaxClick(clerk, clerk.find("#handoffForm\\:requestHandoff"));
            assertThat(clerk.find("#messages").getText()).isNotBlank();
            assertThat(handoffPanelOpen(clerk)).as("after a refused request").isTrue();

            new Select(clerk.find("#handoffForm\\:handoffAgency")).selectByValue("KELA");
            ajaxClick(clerk, clerk.find("#handoffForm\\:requestHandoff"));
            assertThat(clerk.find("#handoffForm\\:handoffs").getText()).contains("Pyydetty");
            assertThat(handoffPanelOpen(clerk))
                    .as("after the request went through")
                    .isTrue();
            assertThat(clerk.cspViolations()).as("CSP on the visit page").isEmpty();

            clerk.find("#handoffRequest > summary").click();
            clerk.settle();
            assertThat(handoffPanelOpen(clerk)).as("closed by the clerk").isFalse();
            ajaxClick(clerk, clerk.driver().findElement(By.xpath("//button[.//span[text()='Miksi?']]")));
            assertThat(handoffPanelOpen(clerk))
                    .as("stays closed after an update")
                    .isFalse();

            clerk.find("#handoffRequest > summary").click();
            clerk.settle();
            clerk.driver().navigate().refresh();
            clerk.settle();
            assertThat(handoffPanelOpen(clerk)).as("a new page of the visit").isFalse();
        }
    }

    private static boolean handoffPanelOpen(Browser browser) {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser.driver())
                .executeScript("return document.getElementById('handoffRequest').open;"));
    }

    /** The point id in a link's address ({@code point=12}). */
    private static String pointOf(String href) {
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("[?&]point=(\\d+)").matcher(href);
        assertThat(m.find()).as("a point in " + href).isTrue();
        return m.group(1);
    }

    /** The queue's n-th counter (0 waiting, 1 in service, 2 done, 3 no-shows). */
    private static int counter(Browser browser, int n) {
        return Integer.parseInt(browser.driver()
                .findElements(By.cssSelector("#queueForm\\:queue .counter-value"))
                .get(n)
                .getText()
                .strip());
    }

    /** The day log's visits of today: the sum of its counters by status (its table shows 25 a page). */
    private static int dayLogRows(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#dayLog .counter-value")).stream()
                .mapToInt(e -> Integer.parseInt(e.getText().strip()))
                .sum();
    }

    @Test
    void twoClerksChangeTheSameVisitAndTheSecondSaveGetsTheConflictMessage() throws Exception {
        URI base = Deployments.loopback(url);
        try (Browser anna = Browser.open(base);
                Browser kaisa = Browser.open(base)) {
            anna.signIn("clerk", "asiointipiste");
            anna.go("front-desk/index.xhtml");
            anna.clickAndWait("#queueForm\\:serveWalkIn");
            String visitAddress = anna.driver().getCurrentUrl();
            kaisa.signIn("kela", "asiointipiste");
            kaisa.driver().get(visitAddress);
            kaisa.settle();

            ajaxClick(anna, profileButtons(anna).get(0));
            ajaxClick(kaisa, profileButtons(kaisa).get(1));
            assertThat(kaisa.find("#messages").getText()).contains("Joku muu muutti samaa tietoa");
            assertThat(kaisa.find(".tile.chosen").getText())
                    .as("the page shows the visit as it now is")
                    .contains("Outi");
            top(kaisa);
            kaisa.screenshot("front-desk-14-conflict");
            assertThat(kaisa.accessibilityViolations())
                    .as("axe on the conflict message")
                    .isEmpty();

            addTask(kaisa, "Verokortin");
            anna.clickAndWait("#closeForm\\:closeVisit");
            assertThat(anna.path()).isEqualTo("/front-desk/visit.xhtml");
            assertThat(anna.find("#messages").getText()).contains("Joku muu muutti samaa tietoa");

            anna.driver().get(visitAddress);
            anna.settle();
            assertThat(anna.find(".lead").getText()).contains("Palvelussa");
            assertThat(anna.find(".tile.chosen").getText()).contains("Outi");
            assertThat(anna.find(".task").getText()).contains("Verokortin muuttaminen");
        }
    }

    @Test
    void aClerkBooksMovesAndCancelsAppointmentsAndChecksInTodaysFromTheQueue() throws Exception {
        ZoneId finland = ZoneId.of("Europe/Helsinki");
        LocalDate today = LocalDate.now(finland);
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d.M.yyyy");
        try (Browser clerk = Browser.open(Deployments.loopback(url))) {
            clerk.signIn("clerk", "asiointipiste");
            clerk.go("front-desk/index.xhtml");
            assertThat(clerk.find("#queueForm").getText()).contains("Tämän päivän ajanvaraukset");
            clerk.clickAndWait("#queueForm\\:book");
            assertThat(clerk.path()).isEqualTo("/front-desk/appointments.xhtml");

            fillBooking(
                    clerk, today.minusDays(1).format(day), "10:00", "Verokortin muuttaminen", "Tulee poikansa kanssa");
            ajaxClick(clerk, clerk.find("#bookForm\\:save"));
            assertThat(clerk.find("#messages").getText()).contains("Aikaa ei voi varata menneisyyteen");

            clerk.find("#bookForm\\:day").clear();
            clerk.find("#bookForm\\:day").sendKeys(today.plusDays(1).format(day));
            new Select(clerk.find("#bookForm\\:agency")).selectByValue("KELA");
            ajaxClick(clerk, clerk.find("#bookForm\\:save"));
            assertThat(clerk.find("#messages").getText()).contains("Aika varattu");
            assertThat(row(clerk, "Tulee poikansa kanssa").getText())
                    .contains("Verokortin muuttaminen", "10:00", "Kela", "Varattu");
            top(clerk);
            clerk.screenshot("front-desk-11-appointments");
            assertThat(clerk.accessibilityViolations())
                    .as("axe on the appointments page")
                    .isEmpty();

            ajaxClick(clerk, row(clerk, "Tulee poikansa kanssa").findElement(By.cssSelector("button[id$='edit']")));
            clerk.find("#bookForm\\:start").clear();
            clerk.find("#bookForm\\:start").sendKeys("11:30");
            ajaxClick(clerk, clerk.find("#bookForm\\:save"));
            assertThat(clerk.find("#messages").getText()).contains("Varaus muutettu");
            assertThat(row(clerk, "Tulee poikansa kanssa").getText()).contains("11:30");

            ajaxClick(clerk, row(clerk, "Tulee poikansa kanssa").findElement(By.cssSelector("button[id$='edit']")));
            assertThat(clerk.accessibilityViolations())
                    .as("axe on the change form")
                    .isEmpty();
            clerk.find("#bookForm\\:cancelReason").sendKeys("Asiakas perui puhelimessa");
            ajaxClick(clerk, clerk.find("#bookForm\\:cancelAppointment"));
            assertThat(clerk.find("#messages").getText()).contains("Aika peruttu");
            assertThat(row(clerk, "Tulee poikansa kanssa").getText()).contains("Peruttu");

            // Checking in needs a booking for today that is not in the past: ten minutes ahead, on a five-minute step.
            LocalTime now = LocalTime.now(finland);
            if (now.isBefore(LocalTime.of(23, 40))) {
                LocalTime soon = now.plusMinutes(10).withSecond(0).withNano(0);
                String at =
                        soon.withMinute(soon.getMinute() / 5 * 5).plusMinutes(5).toString();
                fillBooking(clerk, today.format(day), at, "Muuttoilmoituksen tekeminen", "Muuttaa Kuopioon");
                ajaxClick(clerk, clerk.find("#bookForm\\:save"));
                assertThat(clerk.find("#messages").getText()).contains("Aika varattu");
                clerk.go("front-desk/index.xhtml");
                assertThat(row(clerk, "Muuttaa Kuopioon").getText()).contains(at, "Muuttoilmoituksen tekeminen");
                clerk.screenshot("front-desk-12-queue-appointments");
                assertThat(clerk.accessibilityViolations())
                        .as("axe on the queue with appointments")
                        .isEmpty();
                clerk.clickAndWait(row(clerk, "Muuttaa Kuopioon").findElement(By.cssSelector("input[id$='checkIn']")));
                assertThat(clerk.path()).isEqualTo("/front-desk/visit.xhtml");
                assertThat(clerk.find("#visitForm\\:planned").getText()).contains("Muuttoilmoituksen tekeminen");
                assertThat(clerk.accessibilityViolations())
                        .as("axe on a checked-in visit with planned errands")
                        .isEmpty();
                ajaxClick(clerk, profileButtons(clerk).get(0));
                assertThat(clerk.waitFor(".task").getText()).contains("Muuttoilmoituksen tekeminen");
                assertThat(clerk.find(".lead").getText()).contains("Palvelussa");
                clerk.go("front-desk/index.xhtml");
                assertThat(row(clerk, "Muuttaa Kuopioon").getText()).contains("Saapui", "Avaa");
            } else {
                System.out.println(
                        "Check-in part skipped: after 23:40 in Finland no appointment can be booked for today");
            }
        }
    }

    @Test
    void aClerkCancelsARequestedHandOffAndItLeavesTheSpecialistsInbox() throws Exception {
        URI base = Deployments.loopback(url);
        try (Browser clerk = Browser.open(base);
                Browser kela = Browser.open(base)) {
            clerk.signIn("clerk", "asiointipiste");
            clerk.go("front-desk/index.xhtml");
            clerk.clickAndWait("#queueForm\\:serveWalkIn");
            ajaxClick(clerk, profileButtons(clerk).get(1));
            addTask(clerk, "Eläkkeensaajan");
            clerk.find("#handoffRequest > summary").click(); // the hand-off request is a panel of the workspace
            new Select(clerk.find("#handoffForm\\:handoffAgency")).selectByValue("KELA");
            ajaxClick(clerk, clerk.find("#handoffForm\\:requestHandoff"));
            assertThat(clerk.find("#handoffForm\\:handoffs").getText()).contains("Pyydetty");

            kela.signIn("kela", "asiointipiste");
            kela.go("front-desk/inbox.xhtml");
            assertThat(kela.find("#inboxForm").getText()).contains("Eläkkeensaajan asumistuen hakeminen");

            ajaxClick(clerk, clerk.find("#handoffForm\\:cancelHandoffButton"));
            assertThat(clerk.find("#messages").getText()).contains("Kirjoita perumisen syy");
            assertThat(clerk.accessibilityViolations())
                    .as("axe on the visit with the cancel form")
                    .isEmpty();
            clerk.find("#handoffForm\\:cancelReason").sendKeys("Asiakas hoitaa asian verkossa");
            ajaxClick(clerk, clerk.find("#handoffForm\\:cancelHandoffButton"));
            assertThat(clerk.find("#messages").getText()).contains("Pyyntö peruttu");
            assertThat(clerk.find("#handoffForm\\:handoffs").getText())
                    .contains("Peruttu", "Asiakas hoitaa asian verkossa");
            clerk.screenshot("front-desk-13-handoff-cancelled");
            assertThat(clerk.accessibilityViolations())
                    .as("axe on the visit with a cancelled hand-off")
                    .isEmpty();

            new WebDriverWait(kela.driver(), Duration.ofSeconds(25))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> !d.findElement(By.id("inboxForm"))
                            .getText()
                            .contains("Eläkkeensaajan asumistuen hakeminen"));
        }
    }

    private static void fillBooking(Browser browser, String day, String start, String task, String note) {
        browser.find("#bookForm\\:day").clear();
        browser.find("#bookForm\\:day").sendKeys(day);
        browser.find("#bookForm\\:start").clear();
        browser.find("#bookForm\\:start").sendKeys(start);
        WebElement label = browser.driver()
                .findElement(By.xpath("//form[@id='bookForm']//label[normalize-space(.)='" + task + "']"));
        WebElement box = browser.driver().findElement(By.id(label.getAttribute("for")));
        if (!box.isSelected()) {
            box.click();
        }
        browser.find("#bookForm\\:note").clear();
        browser.find("#bookForm\\:note").sendKeys(note);
    }

    private static WebElement row(Browser browser, String text) {
        return browser.driver().findElement(By.xpath("//tr[td[contains(., '" + text + "')]]"));
    }

    private static void top(Browser browser) {
        ((JavascriptExecutor) browser.driver()).executeScript("window.scrollTo(0, 0);");
    }

    private static WebElement active(Browser browser) {
        return browser.driver().switchTo().activeElement();
    }

    /** Presses an access key the way Chromium on Linux and Windows expects it: Alt+key. */
    private static void accessKey(Browser browser, String key) {
        new Actions(browser.driver())
                .keyDown(Keys.ALT)
                .sendKeys(key)
                .keyUp(Keys.ALT)
                .perform();
    }

    private static String focused(Browser browser) {
        return (String) ((JavascriptExecutor) browser.driver())
                .executeScript("var e = document.activeElement; return e.tagName + '#' + e.id + '.' + e.className;");
    }

    /** The focused element has a visible focus indicator: an outline of at least 2px, or a box shadow. */
    private static void assertFocusVisible(Browser browser, String what) {
        String style = (String) ((JavascriptExecutor) browser.driver())
                .executeScript("var e = document.activeElement, s = getComputedStyle(e);"
                        + "return s.outlineStyle + '|' + s.outlineWidth + '|' + s.boxShadow;");
        String[] parts = style.split("\\|", 3);
        boolean outline = !"none".equals(parts[0]) && Double.parseDouble(parts[1].replace("px", "")) >= 2;
        boolean shadow = !"none".equals(parts[2]);
        assertThat(outline || shadow)
                .as("visible focus on " + what + " (" + focused(browser) + "): " + style)
                .isTrue();
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
