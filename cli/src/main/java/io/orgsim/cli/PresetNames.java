// SPDX-License-Identifier: Apache-2.0
package io.orgsim.cli;

import io.orgsim.scenarios.Preset;
import io.orgsim.scenarios.Presets;
import java.util.Iterator;
import java.util.List;

/** The built-in preset names, for help texts and shell completion. */
final class PresetNames implements Iterable<String> {

    /** The sectors, for help texts (a constant, so annotations can use it). */
    static final String SECTORS = "healthcare, education, technology or pharmaceuticals";

    /**
     * @param word what was typed
     * @param names the names allowed
     * @return " (did you mean NAME?)" for the closest name, or "" when none is close
     */
    static String suggestion(String word, java.util.Collection<String> names) {
        String near = io.orgsim.scenarios.file.Suggest.closest(word, names);
        return near == null ? "" : " (did you mean " + near + "?)";
    }

    /**
     * @param name a preset name as typed
     * @return the preset
     * @throws io.orgsim.core.SpecException naming the closest preset and where the list is, when there is none
     */
    static Preset get(String name) {
        List<String> names = Presets.builtIn().all().stream().map(Preset::name).toList();
        return Presets.builtIn().find(name).orElseThrow(() -> new io.orgsim.core.SpecException("scenario",
                "\"" + name + "\"", "is not a preset" + suggestion(name, names) + "; 'orgsim scenarios' lists all "
                + names.size()));
    }

    @Override
    public Iterator<String> iterator() {
        return Presets.builtIn().all().stream().map(Preset::name).iterator();
    }
}
