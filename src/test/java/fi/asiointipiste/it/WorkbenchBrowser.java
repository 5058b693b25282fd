package fi.asiointipiste.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser half of {@link WorkbenchIT} and {@link SimulationCancelBrowserIT} (client side only, so the
 * in-container halves never load Selenium): a coordinator simulates a draft with the keyboard and sees the
 * staff-hour estimate, opens a changed decision's explanations, looks at the overrides, edits an errand and opens
 * the parking lot; and cancels a long simulation. axe-core on every page.
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
            // In the coordinator's words: the rule's name beside its id, the conditions with the inputs' names and
            // translated values, no engine codes.
            for (String side : List.of("#currentSide", "#proposedSide")) {
                assertThat(browser.find(side).getText())
                        .as(side)
                        .contains(
                                "Omatoiminen, vahva tunnistautuminen",
                                "Profiili: Outi Omatoiminen",
                                "Vahva sähköinen tunnistautuminen: Kyllä")
                        .doesNotContain("\"SELF_DIRECTED\"", "strongEid");
            }
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

    /** "Käyty läpi 12 345 käyntiä (37 %)." — the visits done and the percent in the live status line. */
    private static final Pattern PROGRESS =
            Pattern.compile("Käyty läpi ([\\d\\s\\u00a0\\u202f]+) käyntiä \\((\\d+) %\\)");

    /**
     * A coordinator starts a simulation over a long period, watches its progress (the status line's visit count and
     * percent, and the progress bar, as the page's polls bring them), cancels it with the keyboard, and is told it
     * was cancelled, without any partial figures; the start button works again and a second, short run finishes.
     * Fails if the long run finishes before the cancel, or if the cancel does not stop it.
     */
    static void cancelALongSimulation(URI base, String setId, LocalDate from, LocalDate until) throws Exception {
        try (Browser browser = Browser.open(base)) {
            browser.signIn("coordinator", "asiointipiste");
            browser.go("rules/simulation.xhtml?id=" + setId);
            period(browser, from, until);
            assertThat(browser.driver().findElements(By.cssSelector("#sim\\:points input:checked")))
                    .as("a set without a pilot or scope is simulated at every point")
                    .hasSize(4);
            assertThat(browser.accessibilityViolations())
                    .as("axe on the form with the long period")
                    .isEmpty();
            browser.find("#sim\\:start").sendKeys(Keys.ENTER);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                    .until(d -> !d.findElements(By.id("sim:cancel")).isEmpty()
                            || !d.findElements(By.cssSelector("#sim\\:simMessages li"))
                                    .isEmpty()
                            || !d.findElements(By.id("simulationSummary")).isEmpty());
            assertThat(browser.has("#sim\\:cancel"))
                    .as("the run goes on: %s", browser.find("main").getText())
                    .isTrue();
            assertThat(browser.find("#sim\\:start").isEnabled())
                    .as("no second run while one goes on")
                    .isFalse();

            // The progress moves: a poll shows visits done and a percent above zero, the bar agrees with the text.
            long[] seen = new WebDriverWait(browser.driver(), Duration.ofSeconds(60), Duration.ofMillis(100))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .withMessage("the progress indicator never showed visits done before the run ended")
                    .until(d -> {
                        assertThat(d.findElements(By.id("simulationSummary")))
                                .as("the long run ended before any progress was shown")
                                .isEmpty();
                        long[] p = progress(browser);
                        return p != null && p[0] > 0 && p[1] > 0 ? p : null;
                    });
            assertThat(seen[1]).as("percent").isBetween(1L, 99L);
            assertThat(seen[2]).as("the progress bar's value").isEqualTo(seen[1]);
            assertThat(browser.accessibilityViolations())
                    .as("axe while the run goes on")
                    .isEmpty();
            browser.screenshot("rules-simulation-running");

            // Cancel with the keyboard; the page says so and shows no figures of the unfinished run.
            browser.find("#sim\\:cancel").sendKeys(Keys.ENTER);
            try {
                new WebDriverWait(browser.driver(), Duration.ofSeconds(60), Duration.ofMillis(100))
                        .until(d -> !d.findElements(By.id("cancelled")).isEmpty()
                                || !d.findElements(By.id("simulationSummary")).isEmpty());
            } catch (TimeoutException e) {
                throw new AssertionError("a minute after the cancel the run neither stopped nor finished", e);
            }
            browser.settle();
            assertThat(browser.has("#simulationSummary"))
                    .as("the run was cancelled, not finished (a finished run shows its summary)")
                    .isFalse();
            assertThat(textOf(browser, "#cancelled"))
                    .isEqualTo("Simulointi keskeytettiin. Keskeneräisen ajon tuloksia ei näytetä.");
            for (String figures :
                    List.of("#staffHours", "#simulationMatrix", "#handlingTimes", "#sim\\:changes", "#progress")) {
                assertThat(browser.has(figures))
                        .as(figures + " after the cancel")
                        .isFalse();
            }
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .until(d -> d.findElements(By.id("sim:cancel")).isEmpty());
            assertThat(browser.find("#sim\\:start").isEnabled())
                    .as("the start button works again")
                    .isTrue();
            assertThat(browser.accessibilityViolations())
                    .as("axe after the cancel")
                    .isEmpty();
            browser.screenshot("rules-simulation-cancelled");

            // A second run over the default period (the demo's recent visits) finishes and shows its figures.
            browser.go("rules/simulation.xhtml?id=" + setId);
            browser.find("#sim\\:start").sendKeys(Keys.ENTER);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(120))
                    .until(d -> !d.findElements(By.id("staffHours")).isEmpty()
                            && d.findElements(By.id("progress")).isEmpty());
            browser.settle();
            assertThat(textOf(browser, "#simulationSummary")).contains("Käyntejä");
            assertThat(browser.has("#cancelled")).isFalse();
            assertThat(browser.find("#sim\\:start").isEnabled()).isTrue();
            assertThat(browser.accessibilityViolations())
                    .as("axe on the second run's result")
                    .isEmpty();
        }
    }

    /**
     * Puts the period into the date fields (d.M.yyyy in Finnish), which the form posts as typed, and checks that they
     * show it. Set by script: the date picker of the first field, still open when the second was typed into,
     * swallowed the second's keys, and a change event makes the picker put back the date it holds.
     */
    private static void period(Browser browser, LocalDate from, LocalDate until) {
        for (var field : List.of(Map.entry("sim:from_input", from), Map.entry("sim:until_input", until))) {
            String text = field.getValue().getDayOfMonth() + "."
                    + field.getValue().getMonthValue() + "." + field.getValue().getYear();
            ((JavascriptExecutor) browser.driver())
                    .executeScript("document.getElementById(arguments[0]).value = arguments[1];", field.getKey(), text);
            assertThat(browser.driver().findElement(By.id(field.getKey())).getAttribute("value"))
                    .isEqualTo(text);
        }
    }

    /** Visits done, percent (from the status line) and the progress bar's value; null while no status line shows. */
    private static long[] progress(Browser browser) {
        Object read = ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "var t = document.getElementById('progressText'), p = document.getElementById('progress');"
                                + " return t && p ? [t.textContent, p.getAttribute('value')] : null;");
        if (read == null) {
            return null;
        }
        List<?> parts = (List<?>) read;
        Matcher m = PROGRESS.matcher(String.valueOf(parts.get(0)).trim());
        assertThat(m.find()).as("the status line: " + parts.get(0)).isTrue();
        return new long[] {
            Long.parseLong(m.group(1).replaceAll("\\D", "")),
            Long.parseLong(m.group(2)),
            Long.parseLong(String.valueOf(parts.get(1)))
        };
    }
}
