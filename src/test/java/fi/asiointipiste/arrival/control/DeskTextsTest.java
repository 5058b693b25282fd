package fi.asiointipiste.arrival.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.asiointipiste.arrival.entity.Desk;
import fi.asiointipiste.catalogue.entity.Agency;
import fi.asiointipiste.organisation.entity.Role;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.organisation.entity.StaffUser;
import fi.asiointipiste.platform.i18n.LocalizedText;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeskTextsTest {

    private static final Locale EN = Locale.ENGLISH;
    private static final ServicePoint POINT = new ServicePoint("LIE", "Lieksa", "Lieksa");
    private static final Agency KELA = new Agency("KELA", new LocalizedText("Kela", "FPA", "Kela (en)"), null);

    @Test
    void aDeskIsNamedByItsNumberAndItsNameWhenItHasOne() {
        assertThat(DeskTexts.label(EN, desk(1, 2, null, null))).isEqualTo("Desk 2");
        assertThat(DeskTexts.label(EN, desk(2, 3, "Kela", KELA))).isEqualTo("Desk 3 (Kela)");
        assertThat(DeskTexts.label(new Locale("fi"), desk(1, 2, null, null))).isNotEqualTo("Desk 2");
    }

    @Test
    void targetsAreTheQueueThenTheOtherDesksTheSpecialistsAndTheOtherClerks() {
        Desk mine = desk(1, 1, null, null);
        Desk two = desk(2, 2, null, null);
        Desk kela = desk(3, 3, "Kela", KELA);
        Desk kelaToo = desk(4, 4, null, KELA);
        StaffUser me = clerk(10, "outi", "Outi");
        StaffUser pera = clerk(11, "pera", "Pera");

        List<Map.Entry<String, String>> targets =
                DeskTexts.transferTargets(EN, mine, List.of(mine, two, kela, kelaToo), List.of(me, pera), "outi");

        assertThat(targets)
                .extracting(Map.Entry::getKey)
                .containsExactly("ANY", "DESK:2", "DESK:3", "DESK:4", "AGENCY:KELA", "CLERK:11");
        assertThat(targets)
                .extracting(Map.Entry::getValue)
                .containsExactly(
                        "Back to the queue (place kept)",
                        "Desk 2",
                        "Desk 3 (Kela)",
                        "Desk 4",
                        "Specialist: Kela (en)",
                        "Clerk Pera");
    }

    @Test
    void withoutADeskOfMyOwnEveryDeskIsATarget() {
        List<Map.Entry<String, String>> targets = DeskTexts.transferTargets(
                EN, null, List.of(desk(1, 1, null, null), desk(2, 2, null, null)), List.of(), "outi");

        assertThat(targets).extracting(Map.Entry::getKey).containsExactly("ANY", "DESK:1", "DESK:2");
    }

    private static Desk desk(long id, int number, String name, Agency agency) {
        return withId(new Desk(POINT, number, name, agency), id);
    }

    private static StaffUser clerk(long id, String username, String name) {
        return withId(new StaffUser(username, name, "hash", Set.of(Role.CLERK)), id);
    }

    private static <T> T withId(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
