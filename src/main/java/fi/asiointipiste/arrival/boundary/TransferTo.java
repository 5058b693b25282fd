package fi.asiointipiste.arrival.boundary;

import fi.asiointipiste.arrival.entity.TargetKind;
import fi.asiointipiste.platform.i18n.RefusedAction;
import java.io.Serializable;

/**
 * Where the clerk sends a ticket: {@code ANY} back to the queue (its place kept), {@code DESK} another desk of the
 * point, {@code CLERK} a clerk of the point, {@code AGENCY} the specialist desks of an agency at the point.
 */
public record TransferTo(TargetKind kind, Long deskId, Long clerkId, String agencyCode) implements Serializable {

    /** The target chosen on the desk's form: "ANY", "DESK:id", "CLERK:id" or "AGENCY:code"; anything else is refused. */
    public static TransferTo parse(String choice) {
        if (choice == null || choice.isBlank()) {
            throw new RefusedAction("arrival.transfer.targetRequired");
        }
        String[] parts = choice.split(":", 2);
        try {
            TargetKind kind = TargetKind.valueOf(parts[0]);
            return switch (kind) {
                case ANY -> new TransferTo(kind, null, null, null);
                case DESK -> new TransferTo(kind, Long.valueOf(parts[1]), null, null);
                case CLERK -> new TransferTo(kind, null, Long.valueOf(parts[1]), null);
                case AGENCY -> new TransferTo(kind, null, null, parts[1]);
            };
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            throw new RefusedAction("arrival.transfer.targetRequired");
        }
    }
}
