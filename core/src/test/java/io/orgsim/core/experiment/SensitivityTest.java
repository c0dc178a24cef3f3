// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SensitivityTest {

    /** Three unit-range parameters standing for the Ishigami inputs, mapped to [-pi, pi]. */
    private static final List<Factor> UNIT3 = List.of(Factor.range("leadership", 0, 1),
            Factor.range("management", 0, 1), Factor.range("org.networkRewiring", 0, 1));

    private static final double A = 7;
    private static final double B = 0.1;

    private static double ishigami(double[] u) {
        double x1 = -Math.PI + 2 * Math.PI * u[0];
        double x2 = -Math.PI + 2 * Math.PI * u[1];
        double x3 = -Math.PI + 2 * Math.PI * u[2];
        return Math.sin(x1) + A * Math.sin(x2) * Math.sin(x2) + B * Math.pow(x3, 4) * Math.sin(x1);
    }

    @Test
    void sobolIndicesOfTheIshigamiFunctionMatchTheAnalyticValues() {
        double pi4 = Math.pow(Math.PI, 4);
        double pi8 = Math.pow(Math.PI, 8);
        double v = A * A / 8 + B * pi4 / 5 + B * B * pi8 / 18 + 0.5;
        double v1 = 0.5 * Math.pow(1 + B * pi4 / 5, 2);
        double v2 = A * A / 8;
        double v13 = 8 * B * B * pi8 / 225;
        double[] s1 = {v1 / v, v2 / v, 0};
        double[] st = {(v1 + v13) / v, v2 / v, v13 / v};

        SaltelliDesign d = new SaltelliDesign(UNIT3, 8192);
        double[] y = new double[d.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = ishigami(d.point(i));
        }
        List<SobolIndex> idx = d.analyze(y, 100, 0.95, 1);

        double tolerance = 0.02; // documented in docs/EXPERIMENTS.md
        for (int i = 0; i < 3; i++) {
            SobolIndex s = idx.get(i);
            assertThat(s.first()).as("S%d", i + 1).isCloseTo(s1[i], within(tolerance));
            assertThat(s.total()).as("ST%d", i + 1).isCloseTo(st[i], within(tolerance));
            assertThat(s.firstLow()).isLessThanOrEqualTo(s.first());
            assertThat(s.firstHigh()).isGreaterThanOrEqualTo(s.first());
            assertThat(s.totalHigh() - s.totalLow()).as("ST%d interval width", i + 1).isLessThan(0.1);
        }
    }

    @Test
    void morrisRanksFactorsOfALinearFunctionByTheirCoefficients() {
        MorrisDesign d = new MorrisDesign(UNIT3, 20, 4, 3);
        assertThat(d.size()).isEqualTo(80);
        double[] y = new double[d.size()];
        for (int i = 0; i < y.length; i++) {
            double[] u = d.point(i);
            y[i] = 5 * u[0] - 2 * u[1] + 0 * u[2];
        }
        List<MorrisIndex> idx = d.analyze(y);
        assertThat(idx.get(0).muStar()).isCloseTo(5, within(1e-9));
        assertThat(idx.get(1).mu()).isCloseTo(-2, within(1e-9));
        assertThat(idx.get(1).muStar()).isCloseTo(2, within(1e-9));
        assertThat(idx.get(2).muStar()).isCloseTo(0, within(1e-9));
        assertThat(idx.get(0).sigma()).isCloseTo(0, within(1e-9));
    }

    @Test
    void morrisSigmaSeesAnInteraction() {
        MorrisDesign d = new MorrisDesign(UNIT3, 30, 4, 4);
        double[] y = new double[d.size()];
        for (int i = 0; i < y.length; i++) {
            double[] u = d.point(i);
            y[i] = u[0] * u[1] + u[2];
        }
        List<MorrisIndex> idx = d.analyze(y);
        assertThat(idx.get(0).sigma()).isGreaterThan(0.1);
        assertThat(idx.get(2).sigma()).isCloseTo(0, within(1e-9));
    }

    @Test
    void aStudyOfTheModelRunsAsASweepAndWritesItsIndices(@TempDir Path dir) throws IOException {
        SensitivityStudy.Report r = SensitivityStudy.builder().method(SensitivityStudy.Method.MORRIS)
                .base(Fixtures.smallBase()).factors(List.of(Factor.range("leadership", 0, 1),
                        Factor.range("management", 0, 1)))
                .samples(4).threads(2).out(dir).outputs(List.of("cumulative_output", "engagement")).build().run();
        assertThat(r.sweep().ran()).isEqualTo(12);
        assertThat(r.morris().get("engagement")).hasSize(2);
        assertThat(Files.readAllLines(r.indices())).hasSize(5).first().isEqualTo("output,factor,effects,mu,mu_star,sigma");

        SensitivityStudy.Report s = SensitivityStudy.builder().method(SensitivityStudy.Method.SOBOL)
                .base(Fixtures.smallBase()).factors(List.of(Factor.range("leadership", 0, 1),
                        Factor.range("management", 0, 1)))
                .samples(4).threads(2).out(dir.resolve("sobol")).build().run();
        assertThat(s.sweep().ran()).isEqualTo(16);
        assertThat(s.sobol().get("cumulative_output")).hasSize(2);
    }
}
