// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StatisticsTest {

    @Test
    void describeGivesMeanSdAndStudentInterval() {
        Estimate e = Statistics.describe(new double[] {1, 2, 3, 4, 5});
        assertThat(e.mean()).isEqualTo(3);
        assertThat(e.sd()).isCloseTo(Math.sqrt(2.5), within(1e-12));
        // t(0.975, 4) = 2.776445
        assertThat(e.halfWidth()).isCloseTo(2.776445 * Math.sqrt(2.5) / Math.sqrt(5), within(1e-5));
    }

    @Test
    void compareMatchesReferenceValues() {
        // Welch t by its formula; U counted by hand: of the 42 pairs, a loses only 4.9 < 5.0
        double[] a = {5.1, 4.9, 6.2, 5.8, 6.0, 5.5, 5.3};
        double[] b = {4.1, 4.5, 3.9, 5.0, 4.2, 4.4};
        Comparison c = Statistics.compare(a, b);
        double va = Statistics.describe(a).sd() * Statistics.describe(a).sd();
        double vb = Statistics.describe(b).sd() * Statistics.describe(b).sd();
        double t = (c.a().mean() - c.b().mean()) / Math.sqrt(va / 7 + vb / 6);
        assertThat(c.welchT()).isCloseTo(t, within(1e-12));
        assertThat(c.welchP()).isLessThan(0.01);
        assertThat(c.mannWhitneyU()).isEqualTo(41);
        assertThat(c.rankBiserial()).isCloseTo(2 * 41.0 / 42 - 1, within(1e-12));
        assertThat(c.hedgesG()).isLessThan(c.cohensD()).isGreaterThan(1);
    }

    @Test
    void identicalSamplesShowNoDifference() {
        double[] a = {1, 2, 3, 4};
        Comparison c = Statistics.compare(a, a.clone());
        assertThat(c.difference()).isZero();
        assertThat(c.welchP()).isCloseTo(1, within(1e-12));
        assertThat(c.mannWhitneyP()).isCloseTo(1, within(1e-12));
        assertThat(c.rankBiserial()).isZero();
    }
}
