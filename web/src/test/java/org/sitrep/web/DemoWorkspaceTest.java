package org.sitrep.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared demo workspace holds what the pages show. */
class DemoWorkspaceTest {

    @Test
    void holdsDocumentsEntitiesAndEvents() {
        var status = DemoWorkspace.store().status();
        assertThat(status.documents()).isEqualTo(20);
        assertThat(status.entities()).isPositive();
        assertThat(status.events()).isPositive();
    }
}
