// SPDX-License-Identifier: Apache-2.0
package io.orgsim.web;

import io.orgsim.core.CapacityCut;
import io.orgsim.core.DemandSpike;
import io.orgsim.core.DepartureWave;
import io.orgsim.core.Shock;
import io.orgsim.core.StrategicPivot;
import io.orgsim.scenarios.Presets;
import java.util.List;
import java.util.Optional;

/**
 * The shocks an instructor can fire with one button: one of each shock type of the engine,
 * at the sizes the presets use.
 */
final class ShockLibrary {

    /** A shock with the label of its button. */
    record Entry(String id, String label, Shock shock) {
    }

    static final List<Entry> ALL = List.of(
            new Entry(StrategicPivot.NAME, "Pivot 60\u00b0", new StrategicPivot(StrategicPivot.DEFAULT_DEGREES)),
            new Entry(CapacityCut.NAME, "Cut 25%, 26 wk", new CapacityCut(0.25, 26)),
            new Entry(DemandSpike.NAME, "Demand +50%, 13 wk", new DemandSpike(0.5, 13)),
            new Entry(DepartureWave.NAME, "10% leave", DepartureWave.uniform(0.1)),
            new Entry(io.orgsim.core.Crisis.NAME, "Crisis", Presets.leadershipCrisis()));

    private ShockLibrary() {
    }

    /**
     * @param id a shock's id
     * @return the entry, if there is one by that id
     */
    static Optional<Entry> find(String id) {
        return ALL.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /**
     * @param id a shock's id
     * @return the entry
     * @throws Http.Refused naming the ids when there is none
     */
    static Entry get(String id) {
        return find(id).orElseThrow(() -> Http.bad("shock = \"" + id + "\": must be one of "
                + String.join(", ", ALL.stream().map(Entry::id).toList())));
    }
}
