package fi.asiointipiste.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Pilots as people use them, with the keyboard only: a coordinator defines a pilot (and is told what is missing),
 * reads its report, narrows it and picks the measure of the chart, opens the printout, renames and removes the
 * pilot; a supervisor finds the reports from the menu. axe-core finds no serious or critical violation on any of
 * these pages; screenshots for docs/user-guide/rules.md ("Pilots").
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PilotsBrowserIT {

    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d.M.yyyy");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL url;

    @Test
    void aCoordinatorDefinesAPilotWithTheKeyboardReadsItsReportAndRemovesIt() throws Exception {
        int version = draftRuleSet("Kokeilusäännöt");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Helsinki"));
        try (Browser browser = Browser.open(Deployments.loopback(url))) {
            browser.signIn("coordinator", "asiointipiste");
            enter(browser, browser.find("#menuPilots"));
            assertThat(browser.path()).isEqualTo("/rules/pilots.xhtml");
            assertThat(browser.find("h1").getText()).isEqualTo("Pilotit");
            assertThat(browser.accessibilityViolations())
                    .as("axe on the pilots")
                    .isEmpty();

            enter(browser, browser.find("#newPilot"));
            assertThat(browser.path()).isEqualTo("/rules/pilot.xhtml");
            assertThat(browser.accessibilityViolations())
                    .as("axe on a new pilot")
                    .isEmpty();
            type(browser.find("#pilotForm\\:name"), "Kela ohjattuna selaintestissä");
            type(
                    browser.find("#pilotForm\\:hypothesis"),
                    "Kontaktinhakijoiden Kela-asiat ohjattuina: täyden tuen" + " osuus laskee.");
            browser.find("#pilotForm\\:ruleSet").sendKeys("Versio " + version + ": Kokeilu");
            browser.find("#pilotForm\\:targetProfile").sendKeys("Hilma");
            tick(browser, "Pilottipisteet", "Keiteleen yhteinen asiointipiste");
            tick(browser, "Pilottipisteet", "Tervon yhteinen asiointipiste");
            type(browser.find("#pilotForm\\:startsOn"), TYPED.format(today.minusDays(120)));
            type(browser.find("#pilotForm\\:endsOn"), TYPED.format(today.plusDays(60)));
            measure(browser, "FULL_ASSISTANCE_SHARE").sendKeys("laskea");
            type(browser.driver().findElement(By.xpath("//tr[th[@id='measure-FULL_ASSISTANCE_SHARE']]//input")), "3");
            measure(browser, "GUIDED_SHARE").sendKeys("nousta");
            measure(browser, "CES").sendKeys("laskea");
            // No comparison point yet: the page says so and nothing is saved.
            enter(browser, browser.find("#pilotForm\\:save"));
            assertThat(browser.find("main").getText()).contains("Valitse vähintään yksi vertailupiste.");
            assertThat(browser.find("#pilotForm\\:name").getAttribute("value"))
                    .isEqualTo("Kela ohjattuna selaintestissä");
            tick(browser, "Vertailupisteet", "Pielaveden yhteinen asiointipiste");
            tick(browser, "Vertailupisteet", "Vesannon yhteinen asiointipiste");
            wholePage(browser, "pilots-01-define");
            enter(browser, browser.find("#pilotForm\\:save"));
            assertThat(browser.path()).isEqualTo("/rules/pilots.xhtml");
            assertThat(browser.find("main").getText())
                    .contains(
                            "Pilotti Kela ohjattuna selaintestissä tallennettiin.",
                            "Keitele, Tervo",
                            "Pielavesi, Vesanto",
                            "Käynnissä");
            browser.screenshot("pilots-02-list");

            enter(
                    browser,
                    browser.driver()
                            .findElement(
                                    By.xpath("//tr[th//a[.='Kela ohjattuna selaintestissä']]//a[.='Avaa raportti']")));
            assertThat(browser.path()).isEqualTo("/statistics/pilot-report.xhtml");
            assertThat(browser.find("h1").getText()).isEqualTo("Pilottiraportti: Kela ohjattuna selaintestissä");
            assertThat(browser.find("#customers").getText())
                    .as("the profile by its name in the statistics menus")
                    .isEqualTo("Kontaktinhakija");
            assertThat(browser.find("#deciding").getText())
                    .contains(
                            "Täyden tuen asioiden osuus",
                            "laskea vähintään 3,0",
                            "Ohjattujen asioiden osuus",
                            "Asiakkaan kokema vaivannäkö (CES)");
            assertThat(browser.find("#table-pilot-measures").getText()).contains("Odotusaika, keskiarvo");
            assertThat(browser.accessibilityViolations())
                    .as("axe on the report")
                    .isEmpty();

            // Every customer, and the chart of full assistance: chosen with the keyboard, kept in the address.
            browser.find("#profile").sendKeys("Kaikki");
            browser.find("#measure").sendKeys("Täyden");
            enter(browser, browser.find("#show"));
            assertThat(browser.driver().getCurrentUrl()).contains("profile=all", "measure=FULL_ASSISTANCE_SHARE");
            assertThat(browser.find("#customers").getText()).isEqualTo("Kaikki asiakkaat");
            assertThat(browser.find("#weeksTitle").getText()).contains("Täyden tuen asioiden osuus");
            assertThat(browser.has("#report\\:weekChart canvas")).isTrue();
            assertThat(browser.accessibilityViolations())
                    .as("axe on the narrowed report")
                    .isEmpty();

            browser.go(URI.create(browser.driver().getCurrentUrl())
                            .getRawPath()
                            .substring(1)
                            .replace("pilot-report.xhtml", "pilot-report-print.xhtml")
                    + "?"
                    + URI.create(browser.driver().getCurrentUrl()).getRawQuery());
            assertThat(browser.find("main").getText())
                    .contains(
                            "Pilotti: Kela ohjattuna selaintestissä",
                            "Pilottipisteet: Keiteleen yhteinen asiointipiste, Tervon yhteinen asiointipiste",
                            "Asiakkaat: kaikki",
                            "Lukumäärät 1–4 näytetään muodossa <5");
            assertThat(browser.accessibilityViolations())
                    .as("axe on the printout")
                    .isEmpty();

            // Rename, then remove after the second question.
            browser.go("rules/pilots.xhtml");
            enter(browser, browser.driver().findElement(By.linkText("Kela ohjattuna selaintestissä")));
            assertThat(browser.find("h1").getText()).isEqualTo("Muokkaa pilottia");
            assertThat(browser.accessibilityViolations())
                    .as("axe on editing a pilot")
                    .isEmpty();
            type(browser.find("#pilotForm\\:name"), "Kela ohjattuna, nimi vaihdettu");
            enter(browser, browser.find("#pilotForm\\:save"));
            assertThat(browser.find("main").getText()).contains("Kela ohjattuna, nimi vaihdettu");
            enter(browser, browser.driver().findElement(By.linkText("Kela ohjattuna, nimi vaihdettu")));
            enter(browser, browser.find("#removeForm\\:askRemoval"));
            assertThat(browser.find("#removeForm\\:confirmRemoval").getText())
                    .contains("Poistetaanko pilotti Kela ohjattuna, nimi vaihdettu?");
            assertThat(browser.accessibilityViolations())
                    .as("axe on the removal question")
                    .isEmpty();
            enter(browser, browser.find("#removeForm\\:remove"));
            assertThat(browser.path()).isEqualTo("/rules/pilots.xhtml");
            assertThat(browser.find("main").getText()).contains("Pilotti Kela ohjattuna, nimi vaihdettu poistettiin.");
            assertThat(browser.has("#pilots")
                            && browser.find("#pilots").getText().contains("Kela ohjattuna, nimi vaihdettu"))
                    .isFalse();
        }
    }

    @Test
    void aSupervisorFindsThePilotReportsInTheMenu() throws Exception {
        try (Browser browser = Browser.open(Deployments.loopback(url))) {
            browser.signIn("supervisor", "asiointipiste");
            enter(browser, browser.find("#menuPilots"));
            assertThat(browser.path()).isEqualTo("/statistics/pilot-report.xhtml");
            assertThat(browser.find("h1").getText()).isEqualTo("Pilottien raportit");
            assertThat(browser.accessibilityViolations())
                    .as("axe on the report list")
                    .isEmpty();
            browser.screenshot("pilots-04-reports");
            if (browser.has("#pilotReports a")) {
                enter(browser, browser.find("#pilotReports a"));
                assertThat(browser.find("h1").getText()).startsWith("Pilottiraportti: ");
                assertThat(browser.has("#editPilot"))
                        .as("a supervisor reads, never edits")
                        .isFalse();
                assertThat(browser.accessibilityViolations())
                        .as("axe on the supervisor's report")
                        .isEmpty();
                wholePage(browser, "pilots-03-report");
            }
            browser.go("rules/pilots.xhtml");
            assertThat(browser.find("main").getText()).doesNotContain("Uusi pilotti");
        }
    }

    /** A screenshot of the whole page (the window made as tall as the page for it). */
    private static void wholePage(Browser browser, String name) throws java.io.IOException {
        long height = (Long) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollHeight;");
        org.openqa.selenium.Dimension before =
                browser.driver().manage().window().getSize();
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(before.getWidth(), (int)
                Math.min(height + 40, 5000)));
        browser.settle();
        browser.screenshot(name);
        browser.driver().manage().window().setSize(before);
    }

    /** Focuses an element and presses Enter, as a keyboard user does, and waits for the page that follows. */
    private static void enter(Browser browser, WebElement element) {
        browser.andWait(() -> element.sendKeys(Keys.ENTER));
    }

    private static void type(WebElement input, String text) {
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
    }

    /** Ticks a point's check box with the space bar. */
    private static void tick(Browser browser, String legend, String point) {
        String id = browser.driver()
                .findElement(By.xpath("//fieldset[normalize-space(legend)='" + legend + "']//label[normalize-space(.)='"
                        + point + "']"))
                .getAttribute("for");
        browser.driver().findElement(By.id(id)).sendKeys(Keys.SPACE);
    }

    private static WebElement measure(Browser browser, String measure) {
        return browser.driver().findElement(By.xpath("//tr[th[@id='measure-" + measure + "']]//select"));
    }

    /** A draft copy of the seed rules through REST, as a coordinator; its version number. */
    private int draftRuleSet(String name) throws Exception {
        String dmn;
        try (InputStream in = PilotsBrowserIT.class.getResourceAsStream("/fi/asiointipiste/routing/seed-routing.dmn")) {
            dmn = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        HttpResponse<String> created = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(Deployments.loopback(url)
                                        .resolve("api/rule-sets?name="
                                                + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8)
                                                + "&note=pilot"))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString("coordinator:asiointipiste"
                                                                .getBytes(StandardCharsets.UTF_8)))
                                .header("Content-Type", "application/xml")
                                .header("Accept", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(dmn))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        Matcher m = Pattern.compile("\"versionNo\":(\\d+)").matcher(created.body());
        assertThat(m.find()).isTrue();
        return Integer.parseInt(m.group(1));
    }
}
