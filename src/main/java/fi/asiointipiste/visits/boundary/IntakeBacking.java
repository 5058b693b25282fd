package fi.asiointipiste.visits.boundary;

import fi.asiointipiste.catalogue.boundary.Catalogue;
import fi.asiointipiste.catalogue.entity.CustomerProfile;
import fi.asiointipiste.visits.control.IntakeAnswers;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The profile section of front-desk/visit.xhtml: the profile cards to choose from, and the short intake
 * questionnaire whose answers suggest a profile (chosen at once while the visit has none).
 */
@Named
@ViewScoped
public class IntakeBacking implements Serializable {

    @Inject
    VisitBacking visit;

    @Inject
    Intake intake;

    @Inject
    Catalogue catalogue;

    private IntakeAnswers answers;
    private String suggestedProfile;

    /** The answers start as saved with the visit (the page uses this bean only once the visit is loaded). */
    @PostConstruct
    void init() {
        answers = visit.getVisit() == null ? new IntakeAnswers() : new IntakeAnswers(visit.getVisit());
    }

    public void chooseProfile(String code) {
        visit.change((actor, id, version) -> intake.profile(actor, id, version, code));
    }

    public void saveIntake() {
        visit.change((actor, id, version) -> intake.intake(
                actor,
                id,
                version,
                answers.getStrongEid(),
                answers.getUsesOnline(),
                answers.getLanguage(),
                answers.getNeedsInterpreter(),
                answers.getFirstVisit()));
        suggestedProfile = answers.suggestedProfile();
        if (suggestedProfile != null && visit.getVisit().getProfile() == null) {
            chooseProfile(suggestedProfile);
        }
    }

    public List<CustomerProfile> getProfiles() {
        return catalogue.profiles();
    }

    public IntakeAnswers getAnswers() {
        return answers;
    }

    public String getSuggestedProfile() {
        return suggestedProfile;
    }
}
