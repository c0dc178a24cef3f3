// SPDX-License-Identifier: Apache-2.0
package io.orgsim.scenarios.validation;

import io.orgsim.core.experiment.Estimate;
import io.orgsim.core.experiment.ResultColumns;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The CSV files of the March (1991) figures: one row per plotted point, every measure as
 * {@code n, mean, sd, ci_low, ci_high} (95% Student-t interval of the mean over
 * replications), and knowledge on both measures: {@code *_knowledge_*} the share of
 * dimensions matching reality, {@code *_score_*} (matches - mismatches) / m. Numbers are
 * written so that they parse back exactly; an empty group's values are empty.
 */
public final class MarchCsv {

    /** The file names, in figure order. */
    public static final List<String> FILES = List.of("figure1.csv", "figure2.csv", "figure3.csv", "figure4.csv",
            "figure5.csv");

    private MarchCsv() {
    }

    /**
     * @param figures the figures' data
     * @param figure 1 to 5
     * @param w where the CSV goes
     * @throws IOException when writing fails
     */
    public static void write(MarchFigures figures, int figure, Writer w) throws IOException {
        switch (figure) {
            case 1 -> figure1(figures.figure1(), w);
            case 2 -> figure2(figures.figures2and3(), w);
            case 3 -> figure3(figures.figures2and3(), w);
            case 4 -> figure4(figures.figure4(), w);
            case 5 -> figure5(figures.figure5(), w);
            default -> throw new IllegalArgumentException("figure " + figure + " must be in [1, 5]");
        }
    }

    static void figure1(List<EquilibriumPoint> points, Writer w) throws IOException {
        row(w, header(List.of("p2", "p1"), knowledge("code"), List.of("periods")), "capped");
        for (EquilibriumPoint p : points) {
            List<String> r = values(p.codeLearning(), p.socialization());
            add(r, p.codeKnowledge());
            add(r, p.periods());
            r.add(Integer.toString(p.capped()));
            row(w, r);
        }
    }

    static void figure2(List<MixPoint> points, Writer w) throws IOException {
        row(w, header(List.of("fast_learners", "mean_p1"), knowledge("code", "uniform_code"), List.of()));
        for (MixPoint p : points) {
            List<String> r = values(p.fastLearners(), p.meanSocialization());
            add(r, p.codeKnowledge());
            add(r, p.uniformCodeKnowledge());
            row(w, r);
        }
    }

    static void figure3(List<MixPoint> points, Writer w) throws IOException {
        row(w, header(List.of("fast_learners", "period"),
                knowledge("slow", "fast", "slow_equilibrium", "fast_equilibrium"), List.of()));
        for (MixPoint p : points) {
            List<String> r = values(p.fastLearners(), p.period());
            add(r, p.slowKnowledge());
            add(r, p.fastKnowledge());
            add(r, p.slowEquilibrium());
            add(r, p.fastEquilibrium());
            row(w, r);
        }
    }

    static void figure4(List<TurnoverPoint> points, Writer w) throws IOException {
        row(w, header(List.of("p1", "p3"), knowledge("code"), List.of()));
        for (TurnoverPoint p : points) {
            List<String> r = values(p.socialization(), p.turnover());
            add(r, p.codeKnowledge());
            row(w, r);
        }
    }

    static void figure5(List<TurbulencePoint> points, Writer w) throws IOException {
        row(w, header(List.of("p3", "period"), knowledge("code"), List.of()));
        for (TurbulencePoint p : points) {
            List<String> r = values(p.turnover(), p.period());
            add(r, p.codeKnowledge());
            row(w, r);
        }
    }

    /** @return for each group, its two measures' column prefixes: {@code group_knowledge}, {@code group_score} */
    private static List<String> knowledge(String... groups) {
        List<String> out = new ArrayList<>();
        for (String g : groups) {
            for (MarchMeasure m : MarchMeasure.values()) {
                out.add(g + "_" + m.column());
            }
        }
        return out;
    }

    private static List<String> header(List<String> keys, List<String> measures, List<String> more) {
        List<String> h = new ArrayList<>(keys);
        List<String> all = new ArrayList<>(measures);
        all.addAll(more);
        for (String m : all) {
            for (String s : List.of("n", "mean", "sd", "ci_low", "ci_high")) {
                h.add(m + "_" + s);
            }
        }
        return h;
    }

    private static List<String> values(double... keys) {
        List<String> r = new ArrayList<>();
        for (double k : keys) {
            // Grid values are decimals like 0.1: print them as typed, not as 0.30000000000000004.
            r.add(ResultColumns.number(Math.round(k * 1e9) / 1e9));
        }
        return r;
    }

    private static void add(List<String> row, Knowledge k) {
        for (MarchMeasure m : MarchMeasure.values()) {
            add(row, k.of(m));
        }
    }

    private static void add(List<String> row, Sample s) {
        Estimate e = s.estimate();
        row.add(Integer.toString(e.n()));
        for (double v : new double[] {e.mean(), e.sd(), e.ciLow(), e.ciHigh()}) {
            row.add(Double.isNaN(v) ? "" : ResultColumns.number(v));
        }
    }

    private static void row(Writer w, List<String> cells, String... more) throws IOException {
        List<String> all = new ArrayList<>(cells);
        all.addAll(List.of(more));
        w.write(String.join(",", all));
        w.write("\n");
    }
}
