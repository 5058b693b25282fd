package fi.asiointipiste.catalogue.boundary;

import fi.asiointipiste.platform.i18n.LocalizedText;
import fi.asiointipiste.routing.entity.SupportLevel;
import java.util.Map;

/**
 * What a coordinator enters for an errand of the catalogue: its code (used only when the errand is created),
 * the agency that owns it (code), its name in Finnish, Swedish and English, the online service, whether the front
 * desk offers it, and the service description of every support level.
 */
public record ServiceTaskDraft(
        String code,
        String agencyCode,
        LocalizedText name,
        String onlineServiceUrl,
        boolean active,
        Map<SupportLevel, Description> descriptions) {

    /** The workshop's four parts of a service description, each in three languages. */
    public record Description(
            LocalizedText outcome, LocalizedText tools, LocalizedText people, LocalizedText supportNotes) {}
}
