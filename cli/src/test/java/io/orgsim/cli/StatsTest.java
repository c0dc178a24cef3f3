// SPDX-License-Identifier: Apache-2.0
package io.orgsim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StatsTest {

    @Test
    void meanSdAndStudentHalfWidth() {
        Stats s = Stats.of(new double[] {1, 2, 3, 4, 5});

        assertThat(s.n()).isEqualTo(5);
        assertThat(s.mean()).isEqualTo(3.0);
        assertThat(s.sd()).isCloseTo(Math.sqrt(2.5), within(1e-12));
        // t(0.975, 4 df) = 2.776445105
        assertThat(s.halfWidth()).isCloseTo(2.776445105 * Math.sqrt(2.5) / Math.sqrt(5), within(1e-8));
        assertThat(s.ciLow()).isCloseTo(3 - s.halfWidth(), within(1e-12));
        assertThat(s.ciHigh()).isCloseTo(3 + s.halfWidth(), within(1e-12));
    }

    @Test
    void oneValueHasNoSpread() {
        Stats s = Stats.of(new double[] {7});
        assertThat(s.mean()).isEqualTo(7.0);
        assertThat(s.sd()).isNaN();
        assertThat(s.halfWidth()).isNaN();
    }
}
