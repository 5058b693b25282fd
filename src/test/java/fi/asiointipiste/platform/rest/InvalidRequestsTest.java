package fi.asiointipiste.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InvalidRequestsTest {

    @Test
    void namesTheFieldOfAParameterPath() {
        assertThat(InvalidRequests.field("publish.arg1.version")).isEqualTo("version");
        assertThat(InvalidRequests.field("retire.arg1")).isEqualTo("arg1");
        assertThat(InvalidRequests.field("tasks[0].overrideNote")).isEqualTo("tasks[0].overrideNote");
        assertThat(InvalidRequests.field("notes")).isEqualTo("notes");
    }
}
