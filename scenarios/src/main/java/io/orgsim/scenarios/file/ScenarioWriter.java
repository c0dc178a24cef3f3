// SPDX-License-Identifier: Apache-2.0
package io.orgsim.scenarios.file;

import io.orgsim.core.Param;
import io.orgsim.core.ScenarioSpec;
import io.orgsim.core.Shock;
import io.orgsim.core.ShockTiming;
import io.orgsim.core.TimedShock;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * Writes a {@link ScenarioSpec} as an experiment file that {@link ExperimentFiles} reads back
 * to an equal spec: the name, a {@code base} section with every explicitly set parameter, the
 * shocks with their timing and the seed, and {@code design: {type: single}}, so the file runs
 * as it is ({@code orgsim sweep FILE}) and is a starting point for a sweep of its own.
 *
 * <p>The base is written without a preset, so the file is complete on its own: a parameter
 * that is not listed takes its default, or its lever's value for a sub-lever. Numbers are
 * written in plain decimal notation that parses back to the identical double.
 *
 * @since 0.1.0
 */
public final class ScenarioWriter {

    private ScenarioWriter() {
    }

    /**
     * @param spec a spec
     * @return the spec as an experiment file
     * @throws IllegalArgumentException when its name cannot be a file's name or it holds a
     *     shock type that files cannot express (see {@link #write(ScenarioSpec, String)})
     */
    public static String write(ScenarioSpec spec) {
        return write(spec, null);
    }

    /**
     * Writes a spec with a leading comment.
     *
     * @param spec a spec
     * @param description one line written as a comment at the top, or null
     * @return the spec as an experiment file
     * @throws IllegalArgumentException when its name is not letters, digits, '.', '_' or '-',
     *     or it holds a shock other than the five of the core library
     */
    public static String write(ScenarioSpec spec, String description) {
        if (!spec.name().matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("scenario name \"" + spec.name()
                    + "\" cannot be written: a file's name must be letters, digits, '.', '_' or '-'");
        }
        StringBuilder y = new StringBuilder();
        if (description != null && !description.isBlank()) {
            y.append("# ").append(spec.name()).append(": ").append(description.strip().replace('\n', ' '))
                    .append('\n');
        }
        y.append("name: ").append(spec.name()).append('\n');
        y.append("base:\n");
        List<Param> set = new ArrayList<>();
        for (Param p : Param.values()) {
            if (spec.isExplicit(p)) {
                set.add(p);
            }
        }
        if (set.isEmpty()) {
            y.append("  params: {}\n");
        } else {
            y.append("  params:                # set explicitly; the others take their defaults (docs/MODEL.md)\n");
            List<String> lines = new ArrayList<>();
            int width = 0;
            for (Param p : set) {
                String line = "    " + p.key() + ": " + number(spec.get(p));
                lines.add(line);
                width = Math.max(width, line.length());
            }
            for (int i = 0; i < set.size(); i++) {
                String line = lines.get(i);
                y.append(line).append(" ".repeat(width - line.length())).append("  # ")
                        .append(set.get(i).description()).append('\n');
            }
        }
        List<TimedShock> shocks = spec.timedShocks();
        if (shocks.isEmpty()) {
            y.append("  shocks: []\n");
        } else {
            y.append("  shocks:\n");
            for (int i = 0; i < shocks.size(); i++) {
                TimedShock t = shocks.get(i);
                y.append("    - {").append(timing(t.timing())).append(", ")
                        .append(fields(t.shock(), "shocks[" + i + "]")).append("}\n");
            }
        }
        y.append("  seed: ").append(spec.seed()).append('\n');
        y.append("design: {type: single}  # this scenario alone; orgsim sweep FILE runs it\n");
        return y.toString();
    }

    /**
     * One shock as a scenario file writes it, for example {@code {week: 260, type: pivot, degrees: 60}}.
     *
     * @param shock a shock with its timing
     * @return its flow-style YAML
     * @throws IllegalArgumentException for a shock type that files cannot express
     */
    public static String shock(TimedShock shock) {
        return "{" + timing(shock.timing()) + ", " + fields(shock.shock(), "shock") + "}";
    }

    private static String timing(ShockTiming timing) {
        if (timing instanceof ShockTiming.At a) {
            return "week: " + a.week();
        }
        if (timing instanceof ShockTiming.Every e) {
            return "every: {first: " + e.first() + ", period: " + e.period() + "}";
        }
        ShockTiming.Poisson p = (ShockTiming.Poisson) timing;
        return "poisson: {perYear: " + number(p.perYear()) + ", from: " + p.from() + "}";
    }

    private static String fields(Shock shock, String field) {
        ShockType<?> type = ShockTypes.of(shock).orElseThrow(() -> new IllegalArgumentException(field + " ("
                + shock.getClass().getName() + ", \"" + shock.name() + "\") cannot be written: files know "
                + String.join(", ", ShockTypes.names())));
        return "type: " + type.name() + ", " + type.write(shock, new ShockFields.Out() {
            @Override
            public String number(double v) {
                return ScenarioWriter.number(v);
            }

            @Override
            public String shocks(List<Shock> shocks) {
                StringJoiner parts = new StringJoiner(", ", "[", "]");
                for (int i = 0; i < shocks.size(); i++) {
                    parts.add("{" + fields(shocks.get(i), field + ".shocks[" + i + "]") + "}");
                }
                return parts.toString();
            }
        });
    }

    /** Plain decimal (never an exponent, which YAML 1.1 may read as text) that parses to the same double. */
    static String number(double v) {
        if (Double.doubleToRawLongBits(v) == Long.MIN_VALUE) {
            return "-0.0";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return new BigDecimal(Double.toString(v)).toPlainString();
    }
}
