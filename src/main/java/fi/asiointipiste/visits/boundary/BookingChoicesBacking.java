package fi.asiointipiste.visits.boundary;

import fi.asiointipiste.catalogue.boundary.Catalogue;
import fi.asiointipiste.catalogue.entity.Agency;
import fi.asiointipiste.catalogue.entity.ServiceTask;
import fi.asiointipiste.visits.entity.Appointment;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The choice lists of the booking form (front-desk/appointments.xhtml): errands, agencies and the time's lengths. */
@Named
@RequestScoped
public class BookingChoicesBacking {

    @Inject
    Catalogue catalogue;

    /** The errands that can be booked: the active ones. */
    public List<ServiceTask> getTasks() {
        return catalogue.tasks().stream().filter(ServiceTask::isActive).toList();
    }

    public List<Agency> getAgencies() {
        return catalogue.agencies();
    }

    public List<Integer> getLengths() {
        return Appointment.LENGTHS;
    }
}
