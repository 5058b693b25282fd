package fi.asiointipiste.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The data protection officer's question answered from the admin pages: a clerk identifies a customer at the desk;
 * the administrator opens the subject-access report (what is held, who read it) and the person's events in the
 * audit search, checks the chain; axe-core on each page, keyboard only for the forms.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PrivacyBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL url;

    @Test
    void anAdministratorSeesWhatIsHeldAboutAPersonAndWhoReadItThenSearchesTheTrail() throws Exception {
        URI base = Deployments.loopback(url);
        String code = "050505-5" + "05" + check("050505505");
        try (Browser clerk = Browser.open(base)) {
            clerk.signIn("clerk", "asiointipiste");
            clerk.go("front-desk/index.xhtml");
            clerk.clickAndWait("#queueForm\\:serveWalkIn");
            clerk.driver()
                    .findElement(By.cssSelector("#visitForm details summary"))
                    .click();
            clerk.find("#visitForm\\:newName").sendKeys("Tiina Tietopyyntö");
            clerk.find("#visitForm\\:newCode").sendKeys(code);
            clerk.find("#visitForm\\:createCustomer").click();
            clerk.settle();
            assertThat(clerk.find("#visitForm\\:identified").getText()).contains("Tiina Tietopyyntö");
        }
        try (Browser admin = Browser.open(base)) {
            admin.signIn("admin", "asiointipiste");
            admin.go("admin/index.xhtml");
            admin.clickAndWait("#subjectAccess");
            assertThat(admin.path()).endsWith("admin/subject.xhtml");
            admin.find("#subjectForm\\:query").sendKeys("x' OR a=a");
            admin.andWait(() -> admin.find("#subjectForm\\:query").sendKeys(Keys.ENTER));
            assertThat(admin.find("body").getText()).contains("Anna kelvollinen henkilötunnus tai asiakkaan numero.");
            admin.find("#subjectForm\\:query").clear();
            admin.find("#subjectForm\\:query").sendKeys(code);
            admin.andWait(() -> admin.find("#subjectForm\\:query").sendKeys(Keys.ENTER));
            assertThat(admin.driver().getCurrentUrl()).doesNotContain("050505");
            assertThat(admin.has("#name")).as(admin.find("body").getText()).isTrue();
            assertThat(admin.find("#name").getText()).isEqualTo("Tiina Tietopyyntö");
            assertThat(admin.find("#code").getText()).isEqualTo("050505-****");
            assertThat(admin.find("#visits").getText()).contains("WALK_IN");
            assertThat(admin.find("#reads").getText()).contains("clerk", "CUSTOMER_OPENED", "CUSTOMER_CREATED");
            admin.screenshot("privacy-01-subject-access-report");
            assertThat(admin.accessibilityViolations())
                    .as("axe on " + admin.path())
                    .isEmpty();
            assertThat(admin.cspViolations()).isEmpty();

            admin.clickAndWait("#inTrail");
            assertThat(admin.find("#events").getText()).contains("CUSTOMER_OPENED", "SUBJECT_ACCESS_REPORT", "admin");
            admin.find("#auditForm\\:actor").sendKeys("clerk");
            admin.clickAndWait("#auditForm\\:search");
            assertThat(admin.find("#events").getText())
                    .contains("CUSTOMER_OPENED")
                    .doesNotContain("SUBJECT_ACCESS_REPORT");
            admin.clickAndWait("#auditForm\\:check");
            assertThat(admin.find("body").getText()).contains("Lokin ketju on ehjä");
            admin.screenshot("privacy-02-audit-search");
            assertThat(admin.accessibilityViolations())
                    .as("axe on " + admin.path())
                    .isEmpty();
            assertThat(admin.cspViolations()).isEmpty();
        }
    }

    /** A double-submitted walk-in (the same rendered form posted twice) starts one visit, not two. */
    @Test
    void aDoubleSubmittedWalkInCreatesOneVisit() throws Exception {
        StaffClient clerk = new StaffClient(Deployments.loopback(url));
        clerk.signIn("clerk", "asiointipiste");
        String page = clerk.get("front-desk/index.xhtml").body();
        java.util.regex.Matcher token = java.util.regex.Pattern.compile(
                        "name=\"queueForm:walkInToken\"[^>]*?value=\"([0-9a-f]{32})\"")
                .matcher(page);
        assertThat(token.find()).as("the queue form carries a one-time token").isTrue();
        int inServiceBefore = counter(page, 1);
        java.util.Map<String, String> fields = java.util.Map.of(
                "queueForm", "queueForm", "queueForm:walkInToken", token.group(1), "queueForm:serveWalkIn", "x");
        clerk.postForm("front-desk/index.xhtml", page, fields);
        clerk.postForm("front-desk/index.xhtml", page, fields);
        String after = clerk.get("front-desk/index.xhtml").body();
        assertThat(counter(after, 1)).as("the second submission added nobody").isEqualTo(inServiceBefore + 1);
    }

    /**
     * A forged role action with a valid view state: a supervisor (read-only at the desk) posts the clerks' walk-in
     * buttons of the queue form with their own page's view state. Nothing is created, and no server error.
     */
    @Test
    void aSupervisorForgingTheClerksWalkInButtonsCreatesNothing() throws Exception {
        StaffClient supervisor = new StaffClient(Deployments.loopback(url));
        supervisor.signIn("supervisor", "asiointipiste");
        java.net.http.HttpResponse<String> open = supervisor.get("front-desk/index.xhtml");
        assertThat(open.statusCode()).isEqualTo(200);
        String page = open.body();
        assertThat(page).doesNotContain("queueForm:serveWalkIn");
        int waitingBefore = counter(page, 0);
        int inServiceBefore = inService(page);
        for (String button : new String[] {"queueForm:serveWalkIn", "queueForm:queueWalkIn", "queueForm:callNext"}) {
            java.net.http.HttpResponse<byte[]> forged = supervisor.postForm(
                    "front-desk/index.xhtml", page, java.util.Map.of("queueForm", "queueForm", button, "x"));
            assertThat(forged.statusCode()).as(button).isLessThan(500);
            String after = supervisor.get("front-desk/index.xhtml").body();
            assertThat(counter(after, 0)).as(button).isEqualTo(waitingBefore);
            assertThat(inService(after)).as(button).isEqualTo(inServiceBefore);
        }
    }

    private static int inService(String page) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<span class=\"counter-value\">(\\d+)</span>")
                .matcher(page);
        assertThat(m.find() && m.find()).as("the queue's counters").isTrue();
        return Integer.parseInt(m.group(1));
    }

    /** The queue's n-th counter (0 waiting, 1 in service, 2 done, 3 no-shows). */
    private static int counter(String page, int n) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<span class=\"counter-value\">(\\d+)</span>")
                .matcher(page);
        for (int i = 0; i <= n; i++) {
            assertThat(m.find()).as("the queue's counters").isTrue();
        }
        return Integer.parseInt(m.group(1));
    }

    private static char check(String nineDigits) {
        return "0123456789ABCDEFHJKLMNPRSTUVWXY".charAt((int) (Long.parseLong(nineDigits) % 31));
    }
}
