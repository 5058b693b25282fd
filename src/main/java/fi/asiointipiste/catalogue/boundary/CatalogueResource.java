package fi.asiointipiste.catalogue.boundary;

import fi.asiointipiste.catalogue.entity.CustomerProfile;
import fi.asiointipiste.catalogue.entity.ServiceDescription;
import fi.asiointipiste.catalogue.entity.ServiceTask;
import fi.asiointipiste.platform.i18n.LocalizedText;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The service catalogue for other systems and for the front desk's scripts. */
@Path("catalogue")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"CLERK", "SUPERVISOR", "COORDINATOR", "ADMIN"})
@Tag(name = "Catalogue", description = "Errands (service tasks) and customer profiles")
public class CatalogueResource {

    @Inject
    Catalogue catalogue;

    @Schema(name = "Text", description = "A text in Finnish, Swedish and English")
    public record Text(@Schema(description = "Finnish") String fi, @Schema(description = "Swedish") String sv,
                       @Schema(description = "English") String en) {
        static Text of(LocalizedText t) {
            return t == null ? null : new Text(t.getFi(), t.getSv(), t.getEn());
        }
    }

    @Schema(name = "ServiceDescription", description = "How an errand is served at one support level")
    public record Description(@Schema(description = "What the customer gets done") Text outcome,
                              @Schema(description = "The tools used") Text tools,
                              @Schema(description = "Who takes part") Text people,
                              @Schema(description = "Notes for the clerk") Text supportNotes) {
    }

    @Schema(name = "CatalogueTask", description = "An errand of the catalogue")
    public record Task(@Schema(description = "Its code, e.g. RENTAL_APARTMENT") String code,
                       @Schema(description = "Code of its agency") String agency,
                       @Schema(description = "Its name") Text name,
                       @Schema(description = "The agency's online service for it") String onlineServiceUrl,
                       @Schema(description = "Its service description per support level") Map<String, Description> descriptions) {
    }

    @Schema(name = "CatalogueProfile", description = "A customer profile of the service-design workshop")
    public record Profile(@Schema(description = "Its code, e.g. SELF_DIRECTED") String code,
                          @Schema(description = "The persona's name") String personaName,
                          @Schema(description = "Its name") Text name,
                          @Schema(description = "What it says") Text summary,
                          @Schema(description = "The empathy map by aspect") Map<String, Text> empathyMap) {
    }

    @GET
    @Path("tasks")
    @Operation(summary = "The errands of the catalogue")
    public List<Task> tasks() {
        return catalogue.tasks().stream().map(CatalogueResource::task).toList();
    }

    @GET
    @Path("tasks/{code}")
    @Operation(summary = "One errand by its code")
    public Task task(@PathParam("code") String code) {
        return catalogue.task(code).map(CatalogueResource::task).orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("profiles")
    @Operation(summary = "The customer profiles in use")
    public List<Profile> profiles() {
        return catalogue.profiles().stream().map(CatalogueResource::profile).toList();
    }

    static Task task(ServiceTask t) {
        Map<String, Description> descriptions = new TreeMap<>();
        t.getDescriptions().forEach((level, d) -> descriptions.put(level.name(), description(d)));
        return new Task(t.getCode(), t.getAgency().getCode(), Text.of(t.getName()), t.getOnlineServiceUrl(),
                descriptions);
    }

    static Description description(ServiceDescription d) {
        return new Description(Text.of(d.getOutcome()), Text.of(d.getTools()), Text.of(d.getPeople()),
                Text.of(d.getSupportNotes()));
    }

    static Profile profile(CustomerProfile p) {
        Map<String, Text> map = new TreeMap<>();
        p.getEmpathyMap().forEach((aspect, text) -> map.put(aspect.name(), Text.of(text)));
        return new Profile(p.getCode(), p.getPersonaName(), Text.of(p.getName()), Text.of(p.getSummary()), map);
    }
}
