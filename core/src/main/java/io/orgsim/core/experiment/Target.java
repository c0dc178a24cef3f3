// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.experiment;

import io.orgsim.core.SpecException;
import java.util.Objects;

/**
 * A statistic that a calibration tries to reproduce, measured over a {@link Population} of
 * simulated units the way the study measured it.
 *
 * <ul>
 *   <li>{@link Kind#CORRELATION}: Pearson's r between {@code x} and {@code y} across units.
 *       With {@link Relation#TRUE_SCORE} it is computed on the units' true values: the
 *       comparison for meta-analytic values corrected for unreliability. With
 *       {@link Relation#OBSERVED} each unit's x and y first pass through a survey with
 *       measurement error of the given reliabilities (classical test theory: error variance
 *       {@code var(true) (1 - reliability) / reliability}), which attenuates r by
 *       {@code sqrt(relX relY)} on average: the comparison for an uncorrected, observed value.</li>
 *   <li>{@link Kind#MEAN}: the mean of {@code x} across units (for example a turnover rate).</li>
 * </ul>
 *
 * @param name the target's name, for tables
 * @param kind correlation or mean
 * @param x the first measure (the only one of a mean)
 * @param y the second measure of a correlation; null for a mean
 * @param relation true-score or observed (a mean is always true-score)
 * @param reliabilityX the survey reliability of x for an observed relation, in (0, 1]
 * @param reliabilityY the survey reliability of y for an observed relation, in (0, 1]
 * @param value the target value
 * @param tolerance how far the simulated value may be from the target and still meet it, also
 *                  taken as the target's standard error when weighing targets; positive
 * @param source where the value comes from
 * @since 0.1.0
 */
public record Target(String name, Kind kind, Measure x, Measure y, Relation relation, double reliabilityX,
                     double reliabilityY, double value, double tolerance, String source) {

    /** What is measured across units. */
    public enum Kind {
        /** Pearson's correlation of x and y. */
        CORRELATION,
        /** The mean of x. */
        MEAN
    }

    /** How a relation is measured. */
    public enum Relation {
        /** On the units' true values (compare with values corrected for unreliability). */
        TRUE_SCORE,
        /** Through a simulated survey with measurement error (compare with uncorrected values). */
        OBSERVED
    }

    /** @throws SpecException naming the field out of range */
    public Target {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(relation, "relation");
        source = source == null ? "" : source;
        String at = "targets." + name;
        if (kind == Kind.CORRELATION && y == null) {
            throw new SpecException(at + ".y", "missing", "a correlation needs two measures, x and y");
        }
        if (kind == Kind.MEAN && (y != null || relation == Relation.OBSERVED)) {
            throw new SpecException(at, kind.name(), "a mean has one measure and no survey relation");
        }
        if (kind == Kind.MEAN && x.standardized()) {
            throw new SpecException(at + ".mean", x.toString(), "a standardized composite has mean 0 by construction: "
                    + "use it in a correlation");
        }
        if (kind == Kind.CORRELATION && !(value >= -1 && value <= 1)) {
            throw new SpecException(at + ".value", Double.toString(value), "a correlation must be in [-1, 1]");
        }
        if (!Double.isFinite(value)) {
            throw new SpecException(at + ".value", Double.toString(value), "must be a finite number");
        }
        if (!(tolerance > 0 && Double.isFinite(tolerance))) {
            throw new SpecException(at + ".tolerance", Double.toString(tolerance), "must be positive");
        }
        for (double r : new double[] {reliabilityX, reliabilityY}) {
            if (!(r > 0 && r <= 1)) {
                throw new SpecException(at + ".reliability", Double.toString(r), "must be in (0, 1]");
            }
        }
    }

    /**
     * @param name the target's name
     * @param x the first measure
     * @param y the second measure
     * @param value the target correlation
     * @param tolerance the tolerance
     * @param source where the value comes from
     * @return a true-score correlation target
     */
    public static Target trueScoreCorrelation(String name, Measure x, Measure y, double value, double tolerance,
                                              String source) {
        return new Target(name, Kind.CORRELATION, x, y, Relation.TRUE_SCORE, 1, 1, value, tolerance, source);
    }

    /**
     * @param name the target's name
     * @param x the measure
     * @param value the target mean
     * @param tolerance the tolerance
     * @param source where the value comes from
     * @return a mean target
     */
    public static Target mean(String name, Measure x, double value, double tolerance, String source) {
        return new Target(name, Kind.MEAN, x, null, Relation.TRUE_SCORE, 1, 1, value, tolerance, source);
    }

    /**
     * @param simulated a simulated value
     * @return true when it is within the tolerance of the target
     */
    public boolean isMetBy(double simulated) {
        return Math.abs(simulated - value) <= tolerance;
    }
}
