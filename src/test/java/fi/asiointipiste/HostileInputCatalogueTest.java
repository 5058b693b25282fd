package fi.asiointipiste;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.asiointipiste.customers.entity.Customer;
import fi.asiointipiste.customers.entity.PersonalIdentityCode;
import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.platform.i18n.RefusedAction;
import fi.asiointipiste.platform.text.HumanText;
import fi.asiointipiste.platform.text.SpreadsheetCells;
import fi.asiointipiste.statistics.control.TableData;
import fi.asiointipiste.statistics.control.TableExport;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile-input catalogue of issue 12 (the part that needs no server): each case is an input an attacker or a
 * careless paste produces, and each ends in a refusal whose message exists in Finnish, Swedish and English (so the
 * user sees a clear translated text, never a stack trace or "???key???"), or — for exports — in a cell no spreadsheet
 * evaluates. The rules tested are the ones the facades and entities call ({@link HumanText} for names and notes,
 * {@link PersonalIdentityCode} for identity codes, {@link Customer#nameSearchPattern} for searches,
 * {@link SpreadsheetCells} for every CSV/XLSX); that nothing is stored is shown in the container by HostileInputIT.
 */
class HostileInputCatalogueTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
    private static final String TEN_THOUSAND = "a".repeat(10_000);

    /** One refused input: what it is, the input, how it is checked, and the message key it must end in. */
    record Refusal(String name, String input, Check check, String key) {
        @Override
        public String toString() {
            return name;
        }
    }

    interface Check {
        void apply(String input);
    }

    private static final Check CUSTOMER_NAME = in -> HumanText.name(in, Customer.NAME_MAX, "frontDesk.customer.name");
    private static final Check CLOSING_NOTE = in -> HumanText.note(in, 2000, "frontDesk.close.notes");
    private static final Check ONE_LINE = in -> HumanText.line(in, 200, "frontDesk.customer.name");
    private static final Check NAME_SEARCH = Customer::nameSearchPattern;
    private static final Check IDENTITY_CODE = in -> {
        PersonalIdentityCode.Problem problem = PersonalIdentityCode.problemOf(in, TODAY);
        if (problem != null) {
            throw new RefusedAction(problem.messageKey(), "identity code refused: " + problem);
        }
    };

    static Stream<Refusal> refusals() {
        List<Refusal> cases = new ArrayList<>(List.of(
                // identity codes
                new Refusal(
                        "code with a wrong check character",
                        "131052-308U",
                        IDENTITY_CODE,
                        "frontDesk.customer.codeInvalid"),
                new Refusal(
                        "code of 31 February",
                        "310252-308" + check("310252308"),
                        IDENTITY_CODE,
                        "frontDesk.customer.codeInvalid"),
                new Refusal(
                        "code of 29 February of a common year",
                        "290223A002" + check("290223002"),
                        IDENTITY_CODE,
                        "frontDesk.customer.codeInvalid"),
                new Refusal(
                        "code born in the future",
                        "010130A002" + check("010130002"),
                        IDENTITY_CODE,
                        "customers.code.futureDate"),
                new Refusal(
                        "code with individual number 000",
                        "131052-000S",
                        IDENTITY_CODE,
                        "customers.code.individualNumber"),
                new Refusal(
                        "code with individual number 001",
                        "131052-001T",
                        IDENTITY_CODE,
                        "customers.code.individualNumber"),
                new Refusal(
                        "code with a hyphen U+2010", "131052\u2010308T", IDENTITY_CODE, "customers.code.lookalikeDash"),
                new Refusal(
                        "code with an en dash U+2013",
                        "131052\u2013308T",
                        IDENTITY_CODE,
                        "customers.code.lookalikeDash"),
                new Refusal(
                        "code with a minus sign U+2212",
                        "131052\u2212308T",
                        IDENTITY_CODE,
                        "customers.code.lookalikeDash"),
                new Refusal(
                        "code with a full-width hyphen U+FF0D",
                        "131052\uFF0D308T",
                        IDENTITY_CODE,
                        "customers.code.lookalikeDash"),
                new Refusal(
                        "code with an unknown century sign",
                        "131052G308T",
                        IDENTITY_CODE,
                        "frontDesk.customer.codeInvalid"),
                new Refusal("code too short", "131052-308", IDENTITY_CODE, "frontDesk.customer.codeInvalid"),
                new Refusal(
                        "code with letters for digits", "13I052-308T", IDENTITY_CODE, "frontDesk.customer.codeInvalid"),
                new Refusal(
                        "code with a SQL tail",
                        "131052-308T' OR '1'='1",
                        IDENTITY_CODE,
                        "frontDesk.customer.codeInvalid"),
                // names
                new Refusal("name with EL #{…}", "#{7*7}", CUSTOMER_NAME, HumanText.NAME_CHARACTERS),
                new Refusal("name with EL ${…}", "${7*7}", CUSTOMER_NAME, HumanText.NAME_CHARACTERS),
                new Refusal(
                        "name with a script tag",
                        "<script>alert(1)</script>",
                        CUSTOMER_NAME,
                        HumanText.NAME_CHARACTERS),
                new Refusal(
                        "name with an image tag",
                        "Matti <img src=x onerror=alert(1)>",
                        CUSTOMER_NAME,
                        HumanText.NAME_CHARACTERS),
                new Refusal(
                        "name with a right-to-left override U+202E",
                        "Matti \u202EnenialliV",
                        CUSTOMER_NAME,
                        HumanText.CONTROL),
                new Refusal(
                        "name with a left-to-right isolate U+2066",
                        "Matti\u2066 Virtanen",
                        CUSTOMER_NAME,
                        HumanText.CONTROL),
                new Refusal(
                        "name with a bell control character", "Matti\u0007 Virtanen", CUSTOMER_NAME, HumanText.CONTROL),
                new Refusal("name with NUL", "Matti\u0000Virtanen", CUSTOMER_NAME, HumanText.CONTROL),
                new Refusal("name with a line break", "Matti\nVirtanen", CUSTOMER_NAME, HumanText.CONTROL),
                new Refusal("name of 10,000 characters", TEN_THOUSAND, CUSTOMER_NAME, HumanText.TOO_LONG),
                new Refusal("name with digits", "Matti 7", CUSTOMER_NAME, HumanText.NAME_CHARACTERS),
                new Refusal(
                        "name with a formula", "=HYPERLINK(\"http://x\")", CUSTOMER_NAME, HumanText.NAME_CHARACTERS),
                new Refusal("name with a lone surrogate", "Matti \uD800", CUSTOMER_NAME, HumanText.CONTROL),
                // notes
                new Refusal(
                        "closing note with EL #{…}",
                        "Asia hoidettu #{facesContext.externalContext}",
                        CLOSING_NOTE,
                        HumanText.MARKUP),
                new Refusal("closing note with EL ${…}", "Asia ${applicationScope}", CLOSING_NOTE, HumanText.MARKUP),
                new Refusal(
                        "closing note with a script tag",
                        "ok <script>fetch('/api')</script>",
                        CLOSING_NOTE,
                        HumanText.MARKUP),
                new Refusal("closing note with an HTML comment", "ok <!-- hidden -->", CLOSING_NOTE, HumanText.MARKUP),
                new Refusal("closing note with U+202E", "maksettu \u202E000 01", CLOSING_NOTE, HumanText.CONTROL),
                new Refusal("closing note with NUL", "note\u0000", CLOSING_NOTE, HumanText.CONTROL),
                new Refusal("closing note with an escape character", "\u001B[31mred", CLOSING_NOTE, HumanText.CONTROL),
                new Refusal("closing note of 10,000 characters", TEN_THOUSAND, CLOSING_NOTE, HumanText.TOO_LONG),
                new Refusal("one-line text with a line break", "room 1\r\nroom 2", ONE_LINE, HumanText.LINE_BREAK),
                // searches
                new Refusal("name search %%", "%%", NAME_SEARCH, "frontDesk.customer.searchInvalid"),
                new Refusal("name search __", "__", NAME_SEARCH, "frontDesk.customer.searchInvalid"),
                new Refusal(
                        "name search of two letters and wildcards",
                        "a%b_",
                        NAME_SEARCH,
                        "frontDesk.customer.searchInvalid"),
                new Refusal(
                        "name search with a JPQL fragment",
                        "x' OR c.id > 0 OR c.fullName LIKE '",
                        NAME_SEARCH,
                        "frontDesk.customer.searchInvalid"),
                new Refusal(
                        "name search with a statement separator",
                        "abc; DELETE FROM customer",
                        NAME_SEARCH,
                        "frontDesk.customer.searchInvalid"),
                new Refusal(
                        "name search with backslashes", "\\\\\\\\", NAME_SEARCH, "frontDesk.customer.searchInvalid"),
                new Refusal("name search of spaces", "     ", NAME_SEARCH, "frontDesk.customer.searchInvalid")));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void isRefusedWithATranslatedMessage(Refusal refusal) {
        assertThatThrownBy(() -> refusal.check().apply(refusal.input()))
                .isInstanceOfSatisfying(RefusedAction.class, refused -> {
                    assertThat(refused.key()).isEqualTo(refusal.key());
                    for (String language : List.of("fi", "sv", "en")) {
                        String text = Messages.text(Locale.forLanguageTag(language), refused.key(), refused.args());
                        assertThat(text)
                                .doesNotContain("???")
                                .doesNotContain("{0}")
                                .doesNotContain("field:")
                                .doesNotContain(refusal.input().length() > 3 ? refusal.input() : "\u0000\u0000");
                    }
                });
    }

    /** JSON bodies of the API with a NUL (PostgreSQL cannot store one): refused as 400 naming the member. */
    static Stream<Arguments> nulInJson() {
        return Stream.of(
                Arguments.of("{\"note\":\"Tuo\\u0000paperit\"}", "note"),
                Arguments.of("{\"note\":\"\\u0000\"}", "note"),
                Arguments.of("{\"taskCodes\":[\"TAX_CARD\\u0000\"]}", "$"),
                Arguments.of("{\"outcomes\":[{\"note\":\"x\\u0000\"}]}", "note"),
                Arguments.of("{\"no\\u0000te\":\"x\"}", "$"));
    }

    @ParameterizedTest(name = "JSON {0}")
    @MethodSource("nulInJson")
    void aNulInAJsonBodyIsRefusedWithATranslatedMessage(String json, String member) {
        assertThatThrownBy(() -> fi.asiointipiste.platform.rest.StrictJson.parse(json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(fi.asiointipiste.platform.rest.StrictJson.BadBody.class, bad -> {
                    assertThat(bad.code()).isEqualTo("api.json.nul");
                    assertThat(bad.details()).containsEntry("field", member);
                    for (String language : List.of("fi", "sv", "en")) {
                        assertThat(Messages.text(Locale.forLanguageTag(language), bad.code(), member))
                                .doesNotContain("???")
                                .contains(member);
                    }
                });
        assertThat(fi.asiointipiste.platform.rest.StrictJson.parse(
                        json.replace("\\u0000", " ").getBytes(StandardCharsets.UTF_8)))
                .as("the same body without the NUL")
                .isNotNull();
    }

    @Test
    void theCatalogueHasAtLeastFortyRefusals() {
        assertThat(refusals().count() + formulas().count() + nulInJson().count() + 3)
                .isGreaterThanOrEqualTo(40);
    }

    @Test
    void onlyZeroWidthSpacesAreNoNameAtAll() {
        // HumanText gives "blank" (null): the facade then refuses with "name required" (CustomersTest in the IT).
        assertThat(HumanText.name("\u200B\u200B\u200B", 200, "frontDesk.customer.name"))
                .isNull();
        assertThat(HumanText.isBlank("\u200B\uFEFF \u2060")).isTrue();
    }

    @Test
    void eachCenturySignOf2023IsADistinctPerson() {
        // The signs of the 2023 reform: - Y X W V U for the 1900s and A B C D E F for the 2000s, + for the 1800s.
        String date = "010101";
        String individual = "123";
        Set<String> values = new HashSet<>();
        Set<LocalDate> births = new HashSet<>();
        for (char sign : "+-YXWVUABCDEF".toCharArray()) {
            String code = date + sign + individual + check(date + individual);
            PersonalIdentityCode parsed = PersonalIdentityCode.parse(code, TODAY)
                    .orElseThrow(() -> new AssertionError("valid code refused: " + code));
            values.add(parsed.value());
            births.add(parsed.birthDate());
        }
        assertThat(values).hasSize(13); // thirteen distinct persons, never merged
        assertThat(births)
                .containsExactlyInAnyOrder(
                        LocalDate.of(1801, 1, 1), LocalDate.of(1901, 1, 1), LocalDate.of(2001, 1, 1));
    }

    @Test
    void temporaryCodesAreFlagged() {
        String code = "131052-9" + "00";
        String full = code + check("131052900");
        assertThat(PersonalIdentityCode.parse(full, TODAY))
                .hasValueSatisfying(c -> assertThat(c.isTemporary()).isTrue());
        assertThat(PersonalIdentityCode.parse("131052-308T", TODAY)
                        .orElseThrow()
                        .isTemporary())
                .isFalse();
    }

    static Stream<Arguments> formulas() {
        return Stream.of(
                Arguments.of("=1+1"),
                Arguments.of("+1+1"),
                Arguments.of("-1+1"),
                Arguments.of("@SUM(A1)"),
                Arguments.of("\t=1+1"),
                Arguments.of("\r=1+1"),
                Arguments.of("=HYPERLINK(\"http://evil\",\"x\")"));
    }

    @ParameterizedTest(name = "export cell {0}")
    @MethodSource("formulas")
    void noExportedCellIsAFormula(String text) {
        TableData table = new TableData("tasks", "title")
                .column("task", TableData.Kind.TEXT)
                .column("count", TableData.Kind.COUNT)
                .row(text, 40L);
        String csv = new String(TableExport.csv(table, k -> k, List.of()), StandardCharsets.UTF_8);
        assertThat(csv).contains("\"'" + text.replace("\"", "\"\"") + "\"");
        // In the workbook every text is an inline string (never evaluated): no formula element anywhere.
        String sheet = sheetOf(TableExport.xlsx(table, k -> k, List.of()));
        assertThat(sheet)
                .doesNotContain("<f>")
                .doesNotContain("<f ")
                .contains("t=\"inlineStr\"><is><t>" + SpreadsheetCells.xmlText(text) + "</t>");
    }

    private static String sheetOf(byte[] xlsx) {
        try (java.util.zip.ZipInputStream zip =
                new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(xlsx))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        throw new AssertionError("no sheet in the workbook");
    }

    @Test
    void plainNegativeNumbersStayNumbers() {
        assertThat(SpreadsheetCells.neutralised("-5")).isEqualTo("-5");
        assertThat(SpreadsheetCells.neutralised("-5,5")).isEqualTo("-5,5");
    }

    @Test
    void aControlCharacterCannotBreakAWorkbook() {
        assertThat(SpreadsheetCells.xmlText("a\u0001b\uFFFEc<d>&")).isEqualTo("a\uFFFDb\uFFFDc&lt;d&gt;&amp;");
    }

    static Stream<Arguments> maliciousDmn() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\">&x;</definitions>";
        String laughs =
                "<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"lol\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">"
                        + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">]><definitions>&c;</definitions>";
        String huge = "<definitions>" + "<x/>".repeat(3_000_000) + "</definitions>";
        String xinclude =
                "<definitions xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include href=\"file:///etc/passwd\""
                        + " parse=\"text\"/></definitions>";
        return Stream.of(
                Arguments.of("external entity", xxe, "DMN_XML"),
                Arguments.of("billion laughs", laughs, "DMN_XML"),
                Arguments.of("a 12 MB file", huge, "DMN_TOO_LARGE"),
                Arguments.of("XInclude", xinclude, null),
                Arguments.of("not XML", "#{7*7}", "DMN_XML"));
    }

    /** Malicious DMN: refused with a code that has a translated text, nothing read from the file system. */
    @ParameterizedTest(name = "DMN with {0}")
    @MethodSource("maliciousDmn")
    void maliciousDmnIsRefusedWithItsProblem(String name, String dmn, String expectedCode) {
        List<fi.asiointipiste.rules.control.RuleSetCheck.Problem> problems =
                fi.asiointipiste.rules.control.RuleSetCheck.problemsOf(dmn);
        assertThat(problems).isNotEmpty();
        assertThat(problems.toString()).doesNotContain("root:");
        if (expectedCode != null) {
            assertThat(problems)
                    .extracting(fi.asiointipiste.rules.control.RuleSetCheck.Problem::code)
                    .containsExactly(expectedCode);
            for (String language : List.of("fi", "sv", "en")) {
                assertThat(Messages.text(Locale.forLanguageTag(language), "rules.problem." + expectedCode))
                        .doesNotContain("???");
            }
        }
    }

    private static char check(String nineDigits) {
        return "0123456789ABCDEFHJKLMNPRSTUVWXY".charAt((int) (Long.parseLong(nineDigits) % 31));
    }
}
