// SPDX-License-Identifier: Apache-2.0
package io.orgsim.cli;

import io.orgsim.scenarios.Preset;
import io.orgsim.scenarios.Presets;
import java.util.Iterator;

/** The built-in preset names, for help texts and shell completion. */
final class PresetNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
        return Presets.builtIn().all().stream().map(Preset::name).iterator();
    }
}
