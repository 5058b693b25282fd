package fi.asiointipiste.visits.boundary;

import fi.asiointipiste.catalogue.entity.ServiceTask;
import java.util.List;

/**
 * A port for features above visits that know what a visit's customer came for before the clerk does: the errands
 * planned for the visit (beside its appointment's). The desk adds them with their recommendations as soon as the
 * visit has a profile, exactly as it adds an appointment's. Implemented by arrival (the errands chosen at the
 * check-in terminal); visits finds the implementations through CDI and knows nothing of them.
 */
public interface PlannedErrands {

    /** The errands planned for the visit, in the order the customer gave them; empty when none. */
    List<ServiceTask> plannedFor(long visitId);
}
