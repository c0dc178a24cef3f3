// SPDX-License-Identifier: Apache-2.0
package io.orgsim.scenarios.file;

import io.orgsim.core.CapacityCut;
import io.orgsim.core.Crisis;
import io.orgsim.core.DemandSpike;
import io.orgsim.core.DepartureWave;
import io.orgsim.core.Shock;
import io.orgsim.core.StrategicPivot;
import io.orgsim.scenarios.file.ShockType.Field;
import java.util.List;
import java.util.Optional;

/**
 * The shock types scenario files know, each registered once: the reader
 * ({@link ExperimentFiles}), the writer ({@link ScenarioWriter}), {@code orgsim scenarios shocks}
 * and the table in docs/EXPERIMENTS.md all read this list. The ranges shown are the ones the
 * shocks' own validation enforces.
 *
 * @since 0.1.0
 */
public final class ShockTypes {

    private static final String WEEKS_RANGE = "whole number >= 1";

    private static final List<ShockType<?>> ALL = List.of(
            new ShockType<>(StrategicPivot.NAME, StrategicPivot.class,
                    "the target the environment rewards turns at once by an angle",
                    List.of(new Field("degrees", "(0, 180]", ScenarioWriter.number(StrategicPivot.DEFAULT_DEGREES))),
                    f -> new StrategicPivot(f.number("degrees", StrategicPivot.DEFAULT_DEGREES)),
                    (p, out) -> "degrees: " + out.number(p.degrees())),
            new ShockType<>(CapacityCut.NAME, CapacityCut.class,
                    "a share of the capacity for work disappears for a while",
                    List.of(new Field("fraction", "(0, 1]", ""), new Field("weeks", WEEKS_RANGE, "")),
                    f -> new CapacityCut(f.number("fraction"), f.integer("weeks")),
                    (c, out) -> "fraction: " + out.number(c.fraction()) + ", weeks: " + c.weeks()),
            new ShockType<>(DemandSpike.NAME, DemandSpike.class,
                    "the same people carry extra demand for a while",
                    List.of(new Field("excess", "(0, 2]", ""), new Field("weeks", WEEKS_RANGE, "")),
                    f -> new DemandSpike(f.number("excess"), f.integer("weeks")),
                    (d, out) -> "excess: " + out.number(d.excess()) + ", weeks: " + d.weeks()),
            new ShockType<>(DepartureWave.NAME, DepartureWave.class,
                    "a share of the agents leave at once; team leads and informal leaders at rates of their own",
                    List.of(new Field("fraction", "[0, 1]", ""), new Field("leadFraction", "[0, 1]", "fraction"),
                            new Field("informalFraction", "[0, 1]", "fraction")),
                    f -> {
                        double fraction = f.number("fraction");
                        return new DepartureWave(fraction, f.number("leadFraction", fraction),
                                f.number("informalFraction", fraction));
                    },
                    (w, out) -> "fraction: " + out.number(w.fraction()) + ", leadFraction: "
                            + out.number(w.leadFraction()) + ", informalFraction: " + out.number(w.informalFraction())),
            new ShockType<>(Crisis.NAME, Crisis.class,
                    "several shocks at once, applied in order",
                    List.of(new Field("shocks", "list of at least one shock, each without timing", "")),
                    f -> new Crisis(f.shocks("shocks")),
                    (c, out) -> "shocks: " + out.shocks(c.shocks())));

    private ShockTypes() {
    }

    /** @return every shock type files know, in the order the docs list them */
    public static List<ShockType<?>> all() {
        return ALL;
    }

    /** @return the names of all shock types */
    public static List<String> names() {
        return ALL.stream().map(ShockType::name).toList();
    }

    /**
     * @param name a type's name, as a file gives it
     * @return the type, or empty when files do not know it
     */
    public static Optional<ShockType<?>> named(String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /**
     * @param shock a shock
     * @return the type of its class, or empty for a shock type of one's own (files cannot express it)
     */
    public static Optional<ShockType<?>> of(Shock shock) {
        return ALL.stream().filter(t -> t.type() == shock.getClass()).findFirst();
    }

    /**
     * One line per type, as {@code orgsim scenarios shocks} prints it and docs/EXPERIMENTS.md
     * lists it: the name, what it does, and each field with its range and default.
     *
     * @return the lines
     */
    public static List<String> describe() {
        return ALL.stream().map(t -> {
            StringBuilder line = new StringBuilder(t.name()).append(": ").append(t.doc()).append(". Fields:");
            for (Field f : t.fields()) {
                line.append(' ').append(f.name()).append(" ").append(f.range())
                        .append(f.required() ? "" : " (default " + f.fallback() + ")").append(';');
            }
            line.setLength(line.length() - 1);
            return line.toString();
        }).toList();
    }
}
