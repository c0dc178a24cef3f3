// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ScenarioSpecTest {

    @Test
    void subLeversFollowTheirLeverUnlessSetExplicitly() {
        ScenarioSpec spec = ScenarioSpec.builder().leadership(0.8).management(0.3)
                .set(Param.SAFETY, 0.2).build();
        assertThat(spec.get(Param.VISION)).isEqualTo(0.8);
        assertThat(spec.get(Param.INSPIRATION)).isEqualTo(0.8);
        assertThat(spec.get(Param.SAFETY)).isEqualTo(0.2);
        assertThat(spec.get(Param.PROCESS)).isEqualTo(0.3);
        ScenarioSpec moved = spec.toBuilder().leadership(0.4).build();
        assertThat(moved.get(Param.VISION)).isEqualTo(0.4);
        assertThat(moved.get(Param.SAFETY)).isEqualTo(0.2);
    }

    @Test
    void everyParameterIsReachableByItsKey() {
        for (Param p : Param.values()) {
            assertThat(Param.byKey(p.key())).contains(p);
            assertThat(p.defaultValue()).as(p.key()).isBetween(p.min(), p.max());
        }
    }

    @ParameterizedTest
    @CsvSource({
        "org.agents, 0, '[10, 50000000]'",
        "org.agents, -5, '[10, 50000000]'",
        "org.agents, 12.5, 'whole number'",
        "leadership, 1.3, '[0, 1]'",
        "management.process, -0.1, '[0, 1]'",
        "leadership.vision, NaN, '[0, 1]'",
        "run.steps, 0, '[1, 1000000]'",
    })
    void outOfRangeValuesNameTheFieldValueAndRange(String key, double value, String range) {
        assertThatThrownBy(() -> ScenarioSpec.builder().set(key, value).build())
                .isInstanceOf(SpecException.class)
                .hasMessageContaining(key)
                .hasMessageContaining(range)
                .satisfies(e -> assertThat(((SpecException) e).field()).isEqualTo(key));
    }

    @Test
    void unknownParameterIsNamed() {
        assertThatThrownBy(() -> ScenarioSpec.builder().set("leadership.charisma", 1))
                .isInstanceOf(SpecException.class).hasMessageContaining("leadership.charisma");
    }

    @Test
    void shockAfterTheHorizonIsRejected() {
        assertThatThrownBy(() -> ScenarioSpec.builder().steps(100).shock(100, new StrategicPivot(60)).build())
                .isInstanceOf(SpecException.class)
                .hasMessageContaining("shocks[0].week = 100")
                .hasMessageContaining("[0, 99]");
    }

    @Test
    void badShockFieldsAreNamed() {
        assertThatThrownBy(() -> ScenarioSpec.builder().shock(5, new CapacityCut(1.5, 4)).build())
                .hasMessageContaining("shocks[0].fraction = 1.5");
        assertThatThrownBy(() -> ScenarioSpec.builder().shock(5, new StrategicPivot(0)).build())
                .hasMessageContaining("shocks[0].degrees = 0");
    }

    @Test
    void oddNetworkDegreeIsRejected() {
        assertThatThrownBy(() -> ScenarioSpec.builder().set(Param.NETWORK_DEGREE, 5).build())
                .hasMessageContaining("org.networkDegree = 5").hasMessageContaining("even");
    }

    @Test
    void equalSpecsAreEqual() {
        assertThat(ScenarioSpec.builder().leadership(0.5).build()).isEqualTo(ScenarioSpec.builder().build());
        assertThat(ScenarioSpec.builder().seed(2).build()).isNotEqualTo(ScenarioSpec.builder().build());
    }
}
