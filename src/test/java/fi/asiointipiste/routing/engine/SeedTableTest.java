package fi.asiointipiste.routing.engine;

import static org.assertj.core.api.Assertions.assertThat;

import fi.asiointipiste.routing.engine.compile.CompiledTable;
import fi.asiointipiste.routing.engine.compile.Decision;
import fi.asiointipiste.routing.engine.compile.TableCompiler;
import fi.asiointipiste.routing.engine.explain.FactText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The workshop's intent, as facts → expected routing, checked against the seed rule set. */
class SeedTableTest {
    private static final CompiledTable SEED = TableCompiler.compile(TestTables.seed());
    private static final String BASE = "language=fi,age=40,firstVisit=false,needsInterpreter=false,visitsLast90Days=0,";

    @ParameterizedTest(name = "{0} → {1} {2} {3}")
    @CsvSource(
            delimiter = ';',
            value = {
                "profile=MULTI_UNSKILLED,task=RENTAL_APARTMENT,taskAgency=MUNICIPALITY,strongEid=false; FULL_ASSISTANCE; MUNICIPALITY; ON_SITE_SPECIALIST; full-assistance-housing",
                "profile=SELF_DIRECTED,task=TAX_CARD,taskAgency=TAX,strongEid=true; SELF_SERVICE; NONE; AT_DESK; online-with-pointer",
                "profile=CONTACT_SEEKING,task=TAX_RETURN,taskAgency=TAX,strongEid=true; GUIDED; NONE; AT_DESK; guided-personal-contact",
                "profile=SELF_DIRECTED,task=TAX_CARD,taskAgency=TAX,strongEid=true,needsInterpreter=true; GUIDED; NONE; AT_DESK; guided-with-interpreter",
                "profile=CONTACT_SEEKING,task=TAX_CARD,taskAgency=TAX,strongEid=true,needsInterpreter=true; FULL_ASSISTANCE; NONE; AT_DESK; full-assistance-with-interpreter",
                "profile=SELF_DIRECTED,task=KELA_SOCIAL_ASSISTANCE,taskAgency=KELA,strongEid=true; GUIDED; KELA; REMOTE_SPECIALIST; kela-remote-specialist",
                "profile=MULTI_UNSKILLED,task=KELA_MEDICAL_REIMBURSEMENT,taskAgency=KELA,strongEid=true; FULL_ASSISTANCE; KELA; REMOTE_SPECIALIST; kela-remote-specialist",
                "profile=CONTACT_SEEKING,task=KELA_HOUSING_ALLOWANCE,taskAgency=KELA,strongEid=true,visitsLast90Days=4; GUIDED; KELA; REMOTE_SPECIALIST; kela-remote-specialist",
                "profile=SELF_DIRECTED,task=TE_JOBSEEKER_REGISTRATION,taskAgency=TE_SERVICES,strongEid=false; GUIDED; TE_SERVICES; ON_SITE_SPECIALIST; te-registration-guided",
                "profile=SELF_DIRECTED,task=POLICE_PASSPORT,taskAgency=POLICE,strongEid=false; GUIDED; NONE; AT_DESK; guided-police-appointment",
                "profile=CONTACT_SEEKING,task=DVV_CHANGE_OF_ADDRESS,taskAgency=DVV,strongEid=false; GUIDED; NONE; AT_DESK; guided-dvv-at-desk",
                "profile=SELF_DIRECTED,task=TAX_RETURN,taskAgency=TAX,strongEid=false,age=80; FULL_ASSISTANCE; NONE; AT_DESK; full-assistance-at-desk",
                "profile=SELF_DIRECTED,task=TAX_RETURN,taskAgency=TAX,strongEid=true,age=80; SELF_SERVICE; NONE; AT_DESK; online-with-pointer",
                "profile=SELF_DIRECTED,task=TAX_RETURN,taskAgency=TAX,strongEid=,age=; GUIDED; NONE; AT_DESK; guided-at-desk",
                "profile=SELF_DIRECTED,task=TAX_RETURN,taskAgency=TAX,strongEid=true,language=other; GUIDED; NONE; AT_DESK; guided-at-desk"
            })
    void routesAsTheWorkshopIntended(String facts, String level, String agency, String mode, String flow) {
        Decision d = SEED.decide(FactText.parse(SEED.table(), BASE + facts));
        assertThat(d.isError()).as("%s", d).isFalse();
        assertThat(d.outputs())
                .containsEntry("supportLevel", level)
                .containsEntry("agency", agency)
                .containsEntry("mode", mode)
                .containsEntry("flow", flow);
        assertThat((String) d.outputs().get("rationale")).isNotBlank();
    }
}
