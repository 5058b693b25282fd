package fi.asiointipiste.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
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
import org.openqa.selenium.support.ui.WebDriverWait;

/** What people click: sign-in per role, role menus, language switch, keyboard access; screenshots of each screen. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL url;

    @Test
    void aClerkSignsInSeesTheFrontDeskAndSignsOut() throws Exception {
        try (Browser browser = Browser.open(Deployments.loopback(url))) {
            browser.go("front-desk/index.xhtml");
            assertThat(browser.path()).isEqualTo("/login.xhtml");
            browser.screenshot("01-sign-in");
            assertThat(browser.accessibilityViolations())
                    .as("axe on " + browser.path())
                    .isEmpty();
            browser.find("#loginForm\\:username").sendKeys("clerk");
            browser.find("#loginForm\\:password").sendKeys("asiointipiste");
            browser.clickAndWait("#loginForm\\:signIn");
            assertThat(browser.path()).isEqualTo("/front-desk/index.xhtml");
            assertThat(browser.find("h1").getText()).isEqualTo("Asiakaspalvelu");
            assertThat(browser.find(".sub-nav").getText())
                    .contains("Pielavesi", "Keitele")
                    .doesNotContain("Tervo");
            assertThat(browser.has("#visits")).isTrue();
            browser.go("front-desk/index.xhtml?day=" + lastWorkday());
            browser.clickAndWait(browser.driver().findElement(By.linkText("Pielavesi")));
            for (int back = 0; back < 10 && browser.find("#visits").getText().contains("Ei käyntejä"); back++) {
                browser.clickAndWait(browser.driver().findElement(By.linkText("Edellinen päivä")));
            }
            assertThat(browser.find("#visits").getText()).contains("Valmis", "Täysi tuki");
            browser.screenshot("03-front-desk");
            assertThat(browser.accessibilityViolations())
                    .as("axe on " + browser.path())
                    .isEmpty();
            browser.go("index.xhtml");
            assertThat(browser.has("#menuFrontDesk")).isTrue();
            assertThat(browser.has("#menuAdmin")).isFalse();
            browser.screenshot("02-home-clerk");
            assertThat(browser.accessibilityViolations())
                    .as("axe on " + browser.path())
                    .isEmpty();
            browser.clickAndWait("#userForm\\:signOut");
            assertThat(browser.path()).isEqualTo("/login.xhtml");
            assertThat(browser.find(".notice[role=status]").getText()).contains("Olet kirjautunut ulos");
            browser.go("index.xhtml");
            assertThat(browser.path()).isEqualTo("/login.xhtml");
        }
    }

    /** The last opening day before today: the demo history always has visits on it. */
    private static java.time.LocalDate lastWorkday() {
        java.time.LocalDate day =
                java.time.LocalDate.now(java.time.ZoneId.of("Europe/Helsinki")).minusDays(1);
        while (day.getDayOfWeek().getValue() > 5
                || fi.asiointipiste.demo.DemoVisitGenerator.HOLIDAYS.contains(java.time.MonthDay.from(day))) {
            day = day.minusDays(1);
        }
        return day;
    }

    @Test
    void aSupervisorFiltersDrillsFromTheErrandsIntoTheirFiguresAndExports() throws Exception {
        try (Browser browser = Browser.open(Deployments.loopback(url))) {
            browser.signIn("supervisor", "asiointipiste");
            browser.go("statistics/index.xhtml");
            assertThat(browser.find("h1").getText()).startsWith("Tilastot");
            assertThat(Long.parseLong(browser.find("#visitCount").getText().replaceAll("\\D", "")))
                    .isGreaterThan(100);
            assertThat(browser.find("nav.stat-views a[aria-current='page']").getText())
                    .isEqualTo("Yleiskuva");
            browser.screenshot("04-statistics");
            assertThat(browser.accessibilityViolations())
                    .as("axe on " + browser.path())
                    .isEmpty();

            // Every view, reached from the keyboard: focus its link and press Enter. Each keeps the filter.
            for (String view : List.of(
                    "Asiat ja ohitukset",
                    "Tukitasot ja ajat",
                    "Palaute",
                    "Aika ja kuormitus",
                    "Erittelyt",
                    "Kustannustenjako")) {
                WebElement link =
                        browser.driver().findElement(By.xpath("//nav[@class='stat-views']//a[.='" + view + "']"));
                ((JavascriptExecutor) browser.driver()).executeScript("window.__asiointipisteOldPage = true;");
                link.sendKeys(Keys.ENTER);
                new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                        .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                                .executeScript("return window.__asiointipisteOldPage === undefined"
                                        + " && document.readyState === 'complete';")));
                browser.settle();
                assertThat(browser.find("nav.stat-views a[aria-current='page']").getText())
                        .isEqualTo(view);
                assertThat(browser.find("main").getText()).as(view).doesNotContain("Virhe");
                assertThat(browser.accessibilityViolations())
                        .as("axe on " + browser.path())
                        .isEmpty();
                if (view.equals("Tukitasot ja ajat")) {
                    assertThat(browser.find("#table-levels").getText())
                            .contains("Omatoiminen", "Ohjattu", "Täysi tuki");
                    scrollTo(browser, "#table-levels");
                    browser.screenshot("04-statistics-levels");
                }
                if (view.equals("Aika ja kuormitus")) {
                    assertThat(browser.find("table.heatmap").findElements(By.cssSelector("td.heat-7")))
                            .isNotEmpty();
                    assertThat(browser.find(".heat-legend").getText()).contains("≤");
                    scrollTo(browser, "table.heatmap");
                    browser.screenshot("04-statistics-heatmap");
                }
            }

            // Filter: last quarter at the errands view; the filter lands in the address.
            browser.go("statistics/errands.xhtml");
            browser.clickAndWait("#filter\\:lastQuarter");
            assertThat(browser.driver().getCurrentUrl()).contains("from=", "until=", "points=");
            scrollTo(browser, "#stats");
            browser.screenshot("04-statistics-errands");
            String firstErrand = browser.find("#table-tasks a.drill-link").getText();

            // Drill from the chart: click the first (most overridden) bar; the page narrows to that errand.
            WebElement canvas = browser.find("#stats\\:taskChart canvas");
            @SuppressWarnings("unchecked")
            List<Number> bar = (List<Number>) ((JavascriptExecutor) browser.driver())
                    .executeScript(
                            "var c = PrimeFaces.widgets['widget_stats_taskChart'].chart; var b = c.getDatasetMeta(0).data[0];"
                                    + " return [b.x - c.width / 2, (b.y + b.base) / 2 - c.height / 2];");
            ((JavascriptExecutor) browser.driver()).executeScript("window.__asiointipisteOldPage = true;");
            new Actions(browser.driver())
                    .moveToElement(canvas, bar.get(0).intValue(), bar.get(1).intValue())
                    .click()
                    .perform();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                    .until(d -> d.getCurrentUrl().contains("task="));
            browser.settle();
            browser.waitFor("#filter\\:clearTask");
            assertThat(browser.find("#table-tasks tbody").getText()).contains(firstErrand);
            assertThat(browser.find("#table-tasks tbody").findElements(By.tagName("tr")))
                    .hasSize(1);
            assertThat(browser.find("#filter\\:task option[selected]").getText())
                    .isEqualTo(firstErrand);
            scrollTo(browser, "#table-tasks");
            browser.screenshot("04-statistics-drill");
            assertThat(browser.accessibilityViolations())
                    .as("axe on " + browser.path())
                    .isEmpty();

            // The drill carries over to the other views: feedback of the customers with that errand.
            browser.clickAndWait(browser.driver().findElement(By.xpath("//nav[@class='stat-views']//a[.='Palaute']")));
            assertThat(browser.driver().getCurrentUrl()).contains("task=");
            assertThat(browser.find("#table-ces").getText()).isNotEmpty();

            browser.go(browser.driver()
                    .getCurrentUrl()
                    .replace("feedback.xhtml", "errands.xhtml")
                    .replaceFirst("^https?://[^/]+/", ""));
            browser.find("#stats\\:xlsx-tasks").click();
            browser.settle();
            assertThat(browser.path()).isEqualTo("/statistics/errands.xhtml");
            assertThat(browser.has("#filter\\:clearTask")).isTrue();
        }
    }

    /** Brings a part of a long page into the screenshot's viewport. */
    private static void scrollTo(Browser browser, String css) {
        ((JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView({block: 'center'});", browser.find(css));
    }

    @Test
    void aSupervisorOpensIndependenceOverTimeFromTheStatisticsAndExportsIt() throws Exception {
        try (Browser browser = Browser.open(Deployments.loopback(url))) {
            browser.signIn("supervisor", "asiointipiste");
            browser.go("statistics/index.xhtml");
            browser.clickAndWait("#independence");
            assertThat(browser.path()).isEqualTo("/statistics/independence.xhtml");
            assertThat(browser.find("h1").getText()).isEqualTo("Asiakkaiden itsenäistyminen käynnistä toiseen");
            assertThat(browser.find("#table-ordinals tbody").findElements(org.openqa.selenium.By.tagName("tr")))
                    .hasSize(5);
            assertThat(browser.find("#table-transitions tbody").findElements(org.openqa.selenium.By.tagName("tr")))
                    .hasSize(4);
            assertThat(browser.has("#indep\\:ordinalChart canvas")).isTrue();
            // The filter form works from the keyboard: Enter on the Apply button.
            browser.find("#indep\\:apply").sendKeys(org.openqa.selenium.Keys.ENTER);
            browser.settle();
            assertThat(browser.find("#table-ordinals tbody").getText()).contains("1. käynti", "5. tai myöhempi käynti");
            ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript("document.querySelector('.card').scrollIntoView()");
            browser.screenshot("statistics-independence");
            assertThat(browser.accessibilityViolations())
                    .as("axe on " + browser.path())
                    .isEmpty();
            browser.find("#indep\\:xlsx-ordinals").click();
            browser.settle();
            assertThat(browser.path()).isEqualTo("/statistics/independence.xhtml");
        }
    }

    @Test
    void aCoordinatorReadsTheProfilesAndTheCatalogue() throws Exception {
        try (Browser browser = Browser.open(Deployments.loopback(url))) {
            browser.signIn("coordinator", "asiointipiste");
            browser.go("rules/profiles.xhtml");
            assertThat(browser.find("main").getText())
                    .contains("Outi Omatoiminen", "Pera Monitaidoton", "Hilma Kontaktinhakija", "Kipupisteet");
            browser.screenshot("05-profiles");
            assertThat(browser.accessibilityViolations())
                    .as("axe on " + browser.path())
                    .isEmpty();

            // Revising a profile: every text in three languages; a missing one is refused and nothing changes.
            browser.clickAndWait(browser.driver().findElement(org.openqa.selenium.By.linkText("Muokkaa profiilia")));
            assertThat(browser.path()).isEqualTo("/rules/profile.xhtml");
            assertThat(browser.accessibilityViolations())
                    .as("axe on " + browser.path())
                    .isEmpty();
            org.openqa.selenium.WebElement swedishName = browser.driver()
                    .findElement(org.openqa.selenium.By.xpath(
                            "//fieldset[legend='Profiilin nimi']//label[normalize-space(.)='Svenska']"));
            String fieldId = swedishName.getAttribute("for");
            org.openqa.selenium.WebElement field = browser.driver().findElement(org.openqa.selenium.By.id(fieldId));
            String before = field.getAttribute("value");
            field.clear();
            browser.clickAndWait("#profileForm\\:save");
            assertThat(browser.find("#messages").getText()).contains("kaikilla kolmella kielellä");
            browser.driver().findElement(org.openqa.selenium.By.id(fieldId)).sendKeys(before + " ");
            browser.clickAndWait("#profileForm\\:save");
            assertThat(browser.path()).isEqualTo("/rules/profiles.xhtml");
            assertThat(browser.find("#messages").getText()).contains("tallennettiin");
            browser.go("rules/catalogue.xhtml");
            assertThat(browser.find("main").getText()).contains("Lopputulos", "Välineet", "Ihmiset", "Tuki ja huomiot");
            browser.screenshot("06-catalogue");
            assertThat(browser.accessibilityViolations())
                    .as("axe on " + browser.path())
                    .isEmpty();
        }
    }

    @Test
    void aCoordinatorImportsChecksSimulatesAndPublishesAPilotRuleSet() throws Exception {
        Path broken =
                Files.writeString(Files.createTempFile(Path.of("target"), "broken", ".dmn"), "not a DMN document");
        Path pilot = Files.createTempFile(Path.of("target"), "pilot", ".dmn");
        try (var in = BrowserIT.class.getResourceAsStream("/fi/asiointipiste/routing/seed-routing.dmn")) {
            Files.writeString(
                    pilot,
                    new String(in.readAllBytes(), StandardCharsets.UTF_8)
                            .replace(
                                    "<outputEntry id=\"housing-multi-unskilled-o1\"><text>\"FULL_ASSISTANCE\"</text>",
                                    "<outputEntry id=\"housing-multi-unskilled-o1\"><text>\"GUIDED\"</text>"));
        }
        try (Browser browser = Browser.open(Deployments.loopback(url))) {
            browser.signIn("coordinator", "asiointipiste");
            browser.go("rules/index.xhtml");
            assertThat(browser.find("#ruleSets").getText()).contains("Työpajan perussäännöt", "Julkaistu");
            browser.screenshot("09-rule-sets");
            assertThat(browser.accessibilityViolations())
                    .as("axe on " + browser.path())
                    .isEmpty();

            importFile(browser, broken, "Rikkinäinen");
            assertThat(browser.path()).isEqualTo("/rules/index.xhtml");
            assertThat(browser.find("main").getText()).contains("Tiedostoa ei voitu lukea DMN-päätöstauluna");
            assertThat(browser.find("#ruleSets").getText()).doesNotContain("Rikkinäinen");

            importFile(browser, pilot, "Vuokra-asunto ohjatusti");
            assertThat(browser.path()).isEqualTo("/rules/rule-set.xhtml");
            assertThat(browser.find("#status").getText()).isEqualTo("Luonnos");
            assertThat(browser.has("#checkOk")).isTrue();
            browser.find("#actions\\:simulate").click();
            browser.waitFor("#simulationSummary");
            assertThat(browser.find("#simulationMatrix").getText()).contains("Täysi tuki", "Ohjattu");
            browser.screenshot("10-rule-set-draft");
            assertThat(browser.accessibilityViolations())
                    .as("axe on " + browser.path())
                    .isEmpty();

            browser.find("label[for='actions:allPoints:1']").click();
            browser.driver()
                    .findElement(By.xpath("//label[contains(., 'Tervon yhteinen asiointipiste')]"))
                    .click();
            browser.clickAndWait("#actions\\:publish");
            assertThat(browser.find("#status").getText())
                    .as(browser.find("main").getText())
                    .isEqualTo("Julkaistu");
            assertThat(browser.find("main").getText()).contains("julkaistiin", "Tervo");
            assertThat(browser.has("#actions\\:retire")).isTrue();
        }
    }

    private static void importFile(Browser browser, Path file, String name) {
        browser.go("rules/index.xhtml");
        browser.find("#importForm\\:name").sendKeys(name);
        browser.find("#importForm\\:note").sendKeys("Selaintesti");
        browser.find("#importForm\\:file").sendKeys(file.toAbsolutePath().toString());
        browser.clickAndWait("#importForm\\:import");
    }

    @Test
    void anAdministratorSeesUsersPointsAndTheAuditLogInSwedish() throws Exception {
        try (Browser browser = Browser.open(Deployments.loopback(url))) {
            browser.signIn("admin", "asiointipiste");
            browser.go("admin/index.xhtml");
            assertThat(browser.find("#users").getText()).contains("clerk", "supervisor", "coordinator");
            assertThat(browser.find("#audit").getText()).contains("SIGN_IN");
            browser.screenshot("07-administration");
            assertThat(browser.accessibilityViolations())
                    .as("axe on " + browser.path())
                    .isEmpty();
            browser.clickAndWait(browser.driver().findElement(By.linkText("Svenska")));
            assertThat(browser.find("html").getAttribute("lang")).isEqualTo("sv");
            assertThat(browser.find("h1").getText()).isEqualTo("Administration");
            assertThat(browser.find("nav.app-menu").getText()).contains("Startsida");
            browser.screenshot("08-administration-sv");
            browser.clickAndWait(browser.driver().findElement(By.linkText("English")));
            assertThat(browser.find("html").getAttribute("lang")).isEqualTo("en");
            assertThat(browser.find("#userForm\\:signOut").getAttribute("value"))
                    .isEqualTo("Sign out");
        }
    }

    @Test
    void anAdministratorOpensAServicePointAndAClerkWhoThenWorksThere() throws Exception {
        try (Browser browser = Browser.open(Deployments.loopback(url))) {
            browser.signIn("admin", "asiointipiste");
            browser.go("admin/point.xhtml");
            browser.find("#pointForm\\:code").sendKeys("rautavaara");
            browser.find("#pointForm\\:name").sendKeys("Rautavaaran yhteinen asiointipiste");
            browser.find("#pointForm\\:municipality").sendKeys("Rautavaara");
            browser.clickAndWait("#pointForm\\:save");
            assertThat(browser.find("main").getText()).contains("Tunnisteessa saa olla vain isoja kirjaimia");
            browser.find("#pointForm\\:code").clear();
            browser.find("#pointForm\\:code").sendKeys("RAUTAVAARA");
            browser.clickAndWait("#pointForm\\:save");
            assertThat(browser.path()).isEqualTo("/admin/index.xhtml");
            assertThat(browser.find("#points").getText()).contains("RAUTAVAARA");

            browser.go("admin/user.xhtml");
            browser.find("#accountForm\\:username").sendKeys("rauta.neuvoja");
            browser.find("#accountForm\\:displayName").sendKeys("Riikka Rautavaara");
            browser.driver()
                    .findElement(By.xpath("//label[normalize-space()='Palveluneuvoja']"))
                    .click();
            browser.driver()
                    .findElement(By.xpath("//label[contains(., 'Rautavaaran yhteinen asiointipiste')]"))
                    .click();
            browser.find("#accountForm\\:password").sendKeys("lyhyt");
            browser.clickAndWait("#accountForm\\:save");
            assertThat(browser.find("main").getText()).contains("vähintään 12 merkkiä");
            browser.find("#accountForm\\:password").sendKeys("rautavaara-2026-salasana");
            browser.clickAndWait("#accountForm\\:save");
            assertThat(browser.path()).isEqualTo("/admin/index.xhtml");
            assertThat(browser.find("#users").getText()).contains("rauta.neuvoja");
            assertThat(browser.accessibilityViolations()).isEmpty();
        }
        try (Browser clerk = Browser.open(Deployments.loopback(url))) {
            clerk.signIn("rauta.neuvoja", "rautavaara-2026-salasana");
            clerk.go("front-desk/index.xhtml");
            assertThat(clerk.find("main").getText()).contains("Rautavaaran yhteinen asiointipiste");
            assertThat(clerk.has("#menuAdmin")).isFalse();
        }
    }

    @Test
    void anAdministratorIssuesAnApiTokenThatWorksUntilRevokedInTheBrowser() throws Exception {
        try (Browser browser = Browser.open(Deployments.loopback(url))) {
            browser.signIn("admin", "asiointipiste");
            browser.go("admin/api-tokens.xhtml");
            assertThat(browser.find("h1").getText()).isEqualTo("API-avaimet");
            assertThat(browser.accessibilityViolations())
                    .as("axe on " + browser.path())
                    .isEmpty();
            browser.clickAndWait("#issueForm\\:issue");
            assertThat(browser.find("main").getText()).contains("Kirjoita avaimen käyttötarkoitus");
            assertThat(browser.has("#secret")).isFalse();

            new org.openqa.selenium.support.ui.Select(browser.find("#issueForm\\:user"))
                    .selectByVisibleText("Anna Neuvoja (clerk)");
            browser.find("#issueForm\\:label").sendKeys("Vuoronumeroautomaatti Pielavesi (selaintesti)");
            browser.driver()
                    .findElement(By.xpath("//form[@id='issueForm']//label[normalize-space()='Palveluneuvoja']"))
                    .click();
            browser.driver()
                    .findElement(By.xpath("//form[@id='issueForm']//label[contains(., 'Pielaveden')]"))
                    .click();
            browser.clickAndWait("#issueForm\\:issue");
            assertThat(browser.find("main").getText()).contains("API-avain luotiin.");
            String secret = browser.find("#secret").getAttribute("value");
            assertThat(secret).startsWith("ap_");
            assertThat(browser.find("#tokensForm\\:tokens").getText())
                    .contains("Vuoronumeroautomaatti Pielavesi (selaintesti)", "Voimassa", secret.substring(0, 8));
            browser.screenshot("12-api-tokens");
            assertThat(browser.accessibilityViolations())
                    .as("axe on " + browser.path())
                    .isEmpty();
            assertThat(meWithToken(secret)).isEqualTo(200);

            browser.go("admin/api-tokens.xhtml");
            assertThat(browser.has("#secret")).as("the secret is shown once").isFalse();
            WebElement row = browser.driver()
                    .findElement(
                            By.xpath(
                                    "//table[@id='tokensForm:tokens']//tr[td[contains(., 'Vuoronumeroautomaatti Pielavesi (selaintesti)')]]"));
            browser.clickAndWait(row.findElement(By.xpath(".//input[@value='Mitätöi']")));
            assertThat(browser.find("main").getText()).contains("API-avain mitätöitiin.");
            assertThat(meWithToken(secret)).isEqualTo(401);
        }
    }

    private int meWithToken(String token) throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        return http.send(
                        java.net.http.HttpRequest.newBuilder(
                                        Deployments.loopback(url).resolve("api/me"))
                                .header("Authorization", "Bearer " + token)
                                .header("Accept", "application/json")
                                .GET()
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    @Test
    void theSkipLinkIsTheFirstStopForKeyboardUsers() throws Exception {
        try (Browser browser = Browser.open(Deployments.loopback(url))) {
            browser.signIn("clerk", "asiointipiste");
            browser.go("index.xhtml");
            browser.find("body").sendKeys(Keys.TAB);
            WebElement focused = browser.driver().switchTo().activeElement();
            assertThat(focused.getAttribute("href")).endsWith("#main");
            assertThat(focused.getText()).isEqualTo("Siirry sisältöön");
        }
    }

    @Test
    void aWrongPasswordIsExplainedAndDoesNotSignIn() throws Exception {
        try (Browser browser = Browser.open(Deployments.loopback(url))) {
            browser.signIn("clerk", "not-the-password");
            assertThat(browser.path()).isEqualTo("/login.xhtml");
            assertThat(browser.find("#messages").getText()).contains("Käyttäjätunnus tai salasana on väärin.");
            browser.go("login.xhtml");
            browser.clickAndWait("#loginForm\\:signIn");
            assertThat(browser.find("main").getText()).contains("Anna käyttäjätunnus.", "Anna salasana.");
        }
    }
}
