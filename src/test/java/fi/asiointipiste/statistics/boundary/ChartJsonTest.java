package fi.asiointipiste.statistics.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChartJsonTest {

    @Test
    void aLabelWithLineBreaksQuotesAndControlsIsStillOneJsonString() {
        String json = ChartJson.string("Kela\nTE \"x\"\r\t\\ \u0001 </script> \u2028&");
        assertThat(json).isEqualTo("\"Kela\\nTE \\\"x\\\"\\r\\t\\\\ \\u0001 \\u003c/script\\u003e \\u2028\\u0026\"");
        assertThat(json.chars().filter(c -> c < 0x20).count())
                .as("no raw control character")
                .isZero();
    }
}
