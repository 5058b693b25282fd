package fi.asiointipiste.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser half of {@link WorkbenchIT} (client side only, so the in-container half never loads Selenium): a
 * coordinator simulates a draft with the keyboard and sees the staff-hour estimate, opens a changed decision's
 * explanations, looks at the overrides, edits an errand and opens the parking lot; axe-core on every page.
 */
final class WorkbenchBrowser {

    private WorkbenchBrowser() {}

    /** The element's text, read again if a late poll replaced the element meanwhile. */
    private static String textOf(Browser browser, String css) {
        for (int attempt = 0; ; attempt++) {
            try {
                return browser.find(css).getText();
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                if (attempt == 5) {
                    throw e;
                }
                browser.settle();
            }
        }
    }

    static void simulateAndVisitThePages(URI base, String setId) throws Exception {
        try (Browser browser = Browser.open(base)) {
            browser.signIn("coordinator", "asiointipiste");
            browser.go("index.xhtml");
            browser.clickAndWait("#menuSimulation");
            assertThat(browser.path()).isEqualTo("/rules/simulation.xhtml");
            assertThat(browser.accessibilityViolations())
                    .as("axe on the empty simulation page")
                    .isEmpty();

            browser.go("rules/simulation.xhtml?id=" + setId);
            assertThat(browser.find("#sim\\:ruleSet").getAttribute("value")).isEqualTo(setId);
            assertThat(browser.driver().findElements(By.cssSelector("#sim\\:points input:checked")))
                    .hasSize(4);
            // Only the points that never had another set than the seed (the demo pilot ran at Keitele and Tervo).
            for (String point : List.of("Keitele", "Tervo")) {
                browser.driver()
                        .findElement(By.xpath("//*[@id='sim:points']//label[contains(., '" + point + "')]"))
                        .click();
            }
            assertThat(browser.driver().findElements(By.cssSelector("#sim\\:points input:checked")))
                    .hasSize(2);
            WebElement start = browser.find("#sim\\:start");
            start.sendKeys(Keys.ENTER);
            // The page polls while the run goes on; the last poll draws the result and stops polling.
            new WebDriverWait(browser.driver(), Duration.ofSeconds(120))
                    .until(d -> !d.findElements(By.id("staffHours")).isEmpty()
                            && d.findElements(By.id("progress")).isEmpty());
            browser.settle();
            String hours = textOf(browser, "#staffHours");
            assertThat(hours).matches("[+-][\\d\\s\\u00a0\\u202f]*\\d,\\d tuntia kuukaudessa");
            assertThat(textOf(browser, "#simulationSummary")).contains("Käyntejä");
            assertThat(textOf(browser, "#simulationMatrix")).contains("Omatoiminen", "Ohjattu", "Täysi tuki");
            assertThat(textOf(browser, "#handlingTimes")).contains("Ohjattu");
            ((JavascriptExecutor) browser.driver())
                    .executeScript("document.getElementById('simulationSummary').scrollIntoView();");
            browser.screenshot("rules-simulation");
            assertThat(browser.accessibilityViolations())
                    .as("axe on the simulation result")
                    .isEmpty();

            WebElement explain = browser.find("#sim\\:changes button");
            explain.sendKeys(Keys.ENTER);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(90))
                    .until(d -> !d.findElements(By.id("explanationTitle")).isEmpty());
            browser.settle();
            assertThat(browser.driver().switchTo().activeElement().getAttribute("id"))
                    .as("the explanation takes the focus")
                    .isEqualTo("explanationTitle");
            assertThat(browser.find("#currentSide").getText()).contains("self-directed-with-eid");
            assertThat(browser.find("#proposedSide").getText()).contains("self-directed-with-eid", "Ohjattu");
            ((JavascriptExecutor) browser.driver())
                    .executeScript("document.getElementById('explanationTitle').scrollIntoView();");
            browser.screenshot("rules-simulation-side-by-side");
            assertThat(browser.accessibilityViolations())
                    .as("axe with the explanations")
                    .isEmpty();

            browser.go("rules/overrides.xhtml");
            assertThat(browser.find("h1").getText()).isNotBlank();
            browser.find("#ovr\\:minShare").clear();
            browser.find("#ovr\\:minShare").sendKeys("2");
            browser.find("#ovr\\:minDecisions").clear();
            browser.find("#ovr\\:minDecisions").sendKeys("5");
            browser.find("#ovr\\:search").click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(90))
                    .until(d -> !d.findElements(By.id("proposalsTitle")).isEmpty());
            browser.settle();
            assertThat(browser.has("#proposals"))
                    .as("the demo's overrides support proposals at 2 % of 5")
                    .isTrue();
            // Each rule in the coordinator's words, its id small beside the name (the pilot's rule included).
            List<WebElement> ruleIds = browser.driver().findElements(By.cssSelector("td > .rule-id"));
            assertThat(ruleIds).as("the rules overridden").isNotEmpty();
            assertThat(ruleIds)
                    .allSatisfy(id -> assertThat(id.findElement(By.xpath(".."))
                                    .getText()
                                    .replace(id.getText(), "")
                                    .strip())
                            .as("the name of rule " + id.getText())
                            .isNotBlank()
                            .doesNotContain(id.getText()));
            browser.screenshot("rules-overrides");
            assertThat(browser.accessibilityViolations())
                    .as("axe on the overrides page")
                    .isEmpty();

            browser.go("rules/catalogue.xhtml");
            browser.clickAndWait(browser.driver()
                    .findElements(By.cssSelector("a[id$='edit']"))
                    .get(0));
            assertThat(browser.path()).isEqualTo("/rules/catalogue-task.xhtml");
            browser.screenshot("rules-catalogue-task");
            assertThat(browser.accessibilityViolations())
                    .as("axe on the errand form")
                    .isEmpty();
            browser.clickAndWait("#taskForm\\:save");
            assertThat(browser.path())
                    .as("saved unchanged, back to the catalogue")
                    .isEqualTo("/rules/catalogue.xhtml");

            browser.go("statistics/parking-lot.xhtml");
            assertThat(browser.path()).isEqualTo("/statistics/parking-lot.xhtml");
            WebElement note =
                    browser.driver().findElement(By.xpath("//tr[td[contains(., '" + WorkbenchIT.NOTE + "')]]"));
            assertThat(note.getText()).contains("sääntö ");
            assertThat(note.findElements(By.cssSelector("a[href*='overrides.xhtml']")))
                    .isNotEmpty();
            browser.screenshot("rules-parking-lot");
            assertThat(browser.accessibilityViolations())
                    .as("axe on the parking lot")
                    .isEmpty();
            browser.clickAndWait("#userForm\\:signOut");

            // A supervisor reads the catalogue from the menu, without the coordinator's edit links, and cannot edit.
            browser.signIn("supervisor", "asiointipiste");
            browser.go("index.xhtml");
            browser.clickAndWait("#menuCatalogueRead");
            assertThat(browser.path()).isEqualTo("/rules/catalogue.xhtml");
            assertThat(browser.find("main").getText()).contains("Yleisen asumistuen hakeminen");
            assertThat(browser.driver().findElements(By.cssSelector("a[href*='catalogue-task']")))
                    .isEmpty();
            assertThat(browser.accessibilityViolations())
                    .as("axe on the catalogue for a supervisor")
                    .isEmpty();
            browser.go("rules/catalogue-task.xhtml");
            assertThat(browser.has("#taskForm"))
                    .as("the edit page is the coordinators' only")
                    .isFalse();
        }
    }
}
