package fi.asiointipiste.routing.engine.differential;

import fi.asiointipiste.routing.engine.DecisionTable;
import fi.asiointipiste.routing.engine.dmn.DmnWriter;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.kie.dmn.api.core.DMNContext;
import org.kie.dmn.api.core.DMNDecisionResult;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNResult;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.dmn.api.core.event.AfterEvaluateDecisionTableEvent;
import org.kie.dmn.api.core.event.DMNRuntimeEventListener;
import org.kie.dmn.core.internal.utils.DMNRuntimeBuilder;
import org.kie.internal.io.ResourceFactory;

/** Apache KIE evaluating our exported DMN: the reference side of the differential test. */
final class KieReference {
    private final DMNRuntime runtime;
    private final DMNModel model;
    private final String decision;
    private List<String> selected = List.of();

    KieReference(DecisionTable table) {
        String xml = DmnWriter.write(table);
        var resource = ResourceFactory.newReaderResource(new StringReader(xml), "UTF-8");
        resource.setSourcePath("table.dmn");
        this.runtime = DMNRuntimeBuilder.fromDefaults()
                .buildConfiguration()
                .fromResources(List.of(resource))
                .getOrElseThrow(e -> new IllegalStateException("KIE rejected the exported DMN:\n" + xml, e));
        this.model = runtime.getModels().get(0);
        if (model.hasErrors()) {
            throw new IllegalStateException("KIE model errors: " + model.getMessages() + "\n" + xml);
        }
        this.decision = table.identity().decisionName();
        runtime.addListener(new DMNRuntimeEventListener() {
            @Override
            public void afterEvaluateDecisionTable(AfterEvaluateDecisionTableEvent event) {
                selected = event.getSelectedIds();
            }
        });
    }

    /** KIE's result, or {@link #ERROR} when the decision failed. */
    Object evaluate(Map<String, Object> facts) {
        selected = List.of();
        DMNContext ctx = runtime.newContext();
        facts.forEach(ctx::set);
        DMNResult result = runtime.evaluateAll(model, ctx);
        DMNDecisionResult r = result.getDecisionResultByName(decision);
        if (r.getEvaluationStatus() != DMNDecisionResult.DecisionEvaluationStatus.SUCCEEDED || r.hasErrors()) {
            return ERROR;
        }
        return r.getResult();
    }

    /** Ids of the rules KIE selected in the last evaluation. */
    List<String> selected() {
        return selected;
    }

    static final Object ERROR = new Object() {
        @Override
        public String toString() {
            return "ERROR";
        }
    };
}
