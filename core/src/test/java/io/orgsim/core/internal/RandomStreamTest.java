// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The keyed streams: draws depend on (seed, name, index, week) only, never on what was drawn before. */
class RandomStreamTest {

    @Test
    void aDrawDependsOnlyOnItsKey() {
        RandomStream a = new RandomStream(42, "errors");
        RandomStream b = new RandomStream(42, "errors");
        double first = a.at(7, 3).nextDouble();
        b.at(1, 1).nextDouble(); // other draws in between, in another order
        b.at(9, 3).gaussian();
        assertThat(b.at(7, 3).nextDouble()).isEqualTo(first);
        assertThat(a.at(7, 4).nextDouble()).isNotEqualTo(first);
        assertThat(a.at(8, 3).nextDouble()).isNotEqualTo(first);
        assertThat(new RandomStream(42, "ideas").at(7, 3).nextDouble()).isNotEqualTo(first);
        assertThat(new RandomStream(43, "errors").at(7, 3).nextDouble()).isNotEqualTo(first);
    }

    @Test
    void uniformsAndNormalsHaveTheirMoments() {
        RandomStream r = new RandomStream(1, "moments");
        int n = 200_000;
        double sum = 0;
        double gauss = 0;
        double square = 0;
        for (int i = 0; i < n; i++) {
            r.at(i, 0);
            double u = r.nextDouble();
            assertThat(u).isGreaterThanOrEqualTo(0).isLessThan(1);
            sum += u;
            double g = r.gaussian();
            gauss += g;
            square += g * g;
        }
        assertThat(sum / n).isCloseTo(0.5, within(0.005));
        assertThat(gauss / n).isCloseTo(0, within(0.01));
        assertThat(square / n).isCloseTo(1, within(0.02));
    }

    @Test
    void neighbouringKeysAreUncorrelated() {
        RandomStream r = new RandomStream(3, "corr");
        int n = 100_000;
        double sxy = 0;
        for (int i = 0; i < n; i++) {
            double x = r.at(i, 5).nextDouble() - 0.5;
            double y = r.at(i + 1, 5).nextDouble() - 0.5;
            sxy += x * y;
        }
        assertThat(sxy / n / (1.0 / 12)).isCloseTo(0, within(0.02));
    }

    @Test
    void neighbouringWeeksAreUncorrelated() {
        RandomStream r = new RandomStream(3, "corr");
        int n = 100_000;
        double sxy = 0;
        for (int w = 0; w < n; w++) {
            double x = r.at(17, w).nextDouble() - 0.5;
            double y = r.at(17, w + 1).nextDouble() - 0.5;
            sxy += x * y;
        }
        assertThat(sxy / n / (1.0 / 12)).isCloseTo(0, within(0.02));
    }

    @Test
    void aCopyDrawsTheSameAtEveryKey() {
        RandomStream a = new RandomStream(9, "drift");
        RandomStream b = a.copy();
        a.at(3, 3).nextLong(); // a's position does not carry over
        assertThat(b.at(5, 8).gaussian()).isEqualTo(a.at(5, 8).gaussian());
        assertThat(b.at(6, 8).nextDouble()).isEqualTo(a.at(6, 8).nextDouble());
    }
}
