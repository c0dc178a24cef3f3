// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.experiment;

import io.orgsim.core.SpecException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * One slice of a sweep, for running a sweep on several machines (a Slurm job array, the
 * tasks of a Spark job): chunk {@code index} of {@code count}.
 *
 * <p><b>The rule.</b> Number the runs of a sweep {@code k = point x replications +
 * replication}, from 0 to {@code points x replications - 1}; run {@code k} belongs to chunk
 * {@code k mod count}. The chunks are disjoint and together hold every run exactly once;
 * their sizes differ by at most one; and because consecutive runs go to different chunks,
 * each chunk gets a share of every part of the design, so chunks take about as long as one
 * another even when some points are slower to run than others. The rule depends only on the
 * numbers of points and replications, so the command line ({@code orgsim sweep --chunk i/N})
 * and the Spark job ({@code io.orgsim.spark.SparkSweep}) slice a sweep identically.
 *
 * @param index the chunk, in [0, count)
 * @param count the number of chunks, at least 1
 * @since 0.1.0
 */
public record Chunk(int index, int count) {

    /** The most chunks a sweep can be cut into. */
    public static final int MAX_COUNT = 1_000_000;

    /** @throws SpecException when index or count is out of range */
    public Chunk {
        if (count < 1 || count > MAX_COUNT) {
            throw new SpecException("chunk", index + "/" + count, "the number of chunks must be in [1, "
                    + MAX_COUNT + "]");
        }
        if (index < 0 || index >= count) {
            throw new SpecException("chunk", index + "/" + count, "the chunk must be in [0, " + (count - 1) + "]");
        }
    }

    /**
     * Reads {@code i/N}.
     *
     * @param text for example {@code 3/16}
     * @return the chunk
     * @throws SpecException when the text is not {@code i/N} with 0 &lt;= i &lt; N
     */
    public static Chunk parse(String text) {
        String[] parts = text.strip().split("/", -1);
        if (parts.length != 2) {
            throw new SpecException("chunk", text, "must be i/N, for example 0/8 (chunks are numbered from 0)");
        }
        try {
            return new Chunk(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
        } catch (NumberFormatException e) {
            throw new SpecException("chunk", text, "must be i/N, for example 0/8 (chunks are numbered from 0)");
        }
    }

    /**
     * @param key a run
     * @param replications replications per point
     * @return true when the run belongs to this chunk
     */
    public boolean contains(RunKey key, int replications) {
        return ((long) key.point() * replications + key.replication()) % count == index;
    }

    /**
     * @param points the design's number of points
     * @param replications replications per point
     * @return how many runs this chunk holds
     */
    public long size(int points, int replications) {
        long total = (long) points * replications;
        return total <= index ? 0 : (total - index - 1) / count + 1;
    }

    /**
     * The runs of this chunk in increasing run number, computed as they are asked for.
     *
     * @param points the design's number of points
     * @param replications replications per point, at least 1
     * @return the runs
     */
    public Iterator<RunKey> runs(int points, int replications) {
        long total = (long) points * replications;
        return new Iterator<>() {
            private long k = index;

            @Override
            public boolean hasNext() {
                return k < total;
            }

            @Override
            public RunKey next() {
                if (k >= total) {
                    throw new NoSuchElementException();
                }
                RunKey key = new RunKey((int) (k / replications), (int) (k % replications));
                k += count;
                return key;
            }
        };
    }

    /** @return the part file's name of this chunk: {@code part-INDEX-of-COUNT.csv} */
    public String partFileName() {
        return "part-" + index + "-of-" + count + ".csv";
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
