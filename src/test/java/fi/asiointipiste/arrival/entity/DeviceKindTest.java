package fi.asiointipiste.arrival.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeviceKindTest {

    @Test
    void aTerminalTokenOpensTheTerminalAndADisplayTokenTheDisplay() {
        assertThat(DeviceKind.TERMINAL.page()).isEqualTo("/arrival/terminal.xhtml");
        assertThat(DeviceKind.DISPLAY.page()).isEqualTo("/arrival/display.xhtml");
    }
}
