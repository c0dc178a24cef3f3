// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.experiment;

import io.orgsim.core.Param;
import io.orgsim.core.SpecException;
import java.util.List;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/** The implementations behind {@link Design}'s factories. */
final class Designs {

    private Designs() {
    }

    static void checkKeys(List<String> keys) {
        for (int i = 0; i < keys.size(); i++) {
            Factor.param(keys.get(i));
            for (int j = 0; j < i; j++) {
                if (keys.get(i).equals(keys.get(j))) {
                    throw new SpecException(keys.get(i), "(factor)", "appears twice in the design");
                }
            }
        }
    }

    /** Full factorial grid, computed on demand (mixed radix, last factor fastest). */
    static final class Grid implements Design {
        private final List<String> keys;
        private final double[][] levels;
        private final int size;

        Grid(List<Factor> factors) {
            this.keys = factors.stream().map(Factor::key).toList();
            checkKeys(keys);
            this.levels = new double[factors.size()][];
            long n = 1;
            for (int i = 0; i < levels.length; i++) {
                levels[i] = factors.get(i).levels().stream().mapToDouble(Double::doubleValue).toArray();
                n *= levels[i].length;
                if (n > Integer.MAX_VALUE) {
                    throw new SpecException("design", Long.toString(n) + "+ points", "must be at most "
                            + Integer.MAX_VALUE);
                }
            }
            this.size = (int) n;
        }

        @Override
        public List<String> keys() {
            return keys;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public double[] point(int index) {
            java.util.Objects.checkIndex(index, size);
            double[] p = new double[levels.length];
            int rest = index;
            for (int i = levels.length - 1; i >= 0; i--) {
                int n = levels[i].length;
                p[i] = levels[i][rest % n];
                rest /= n;
            }
            return p;
        }
    }

    /** Points held in memory: explicit lists and Latin hypercubes. */
    static final class Matrix implements Design {
        private final List<String> keys;
        private final double[][] points;

        Matrix(List<String> keys, List<double[]> points, boolean check) {
            this.keys = List.copyOf(keys);
            checkKeys(this.keys);
            this.points = new double[points.size()][];
            if (points.isEmpty()) {
                throw new SpecException("points", "[]", "needs at least one point");
            }
            for (int i = 0; i < points.size(); i++) {
                double[] p = points.get(i);
                if (p.length != keys.size()) {
                    throw new SpecException("points[" + i + "]", Integer.toString(p.length) + " values",
                            "needs one value per key " + keys);
                }
                if (check) {
                    for (int j = 0; j < p.length; j++) {
                        Param param = Factor.param(keys.get(j));
                        try {
                            param.check(Design.roundFor(keys.get(j), p[j]));
                        } catch (SpecException e) {
                            throw new SpecException("points[" + i + "]." + keys.get(j), Double.toString(p[j]),
                                    "must be in " + param.rangeText());
                        }
                    }
                }
                this.points[i] = p.clone();
            }
        }

        @Override
        public List<String> keys() {
            return keys;
        }

        @Override
        public int size() {
            return points.length;
        }

        @Override
        public double[] point(int index) {
            return points[index].clone();
        }
    }

    /** Sobol points computed on demand; cheap sequential access, skipTo otherwise. */
    static final class Sobol implements Design {
        private final List<Factor> factors;
        private final List<String> keys;
        private final int size;
        private final SobolSequenceGenerator gen;
        private int next;

        Sobol(List<Factor> factors, int n) {
            this.factors = List.copyOf(factors);
            this.keys = factors.stream().map(Factor::key).toList();
            checkKeys(keys);
            this.size = n;
            this.gen = new SobolSequenceGenerator(factors.size());
            this.next = -1;
        }

        @Override
        public List<String> keys() {
            return keys;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public synchronized double[] point(int index) {
            java.util.Objects.checkIndex(index, size);
            double[] u;
            if (index == next) {
                u = gen.nextVector();
            } else {
                u = gen.skipTo(index + 1); // index 0 of the sequence is the all-zero point
            }
            next = index + 1;
            double[] p = new double[u.length];
            for (int j = 0; j < u.length; j++) {
                p[j] = factors.get(j).scale(u[j]);
            }
            return p;
        }
    }
}
