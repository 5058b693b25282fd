package fi.asiointipiste.catalogue.boundary;

import fi.asiointipiste.catalogue.entity.CustomerProfile;
import fi.asiointipiste.catalogue.entity.ServiceDescription;
import fi.asiointipiste.catalogue.entity.ServiceTask;
import fi.asiointipiste.platform.i18n.LocalizedText;
import fi.asiointipiste.routing.entity.SupportLevel;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The service catalogue for other systems and for the front desk's scripts; coordinators also edit it here (add
 * an errand, revise one, take one out of use), everyone else only reads.
 */
@Tag(
        name = "catalogue",
        description = "Errands with their service descriptions per support level, and customer profiles")
@Path("catalogue")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"CLERK", "SUPERVISOR", "COORDINATOR", "ADMIN"})
@Tag(name = "Catalogue", description = "Errands (service tasks) and customer profiles")
public class CatalogueResource {

    @Inject
    Catalogue catalogue;

    @Schema(name = "Text", description = "A text in Finnish, Swedish and English")
    public record Text(
            @Schema(description = "Finnish") String fi,
            @Schema(description = "Swedish") String sv,
            @Schema(description = "English") String en) {
        static Text of(LocalizedText t) {
            return t == null ? null : new Text(t.getFi(), t.getSv(), t.getEn());
        }

        LocalizedText localized() {
            return new LocalizedText(strip(fi), strip(sv), strip(en));
        }

        private static String strip(String s) {
            return s == null ? "" : s.strip();
        }
    }

    @Schema(name = "ServiceDescription", description = "How an errand is served at one support level")
    public record Description(
            @Schema(description = "What the customer gets done")
            Text outcome,

            @Schema(description = "The tools used") Text tools,
            @Schema(description = "Who takes part") Text people,
            @Schema(description = "Notes for the clerk") Text supportNotes) {}

    @Schema(name = "CatalogueTask", description = "An errand of the catalogue")
    public record Task(
            @Schema(description = "Its code, e.g. RENTAL_APARTMENT")
            String code,

            @Schema(description = "Code of its agency") String agency,
            @Schema(description = "Its name") Text name,

            @Schema(description = "The agency's online service for it")
            String onlineServiceUrl,

            @Schema(description = "Its service description per support level")
            Map<String, Description> descriptions,

            @Schema(description = "Whether the front desk offers it")
            boolean active,

            @Schema(description = "Its version, for revising it (optimistic locking)")
            long version) {}

    /**
     * A coordinator's errand: {@code code} only when adding one; {@code version} (the one read) when revising;
     * a description for each of SELF_SERVICE, GUIDED and FULL_ASSISTANCE, every text in fi, sv and en.
     */
    @Schema(name = "CatalogueTaskEdit", description = "An errand as a coordinator adds or revises it")
    public record TaskEdit(
            @Schema(
                    description =
                            "Its code, e.g. RENTAL_APARTMENT; used only when adding (a revision takes the code from the path)")
            String code,

            @Schema(description = "The version read, required when revising (optimistic locking); ignored when adding")
            Long version,

            @Schema(description = "Code of its agency") String agency,
            @Schema(description = "Its name") Text name,

            @Schema(description = "The agency's online service for it")
            String onlineServiceUrl,

            @Schema(description = "Whether the front desk offers it")
            boolean active,

            @Schema(
                    description =
                            "Its service description per support level (SELF_SERVICE, GUIDED, FULL_ASSISTANCE as keys), every text in fi, sv and en")
            Map<String, Description> descriptions) {}

    @Schema(name = "CatalogueProfile", description = "A customer profile of the service-design workshop")
    public record Profile(
            @Schema(description = "Its code, e.g. SELF_DIRECTED")
            String code,

            @Schema(description = "The persona's name") String personaName,
            @Schema(description = "Its name") Text name,
            @Schema(description = "What it says") Text summary,

            @Schema(description = "The empathy map by aspect")
            Map<String, Text> empathyMap) {}

    @Inject
    ServiceTasks serviceTasks;

    @GET
    @Path("tasks")
    @Operation(summary = "The errands the front desk offers; with includeInactive=true also those out of use")
    public List<Task> tasks(@QueryParam("includeInactive") boolean includeInactive) {
        return (includeInactive ? serviceTasks.all() : catalogue.tasks())
                .stream().map(CatalogueResource::task).toList();
    }

    @POST
    @Path("tasks")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("COORDINATOR")
    @Operation(summary = "Adds an errand with its name and a service description per support level in fi/sv/en")
    public Response create(@NotNull @Valid TaskEdit edit, @Context UriInfo uri) {
        ServiceTask created = serviceTasks.create(draft(edit, edit.code()));
        return Response.created(
                        uri.getAbsolutePathBuilder().path(created.getCode()).build())
                .entity(task(created))
                .build();
    }

    @PUT
    @Path("tasks/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("COORDINATOR")
    @Operation(summary = "Revises an errand (409 when someone else saved it since the version given)")
    public Task update(@PathParam("code") String code, @NotNull @Valid TaskEdit edit) {
        ServiceTask task = serviceTasks.byCode(code).orElseThrow(NotFoundException::new);
        if (edit.version() == null) {
            throw new ServiceTaskRejected("catalogue.error.version");
        }
        return task(serviceTasks.update(task.getId(), edit.version(), draft(edit, code)));
    }

    private static ServiceTaskDraft draft(TaskEdit edit, String code) {
        Map<SupportLevel, ServiceTaskDraft.Description> descriptions = new EnumMap<>(SupportLevel.class);
        if (edit.descriptions() != null) {
            for (SupportLevel level : SupportLevel.values()) {
                Description d = edit.descriptions().get(level.name());
                if (d != null) {
                    descriptions.put(
                            level,
                            new ServiceTaskDraft.Description(
                                    text(d.outcome()), text(d.tools()), text(d.people()), text(d.supportNotes())));
                }
            }
        }
        return new ServiceTaskDraft(
                code, edit.agency(), text(edit.name()), edit.onlineServiceUrl(), edit.active(), descriptions);
    }

    private static LocalizedText text(Text t) {
        return t == null ? null : t.localized();
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
        return new Task(
                t.getCode(),
                t.getAgency().getCode(),
                Text.of(t.getName()),
                t.getOnlineServiceUrl(),
                descriptions,
                t.isActive(),
                t.getVersion());
    }

    static Description description(ServiceDescription d) {
        return new Description(
                Text.of(d.getOutcome()), Text.of(d.getTools()), Text.of(d.getPeople()), Text.of(d.getSupportNotes()));
    }

    static Profile profile(CustomerProfile p) {
        Map<String, Text> map = new TreeMap<>();
        p.getEmpathyMap().forEach((aspect, text) -> map.put(aspect.name(), Text.of(text)));
        return new Profile(p.getCode(), p.getPersonaName(), Text.of(p.getName()), Text.of(p.getSummary()), map);
    }
}
