package fi.asiointipiste.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The rule workbench in headless Chromium, the scenario without a DMN file: a coordinator makes a draft of
 * the rules in force, changes a rule so that contact-seeking customers (Hilma Kontaktinhakija) get a Kela specialist
 * for Kela errands, sees the test case that now fails, fixes it, and publishes to two pilot points; a clerk at a pilot
 * point gets the new recommendation, a clerk elsewhere does not. Every workbench page is checked with axe and used
 * with the keyboard; screenshots go to target/screenshots (rules-*).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RulesBrowserIT {

    /** The rationale the coordinator writes for the new rule; the clerk at a pilot point reads it. */
    static final String NEW_RATIONALE = "Yhdistä Kelan asiantuntija etäyhteydellä; Hilma haluaa puhua ihmisen kanssa.";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL url;

    @Test
    void aCoordinatorPilotsAKelaSpecialistForContactSeekingCustomersWithoutADmnFile() throws Exception {
        scenario(Deployments.loopback(url));
    }

    /**
     * Column edits in the draft editor: a coordinator adds a condition with its allowed values, renames it and
     * removes it; each change shows in the table at once and is still there when the page is opened again. Then two
     * edits are undone one after the other and the first is redone.
     */
    @Test
    void aCoordinatorAddsRenamesAndRemovesAConditionColumn() throws Exception {
        try (Browser coordinator = Browser.open(Deployments.loopback(url))) {
            coordinator.signIn("coordinator", "asiointipiste");
            String editor = newDraft(coordinator, "Sarakekokeilu");
            int inputs = coordinator
                    .driver()
                    .findElements(By.cssSelector("#decisionTable thead th.input-col"))
                    .size();

            // Add a condition with two allowed values.
            coordinator.find("#columnsForm\\:addName").sendKeys("postcode");
            new Select(coordinator.find("#columnsForm\\:addType")).selectByValue("STRING");
            coordinator.find("#columnsForm\\:addValues").sendKeys("\"70100\",\"70800\"");
            ajax(coordinator, coordinator.find("#columnsForm\\:addColumn"));
            assertThat(coordinator.find("main").getText()).contains("Muutos tallennettiin.");
            assertThat(inputHeaders(coordinator)).hasSize(inputs + 1).endsWith("postcode");
            assertThat(coordinator.has("a[data-rule='kela-repeat-visits'][data-column='postcode']"))
                    .isTrue();
            // Its cells offer the allowed values as a picker.
            ajax(coordinator, cell(coordinator, "kela-repeat-visits", "postcode"));
            assertThat(coordinator.find("#ed\\:cellPanel").getText()).contains("70100", "70800");
            ajax(coordinator, coordinator.find("#ed\\:cancelCell"));
            coordinator.go(editor);
            assertThat(inputHeaders(coordinator)).as("saved").endsWith("postcode");
            chooseColumn(coordinator, "postcode");
            assertThat(coordinator.find("#columnsForm\\:allowedValues").getAttribute("value"))
                    .isEqualTo("\"70100\",\"70800\"");
            coordinator.screenshot("rules-09-column-chosen");
            assertThat(coordinator.accessibilityViolations())
                    .as("axe on the editor with a column chosen")
                    .isEmpty();

            // Rename it.
            WebElement newName = coordinator.find("#columnsForm\\:newName");
            newName.clear();
            newName.sendKeys("postinumero");
            ajax(coordinator, coordinator.find("#columnsForm\\:rename"));
            assertThat(inputHeaders(coordinator)).endsWith("postinumero").doesNotContain("postcode");
            assertThat(coordinator.has("a[data-rule='kela-repeat-visits'][data-column='postinumero']"))
                    .isTrue();
            coordinator.go(editor);
            assertThat(inputHeaders(coordinator))
                    .as("saved")
                    .endsWith("postinumero")
                    .doesNotContain("postcode");

            // Remove it.
            chooseColumn(coordinator, "postinumero");
            ajax(coordinator, coordinator.find("#columnsForm\\:removeColumn"));
            assertThat(inputHeaders(coordinator)).hasSize(inputs).doesNotContain("postinumero");
            coordinator.go(editor);
            assertThat(inputHeaders(coordinator)).as("saved").hasSize(inputs).doesNotContain("postinumero");
            assertThat(coordinator.has("a[data-column='postinumero']")).isFalse();

            // Undo and redo go step by step through the edits made on the page.
            for (String name : List.of("first_fact", "second_fact")) {
                coordinator.find("#columnsForm\\:addName").sendKeys(name);
                ajax(coordinator, coordinator.find("#columnsForm\\:addColumn"));
            }
            assertThat(inputHeaders(coordinator)).hasSize(inputs + 2).endsWith("first_fact", "second_fact");
            assertThat(coordinator.find("#ed\\:redo").isEnabled()).isFalse();
            ajax(coordinator, coordinator.find("#ed\\:undo"));
            assertThat(inputHeaders(coordinator)).hasSize(inputs + 1).endsWith("first_fact");
            ajax(coordinator, coordinator.find("#ed\\:undo"));
            assertThat(inputHeaders(coordinator)).hasSize(inputs).doesNotContain("first_fact", "second_fact");
            assertThat(coordinator.find("#ed\\:undo").isEnabled())
                    .as("nothing more to undo on this page")
                    .isFalse();
            ajax(coordinator, coordinator.find("#ed\\:redo"));
            assertThat(coordinator.find("main").getText()).contains("Kumottu muutos tehtiin uudelleen.");
            assertThat(inputHeaders(coordinator)).hasSize(inputs + 1).endsWith("first_fact");
            assertThat(coordinator.find("#ed\\:redo").isEnabled()).isTrue();
            assertThat(coordinator.accessibilityViolations())
                    .as("axe on the editor after undo and redo")
                    .isEmpty();
            coordinator.go(editor);
            assertThat(inputHeaders(coordinator))
                    .as("saved")
                    .hasSize(inputs + 1)
                    .endsWith("first_fact");
        }
    }

    /**
     * CSV import of test cases through the page: a file with bad lines is refused with every problem by line, in
     * the reader's words, and adds nothing; a good file adds its cases and they run at once (one of them fails).
     */
    @Test
    void testCasesComeInFromACsvFileOrNotAtAll() throws Exception {
        try (Browser coordinator = Browser.open(Deployments.loopback(url))) {
            coordinator.signIn("coordinator", "asiointipiste");
            newDraft(coordinator, "CSV-kokeilu");
            coordinator.clickAndWait("#toTests");
            assertThat(coordinator.path()).isEqualTo("/rules/test-cases.xhtml");
            int cases = coordinator
                    .driver()
                    .findElements(By.cssSelector("tr[data-case]"))
                    .size();
            assertThat(cases).isPositive();
            assertThat(coordinator.find("#testsSummary").getText()).isEqualTo("Läpi " + cases + " / " + cases);
            String header = "name,profile,task,taskAgency,strongEid,language,age,firstVisit,needsInterpreter,"
                    + "visitsLast90Days,expectedLevel,expectedAgency,expectedMode\n";

            java.nio.file.Path bad = java.nio.file.Files.createTempFile("bad-cases", ".csv");
            java.nio.file.Files.writeString(
                    bad,
                    header
                            + "Hilma CSV,CONTACT_SEEKING,KELA_HOUSING_ALLOWANCE,KELA,maybe,fi,40,false,false,0,GUIDED,,\n"
                            + "Pera CSV,MULTI_UNSKILLED,RENTAL_APARTMENT,MUNICIPALITY,false,fi,58,false,false,0,HUGE,,\n"
                            + "Oikea rivi,MULTI_UNSKILLED,RENTAL_APARTMENT,MUNICIPALITY,false,fi,58,false,false,0,"
                            + "FULL_ASSISTANCE,,\n");
            coordinator.find("#csvForm\\:csv").sendKeys(bad.toAbsolutePath().toString());
            coordinator.clickAndWait("#csvForm\\:importCsv");
            assertThat(coordinator.find("main").getText()).contains("CSV-tiedostossa on virheitä. Mitään ei tuotu.");
            assertThat(coordinator.find("#csvForm\\:csvProblems").getText())
                    .contains("Rivi 2: Arvo ei sovi sarakkeeseen: maybe", "Rivi 3: Tuntematon tuen taso: HUGE")
                    .doesNotContain("Rivi 4");
            assertThat(coordinator.driver().findElements(By.cssSelector("tr[data-case]")))
                    .as("nothing was added")
                    .hasSize(cases);
            assertThat(coordinator.driver().getPageSource()).doesNotContain("Oikea rivi");
            coordinator.screenshot("rules-10-csv-refused");
            assertThat(coordinator.accessibilityViolations())
                    .as("axe on the test cases with a refused file")
                    .isEmpty();

            java.nio.file.Path good = java.nio.file.Files.createTempFile("good-cases", ".csv");
            java.nio.file.Files.writeString(
                    good,
                    header
                            + "Hilma CSV,CONTACT_SEEKING,KELA_HOUSING_ALLOWANCE,KELA,true,fi,40,false,false,0,"
                            + "GUIDED,,\n"
                            + "Pera CSV,MULTI_UNSKILLED,RENTAL_APARTMENT,MUNICIPALITY,false,fi,58,false,false,0,"
                            + "FULL_ASSISTANCE,MUNICIPALITY,ON_SITE_SPECIALIST\n"
                            + "Pera itsepalveluun,MULTI_UNSKILLED,RENTAL_APARTMENT,MUNICIPALITY,false,fi,58,false,false,0,"
                            + "SELF_SERVICE,,\n");
            coordinator.find("#csvForm\\:csv").sendKeys(good.toAbsolutePath().toString());
            coordinator.clickAndWait("#csvForm\\:importCsv");
            assertThat(coordinator.find("main").getText()).contains("3 testitapausta tuotiin.");
            assertThat(coordinator.has("#csvForm\\:csvProblems")).isFalse();
            assertThat(coordinator.driver().findElements(By.cssSelector("tr[data-case]")))
                    .hasSize(cases + 3);
            assertThat(coordinator.find("#testsSummary").getText())
                    .as("the new cases ran")
                    .isEqualTo("Läpi " + (cases + 2) + " / " + (cases + 3));
            assertThat(testRow(coordinator, "Hilma CSV").getText()).contains("Läpi");
            assertThat(testRow(coordinator, "Pera CSV").getText()).contains("Läpi");
            assertThat(testRow(coordinator, "Pera itsepalveluun").getText()).contains("Ei läpi", "Täysi tuki");
            assertThat(coordinator.accessibilityViolations())
                    .as("axe on the test cases after an import")
                    .isEmpty();
        }
    }

    /**
     * Two coordinators edit one draft in two browsers: the second to save gets the conflict message and sees the
     * first one's change; their own words stay in the open form, so saving again keeps both changes.
     */
    @Test
    void twoCoordinatorsOnOneDraftLoseNoEdit() throws Exception {
        URI base = Deployments.loopback(url);
        try (Browser first = Browser.open(base);
                Browser second = Browser.open(base)) {
            first.signIn("coordinator", "asiointipiste");
            String editor = newDraft(first, "Kahden koordinaattorin luonnos");
            second.signIn("coordinator", "asiointipiste");
            second.go(editor);
            assertThat(second.path()).isEqualTo("/rules/editor.xhtml");

            // Both open a rule's words; the first saves.
            ajax(first, row(first, "kela-repeat-visits").findElement(By.cssSelector("[id$=':words']")));
            ajax(second, row(second, "elderly-without-eid").findElement(By.cssSelector("[id$=':words']")));
            fillWords(first, 0, "Ensimmäisen muutos", "Ensimmäinen koordinaattori kirjoitti tämän.");
            ajax(first, first.find("#ed\\:saveWords"));
            assertThat(first.find("main").getText()).contains("Muutos tallennettiin.");
            assertThat(row(first, "kela-repeat-visits").getText()).contains("Ensimmäisen muutos");

            // The second saves on the version they loaded: refused as a conflict, their page shows the first's change.
            fillWords(second, 0, "Toisen muutos", "Toinen koordinaattori kirjoitti tämän.");
            ajax(second, second.find("#ed\\:saveWords"));
            assertThat(second.find("main").getText())
                    .contains("Joku muu muutti samaa tietoa samaan aikaan")
                    .doesNotContain("Muutos tallennettiin.");
            assertThat(row(second, "kela-repeat-visits").getText()).contains("Ensimmäisen muutos");
            assertThat(row(second, "elderly-without-eid").getText()).doesNotContain("Toisen muutos");
            assertThat(second.find("#ed\\:langs\\:0\\:name").getAttribute("value"))
                    .as("the second's words are still in the form")
                    .isEqualTo("Toisen muutos");
            second.screenshot("rules-11-conflict");
            assertThat(second.accessibilityViolations())
                    .as("axe on the editor after a conflict")
                    .isEmpty();

            // Saving again now goes through: both changes are in the draft.
            ajax(second, second.find("#ed\\:saveWords"));
            assertThat(second.find("main").getText()).contains("Muutos tallennettiin.");
            first.go(editor);
            assertThat(row(first, "kela-repeat-visits").getText()).contains("Ensimmäisen muutos");
            assertThat(row(first, "elderly-without-eid").getText())
                    .contains("Toisen muutos", "Toinen koordinaattori kirjoitti tämän.");
        }
    }

    /** A new draft as a copy of the newest published version; the editor's address (from the context root). */
    static String newDraft(Browser coordinator, String name) {
        coordinator.go("rules/index.xhtml");
        coordinator.clickAndWait(coordinator
                .driver()
                .findElement(By.xpath("//div[@id='ruleSets']//tr[td[contains(., 'Julkaistu')]][last()]//a")));
        coordinator.find("#copyForm\\:copyName").clear();
        coordinator.find("#copyForm\\:copyName").sendKeys(name);
        coordinator.find("#copyForm\\:copyNote").sendKeys("Selaintesti");
        coordinator.clickAndWait("#copyForm\\:copy");
        assertThat(coordinator.path()).isEqualTo("/rules/editor.xhtml");
        return coordinator.driver().getCurrentUrl().replaceFirst("^https?://[^/]+/", "");
    }

    static List<String> inputHeaders(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#decisionTable thead th.input-col")).stream()
                .map(WebElement::getText)
                .toList();
    }

    static void chooseColumn(Browser browser, String name) {
        Select columns = new Select(browser.find("#columnsForm\\:column"));
        String value = columns.getOptions().stream()
                .filter(o -> o.getText().endsWith("(" + name + ")"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no column " + name))
                .getAttribute("value");
        columns.selectByValue(value);
        browser.settle();
        browser.waitFor("#columnsForm\\:newName");
    }

    static WebElement testRow(Browser browser, String name) {
        return browser.driver().findElement(By.xpath("//tr[th[contains(., '" + name + "')]]"));
    }

    static void scenario(URI base) throws Exception {
        String draftAddress;
        try (Browser coordinator = Browser.open(base)) {
            coordinator.signIn("coordinator", "asiointipiste");
            coordinator.go("rules/index.xhtml");
            assertThat(coordinator.accessibilityViolations())
                    .as("axe on the versions")
                    .isEmpty();
            coordinator.clickAndWait(coordinator
                    .driver()
                    .findElement(By.xpath("//div[@id='ruleSets']//tr[td[contains(., 'Julkaistu')]][last()]//a")));
            assertThat(coordinator.path()).isEqualTo("/rules/rule-set.xhtml");
            assertThat(coordinator.find("#decisionTable").getText())
                    .as("the table in the coordinator's own words")
                    .contains(
                            "Asiakasprofiili",
                            "Pera Monitaidoton",
                            "Vuokra-asunnon hakeminen",
                            "Kela",
                            "Täysi tuki",
                            "Toistuvat Kela-käynnit")
                    .doesNotContain("\"MULTI_UNSKILLED\"");
            assertThat(coordinator.find("#hitPolicySentence").getText()).contains("ensimmäinen sääntö");
            assertThat(coordinator.find("#testsSummary").getText()).contains("8 / 8");
            scrollTo(coordinator, "#decisionTable");
            coordinator.screenshot("rules-01-version-in-own-words");
            assertThat(coordinator.accessibilityViolations())
                    .as("axe on a published version")
                    .isEmpty();
            assertFirstColumnStaysInView(coordinator);

            // A new draft as a copy of the version in force.
            coordinator.find("#copyForm\\:copyName").clear();
            coordinator.find("#copyForm\\:copyName").sendKeys("Hilman Kela-asiat");
            coordinator.find("#copyForm\\:copyNote").sendKeys("Kontaktinhakijoille Kelan asiantuntija Kela-asioissa");
            coordinator.clickAndWait("#copyForm\\:copy");
            assertThat(coordinator.path()).isEqualTo("/rules/editor.xhtml");
            draftAddress = coordinator.driver().getCurrentUrl();
            assertThat(coordinator.find("#testSummary").getText()).contains("8/8");
            assertThat(coordinator.accessibilityViolations())
                    .as("axe on the editor")
                    .isEmpty();

            // Copy "Repeated Kela visits" and narrow the copy to contact-seeking customers, whatever their visits.
            ajax(coordinator, row(coordinator, "kela-repeat-visits").findElement(By.cssSelector("[id$=':copy']")));
            assertThat(coordinator.has("tr[data-rule='kela-repeat-visits-2']")).isTrue();
            // Keyboard: focus the profile cell and press Enter; the cell editor opens with the focus on its heading.
            WebElement profileCell = cell(coordinator, "kela-repeat-visits-2", "profile");
            ((JavascriptExecutor) coordinator.driver()).executeScript("arguments[0].focus();", profileCell);
            profileCell.sendKeys(Keys.ENTER);
            coordinator.settle();
            coordinator.waitFor("#cellHeading");
            assertThat(coordinator.driver().switchTo().activeElement().getAttribute("id"))
                    .isEqualTo("cellHeading");
            coordinator
                    .driver()
                    .findElement(By.xpath("//label[normalize-space(.)='Hilma Kontaktinhakija']"))
                    .click();
            coordinator.screenshot("rules-02-cell-picker");
            assertThat(coordinator.accessibilityViolations())
                    .as("axe on the cell picker")
                    .isEmpty();
            ajax(coordinator, coordinator.find("#ed\\:savePicked"));
            assertThat(cell(coordinator, "kela-repeat-visits-2", "profile").getText())
                    .contains("Hilma Kontaktinhakija");

            // The expert field is checked as it is typed.
            ajax(coordinator, cell(coordinator, "kela-repeat-visits-2", "visitsLast90Days"));
            WebElement expert = coordinator.find("#ed\\:expert");
            expert.clear();
            expert.sendKeys("[3..");
            new WebDriverWait(coordinator.driver(), Duration.ofSeconds(10))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class) // replaced by a later check
                    .until(d ->
                            d.findElement(By.id("ed:expertStatus")).getText().contains("ei voi käyttää"));
            expert.clear();
            expert.sendKeys("-");
            new WebDriverWait(coordinator.driver(), Duration.ofSeconds(10))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class) // replaced by a later check
                    .until(d ->
                            d.findElement(By.id("ed:expertStatus")).getText().contains("Kelpaa"));
            ajax(coordinator, coordinator.find("#ed\\:saveExpert"));

            // The rule's name and rationale in three languages.
            ajax(coordinator, row(coordinator, "kela-repeat-visits-2").findElement(By.cssSelector("[id$=':words']")));
            fillWords(coordinator, 0, "Kontaktinhakijan Kela-asiat", NEW_RATIONALE);
            fillWords(coordinator, 1, "Kontaktsökandes FPA-ärenden", "Koppla in FPA:s expert på distans.");
            fillWords(coordinator, 2, "Contact-seeking: Kela errands", "Connect a Kela specialist remotely.");
            ajax(coordinator, coordinator.find("#ed\\:saveWords"));
            assertThat(row(coordinator, "kela-repeat-visits-2").getText())
                    .contains("Kontaktinhakijan Kela-asiat", NEW_RATIONALE);

            // The change makes one test case fail: shown against the check and the row.
            assertThat(coordinator.find("#testSummary").getText()).contains("7/8");
            assertThat(coordinator.find("#failingTests").getText()).contains("Hilma Kontaktinhakija hakee asumistukea");
            assertThat(row(coordinator, "kela-repeat-visits-2").getText()).contains("1 ei läpi");
            assertThat(coordinator.find("#publishState").getText()).isEqualTo("Ei vielä julkaistavissa");
            scrollTo(coordinator, "tr[data-rule='kela-repeat-visits-2']");
            coordinator.screenshot("rules-03-editor-failing-test");
            assertThat(coordinator.accessibilityViolations())
                    .as("axe on the editor with a failing test")
                    .isEmpty();

            // Undo and redo the last change through the page: undo brings the old words back.
            ajax(coordinator, coordinator.find("#ed\\:undo"));
            assertThat(row(coordinator, "kela-repeat-visits-2").getText()).doesNotContain(NEW_RATIONALE);
            ajax(coordinator, row(coordinator, "kela-repeat-visits-2").findElement(By.cssSelector("[id$=':words']")));
            fillWords(coordinator, 0, "Kontaktinhakijan Kela-asiat", NEW_RATIONALE);
            fillWords(coordinator, 1, "Kontaktsökandes FPA-ärenden", "Koppla in FPA:s expert på distans.");
            fillWords(coordinator, 2, "Contact-seeking: Kela errands", "Connect a Kela specialist remotely.");
            ajax(coordinator, coordinator.find("#ed\\:saveWords"));

            // A DMN file replaces the table. A file that is not DMN is refused with the reason and nothing changes; a
            // readable file with a cell the engine cannot parse is taken, and the error shows on the rule it concerns;
            // undo brings the draft back.
            java.nio.file.Path notDmn = java.nio.file.Files.createTempFile("not-dmn", ".dmn");
            java.nio.file.Files.writeString(notDmn, "tämä ei ole DMN-tiedosto");
            coordinator
                    .find("#importForm\\:file")
                    .sendKeys(notDmn.toAbsolutePath().toString());
            coordinator.clickAndWait("#importForm\\:replace");
            assertThat(coordinator.find("main").getText()).contains("Tiedostoa ei voitu lukea DMN-päätöstauluna");
            assertThat(coordinator.find("#importForm\\:importProblems").getText())
                    .contains("Tiedosto ei ole hyväksyttävää XML:ää");
            assertThat(coordinator.find("#testSummary").getText()).contains("7/8");
            assertThat(row(coordinator, "kela-repeat-visits-2").getText()).contains(NEW_RATIONALE);
            String seed;
            try (java.io.InputStream in =
                    RulesBrowserIT.class.getResourceAsStream("/fi/asiointipiste/routing/seed-routing.dmn")) {
                seed = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
            String brokenXml = seed.replace(
                    "<inputEntry id=\"elderly-without-eid-i6\"><text>&gt;= 75</text>",
                    "<inputEntry id=\"elderly-without-eid-i6\"><text>[75..</text>");
            assertThat(brokenXml).isNotEqualTo(seed);
            java.nio.file.Path broken = java.nio.file.Files.createTempFile("broken-cell", ".dmn");
            java.nio.file.Files.writeString(broken, brokenXml);
            coordinator
                    .find("#importForm\\:file")
                    .sendKeys(broken.toAbsolutePath().toString());
            coordinator.clickAndWait("#importForm\\:replace");
            assertThat(coordinator.find("main").getText())
                    .contains("Taulu korvattiin tiedoston säännöillä.")
                    .doesNotContain("Tiedosto ei ole hyväksyttävää XML:ää");
            assertThat(coordinator.has("tr[data-rule='kela-repeat-visits-2']")).isFalse();
            assertThat(row(coordinator, "elderly-without-eid").getText())
                    .contains("Virhe", "Ehdon kirjoitusasu on virheellinen");
            assertThat(coordinator.find("#publishState").getText()).isEqualTo("Ei vielä julkaistavissa");
            scrollTo(coordinator, "tr[data-rule='elderly-without-eid']");
            coordinator.screenshot("rules-08-import-error-on-its-row");
            assertThat(coordinator.accessibilityViolations())
                    .as("axe on the editor after an import")
                    .isEmpty();
            ajax(coordinator, coordinator.find("#ed\\:undo"));
            assertThat(row(coordinator, "kela-repeat-visits-2").getText()).contains(NEW_RATIONALE);
            assertThat(coordinator.find("#testSummary").getText()).contains("7/8");

            // Fix the test case: Hilma's housing allowance now expects the Kela specialist.
            coordinator.clickAndWait("#toTests");
            assertThat(coordinator.find("#testsSummary").getText()).contains("7 / 8");
            assertThat(coordinator.accessibilityViolations())
                    .as("axe on the test cases")
                    .isEmpty();
            WebElement failing = coordinator
                    .driver()
                    .findElement(By.xpath("//tr[th[contains(., 'Hilma Kontaktinhakija hakee asumistukea')]]"));
            assertThat(failing.getText()).contains("Ei läpi", "Kela");
            ajax(coordinator, failing.findElement(By.cssSelector("[id$=':editCase']")));
            new Select(coordinator.find("#caseForm\\:agency")).selectByValue("KELA");
            new Select(coordinator.find("#caseForm\\:mode")).selectByValue("REMOTE_SPECIALIST");
            coordinator.screenshot("rules-04-test-case");
            assertThat(coordinator.accessibilityViolations())
                    .as("axe on the test-case form")
                    .isEmpty();
            ajax(coordinator, coordinator.find("#caseForm\\:saveCase"));
            assertThat(coordinator.find("#testsSummary").getText()).contains("8 / 8");

            // Compare with the version in force: the added rule is highlighted.
            coordinator.go(draftAddress.replaceFirst("^https?://[^/]+/", ""));
            coordinator.clickAndWait("#toDiff");
            assertThat(coordinator.path()).isEqualTo("/rules/diff.xhtml");
            assertThat(coordinator.find("#diffSummary").getText()).contains("lisättyjä sääntöjä 1");
            assertThat(coordinator.find("tr.diff-added").getText())
                    .contains("Kontaktinhakijan Kela-asiat", "Hilma Kontaktinhakija");
            scrollTo(coordinator, "tr.diff-added");
            coordinator.screenshot("rules-05-diff");
            assertThat(coordinator.accessibilityViolations())
                    .as("axe on the diff")
                    .isEmpty();

            // Publish now to two pilot points, with a note; the keyboard submits the form.
            coordinator.go(draftAddress.replaceFirst("^https?://[^/]+/", "").replace("editor.xhtml", "rule-set.xhtml"));
            assertThat(coordinator.find("#actions\\:publish").isEnabled()).isTrue();
            coordinator.find("#actions\\:publishNote").sendKeys("Pilotti Pielavedellä ja Keiteleellä");
            coordinator.find("label[for='actions:allPoints:1']").click();
            coordinator
                    .driver()
                    .findElement(By.xpath("//label[contains(., 'Pielaveden yhteinen asiointipiste')]"))
                    .click();
            coordinator
                    .driver()
                    .findElement(By.xpath("//label[contains(., 'Keiteleen yhteinen asiointipiste')]"))
                    .click();
            scrollTo(coordinator, "#actions\\:publish");
            coordinator.screenshot("rules-06-publish");
            assertThat(coordinator.accessibilityViolations())
                    .as("axe on a draft's page")
                    .isEmpty();
            coordinator.andWait(() -> coordinator.find("#actions\\:publish").sendKeys(Keys.ENTER));
            assertThat(coordinator.find("#status").getText())
                    .as(coordinator.find("main").getText())
                    .isEqualTo("Julkaistu");
            assertThat(coordinator.find("#scope").getText())
                    .contains("Pielavesi", "Keitele")
                    .doesNotContain("Tervo");

            // The same version in Swedish and English: headers, values, the new rule's words, the hit policy.
            coordinator.clickAndWait(coordinator.driver().findElement(By.linkText("Svenska")));
            assertThat(coordinator.find("#decisionTable").getText())
                    .contains("Kundprofil", "Kontaktsökandes FPA-ärenden", "Koppla in FPA:s expert på distans.");
            assertThat(coordinator.find("#hitPolicySentence").getText()).contains("den första regel");
            assertThat(coordinator.accessibilityViolations())
                    .as("axe on a version in Swedish")
                    .isEmpty();
            coordinator.clickAndWait(coordinator.driver().findElement(By.linkText("English")));
            assertThat(coordinator.find("#decisionTable").getText())
                    .contains(
                            "Customer profile", "Contact-seeking: Kela errands", "Connect a Kela specialist remotely.")
                    .doesNotContain("Asiakasprofiili");
            assertThat(coordinator.find("#hitPolicySentence").getText())
                    .contains("the first rule whose conditions hold");
            assertThat(coordinator.accessibilityViolations())
                    .as("axe on a version in English")
                    .isEmpty();
            coordinator.clickAndWait(coordinator.driver().findElement(By.linkText("Suomi")));
        }

        // A clerk at a pilot point gets the new recommendation; a clerk at another point does not.
        String pilot = recommendationAt(base, "clerk", "Pielavesi");
        String elsewhere = recommendationAt(base, "clerk2", "Tervo");
        assertThat(pilot).contains("Kela", "Asiantuntija etäyhteydellä", NEW_RATIONALE);
        assertThat(elsewhere).doesNotContain(NEW_RATIONALE, "Asiantuntija etäyhteydellä");
    }

    /** Hilma applies for housing allowance at a point; the task card and its "why" as the clerk sees them. */
    static String recommendationAt(URI base, String user, String point) throws Exception {
        try (Browser clerk = Browser.open(base)) {
            clerk.signIn(user, "asiointipiste");
            clerk.go("front-desk/index.xhtml");
            clerk.clickAndWait(clerk.driver().findElement(By.linkText(point)));
            clerk.clickAndWait("#queueForm\\:serveWalkIn");
            List<WebElement> profiles = clerk.driver().findElements(By.cssSelector("button[id$='chooseProfile']"));
            WebElement hilma = profiles.stream()
                    .filter(b -> b.getText().contains("Hilma"))
                    .findFirst()
                    .orElseThrow();
            ajax(clerk, hilma);
            WebElement input = clerk.find("#visitForm\\:taskInput_input");
            input.sendKeys("Yleisen asumistuen");
            clerk.waitFor("li.ui-autocomplete-item").click();
            clerk.settle();
            clerk.waitFor(".task");
            ajax(clerk, clerk.driver().findElement(By.xpath("//button[.//span[text()='Miksi?']]")));
            clerk.screenshot("rules-07-clerk-" + point.toLowerCase());
            return clerk.find(".task").getText();
        }
    }

    static WebElement row(Browser browser, String ruleId) {
        return browser.find("tr[data-rule='" + ruleId + "']");
    }

    static WebElement cell(Browser browser, String ruleId, String column) {
        return browser.find("a[data-rule='" + ruleId + "'][data-column='" + column + "']");
    }

    static void fillWords(Browser browser, int language, String name, String rationale) {
        WebElement nameField = browser.find("#ed\\:langs\\:" + language + "\\:name");
        nameField.clear();
        nameField.sendKeys(name);
        WebElement rationaleField = browser.find("#ed\\:langs\\:" + language + "\\:rationale");
        rationaleField.clear();
        rationaleField.sendKeys(rationale);
    }

    static void ajax(Browser browser, WebElement element) {
        element.click();
        browser.settle();
    }

    static void scrollTo(Browser browser, String css) {
        ((JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView({block: 'center'});", browser.find(css));
    }

    /** The table scrolls sideways inside its region while the rule column keeps its place; no cell is cut. */
    static void assertFirstColumnStaysInView(Browser browser) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        String sizes = (String)
                js.executeScript("var r = document.querySelector('#decisionTable').closest('.workbench-scroll');"
                        + "return r.scrollWidth + ' ' + r.clientWidth + ' ' + Math.round(r.getBoundingClientRect().right) + ' '"
                        + " + document.documentElement.clientWidth + ' ' + document.documentElement.scrollWidth;");
        String[] s = sizes.split(" ");
        assertThat(Integer.parseInt(s[0]))
                .as("the table is wider than its region and scrolls in it: " + sizes)
                .isGreaterThan(Integer.parseInt(s[1]));
        assertThat(Integer.parseInt(s[4]))
                .as("the page itself does not scroll sideways: " + sizes)
                .isLessThanOrEqualTo(Integer.parseInt(s[3]));
        Number before = (Number) js.executeScript(
                "return document.querySelector('#decisionTable tbody th').getBoundingClientRect().left;");
        js.executeScript("document.querySelector('#decisionTable').closest('.workbench-scroll').scrollLeft = 600;");
        Number after = (Number) js.executeScript(
                "return document.querySelector('#decisionTable tbody th').getBoundingClientRect().left;");
        assertThat(after.doubleValue()).as("the rule column is sticky").isEqualTo(before.doubleValue());
        Object clipped =
                js.executeScript("return Array.from(document.querySelectorAll('#decisionTable td, #decisionTable th'))"
                        + ".some(function (c) { return c.scrollWidth > c.clientWidth + 1; });");
        assertThat(clipped).as("no cell cuts its text").isEqualTo(false);
        js.executeScript("document.querySelector('#decisionTable').closest('.workbench-scroll').scrollLeft = 0;");
    }
}
