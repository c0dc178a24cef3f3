// SPDX-License-Identifier: Apache-2.0
package io.orgsim.scenarios.behaviour;

import io.orgsim.core.Summary;
import io.orgsim.core.experiment.Comparison;
import io.orgsim.core.experiment.Estimate;
import io.orgsim.core.experiment.Statistics;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.distribution.TDistribution;
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

    /** @return claim id: a's mean of s above b's (Welch) */
    Claim greater(String id, String a, String b, Summary s) {
        return greater(id, a, b, s.key(), o -> o.summaries().get(s));
    }

    /** @return claim id: a's mean of the measure above b's (Welch) */
    Claim greater(String id, String a, String b, String measure, ToDoubleFunction<Outcome> f) {
        double[] x = values(a, f);
        double[] y = values(b, f);
        Comparison c = Statistics.compare(x, y);
        double va = c.a().sd() * c.a().sd() / x.length;
        double vb = c.b().sd() * c.b().sd() / y.length;
        double half = va + vb == 0 ? 0
                : new TDistribution(null, c.welchDf()).inverseCumulativeProbability(1 - (1 - Statistics.DEFAULT_LEVEL) / 2) * Math.sqrt(va + vb);
        double se = Math.sqrt((x.length + y.length) / ((double) x.length * y.length)
                + c.cohensD() * c.cohensD() / (2.0 * (x.length + y.length)));
        return claim(id, a + " > " + b + " on " + measure, c.a().mean(), c.b().mean(), c.difference(),
                half, c.cohensD(), se, c.welchP());
    }

    /** @return claim id: within each run of the scenario, first above second (paired t-test) */
    Claim pairedGreater(String id, String scenario, Summary first, Summary second) {
        double[] x = values(scenario, o -> o.summaries().get(first));
        double[] y = values(scenario, o -> o.summaries().get(second));
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
        return claim(id, scenario + ": " + first.key() + " > " + second.key() + " (paired)",
                Statistics.describe(x).mean(), Statistics.describe(y).mean(), e.mean(), e.mean() - e.ciLow(), dz, se, p);
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
