// SPDX-License-Identifier: Apache-2.0
package io.orgsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SectorCompareTest {

    @ParameterizedTest
    @ValueSource(strings = {"healthcare", "education", "technology", "pharmaceuticals"})
    void eachSectorComparesItsFourQuadrantsWithItsOwnMeasures(String sector) {
        Cli cli = Cli.run("compare", "--sector", sector, "--replications", "2", "--steps", "104", "--agents", "60");
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.out()).contains(sector + "-balanced", sector + "-too-much-leadership",
                sector + "-too-much-management", sector + "-neither");
        assertThat(cli.out()).containsPattern("\\(.+\\)\\s+\\d");
    }

    @Test
    void unknownSectorIsNamedWithTheChoices() {
        Cli cli = Cli.run("compare", "--sector", "retail");
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("--sector = retail").contains("healthcare, education, technology, pharmaceuticals");
    }
}
