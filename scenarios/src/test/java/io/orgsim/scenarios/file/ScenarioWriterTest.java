// SPDX-License-Identifier: Apache-2.0
package io.orgsim.scenarios.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orgsim.core.CapacityCut;
import io.orgsim.core.Crisis;
import io.orgsim.core.DemandSpike;
import io.orgsim.core.DepartureWave;
import io.orgsim.core.Param;
import io.orgsim.core.ScenarioSpec;
import io.orgsim.core.Shock;
import io.orgsim.core.ShockTarget;
import io.orgsim.core.ShockTiming;
import io.orgsim.core.StrategicPivot;
import io.orgsim.scenarios.Preset;
import io.orgsim.scenarios.Presets;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ScenarioWriterTest {

    static Stream<Preset> presets() {
        return Presets.builtIn().all().stream();
    }

    private static ExperimentFile read(String yaml) {
        return ExperimentFiles.parse(Path.of("written.yaml"), yaml, "written");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("presets")
    void everyPresetReadsBackToAnEqualSpec(Preset preset) {
        String yaml = ScenarioWriter.write(preset.spec(), preset.description());

        ExperimentFile f = read(yaml);

        assertThat(f.base()).as(yaml).isEqualTo(preset.spec());
        assertThat(f.base().shocks()).isEqualTo(preset.spec().shocks());
        assertThat(f.design().size()).isEqualTo(1);
        assertThat(f.design().keys()).isEmpty();
        assertThat(f.design().apply(f.base(), 0).build()).isEqualTo(preset.spec());
        assertThat(yaml).startsWith("# " + preset.name() + ": ").doesNotContain("preset:");
    }

    @Test
    void everyTimingAndShockTypeReadsBack() {
        ScenarioSpec spec = ScenarioSpec.builder().name("all-shocks").seed(-123_456_789_012L).agents(40).steps(200)
                .set(Param.VISION, 0.1 + 0.2)
                .set(Param.TURBULENCE, 1e-7)
                .set(Param.LEADERSHIP, 0.5)
                .shock(10, new StrategicPivot(33.3))
                .shock(new ShockTiming.Every(5, 40), new CapacityCut(0.25, 3))
                .shock(new ShockTiming.Poisson(2.5, 20), new DemandSpike(1e-3, 2))
                .shock(new ShockTiming.Poisson(52, 0), new DepartureWave(0.1, 0.6, 0))
                .shock(new ShockTiming.Every(0, 1), Crisis.of(new StrategicPivot(180),
                        Crisis.of(new DepartureWave(0, 0.5, 0.25))))
                .build();

        String yaml = ScenarioWriter.write(spec);
        ScenarioSpec back = read(yaml).base();

        assertThat(back).as(yaml).isEqualTo(spec);
        assertThat(back.timedShocks()).isEqualTo(spec.timedShocks());
        assertThat(back.shocks()).isEqualTo(spec.shocks());
        assertThat(yaml).contains("every: {first: 5, period: 40}").contains("poisson: {perYear: 2.5, from: 20}")
                .contains("leadership.vision: 0.30000000000000004").contains("env.turbulence: 0.0000001")
                .doesNotContain("E-");
    }

    @Test
    void aSpecWithNothingSetReadsBackToTheDefaults() {
        ScenarioSpec spec = ScenarioSpec.builder().build();

        String yaml = ScenarioWriter.write(spec);

        assertThat(read(yaml).base()).as(yaml).isEqualTo(spec);
        assertThat(yaml).contains("params: {}").contains("shocks: []");
    }

    @Test
    void refusesWhatAFileCannotSay() {
        Shock own = new Shock() {
            @Override
            public String name() {
                return "meteor";
            }

            @Override
            public void apply(ShockTarget target) {
            }
        };
        ScenarioSpec custom = ScenarioSpec.builder().shock(3, Crisis.of(new StrategicPivot(10), own)).build();
        assertThatThrownBy(() -> ScenarioWriter.write(custom)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("shocks[0].shocks[1]").hasMessageContaining("meteor");
        ScenarioSpec spaced = ScenarioSpec.builder().name("my scenario").build();
        assertThatThrownBy(() -> ScenarioWriter.write(spaced)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"my scenario\"");
    }
}
