// SPDX-License-Identifier: Apache-2.0
package io.orgsim.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * The draws of one generated test case, for property and fuzz tests written as JUnit
 * parameterized tests over case numbers: case {@code i} of a property draws from a generator
 * seeded with (the property's fixed seed, {@code i}), so every run generates the same cases and
 * a failing case is rerun by its number alone. Now and then a draw is a range end, as
 * property-testing libraries mix edge cases in. There is no shrinking: a failure reports its
 * case, and the case's inputs go into the assertion message.
 */
public final class Draw {

    /** One draw in this many is a range end. */
    private static final int EDGE_ONE_IN = 16;
    /** SplitMix64's golden-ratio increment: neighbouring cases get well-separated streams. */
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private final SplittableRandom random;

    /**
     * @param propertySeed the property's fixed seed
     * @param caseNumber the case, from 0
     */
    public Draw(long propertySeed, int caseNumber) {
        random = new SplittableRandom(propertySeed + GOLDEN * (caseNumber + 1L));
    }

    /** The case numbers of a property with {@code tries} cases: 0 to tries - 1. */
    public static IntStream cases(int tries) {
        return IntStream.range(0, tries);
    }

    /** An int in [min, max]. */
    public int between(int min, int max) {
        if (random.nextInt(EDGE_ONE_IN) == 0) {
            return random.nextBoolean() ? min : max;
        }
        return (int) (min + random.nextLong((long) max - min + 1));
    }

    /** A double in [min, max], rounded to {@code scale} decimals. */
    public double between(double min, double max, int scale) {
        double v = random.nextInt(EDGE_ONE_IN) == 0 ? (random.nextBoolean() ? min : max)
                : min + random.nextDouble() * (max - min);
        double unit = Math.pow(10, scale);
        return Math.min(max, Math.max(min, Math.rint(v * unit) / unit));
    }

    /** A double in [0, 1] with six decimals. */
    public double unit() {
        return between(0.0, 1.0, 6);
    }

    /** Any long, the extremes and 0 among the edge cases. */
    public long anyLong() {
        if (random.nextInt(EDGE_ONE_IN) == 0) {
            return pick(List.of(0L, 1L, -1L, Long.MIN_VALUE, Long.MAX_VALUE));
        }
        return random.nextLong();
    }

    public boolean bool() {
        return random.nextBoolean();
    }

    /** One of the values, each as likely. */
    public <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** The value of one of the generators, each as likely. */
    @SafeVarargs
    public final <T> T oneOf(Function<Draw, T>... generators) {
        return generators[random.nextInt(generators.length)].apply(this);
    }

    /** A list of minSize to maxSize elements. */
    public <T> List<T> list(int minSize, int maxSize, Function<Draw, T> element) {
        int n = between(minSize, maxSize);
        List<T> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(element.apply(this));
        }
        return out;
    }

    /** ASCII letters, minLength to maxLength of them. */
    public String alpha(int minLength, int maxLength) {
        int n = between(minLength, maxLength);
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            int c = random.nextInt(52);
            b.append((char) (c < 26 ? 'a' + c : 'A' + c - 26));
        }
        return b.toString();
    }

    /**
     * Any text of minLength to maxLength chars: printable ASCII, whitespace and control
     * characters, or any other char of the Basic Multilingual Plane but lone surrogates.
     */
    public String text(int minLength, int maxLength) {
        int n = between(minLength, maxLength);
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            char c = switch (random.nextInt(3)) {
                case 0 -> (char) (' ' + random.nextInt(95));
                case 1 -> (char) random.nextInt(' ');
                default -> {
                    char x;
                    do {
                        x = (char) random.nextInt(Character.MAX_VALUE + 1);
                    } while (Character.isSurrogate(x));
                    yield x;
                }
            };
            b.append(c);
        }
        return b.toString();
    }

    /** minSize to maxSize random bytes. */
    public byte[] bytes(int minSize, int maxSize) {
        byte[] out = new byte[between(minSize, maxSize)];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) random.nextInt(256);
        }
        return out;
    }
}
