// SPDX-License-Identifier: Apache-2.0
package io.orgsim.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.orgsim.scenarios.Preset;
import io.orgsim.scenarios.Presets;
import io.orgsim.scenarios.Sector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The preset buttons come in the families the issue names: quadrants, equal budget, sectors. */
class CatalogTest {

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> families(Catalog c) {
        return (List<Map<String, Object>>) c.json().get("families");
    }

    @SuppressWarnings("unchecked")
    private static List<String> presets(Map<String, Object> family) {
        return (List<String>) family.get("presets");
    }

    @Test
    void everyBuiltInPresetHasOneButtonInItsFamily() {
        Presets registry = Presets.builtIn();
        List<Map<String, Object>> families = families(Catalog.builtIn());
        assertThat(families.stream().map(f -> f.get("name")).toList()).startsWith("general", "equal budget")
                .contains("healthcare").endsWith("other");
        assertThat(presets(families.get(0))).isEqualTo(registry.quadrants().stream().map(Preset::name).toList());
        assertThat(presets(families.get(1))).containsExactly("budget-balanced", "budget-leadership-heavy",
                "budget-management-heavy");
        assertThat(families.get(1).get("prefix")).isEqualTo("budget-");
        for (Sector s : Sector.all()) {
            Map<String, Object> f = families.stream().filter(x -> x.get("name").equals(s.name())).findFirst()
                    .orElseThrow();
            assertThat(presets(f)).isEqualTo(registry.quadrants(s).stream().map(Preset::name).toList());
        }
        List<String> all = new ArrayList<>();
        families.forEach(f -> all.addAll(presets(f)));
        assertThat(all).containsExactlyInAnyOrderElementsOf(registry.all().stream().map(Preset::name).toList());
    }

    @Test
    void aFamilyWithNoneOfItsPresetsOfferedIsLeftOut() {
        List<Map<String, Object>> families = families(new Catalog(DashboardPageTest.small()));
        assertThat(families).hasSize(1);
        assertThat(families.get(0).get("name")).isEqualTo("general");
    }
}
