// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.orgsim.core.Param;
import io.orgsim.core.RunResult;
import io.orgsim.core.ScenarioSpec;
import io.orgsim.core.SpecException;
import io.orgsim.core.Summary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Calibration on small units: recovery of known parameters, resume, refusals. */
class CalibrationTest {

    /**
     * A small unit: 20 agents, two years, no shock, in the average context (units that differ in
     * their levers only, so that the check is of the search and its uncertainty, not of how much
     * 30 units' contexts move two means).
     */
    private static final ScenarioSpec UNIT = ScenarioSpec.builder().agents(20).steps(104).name("unit")
            .set(Param.MECH_CONTEXT, 0).build();
    private static final List<Factor> FIT = List.of(Factor.range("turnover.base", 0.0005, 0.01),
            Factor.range("management.overhead", 0.05, 0.6));
    /** The values the synthetic targets are generated at. */
    private static final double[] TRUTH = {0.004, 0.4};

    private static Population population(long seed) {
        return new Population(UNIT, 30, List.of(Factor.range("leadership", 0.2, 0.8),
                Factor.range("management", 0.2, 0.8)), 0.1, seed);
    }

    /**
     * Targets measured at TRUTH on another population (the "observed organizations"), each with
     * the spread of that measurement over four of its draws as tolerance.
     */
    private static List<Target> syntheticTargets() {
        List<Target> shape = List.of(
                Target.mean("turnover", Measure.of("turnover_rate"), 0, 1, "synthetic"),
                Target.mean("overhead", Measure.of("overhead_share"), 0, 1, "synthetic"));
        Calibration generator = Calibration.builder().population(population(99)).targets(shape).fit(FIT)
                .threads(2).build();
        double[] observed = generator.simulate(TRUTH, 0);
        double[][] draws = new double[4][];
        for (int b = 0; b < 4; b++) {
            draws[b] = generator.simulate(TRUTH, b + 1);
        }
        List<Target> targets = new ArrayList<>();
        for (int t = 0; t < shape.size(); t++) {
            double[] column = new double[4];
            for (int b = 0; b < 4; b++) {
                column[b] = draws[b][t];
            }
            targets.add(Target.mean(shape.get(t).name(), shape.get(t).x(), observed[t],
                    Statistics.describe(column).sd(), "synthetic at turnover.base 0.004, overhead 0.4"));
        }
        return targets;
    }

    private static Calibration.Builder calibration(List<Target> targets, int budget) {
        return Calibration.builder().population(population(5)).targets(targets).fit(FIT).budget(budget)
                .replications(5).seed(3).threads(2);
    }

    @Test
    void recoversKnownParametersWithinTheirUncertainty() throws IOException {
        CalibrationResult r = calibration(syntheticTargets(), 80).build().run();
        for (int i = 0; i < FIT.size(); i++) {
            CalibrationResult.Parameter p = r.parameters().get(i);
            assertThat(p.sd()).as("%s", p).isPositive().isFinite();
            assertThat(p.value()).as("%s", p).isCloseTo(TRUTH[i], within(2 * p.sd()));
            assertThat(p.value()).as("moved from the start: %s", p).isNotEqualTo(p.start());
        }
        assertThat(r.fitObjective()).isLessThan(r.startObjective());
    }

    @Test
    void aResumedCalibrationEndsAsAnUninterruptedOne(@TempDir Path dir) throws IOException {
        List<Target> targets = syntheticTargets();
        CalibrationResult whole = calibration(targets, 24).log(dir.resolve("a.csv")).build().run();

        Path log = dir.resolve("b.csv");
        int[] seen = {0};
        assertThatThrownBy(() -> calibration(targets, 24).log(log).listener(e -> {
            if (++seen[0] == 12) {
                throw new IllegalStateException("simulated crash");
            }
        }).build().run()).hasMessage("simulated crash");
        int written = Files.readAllLines(log).size() - 2;
        Files.writeString(log, "0,0.0031", StandardCharsets.UTF_8, StandardOpenOption.APPEND); // a torn line

        CalibrationResult resumed = calibration(targets, 24).log(log).build().run();
        assertThat(written).isGreaterThan(8);
        assertThat(resumed.resumed()).isEqualTo(written);
        assertThat(resumed.cached()).isGreaterThanOrEqualTo(written);
        assertThat(resumed.parameters()).isEqualTo(whole.parameters());
        assertThat(resumed.targets()).isEqualTo(whole.targets());
        assertThat(resumed.fitObjective()).isEqualTo(whole.fitObjective());
        assertThat(Files.readAllLines(log)).hasSameSizeAs(Files.readAllLines(dir.resolve("a.csv")));

        assertThatThrownBy(() -> calibration(targets, 24).seed(4).log(log).build().run())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("another calibration");
    }

    @Test
    void badRangesAndTargetsAreRefusedNamingTheField() {
        List<Target> targets = List.of(Target.mean("t", Measure.of("turnover_rate"), 0.1, 0.02, ""));
        assertThatThrownBy(() -> calibration(targets, 5).fit(List.of(Factor.range("turnover.base", 0.1, 0.9))).build())
                .isInstanceOf(SpecException.class).hasMessageStartingWith("turnover.base");
        assertThatThrownBy(() -> calibration(targets, 5).fit(List.of(Factor.range("leadership", 0.1, 0.9))).build())
                .isInstanceOf(SpecException.class).hasMessageContaining("drawn per unit");
        assertThatThrownBy(() -> Target.mean("t", Measure.of("turnover_rate"), 0.1, 0, ""))
                .isInstanceOf(SpecException.class).hasMessageStartingWith("targets.t.tolerance");
        assertThatThrownBy(() -> Measure.of("engagment"))
                .isInstanceOf(SpecException.class).hasMessageContaining("engagment");
    }

    @Test
    void aStandardizedCompositeAveragesZScoresWhateverTheScales() {
        double[] small = {0.1, 0.2, 0.3, 0.4};
        double[] large = {400, 100, 300, 200};
        double[] composite = Measure.composite(List.of(small, large));
        // each part contributes its z-score: the scale of the large part does not dominate
        double sdSmall = Statistics.describe(small).sd();
        double sdLarge = Statistics.describe(large).sd();
        assertThat(composite[0]).isCloseTo(((0.1 - 0.25) / sdSmall + (400 - 250) / sdLarge) / 2, within(1e-12));
        assertThat(Arrays.stream(composite).sum()).isCloseTo(0, within(1e-12));
        // a part that does not vary adds nothing
        assertThat(Measure.composite(List.of(small, new double[] {5, 5, 5, 5}))[3])
                .isCloseTo((0.4 - 0.25) / sdSmall / 2, within(1e-12));
        Measure effectiveness = Measure.standardizedOf("late_engagement", "mean_output");
        assertThat(effectiveness.parts()).containsExactly(Measure.of("late_engagement"), Measure.of("mean_output"));
        assertThat(effectiveness).hasToString("mean of z(late_engagement, mean_output)");
        assertThatThrownBy(() -> effectiveness.value(null)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Target.mean("m", effectiveness, 0, 1, "test")).isInstanceOf(SpecException.class)
                .hasMessageContaining("targets.m.mean").hasMessageContaining("correlation");
    }

    @Test
    void aCalibrationMeasuresACompositeOnThePopulationsUnits() {
        Target composite = Target.trueScoreCorrelation("composite", Measure.of("leadership"),
                Measure.standardizedOf("late_engagement", "mean_output"), 0.3, 0.1, "test");
        Target alone = Target.trueScoreCorrelation("alone", Measure.of("leadership"), Measure.of("late_engagement"),
                0.3, 0.1, "test");
        double[] values = Calibration.builder().population(population(5)).targets(List.of(composite, alone))
                .fit(FIT).threads(2).build().simulate(TRUTH, 0);
        // the same units by hand: their z-scored engagement and output, averaged, against leadership
        Population p = population(5);
        List<RunResult> runs = Replications.run(p.units(0, java.util.Map.of("turnover.base", TRUTH[0],
                "management.overhead", TRUTH[1])), 1, p.seedOf(0), 2).stream().map(l -> l.get(0)).toList();
        double[] leadership = runs.stream().mapToDouble(r -> r.spec().get(Param.LEADERSHIP)).toArray();
        double[] engagement = runs.stream().mapToDouble(r -> r.summaries().get(Summary.LATE_ENGAGEMENT)).toArray();
        double[] output = runs.stream().mapToDouble(r -> r.summaries().get(Summary.MEAN_OUTPUT)).toArray();
        double expected = new PearsonsCorrelation().correlation(leadership, Measure.composite(List.of(engagement, output)));
        assertThat(values[0]).isCloseTo(expected, within(1e-12)).isNotEqualTo(values[1]);
    }

    @Test
    void aSurveyAttenuatesByTheSquareRootOfItsReliability() {
        Well19937c rng = new Well19937c(1);
        double[] truth = new double[20_000];
        for (int i = 0; i < truth.length; i++) {
            truth[i] = rng.nextGaussian();
        }
        double[] observed = Survey.observe(truth, 0.64, new Well19937c(2));
        assertThat(new PearsonsCorrelation().correlation(truth, observed)).isCloseTo(0.8, within(0.01));
    }
}
