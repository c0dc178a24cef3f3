// SPDX-License-Identifier: Apache-2.0
package io.orgsim.scenarios.behaviour;

import io.orgsim.core.Summary;
import io.orgsim.core.experiment.Estimate;
import io.orgsim.core.experiment.Statistics;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.stat.inference.TTest;

/** The replications of the catalog's scenarios, and the tests that turn them into claims. */
final class Evidence {

    /** z for a two-sided 95% interval. */
    private static final double Z95 = 1.959963984540054;

    private final Map<String, List<Outcome>> runs;
    private final Cast cast;
    private final double alpha;

    Evidence(Map<String, List<Outcome>> runs, Cast cast, double alpha) {
        this.runs = Map.copyOf(runs);
        this.cast = cast;
        this.alpha = alpha;
    }

    /** @return the scenarios that play the quadrants' parts */
    Cast cast() {
        return cast;
    }

    /** @return claim id: a's mean of s above b's (paired over the replications, which share their seeds) */
    Claim greater(String id, String a, String b, Summary s) {
        return greater(id, a, b, s.key(), o -> o.summaries().get(s));
    }

    /**
     * A comparison of two scenarios over runs that share their seeds: replication r of a and of
     * b is the same organization (its people, leads and context) under two policies, so the
     * test is paired (common random numbers; Law &amp; Kelton), on the differences a - b.
     *
     * @return claim id: a's mean of the measure above b's (paired t-test)
     */
    Claim greater(String id, String a, String b, String measure, ToDoubleFunction<Outcome> f) {
        return paired(id, a + " > " + b + " on " + measure, values(a, f), values(b, f));
    }

    /** @return claim id: within each run of the scenario, first above second (paired t-test) */
    Claim pairedGreater(String id, String scenario, Summary first, Summary second) {
        return paired(id, scenario + ": " + first.key() + " > " + second.key() + " (paired)",
                values(scenario, o -> o.summaries().get(first)), values(scenario, o -> o.summaries().get(second)));
    }

    /** The paired t-test of x above y; the effect is d_z, the mean difference over its sd. */
    private Claim paired(String id, String text, double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalStateException(text + ": paired runs need as many replications on each side ("
                    + x.length + " and " + y.length + ")");
        }
        double[] d = new double[x.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = x[i] - y[i];
        }
        Estimate e = Statistics.describe(d);
        double p;
        double dz;
        if (e.sd() == 0) {
            p = e.mean() == 0 ? 1 : 0;
            dz = e.mean() == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, e.mean());
        } else {
            p = new TTest().pairedTTest(x, y);
            dz = e.mean() / e.sd();
        }
        double se = Math.sqrt(1.0 / d.length + dz * dz / (2.0 * d.length));
        return claim(id, text, Statistics.describe(x).mean(), Statistics.describe(y).mean(), e.mean(),
                e.mean() - e.ciLow(), dz, se, p);
    }

    /** @return the mean of a measure over a scenario's replications */
    double mean(String scenario, ToDoubleFunction<Outcome> f) {
        return Statistics.describe(values(scenario, f)).mean();
    }

    private Claim claim(String id, String text, double first, double second, double diff, double half, double d, double se,
                        double p) {
        double halfD = Double.isFinite(d) ? Z95 * se : 0;
        String full = cast.prefix() + id;
        Claim.Role role = id.startsWith("x") ? Claim.Role.EXPLANATORY
                : BehaviourCatalog.HELD.contains(full) ? Claim.Role.ASSERTED : Claim.Role.REPORTED;
        return new Claim(full, role, text, first, second, diff, diff - half, diff + half, d, d - halfD, d + halfD, p,
                diff > 0 && p < alpha);
    }

    private double[] values(String scenario, ToDoubleFunction<Outcome> f) {
        List<Outcome> list = runs.get(scenario);
        if (list == null) {
            throw new IllegalStateException("scenario " + scenario + " was not run");
        }
        return list.stream().mapToDouble(f).toArray();
    }
}
