// SPDX-License-Identifier: Apache-2.0
package io.orgsim.scenarios.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orgsim.core.CapacityCut;
import io.orgsim.core.Crisis;
import io.orgsim.core.DemandSpike;
import io.orgsim.core.DepartureWave;
import io.orgsim.core.Param;
import io.orgsim.core.ScheduledShock;
import io.orgsim.core.ShockTiming;
import io.orgsim.core.StrategicPivot;
import io.orgsim.core.TimedShock;
import io.orgsim.core.experiment.SensitivityStudy;
import java.nio.file.Path;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

class ExperimentFilesTest {

    private static ExperimentFile parse(String yaml) {
        return ExperimentFiles.parse(Path.of("t.yaml"), yaml, "t");
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> fails(String yaml) {
        return assertThatThrownBy(() -> parse(yaml)).isInstanceOf(ScenarioFileException.class);
    }

    @Test
    void readsAFullExperiment() {
        ExperimentFile f = parse("""
                name: demo
                base:
                  preset: too-much-leadership
                  params:
                    org.agents: 120
                    management.overhead: 0.2
                  shocks:
                    - {week: 100, type: pivot, degrees: 45}
                    - {week: 200, type: capacity-cut, fraction: 0.3, weeks: 8}
                    - {week: 300, type: demand-spike, excess: 0.5, weeks: 4}
                    - week: 400
                      type: crisis
                      shocks:
                        - {type: departure-wave, fraction: 0.1, leadFraction: 0.3}
                        - {type: pivot}
                  seed: 9
                design:
                  type: grid
                  factors:
                    leadership: {levels: [0.2, 0.8]}
                    org.teamSize: [4, 8, 12]
                replications: 5
                threads: 2
                outputs:
                  dir: out/x
                  series: true
                  metrics: [cumulative_output, shock1_depth]
                """);
        assertThat(f.name()).isEqualTo("demo");
        assertThat(f.base().agents()).isEqualTo(120);
        assertThat(f.base().get(Param.LEADERSHIP)).isEqualTo(0.9);
        assertThat(f.base().get(Param.OVERHEAD)).isEqualTo(0.2);
        assertThat(f.base().shocks()).extracting(s -> s.shock())
                .containsExactly(new StrategicPivot(45), new CapacityCut(0.3, 8), new DemandSpike(0.5, 4),
                        Crisis.of(new DepartureWave(0.1, 0.3, 0.1), new StrategicPivot(StrategicPivot.DEFAULT_DEGREES)));
        assertThat(f.seed()).isEqualTo(9);
        assertThat(f.commonSeeds()).as("seeds: independent unless the file says common").isFalse();
        assertThat(f.design().size()).isEqualTo(6);
        assertThat(f.replications()).isEqualTo(5);
        assertThat(f.out()).isEqualTo(Path.of("out/x"));
        assertThat(f.series()).isTrue();
        assertThat(f.metrics()).containsExactly("cumulative_output", "shock1_depth");
    }

    @Test
    void readsSampledDesignsAndSensitivity() {
        ExperimentFile f = parse("""
                design: {type: lhs, samples: 10, factors: {leadership: {min: 0, max: 1}}}
                sensitivity:
                  method: morris
                  samples: 6
                  levels: 6
                  factors: {leadership: {min: 0.1, max: 0.9}, management: {min: 0.1, max: 0.9}}
                  outputs: [engagement]
                seed: 3
                """);
        assertThat(f.design().size()).isEqualTo(10);
        assertThat(f.sensitivity().method()).isEqualTo(SensitivityStudy.Method.MORRIS);
        assertThat(f.sensitivityStudy().out(Path.of("x")).build().sweep().design().size()).isEqualTo(18);
        assertThat(f.base().agents()).isEqualTo(300);
        assertThat(f.out()).isEqualTo(Path.of("out", "t"));
    }

    @Test
    void seedsCommonGoesToTheSweepAndTheSensitivityStudy() {
        ExperimentFile f = parse("""
                design: {type: grid, factors: {leadership: [0.2, 0.8]}}
                sensitivity: {method: morris, factors: {leadership: {min: 0, max: 1}}, samples: 2, outputs: [engagement]}
                seeds: common
                replications: 3
                """);
        assertThat(f.commonSeeds()).isTrue();
        assertThat(f.sweep().out(Path.of("unused")).build().commonSeeds()).isTrue();
        assertThat(f.sensitivityStudy().out(Path.of("unused")).build().sweep().commonSeeds()).isTrue();
        assertThat(parse("design: {type: single}\nseeds: independent\n").commonSeeds()).isFalse();
        fails("design: {type: single}\nseeds: common\n")
                .hasMessageContaining("t.yaml:2:8: seeds = \"common\": pairs each design point's runs with point 0's, so "
                        + "it needs at least 2 design points (the design has 1)");
        fails("design: {type: single}\nseeds: shared\n")
                .hasMessageContaining("t.yaml:2:8: seeds = \"shared\": must be one of independent, common");
    }

    @Test
    void anOutOfRangeValueNamesFileLineFieldValueAndRange() {
        fails("""
                design:
                  type: grid
                  factors:
                    leadership: {levels: [0.2, 1.4]}
                """).hasMessage("t.yaml:4:32: design.factors.leadership.levels[1] = 1.4: must be in [0, 1]");
        fails("""
                base:
                  params:
                    org.agents: 12.5
                design: {type: sobol, samples: 4, factors: {leadership: {min: 0, max: 1}}}
                """).hasMessageStartingWith("t.yaml:3:17: base.params.org.agents = 12.5: must be in [10, 50000000]");
    }

    @Test
    void unknownKeysAreErrorsWithASuggestion() {
        fails("""
                replications: 3
                desing: {type: grid}
                """).hasMessageStartingWith("t.yaml:2:9: desing is not a known key (did you mean design?)");
        fails("""
                base:
                  params: {leadership.vison: 0.3}
                design: {type: grid, factors: {leadership: [0.5]}}
                """).hasMessageContaining("base.params.leadership.vison is not a parameter (did you mean leadership.vision?)")
                .hasMessageStartingWith("t.yaml:2:");
        fails("""
                design: {type: grid, factors: {leadership: [0.5]}}
                outputs: {metrics: [cumulative_outptu]}
                """).hasMessageContaining("did you mean cumulative_output?");
    }

    @Test
    void typeAndStructureErrorsAreClear() {
        fails("replications: many\ndesign: {type: grid, factors: {leadership: [0.5]}}\n")
                .hasMessage("t.yaml:1:15: replications = \"many\": must be a number");
        fails("design: {type: cube}\n").hasMessageContaining("design.type = \"cube\": must be one of grid, list, lhs, sobol");
        fails("design: {type: sobol, factors: {leadership: {min: 0, max: 1}}}\n")
                .hasMessageContaining("design needs samples");
        fails("design: {type: lhs, samples: 3, factors: {leadership: {min: 0.5, max: 0.2}}}\n")
                .hasMessageContaining("design.factors.leadership.max = 0.2: must be greater than min (0.5)");
        fails("base: {preset: balanced}\n").hasMessageContaining("needs a design section");
        fails("base: {preset: balance}\ndesign: {type: grid, factors: {leadership: [0.5]}}\n")
                .hasMessageContaining("base.preset = \"balance\": is not a preset (did you mean balanced?)");
        fails("design: [\n").hasMessageContaining("is not valid YAML");
        fails("""
                base:
                  shocks:
                    - {week: 900, type: pivot}
                design: {type: grid, factors: {leadership: [0.5]}}
                """).hasMessage("t.yaml:3:14: base.shocks[0].week = 900: must be in [0, 519] (run.steps is 520)");
        fails("""
                base:
                  shocks:
                    - {week: 10, type: demand-spike, excess: 3, weeks: 2}
                design: {type: grid, factors: {leadership: [0.5]}}
                """).hasMessage("t.yaml:3:46: base.shocks[0].excess = 3: must be in (0, 2]");
        fails("""
                base: {params: {org.networkDegree: 12}}
                design:
                  type: list
                  points:
                    - {org.agents: 10}
                """).hasMessageStartingWith("t.yaml:3:3: design point 0 (org.agents=10) makes an invalid scenario: "
                + "org.networkDegree = 12");
    }

    @Test
    void aNewHorizonMovesThePresetsShocksAlongAsStepsDoes() {
        ExperimentFile f = parse("""
                base: {preset: balanced, params: {run.steps: 60}}
                design: {type: single}
                """);
        assertThat(f.base().timedShocks()).extracting(TimedShock::timing).containsExactly(new ShockTiming.At(30));
    }

    @Test
    void readsTheThreeShockTimings() {
        ExperimentFile f = parse("""
                base:
                  params: {run.steps: 100}
                  shocks:
                    - {week: 10, type: pivot}
                    - {every: {first: 20, period: 30}, type: capacity-cut, fraction: 0.2, weeks: 4}
                    - type: demand-spike
                      excess: 0.5
                      weeks: 2
                      poisson: {perYear: 6.5, from: 40}
                    - {poisson: {perYear: 1}, type: pivot, degrees: 30}
                design: {type: single}
                """);
        assertThat(f.base().timedShocks()).extracting(TimedShock::timing).containsExactly(new ShockTiming.At(10),
                new ShockTiming.Every(20, 30), new ShockTiming.Poisson(6.5, 40), new ShockTiming.Poisson(1, 0));
        assertThat(f.base().shocks()).filteredOn(s -> s.shock() instanceof CapacityCut)
                .extracting(ScheduledShock::week).containsExactly(20, 50, 80);
        assertThat(f.design().size()).isEqualTo(1);
    }

    @Test
    void shockTimingErrorsNameTheFieldWithFileLineAndColumn() {
        String design = "design: {type: single}\n";
        fails("base:\n  shocks:\n    - {type: pivot}\n" + design)
                .hasMessage("t.yaml:3:7: base.shocks[0] needs one of week: N, every: {first: N, period: M} "
                        + "or poisson: {perYear: R, from: N}");
        fails("base:\n  shocks:\n    - {week: 3, every: {first: 1, period: 2}, type: pivot}\n" + design)
                .hasMessage("t.yaml:3:24: base.shocks[0].every cannot be given with week: a shock has exactly one "
                        + "of week, every, poisson");
        fails("base:\n  shocks:\n    - {every: {first: 1}, type: pivot}\n" + design)
                .hasMessage("t.yaml:3:15: base.shocks[0].every needs period");
        fails("base:\n  shocks:\n    - {every: {first: 1, period: 0}, type: pivot}\n" + design)
                .hasMessage("t.yaml:3:34: base.shocks[0].every.period = 0: must be a whole number in [1, 2147483647]");
        fails("base:\n  shocks:\n    - {every: {first: 600, period: 5}, type: pivot}\n" + design)
                .hasMessage("t.yaml:3:23: base.shocks[0].every.first = 600: must be in [0, 519] (run.steps is 520)");
        fails("base:\n  shocks:\n    - {every: {first: 1, period: 5, last: 9}, type: pivot}\n" + design)
                .hasMessageContaining("t.yaml:3:43: base.shocks[0].every.last is not a known key");
        fails("base:\n  shocks:\n    - {poisson: {perYear: 60}, type: pivot}\n" + design)
                .hasMessage("t.yaml:3:27: base.shocks[0].poisson.perYear = 60: must be in (0, 52]");
        fails("base:\n  shocks:\n    - {poisson: {perYear: 1, from: 520}, type: pivot}\n" + design)
                .hasMessage("t.yaml:3:36: base.shocks[0].poisson.from = 520: must be in [0, 519] (run.steps is 520)");
        fails("base:\n  shocks:\n    - {poisson: {rate: 1}, type: pivot}\n" + design)
                .hasMessageContaining("t.yaml:3:24: base.shocks[0].poisson.rate is not a known key; allowed here: perYear, from");
        fails("base:\n  shocks:\n    - {weak: 3, type: pivot}\n" + design)
                .hasMessageContaining("base.shocks[0].weak is not a known key (did you mean week?)");
        fails("base:\n  shocks:\n    - {week: 3, type: crisis, shocks: [{week: 4, type: pivot}]}\n" + design)
                .hasMessageContaining("base.shocks[0].shocks[0].week is not a known key");
        fails("design: {type: single, samples: 3}\n").hasMessageContaining("design.samples does not apply");
    }
}
