// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.experiment;

import io.orgsim.core.RunResult;
import io.orgsim.core.ShockResilience;
import io.orgsim.core.Summaries;
import io.orgsim.core.Summary;
import java.util.ArrayList;
import java.util.List;

/**
 * The columns of a results file and how a {@link RunRecord} becomes a row. Columns, in
 * order: {@code point, replication, seed}, one column per design key, {@code status}
 * ({@code ok} or {@code failed}), one column per {@link Summary}, seven columns per shock of
 * the base spec ({@code shockN_name, shockN_week, shockN_baseline, shockN_depth,
 * shockN_recovery_weeks, shockN_area_lost, shockN_recovered}, N from 1), and {@code error}.
 * Numbers are written so that they read back to the identical double
 * ({@link Double#toString(double)}, or a plain integer for whole values).
 *
 * @since 0.1.0
 */
public final class ResultColumns {

    /** Fields recorded per shock. */
    static final String[] SHOCK_FIELDS = {"name", "week", "baseline", "depth", "recovery_weeks", "area_lost",
        "recovered"};

    private final List<String> keys;
    private final int shocks;
    private final List<String> header;

    /**
     * @param keys the design's parameter keys
     * @param shocks the number of shocks in the base spec
     */
    public ResultColumns(List<String> keys, int shocks) {
        this.keys = List.copyOf(keys);
        this.shocks = shocks;
        List<String> h = new ArrayList<>(List.of("point", "replication", "seed"));
        h.addAll(keys);
        h.add("status");
        for (Summary s : Summary.values()) {
            h.add(s.key());
        }
        for (int i = 1; i <= shocks; i++) {
            for (String f : SHOCK_FIELDS) {
                h.add("shock" + i + "_" + f);
            }
        }
        h.add("error");
        this.header = List.copyOf(h);
    }

    /** @return the column names */
    public List<String> header() {
        return header;
    }

    /** @return the design keys */
    public List<String> keys() {
        return keys;
    }

    /**
     * @param name a column name
     * @return its index
     * @throws IllegalArgumentException when there is no such column
     */
    public int indexOf(String name) {
        int i = header.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("no column " + name + " in " + header);
        }
        return i;
    }

    /**
     * @param r a run's record
     * @return its row, one string per column
     */
    public List<String> row(RunRecord r) {
        List<String> row = new ArrayList<>(header.size());
        row.add(Integer.toString(r.key().point()));
        row.add(Integer.toString(r.key().replication()));
        row.add(Long.toString(r.seed()));
        for (double v : r.values()) {
            row.add(number(v));
        }
        row.add(r.ok() ? "ok" : "failed");
        RunResult res = r.result();
        row.addAll(res == null ? cells(null, List.of(), shocks) : cells(res.summaries(), res.resilience(), shocks));
        row.add(r.error() == null ? "" : r.error().replaceAll("[\\r\\n]+", " "));
        return row;
    }

    /**
     * The cells after {@code status}: one per {@link Summary}, then seven per shock.
     *
     * @param summaries a run's summaries, or null for a failed run (all cells empty)
     * @param resilience its resilience figures, one per hit
     * @param shocks the number of shocks to write (missing hits give empty cells)
     * @return the cells
     */
    public static List<String> cells(Summaries summaries, List<ShockResilience> resilience, int shocks) {
        List<String> row = new ArrayList<>();
        for (Summary s : Summary.values()) {
            row.add(summaries == null ? "" : number(summaries.get(s)));
        }
        for (int i = 0; i < shocks; i++) {
            ShockResilience sr = i >= resilience.size() ? null : resilience.get(i);
            if (sr == null) {
                for (int f = 0; f < SHOCK_FIELDS.length; f++) {
                    row.add("");
                }
            } else {
                row.add(sr.shock());
                row.add(Integer.toString(sr.week()));
                row.add(number(sr.baseline()));
                row.add(number(sr.depth()));
                row.add(Integer.toString(sr.recoveryWeeks()));
                row.add(number(sr.areaLost()));
                row.add(Boolean.toString(sr.recovered()));
            }
        }
        return row;
    }

    /**
     * Writes a double so that {@link Double#parseDouble} gives it back exactly.
     *
     * @param v a value
     * @return a whole number without a decimal point when v is whole, else {@link Double#toString}
     */
    public static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15 && !(v == 0 && 1 / v < 0)) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
