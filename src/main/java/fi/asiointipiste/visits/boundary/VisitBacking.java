package fi.asiointipiste.visits.boundary;

import fi.asiointipiste.catalogue.boundary.Catalogue;
import fi.asiointipiste.catalogue.entity.CustomerProfile;
import fi.asiointipiste.catalogue.entity.ServiceTask;
import fi.asiointipiste.customers.boundary.Customers;
import fi.asiointipiste.customers.entity.Customer;
import fi.asiointipiste.customers.entity.PersonalIdentityCode;
import fi.asiointipiste.organisation.entity.StaffUser;
import fi.asiointipiste.platform.i18n.LocaleSelection;
import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.platform.i18n.RefusedAction;
import fi.asiointipiste.organisation.boundary.SignedInStaff;
import fi.asiointipiste.routing.boundary.Routing;
import fi.asiointipiste.routing.entity.SupportLevel;
import fi.asiointipiste.visits.control.ProfileSuggestion;
import fi.asiointipiste.visits.entity.OverrideReason;
import fi.asiointipiste.visits.entity.TaskOutcome;
import fi.asiointipiste.visits.entity.Visit;
import fi.asiointipiste.visits.entity.VisitStatus;
import fi.asiointipiste.visits.entity.VisitTask;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One visit at the desk (front-desk/visit.xhtml): identify or stay anonymous, profile, tasks with the
 * recommendation and its "why?", override with a reason, the flow checklist, and closing. Each action sends
 * the version the clerk saw; the facade refuses a stale one as a conflict.
 */
@Named
@ViewScoped
public class VisitBacking implements Serializable {

    @Inject
    FrontDesk frontDesk;

    @Inject
    Customers customers;

    @Inject
    Catalogue catalogue;

    @Inject
    Routing routing;

    @Inject
    SignedInStaff staff;

    @Inject
    LocaleSelection locale;

    private Long id;
    private Visit visit;
    private String query;
    private List<Customer> hits = List.of();
    private String newName;
    private String newCode;
    private String newLanguage = "fi";
    private String taskToAdd;
    private final Map<Long, TaskEdit> edits = new HashMap<>();
    private final Map<Long, TaskClosing> closings = new HashMap<>();
    private final Map<Long, WhyView> whys = new HashMap<>();
    private String notes;
    private String parkingLotNote;
    private String suggestedProfile;
    private Boolean strongEid;
    private Boolean usesOnline;
    private String language;
    private Boolean needsInterpreter;
    private Boolean firstVisit;

    /** f:viewAction */
    public void load() {
        if (id == null) {
            Messages.error("frontDesk.visit.notFound");
            return;
        }
        try {
            refresh(frontDesk.visit(actor(), id));
        } catch (RefusedAction refused) {
            Messages.error(refused.key());
        }
    }

    private void refresh(Visit fresh) {
        boolean first = visit == null;
        visit = frontDesk.visit(actor(), fresh.getId());
        if (first) {
            strongEid = visit.getStrongEid();
            usesOnline = visit.getUsesOnlineServices();
            language = visit.getLanguage();
            needsInterpreter = visit.getNeedsInterpreter();
            firstVisit = visit.getFirstVisit();
        }
        for (VisitTask t : visit.getTasks()) {
            edits.computeIfAbsent(t.getId(), k -> new TaskEdit(t));
            closings.computeIfAbsent(t.getId(), TaskClosing::new);
        }
    }

    private boolean act(Supplier<Object> action) {
        try {
            Object result = action.get();
            refresh(result instanceof VisitTask t ? t.getVisit() : (Visit) result);
            return true;
        } catch (RefusedAction refused) {
            Messages.error(refused.key());
            return false;
        } catch (OptimisticLockException conflict) {
            // Another clerk saved first: nothing of this edit was saved; show the visit as it now is.
            Messages.error("general.conflict");
            refresh(visit);
            return false;
        }
    }

    // ---- identification --------------------------------------------------------------------------

    public void search() {
        try {
            hits = customers.search(query);
            if (hits.isEmpty()) {
                Messages.info("frontDesk.customer.noHits");
            }
        } catch (RefusedAction refused) {
            hits = List.of();
            Messages.error(refused.key());
        }
    }

    /** Validation as typed: an identity code is checked as soon as it has its full length. */
    public String getQueryHint() {
        String q = query == null ? "" : query.strip();
        if (q.length() < 11 || q.chars().filter(Character::isDigit).count() < 6) {
            return "";
        }
        return PersonalIdentityCode.isValid(q) ? "frontDesk.customer.codeValid" : "frontDesk.customer.codeInvalid";
    }

    public void choose(Customer customer) {
        if (act(() -> frontDesk.identify(actor(), id, visit.getVersion(), customer.getId()))) {
            hits = List.of();
            query = null;
        }
    }

    public void anonymous() {
        act(() -> frontDesk.identify(actor(), id, visit.getVersion(), null));
    }

    public void create() {
        try {
            Customer created = customers.create(newName, newCode, newLanguage);
            if (act(() -> frontDesk.identify(actor(), id, visit.getVersion(), created.getId()))) {
                newName = null;
                newCode = null;
            }
        } catch (RefusedAction refused) {
            Messages.error(refused.key());
        }
    }

    public List<Visit> getEarlierVisits() {
        return visit == null ? List.of() : frontDesk.earlierVisits(visit);
    }

    /** Open follow-ups of the customer: tasks of earlier visits that continue on a date not yet past. */
    public List<VisitTask> getOpenFollowUps() {
        List<VisitTask> open = new ArrayList<>();
        for (Visit earlier : getEarlierVisits()) {
            earlier.getTasks().stream().filter(t -> t.getOutcome() == TaskOutcome.CONTINUES
                    || t.getOutcome() == TaskOutcome.REFERRED).forEach(open::add);
        }
        return open;
    }

    // ---- profile and intake ----------------------------------------------------------------------

    public void chooseProfile(String code) {
        act(() -> frontDesk.profile(actor(), id, visit.getVersion(), code));
    }

    public void saveIntake() {
        if (act(() -> frontDesk.intake(actor(), id, visit.getVersion(), strongEid, usesOnline, language,
                needsInterpreter, firstVisit))) {
            suggestedProfile = ProfileSuggestion.suggest(strongEid, usesOnline, needsInterpreter);
            if (suggestedProfile != null && visit.getProfile() == null) {
                chooseProfile(suggestedProfile);
            }
        }
    }

    public List<CustomerProfile> getProfiles() {
        return catalogue.profiles();
    }

    // ---- tasks -----------------------------------------------------------------------------------

    /** Search as you type: the point's most frequent tasks first, then the rest, filtered by name or code. */
    public List<String> completeTask(String typed) {
        String q = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        List<String> frequent = frontDesk.frequentTaskCodes(actor(), visit.getServicePoint().getId());
        return catalogue.tasks().stream()
                .filter(t -> q.isEmpty() || taskName(t).toLowerCase(Locale.ROOT).contains(q)
                        || t.getCode().toLowerCase(Locale.ROOT).contains(q))
                .sorted(Comparator.comparingInt(t -> rank(frequent, t.getCode())))
                .map(ServiceTask::getCode).limit(12).toList();
    }

    private static int rank(List<String> frequent, String code) {
        int i = frequent.indexOf(code);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    /** Errands planned in the appointment that are not tasks yet (they join when the profile is chosen). */
    public List<ServiceTask> getPlanned() {
        return visit == null ? List.of() : frontDesk.plannedNotAdded(visit);
    }

    public String taskLabel(String code) {
        return catalogue.task(code).map(this::taskName).orElse(code);
    }

    private String taskName(ServiceTask t) {
        return t.getName().in(locale.getLocale());
    }

    public void addTask() {
        if (taskToAdd == null || taskToAdd.isBlank()) {
            Messages.error("frontDesk.task.unknown");
            return;
        }
        if (act(() -> frontDesk.addTask(actor(), id, visit.getVersion(), taskToAdd))) {
            taskToAdd = null;
        }
    }

    public void removeTask(VisitTask task) {
        if (act(() -> frontDesk.removeTask(actor(), id, visit.getVersion(), task.getId()))) {
            edits.remove(task.getId());
            closings.remove(task.getId());
        }
    }

    public void apply(VisitTask task) {
        TaskEdit edit = edits.get(task.getId());
        act(() -> frontDesk.apply(actor(), id, visit.getVersion(), task.getId(), edit.getLevel(), edit.getReason(),
                edit.getNote()));
    }

    public void tick(VisitTask task) {
        act(() -> frontDesk.tick(actor(), id, visit.getVersion(), task.getId(), edits.get(task.getId()).getTicked()));
    }

    public void why(VisitTask task) {
        if (whys.remove(task.getId()) == null && task.getRuleSetId() != null) {
            whys.put(task.getId(), new WhyView(routing.explain(task.getRuleSetId(), task.getDecisionFacts()), locale.getLocale()));
        }
    }

    public WhyView whyOf(VisitTask task) {
        return whys.get(task.getId());
    }

    public TaskEdit edit(VisitTask task) {
        return edits.computeIfAbsent(task.getId(), k -> new TaskEdit(task));
    }

    public TaskClosing closing(VisitTask task) {
        return closings.computeIfAbsent(task.getId(), TaskClosing::new);
    }

    // ---- closing ---------------------------------------------------------------------------------

    public String close() {
        if (act(() -> frontDesk.close(actor(), id, visit.getVersion(), closings, notes, parkingLotNote))) {
            Messages.info("frontDesk.close.done");
            Messages.keepForRedirect();
            return "/front-desk/summary?faces-redirect=true&id=" + id;
        }
        return null;
    }

    public boolean isEditable() {
        return visit != null && visit.getStatus() == VisitStatus.IN_SERVICE && staff.isClerk();
    }

    public SupportLevel[] getLevels() {
        return SupportLevel.values();
    }

    public OverrideReason[] getReasons() {
        return OverrideReason.values();
    }

    public TaskOutcome[] getOutcomes() {
        return TaskOutcome.values();
    }

    private StaffUser actor() {
        return staff.user().orElseThrow(() -> new RefusedAction("frontDesk.noPoints"));
    }

    public Visit getVisit() {
        return visit;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public List<Customer> getHits() {
        return hits;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getNewCode() {
        return newCode;
    }

    public void setNewCode(String newCode) {
        this.newCode = newCode;
    }

    public String getNewLanguage() {
        return newLanguage;
    }

    public void setNewLanguage(String newLanguage) {
        this.newLanguage = newLanguage;
    }

    public String getTaskToAdd() {
        return taskToAdd;
    }

    public void setTaskToAdd(String taskToAdd) {
        this.taskToAdd = taskToAdd;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public String getParkingLotNote() {
        return parkingLotNote;
    }

    public void setParkingLotNote(String parkingLotNote) {
        this.parkingLotNote = parkingLotNote;
    }

    public String getSuggestedProfile() {
        return suggestedProfile;
    }

    public Boolean getStrongEid() {
        return strongEid;
    }

    public void setStrongEid(Boolean strongEid) {
        this.strongEid = strongEid;
    }

    public Boolean getUsesOnline() {
        return usesOnline;
    }

    public void setUsesOnline(Boolean usesOnline) {
        this.usesOnline = usesOnline;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public Boolean getNeedsInterpreter() {
        return needsInterpreter;
    }

    public void setNeedsInterpreter(Boolean needsInterpreter) {
        this.needsInterpreter = needsInterpreter;
    }

    public Boolean getFirstVisit() {
        return firstVisit;
    }

    public void setFirstVisit(Boolean firstVisit) {
        this.firstVisit = firstVisit;
    }
}
