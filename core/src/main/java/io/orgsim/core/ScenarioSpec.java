// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An immutable, validated description of one simulation run: every {@link Param}, the
 * shocks and the seed. Make one with {@link #builder()}; derive variants with
 * {@link #toBuilder()}. Two runs of equal specs give bit-identical results.
 *
 * @since 0.1.0
 */
public final class ScenarioSpec {

    private static final Param[] PARAMS = Param.values();

    private final String name;
    private final long seed;
    private final double[] values;
    private final boolean[] explicit;
    private final List<TimedShock> timedShocks;
    private final List<ScheduledShock> shocks;

    private ScenarioSpec(Builder b) {
        this.name = b.name;
        this.seed = b.seed;
        this.values = b.values.clone();
        this.explicit = b.explicit.clone();
        this.timedShocks = List.copyOf(b.shocks);
        List<ScheduledShock> expanded = new ArrayList<>();
        for (int i = 0; i < timedShocks.size(); i++) {
            TimedShock t = timedShocks.get(i);
            for (int week : t.timing().weeks(steps(), seed, i)) {
                expanded.add(new ScheduledShock(week, t.shock()));
            }
        }
        expanded.sort((x, y) -> Integer.compare(x.week(), y.week())); // stable: equal weeks keep their order
        this.shocks = List.copyOf(expanded);
    }

    /** @return a builder with every parameter at its default, seed 1 and no shocks */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this spec's values */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.name = name;
        b.seed = seed;
        System.arraycopy(values, 0, b.values, 0, values.length);
        System.arraycopy(explicit, 0, b.explicit, 0, explicit.length);
        b.shocks.addAll(timedShocks);
        return b;
    }

    /** @return the scenario's name, for labels and file names */
    public String name() {
        return name;
    }

    /** @return the seed of every random stream in the run */
    public long seed() {
        return seed;
    }

    /**
     * The effective value of a parameter: a sub-lever not set explicitly takes its lever's value.
     *
     * @param p the parameter
     * @return its value
     */
    public double get(Param p) {
        Param parent = p.parent();
        if (parent != null && !explicit[p.ordinal()]) {
            return values[parent.ordinal()];
        }
        return values[p.ordinal()];
    }

    /**
     * @param p a parameter
     * @return true when the value was set explicitly rather than inherited or defaulted
     */
    public boolean isExplicit(Param p) {
        return explicit[p.ordinal()];
    }

    /** @return the number of agent positions */
    public int agents() {
        return (int) get(Param.AGENTS);
    }

    /** @return the horizon in weekly steps */
    public int steps() {
        return (int) get(Param.STEPS);
    }

    /** @return every shock the run will see, expanded from its timing, ordered by week */
    public List<ScheduledShock> shocks() {
        return shocks;
    }

    /** @return the shocks as written, each with its timing */
    public List<TimedShock> timedShocks() {
        return timedShocks;
    }

    /**
     * The shock that the per-run resilience summaries ({@link Summary#RECOVERY_WEEKS},
     * {@link Summary#SHOCK_DEPTH}) read: the first shock written with a fixed week (a one-off
     * event such as the pivot or a sector's crisis), because periodic and Poisson shocks recur
     * at drawn times and are usually the small ones; when there is none, the first shock to hit.
     *
     * @return the shock and its week, or empty when the run has no shock
     */
    public java.util.Optional<ScheduledShock> resilienceShock() {
        for (TimedShock t : timedShocks) {
            if (t.timing() instanceof ShockTiming.At at && at.week() < steps()) {
                return java.util.Optional.of(new ScheduledShock(at.week(), t.shock()));
            }
        }
        return shocks.stream().findFirst();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ScenarioSpec other)) {
            return false;
        }
        for (Param p : PARAMS) {
            if (Double.compare(get(p), other.get(p)) != 0) {
                return false;
            }
        }
        return seed == other.seed && name.equals(other.name) && timedShocks.equals(other.timedShocks);
    }

    @Override
    public int hashCode() {
        double[] effective = new double[PARAMS.length];
        for (Param p : PARAMS) {
            effective[p.ordinal()] = get(p);
        }
        return Objects.hash(name, seed, Arrays.hashCode(effective), timedShocks);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("ScenarioSpec[").append(name).append(", seed=").append(seed);
        for (Param p : PARAMS) {
            if (explicit[p.ordinal()]) {
                s.append(", ").append(p.key()).append('=').append(Param.format(get(p)));
            }
        }
        return s.append(", shocks=").append(timedShocks).append(']').toString();
    }

    /** Collects values and checks them all in {@link #build()}. Not thread-safe. */
    public static final class Builder {
        private String name = "custom";
        private long seed = 1;
        private final double[] values = new double[PARAMS.length];
        private final boolean[] explicit = new boolean[PARAMS.length];
        private final List<TimedShock> shocks = new ArrayList<>();

        private Builder() {
            for (Param p : PARAMS) {
                values[p.ordinal()] = p.defaultValue();
            }
        }

        /**
         * @param name a label for the scenario
         * @return this builder
         */
        public Builder name(String name) {
            this.name = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * @param seed the master seed of the run
         * @return this builder
         */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * Sets a parameter; the range is checked in {@link #build()}.
         *
         * @param p the parameter
         * @param value its value
         * @return this builder
         */
        public Builder set(Param p, double value) {
            values[p.ordinal()] = value;
            explicit[p.ordinal()] = true;
            return this;
        }

        /**
         * Sets a parameter by its documented name.
         *
         * @param key for example {@code leadership.vision}
         * @param value its value
         * @return this builder
         * @throws SpecException when no parameter has that name
         */
        public Builder set(String key, double value) {
            Param p = Param.byKey(key).orElseThrow(() -> new SpecException(key, Param.format(value),
                    "is not a parameter; the names are listed in docs/MODEL.md (Parameters)"));
            return set(p, value);
        }

        /**
         * @param agents number of agent positions
         * @return this builder
         */
        public Builder agents(int agents) {
            return set(Param.AGENTS, agents);
        }

        /**
         * @param steps horizon in weekly steps
         * @return this builder
         */
        public Builder steps(int steps) {
            return set(Param.STEPS, steps);
        }

        /**
         * Sets the leadership lever; sub-levers not set explicitly follow it.
         *
         * @param level in [0, 1]
         * @return this builder
         */
        public Builder leadership(double level) {
            return set(Param.LEADERSHIP, level);
        }

        /**
         * Sets the management lever; sub-levers not set explicitly follow it.
         *
         * @param level in [0, 1]
         * @return this builder
         */
        public Builder management(double level) {
            return set(Param.MANAGEMENT, level);
        }

        /**
         * Adds a shock.
         *
         * @param week the step at which it hits
         * @param shock what happens
         * @return this builder
         */
        public Builder shock(int week, Shock shock) {
            return shock(new ShockTiming.At(week), shock);
        }

        /**
         * Adds a shock that hits periodically or at random times.
         *
         * @param timing when it hits
         * @param shock what happens
         * @return this builder
         */
        public Builder shock(ShockTiming timing, Shock shock) {
            shocks.add(new TimedShock(timing, shock));
            return this;
        }

        /** @return this builder with no shocks */
        public Builder clearShocks() {
            shocks.clear();
            return this;
        }

        /**
         * Validates every field and builds the spec.
         *
         * @return the spec
         * @throws SpecException naming the first field that is out of range
         */
        public ScenarioSpec build() {
            for (Param p : PARAMS) {
                p.check(values[p.ordinal()]);
            }
            if (name.isBlank()) {
                throw new SpecException("name", "\"\"", "must not be blank");
            }
            int degree = (int) values[Param.NETWORK_DEGREE.ordinal()];
            int agents = (int) values[Param.AGENTS.ordinal()];
            if (degree % 2 != 0 || degree >= agents) {
                throw new SpecException(Param.NETWORK_DEGREE.key(), Integer.toString(degree),
                        "must be even and smaller than org.agents (" + agents + ")");
            }
            int steps = (int) values[Param.STEPS.ordinal()];
            for (int i = 0; i < shocks.size(); i++) {
                TimedShock s = shocks.get(i);
                String field = "shocks[" + i + "]";
                s.timing().validate(field, steps);
                s.shock().validate(field);
            }
            return new ScenarioSpec(this);
        }
    }
}
