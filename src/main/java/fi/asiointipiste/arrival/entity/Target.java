package fi.asiointipiste.arrival.entity;

import fi.asiointipiste.catalogue.entity.Agency;
import fi.asiointipiste.organisation.entity.StaffUser;

/**
 * Where a transfer sends a ticket: back to the queue for any desk, to one desk, to the desk of one clerk, or to the
 * specialist desks of an agency. Exactly the field of the kind is set.
 */
public record Target(TargetKind kind, Desk desk, StaffUser clerk, Agency agency) {

    public Target {
        if (kind == null
                || kind == TargetKind.DESK && desk == null
                || kind == TargetKind.CLERK && clerk == null
                || kind == TargetKind.AGENCY && agency == null) {
            throw new IllegalArgumentException("a " + kind + " target needs its " + kind);
        }
    }

    public static Target anyDesk() {
        return new Target(TargetKind.ANY, null, null, null);
    }

    public static Target desk(Desk desk) {
        return new Target(TargetKind.DESK, desk, null, null);
    }

    public static Target clerk(StaffUser clerk) {
        return new Target(TargetKind.CLERK, null, clerk, null);
    }

    public static Target specialist(Agency agency) {
        return new Target(TargetKind.AGENCY, null, null, agency);
    }
}
