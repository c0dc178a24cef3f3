// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.orgsim.core.ShockResilience;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The resilience analysis on series whose answers are known by hand. */
class RunAnalysisTest {

    /** 100 before the shock at week 30; 50 for 3 weeks, 80 for 2, then 100 again. */
    private static double[] dip() {
        double[] x = new double[60];
        Arrays.fill(x, 100);
        for (int t = 30; t < 33; t++) {
            x[t] = 50;
        }
        x[33] = 80;
        x[34] = 80;
        return x;
    }

    @Test
    void depthRecoveryAndAreaOfADip() {
        ShockResilience r = RunAnalysis.resilience(dip(), 60, new int[] {30}, new String[] {"pivot"}).get(0);
        assertThat(r.baseline()).isEqualTo(100);
        assertThat(r.depth()).isCloseTo(0.5, within(1e-12));
        // the trailing 4-week mean first reaches 95 at week 37: (80 + 100 + 100 + 100) / 4
        assertThat(r.recoveryWeeks()).isEqualTo(7);
        assertThat(r.recovered()).isTrue();
        assertThat(r.areaLost()).isCloseTo(3 * 0.5 + 2 * 0.2, within(1e-12));
    }

    @Test
    void aShockNotRecoveredBeforeTheNextIsCensoredThere() {
        double[] x = dip();
        List<ShockResilience> rs = RunAnalysis.resilience(x, 60, new int[] {30, 33}, new String[] {"a", "b"});
        assertThat(rs.get(0).recovered()).isFalse();
        assertThat(rs.get(0).recoveryWeeks()).isEqualTo(3);
        assertThat(rs.get(0).areaLost()).isCloseTo(1.5, within(1e-12));
    }

    @Test
    void fluctuationCvIgnoresATrendAndIsZeroForAConstant() {
        double[] flat = new double[100];
        Arrays.fill(flat, 5);
        assertThat(RunAnalysis.fluctuationCv(flat, 0, 100)).isZero();
        double[] trend = new double[100];
        for (int t = 0; t < 100; t++) {
            trend[t] = 100 + t;
        }
        assertThat(RunAnalysis.fluctuationCv(trend, 0, 100)).isLessThan(0.01);
    }
}
