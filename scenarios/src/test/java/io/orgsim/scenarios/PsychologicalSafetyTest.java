// SPDX-License-Identifier: Apache-2.0
package io.orgsim.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import io.orgsim.core.OrgSim;
import io.orgsim.core.Param;
import io.orgsim.core.Summaries;
import io.orgsim.core.Summary;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.inference.TTest;
import org.junit.jupiter.api.Test;

/**
 * Mechanism 5 shown as an experiment: psychological safety raises ideas proposed and
 * errors reported; management's processes turn ideas into implemented improvements, so
 * that safety pays off more where management is strong. 30 seeded runs per cell, the same
 * seeds in every cell (the same organizations under each policy), paired t-tests at p < 0.01.
 */
class PsychologicalSafetyTest {

    private static final int REPLICATIONS = 30;
    private static final double LOW = 0.2;
    private static final double HIGH = 0.8;
    private final TTest t = new TTest();

    @Test
    void safetyRaisesIdeasAndReportingAndManagementTurnsThemIntoResults() {
        Summaries[][] lowManagement = {cell(LOW, LOW), cell(LOW, HIGH)};
        Summaries[][] highManagement = {cell(HIGH, LOW), cell(HIGH, HIGH)};
        for (Summaries[][] m : new Summaries[][][] {lowManagement, highManagement}) {
            Summaries[] unsafe = m[0];
            Summaries[] safe = m[1];
            greater(values(safe, s -> s.get(Summary.IDEAS_PROPOSED)), values(unsafe, s -> s.get(Summary.IDEAS_PROPOSED)));
            greater(values(safe, PsychologicalSafetyTest::reportedShare), values(unsafe, PsychologicalSafetyTest::reportedShare));
            greater(values(unsafe, s -> s.get(Summary.INCIDENTS)), values(safe, s -> s.get(Summary.INCIDENTS)));
            greater(values(safe, s -> s.get(Summary.INNOVATIONS)), values(unsafe, s -> s.get(Summary.INNOVATIONS)));
        }
        // processes implement a larger share of the ideas proposed...
        for (int safety = 0; safety < 2; safety++) {
            greater(values(highManagement[safety], PsychologicalSafetyTest::implementedShare),
                    values(lowManagement[safety], PsychologicalSafetyTest::implementedShare));
        }
        // ...so that the output safety adds is larger under strong management
        greater(gain(highManagement), gain(lowManagement));
    }

    private static Summaries[] cell(double management, double safety) {
        Summaries[] cell = new Summaries[REPLICATIONS];
        for (int r = 0; r < REPLICATIONS; r++) {
            cell[r] = OrgSim.run(Presets.defaultOrganization(0.6, management).set(Param.SAFETY, safety)
                    .seed(3000 + r).build()).summaries();
        }
        return cell;
    }

    /** Output gained from safety, seed by seed. */
    private static double[] gain(Summaries[][] m) {
        double[] gain = new double[REPLICATIONS];
        for (int r = 0; r < REPLICATIONS; r++) {
            gain[r] = m[1][r].get(Summary.CUMULATIVE_OUTPUT) - m[0][r].get(Summary.CUMULATIVE_OUTPUT);
        }
        return gain;
    }

    private static double reportedShare(Summaries s) {
        return s.get(Summary.ERRORS_REPORTED) / s.get(Summary.ERRORS);
    }

    private static double implementedShare(Summaries s) {
        return s.get(Summary.INNOVATIONS) / s.get(Summary.IDEAS_PROPOSED);
    }

    private static double[] values(Summaries[] cell, ToDoubleFunction<Summaries> f) {
        double[] v = new double[cell.length];
        for (int i = 0; i < cell.length; i++) {
            v[i] = f.applyAsDouble(cell[i]);
        }
        return v;
    }

    /** a above b, paired: run r of every cell is the same organization (seed 3000 + r) under another policy. */
    private void greater(double[] a, double[] b) {
        assertThat(StatUtils.mean(a)).isGreaterThan(StatUtils.mean(b));
        assertThat(t.pairedTTest(a, b)).isLessThan(0.01);
    }
}
