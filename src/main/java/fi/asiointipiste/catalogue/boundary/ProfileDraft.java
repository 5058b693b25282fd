package fi.asiointipiste.catalogue.boundary;

import fi.asiointipiste.catalogue.entity.EmpathyAspect;
import fi.asiointipiste.platform.i18n.LocalizedText;
import java.util.Map;

/**
 * What a coordinator enters for a customer profile: its persona and texts in Finnish, Swedish and English, the
 * empathy map, and whether the front desk offers it. The code is used only when the profile is created.
 */
public record ProfileDraft(
        String code,
        String personaName,
        LocalizedText name,
        LocalizedText summary,
        Map<EmpathyAspect, LocalizedText> empathy,
        boolean active) {}
