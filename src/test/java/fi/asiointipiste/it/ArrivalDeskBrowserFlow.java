package fi.asiointipiste.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The browser part of {@link ArrivalDeskIT}: on the public booking page (no sign-in) a customer chooses Tervo, the
 * tax card and Swedish, sees the time's length and the free times, books the first one and gets a code; in a fresh
 * browser they find the time with the code and cancel it. axe-core on every step; screenshots to target/screenshots
 * (booking-*). A class of its own so that the container never loads Selenium.
 */
final class ArrivalDeskBrowserFlow {

    private ArrivalDeskBrowserFlow() {
    }

    static void selfBookAndCancel(URI base) throws Exception {
        String code;
        try (Browser customer = Browser.open(base)) {
            customer.go("booking/index.xhtml");
            assertThat(customer.path()).endsWith("/booking/index.xhtml").as("no sign-in asked");
            assertThat(customer.accessibilityViolations()).as("axe on the booking page").isEmpty();
            new Select(customer.find("#bookForm\\:point")).selectByVisibleText("Tervon yhteinen asiointipiste");
            customer.driver().findElement(By.xpath("//label[normalize-space()='Verokortti']")).click();
            customer.driver().findElement(By.cssSelector("input[name='bookForm:language'][value='sv']")).click();
            customer.screenshot("booking-01-choices");
            customer.clickAndWait("#bookForm\\:showTimes");
            assertThat(customer.find("#bookForm\\:planLength, #planLength").getText()).contains("minuuttia");
            assertThat(customer.accessibilityViolations()).as("axe on the free times").isEmpty();
            customer.driver().findElement(By.cssSelector("input[name='bookForm:start']")).click();
            customer.screenshot("booking-02-times");
            customer.clickAndWait("#bookForm\\:book");
            code = customer.find("#bookedCode").getText();
            assertThat(code).matches("[A-Z0-9]{6}");
            assertThat(customer.find("main").getText()).contains("Aika on varattu.", "Tervon yhteinen asiointipiste");
            customer.screenshot("booking-03-code");
            assertThat(customer.accessibilityViolations()).as("axe on the confirmation").isEmpty();
        }
        try (Browser later = Browser.open(base)) {
            later.go("booking/index.xhtml");
            later.find("#codeForm\\:code").sendKeys(code.toLowerCase());
            later.clickAndWait("#codeForm\\:find");
            assertThat(later.find("#foundTime").getText()).contains("Tervon yhteinen asiointipiste");
            assertThat(later.find("#found").getText()).contains("Verokortti");
            later.screenshot("booking-04-found");
            assertThat(later.accessibilityViolations()).as("axe on the found booking").isEmpty();
            later.clickAndWait("#codeForm\\:cancelTime");
            assertThat(later.find("main").getText()).contains("Aika on peruttu.");
            later.find("#codeForm\\:code").sendKeys(code);
            later.clickAndWait("#codeForm\\:find");
            assertThat(later.find("main").getText()).contains("Tällä koodilla ei löydy tulevaa varausta.");
        }
    }
}
