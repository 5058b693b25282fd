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

/** The service catalogue for other systems and for the front desk's scripts. */
@Path("catalogue")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"CLERK", "SUPERVISOR", "COORDINATOR", "ADMIN"})
public class CatalogueResource {

    @Inject
    Catalogue catalogue;

    public record Text(String fi, String sv, String en) {
        static Text of(LocalizedText t) {
            return t == null ? null : new Text(t.getFi(), t.getSv(), t.getEn());
        }
    }

    public record Description(Text outcome, Text tools, Text people, Text supportNotes) {
    }

    public record Task(String code, String agency, Text name, String onlineServiceUrl,
                       Map<String, Description> descriptions) {
    }

    public record Profile(String code, String personaName, Text name, Text summary, Map<String, Text> empathyMap) {
    }

    @GET
    @Path("tasks")
    public List<Task> tasks() {
        return catalogue.tasks().stream().map(CatalogueResource::task).toList();
    }

    @GET
    @Path("tasks/{code}")
    public Task task(@PathParam("code") String code) {
        return catalogue.task(code).map(CatalogueResource::task).orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("profiles")
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
