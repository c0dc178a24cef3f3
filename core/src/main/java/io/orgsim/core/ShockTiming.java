// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * When a shock hits: at one week, periodically, or at random (Poisson) times. A spec turns
 * each timing into the weeks of its horizon when it is built; random times come from the
 * spec's seed (see {@link Poisson}), so equal specs shock at equal weeks.
 *
 * @since 0.1.0
 */
public sealed interface ShockTiming {

    /**
     * The weeks at which the shock hits within the horizon.
     *
     * @param steps the horizon
     * @param seed the spec's seed
     * @param index the position of this timing among the spec's shocks, so that two random
     *     timings of one spec draw different weeks
     * @return the weeks, ascending
     */
    List<Integer> weeks(int steps, long seed, int index);

    /**
     * Checks the timing's own fields.
     *
     * @param field the field path used in messages, for example {@code shocks[0]}
     * @param steps the horizon
     * @throws SpecException when a field is out of range
     */
    void validate(String field, int steps);

    /**
     * Once, at a given week.
     *
     * @param week the week, in [0, steps)
     */
    record At(int week) implements ShockTiming {
        @Override
        public List<Integer> weeks(int steps, long seed, int index) {
            return List.of(week);
        }

        @Override
        public void validate(String field, int steps) {
            if (week < 0 || week >= steps) {
                throw new SpecException(field + ".week", Integer.toString(week),
                        "must be in [0, " + (steps - 1) + "] (run.steps is " + steps + ")");
            }
        }
    }

    /**
     * Every {@code period} weeks from {@code first} to the end of the horizon.
     *
     * @param first the first week, in [0, steps)
     * @param period weeks between shocks, at least 1
     */
    record Every(int first, int period) implements ShockTiming {
        @Override
        public List<Integer> weeks(int steps, long seed, int index) {
            List<Integer> weeks = new ArrayList<>();
            for (long w = first; w < steps; w += period) {
                weeks.add((int) w);
            }
            return weeks;
        }

        @Override
        public void validate(String field, int steps) {
            if (first < 0 || first >= steps) {
                throw new SpecException(field + ".first", Integer.toString(first),
                        "must be in [0, " + (steps - 1) + "] (run.steps is " + steps + ")");
            }
            if (period < 1) {
                throw new SpecException(field + ".period", Integer.toString(period), "must be at least 1");
            }
        }
    }

    /**
     * At random times: a Poisson process with the given rate, from week {@code from} on; at
     * most one shock of a timing per week. Inter-arrival times are exponential, drawn from a
     * {@link SplittableRandom} seeded with SplitMix64(seed + index), independent of the
     * model's own generator.
     *
     * @param perYear expected shocks per 52 weeks, in (0, 52]
     * @param from the first week at which a shock may hit, in [0, steps)
     */
    record Poisson(double perYear, int from) implements ShockTiming {
        @Override
        public List<Integer> weeks(int steps, long seed, int index) {
            SplittableRandom random = new SplittableRandom(mix(seed + index));
            List<Integer> weeks = new ArrayList<>();
            double t = from;
            int last = -1;
            while (true) {
                t += -Math.log(1 - random.nextDouble()) * 52 / perYear;
                if (t >= steps) {
                    return weeks;
                }
                int week = (int) t;
                if (week != last) {
                    weeks.add(week);
                    last = week;
                }
            }
        }

        @Override
        public void validate(String field, int steps) {
            if (!(perYear > 0 && perYear <= 52)) {
                throw new SpecException(field + ".perYear", Param.format(perYear), "must be in (0, 52]");
            }
            if (from < 0 || from >= steps) {
                throw new SpecException(field + ".from", Integer.toString(from),
                        "must be in [0, " + (steps - 1) + "] (run.steps is " + steps + ")");
            }
        }

        private static long mix(long z) {
            z += 0x9E3779B97F4A7C15L;
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            return z ^ (z >>> 31);
        }
    }
}
