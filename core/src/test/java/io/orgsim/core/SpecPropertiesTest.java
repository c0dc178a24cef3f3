// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.orgsim.testing.Draw;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of every spec, over generated ones: small organizations and horizons so that each
 * case runs in milliseconds, every other parameter anywhere in its range (the range ends drawn
 * as edge cases now and then), sub-levers sometimes set and sometimes inherited, zero to four
 * shocks of every kind and timing. Each property is a JUnit parameterized test over case
 * numbers drawn by {@link Draw} from the property's fixed seed, so every run generates the same
 * cases and a failure names the case to rerun.
 */
class SpecPropertiesTest {

    static final Param[] PARAMS = Param.values();
    /** Cases per property; docs/RELIABILITY.md gives the totals. */
    static final int VALID_TRIES = 400;
    static final int INVALID_TRIES = 1000;

    // ---------------------------------------------------------------- generators

    static final long VALID_SEED = 20261201;
    static final int MOVES_TRIES = 150;
    static final long MOVES_SEED = 20261202;
    static final long INVALID_SEED = 20261203;
    static final int REFUSE_TRIES = 200;
    static final long REFUSE_SEED = 20261204;

    static IntStream validCases() {
        return Draw.cases(VALID_TRIES);
    }

    static IntStream movesCases() {
        return Draw.cases(MOVES_TRIES);
    }

    static IntStream invalidCases() {
        return Draw.cases(INVALID_TRIES);
    }

    static IntStream refuseCases() {
        return Draw.cases(REFUSE_TRIES);
    }

    /** A shock in unit-free draws, turned into fields once the horizon is known. */
    record ShockDraw(int kind, int timing, double at, double rate, int period, double a, double b, double c) {

        TimedShock build(int steps) {
            int week = Math.min(steps - 1, (int) (at * steps));
            ShockTiming t = switch (timing) {
                case 0 -> new ShockTiming.At(week);
                case 1 -> new ShockTiming.Every(week, period);
                default -> new ShockTiming.Poisson(0.5 + rate * 51.5, week);
            };
            return new TimedShock(t, shock(kind));
        }

        Shock shock(int k) {
            return switch (k) {
                case 0 -> new StrategicPivot(1 + a * 179);
                case 1 -> new CapacityCut(0.01 + a * 0.99, period);
                case 2 -> new DemandSpike(0.01 + a * 1.99, period);
                case 3 -> a + b + c == 0 ? DepartureWave.uniform(0.1) : new DepartureWave(a, b, c);
                default -> Crisis.of(shock(0), shock(3), shock(1));
            };
        }
    }

    /** A valid spec in unit-free draws. */
    record SpecDraw(long seed, int agents, int steps, int teamSize, int halfDegree, List<Double> unit,
                    List<Boolean> explicit, List<ShockDraw> shocks) {

        ScenarioSpec.Builder builder() {
            ScenarioSpec.Builder b = ScenarioSpec.builder().name("generated").seed(seed);
            for (Param p : PARAMS) {
                if (explicit.get(p.ordinal())) {
                    double v = p.min() + unit.get(p.ordinal()) * (p.max() - p.min());
                    b.set(p, Math.min(p.max(), Math.max(p.min(), p.isInteger() ? Math.rint(v) : v)));
                }
            }
            b.agents(agents).steps(steps).set(Param.TEAM_SIZE, teamSize)
                    .set(Param.NETWORK_DEGREE, 2 * Math.min(halfDegree, (agents - 1) / 2));
            for (ShockDraw s : shocks) {
                TimedShock t = s.build(steps);
                b.shock(t.timing(), t.shock());
            }
            return b;
        }

        ScenarioSpec build() {
            return builder().build();
        }
    }

    static ShockDraw shockDraw(Draw d) {
        return new ShockDraw(d.between(0, 4), d.between(0, 2), d.unit(), d.unit(), d.between(1, 30), d.unit(),
                d.unit(), d.unit());
    }

    static SpecDraw specDraw(Draw d) {
        return new SpecDraw(d.anyLong(), d.between(10, 60), d.between(1, 80), d.between(2, 80), d.between(0, 50),
                d.list(PARAMS.length, PARAMS.length, Draw::unit), d.list(PARAMS.length, PARAMS.length, Draw::bool),
                d.list(0, 4, SpecPropertiesTest::shockDraw));
    }

    // ---------------------------------------------------------------- valid specs

    @ParameterizedTest(name = "case {0}")
    @MethodSource("validCases")
    void everyValidSpecRunsToFiniteBoundedAccountedReproducibleResults(int caseNumber) {
        SpecDraw draw = specDraw(new Draw(VALID_SEED, caseNumber));
        ScenarioSpec spec = draw.build();
        RunResult r = OrgSim.run(spec);
        TimeSeries s = r.series();
        assertThat(s.length()).isEqualTo(spec.steps());
        for (Metric m : Metric.values()) {
            double[] col = s.column(m);
            for (int t = 0; t < col.length; t++) {
                double v = col[t];
                if (!(Double.isFinite(v) && v >= 0 && (!m.isUnitInterval() || v <= 1))) {
                    throw new AssertionError(m.key() + " = " + v + " at week " + t + " of " + spec);
                }
            }
        }
        for (Summary x : Summary.values()) {
            assertThat(r.summaries().get(x)).as("%s of %s", x.key(), spec).isFinite();
        }
        for (ShockResilience sr : r.resilience()) {
            for (double v : new double[] {sr.baseline(), sr.depth(), sr.areaLost()}) {
                assertThat(v).as("%s", sr).isFinite().isGreaterThanOrEqualTo(0);
            }
            assertThat(sr.depth()).isLessThanOrEqualTo(1);
        }
        double[] head = s.column(Metric.HEADCOUNT);
        double[] hires = s.column(Metric.HIRES);
        double[] departures = s.column(Metric.DEPARTURES);
        double previous = spec.agents();
        for (int t = 0; t < head.length; t++) {
            assertThat(head[t]).as("headcount at week %d of %s", t, spec)
                    .isEqualTo(previous + hires[t] - departures[t]).isBetween(0.0, (double) spec.agents());
            previous = head[t];
        }

        RunResult again = OrgSim.run(draw.build());
        CheckpointTest.assertBitIdentical(again, r);
    }

    /** Levers moved mid-run, as an instructor does with sliders: in range they keep every metric bounded. */
    @ParameterizedTest(name = "case {0}")
    @MethodSource("movesCases")
    void liveLeverMovesKeepMetricsBounded(int caseNumber) {
        Draw d = new Draw(MOVES_SEED, caseNumber);
        SpecDraw draw = specDraw(d);
        List<Move> moves = moves(d);
        ScenarioSpec spec = draw.build();
        Simulation sim = new Simulation(spec);
        while (!sim.isDone()) {
            for (Move mv : moves) {
                if (mv.week() == sim.week()) {
                    sim.setLever(mv.lever(), mv.value());
                    assertThat(sim.lever(mv.lever() == Param.LEADERSHIP ? Param.VISION
                            : mv.lever() == Param.MANAGEMENT ? Param.PROCESS : mv.lever())).isEqualTo(mv.value());
                }
            }
            sim.step();
        }
        RunResult r = sim.result();
        for (Metric m : Metric.values()) {
            for (double v : r.series().column(m)) {
                assertThat(v).as(m.key()).isFinite().isGreaterThanOrEqualTo(0);
                if (m.isUnitInterval()) {
                    assertThat(v).as(m.key()).isLessThanOrEqualTo(1);
                }
            }
        }
    }

    record Move(int week, Param lever, double value) {
    }

    static final List<Param> LEVERS = List.of(Param.LEADERSHIP, Param.MANAGEMENT, Param.VISION, Param.INSPIRATION,
            Param.SAFETY, Param.DISTRIBUTED, Param.PLANNING, Param.PROCESS, Param.ACCOUNTABILITY, Param.RESOURCES);

    static List<Move> moves(Draw d) {
        return d.list(0, 6, x -> new Move(x.between(0, 79), x.pick(LEVERS), x.unit()));
    }

    // ---------------------------------------------------------------- invalid specs

    /** One fault put into an otherwise valid spec, and the field the error must name. */
    record Fault(String field, java.util.function.UnaryOperator<ScenarioSpec.Builder> apply) {
        @Override
        public String toString() {
            return "fault in " + field;
        }
    }

    static final double[] NOT_NUMBERS = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};

    static final List<Param> INTEGER_PARAMS = Arrays.stream(PARAMS).filter(Param::isInteger).toList();

    static Fault fault(Draw d) {
        return d.oneOf(SpecPropertiesTest::outOfRange, SpecPropertiesTest::notANumber,
                SpecPropertiesTest::fraction, SpecPropertiesTest::oddDegree, SpecPropertiesTest::unknownKey,
                SpecPropertiesTest::blankName, SpecPropertiesTest::shockFault);
    }

    static Fault outOfRange(Draw d) {
        Param p = d.pick(List.of(PARAMS));
        boolean below = d.bool();
        double by = d.bool() ? d.between(0.01, 1000, 12)
                : d.pick(List.of(Double.MIN_VALUE, 1e-9, 1e12, 1e300, Double.MAX_VALUE));
        return new Fault(p.key(), b -> b.set(p, below ? p.min() - Math.max(by, Math.ulp(p.min()))
                : p.max() + Math.max(by, Math.ulp(p.max()))));
    }

    static Fault notANumber(Draw d) {
        Param p = d.pick(List.of(PARAMS));
        double v = NOT_NUMBERS[d.between(0, 2)];
        return new Fault(p.key(), b -> b.set(p, v));
    }

    static Fault fraction(Draw d) {
        Param p = d.pick(INTEGER_PARAMS);
        double f = d.between(0.001, 0.999, 3);
        return new Fault(p.key(), b -> b.set(p, Math.min(p.max() - 1, p.min() + 3) + f));
    }

    static Fault oddDegree(Draw d) {
        int i = d.between(0, 4);
        return new Fault("org.networkDegree",
                b -> b.agents(20).set(Param.NETWORK_DEGREE, i == 0 ? 20 : i == 1 ? 22 : 2 * i + 1));
    }

    static Fault unknownKey(Draw d) {
        String k = d.alpha(1, 12);
        while (Param.byKey(k).isPresent()) {
            k = d.alpha(1, 12);
        }
        String key = k;
        return new Fault(key, b -> b.set(key, 0.5));
    }

    static Fault blankName(Draw d) {
        String n = d.pick(List.of("", " ", "\t\n"));
        return new Fault("name", b -> b.name(n));
    }

    static final List<Double> BAD = List.of(-1.0, -1e-9, 0.0, 1.0000001, 2.5, 181.0, 1e300, Double.NaN,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY);
    static final List<Integer> BAD_INT = List.of(Integer.MIN_VALUE, -1, 0);

    /** One of {@link #BAD} outside the valid range {@code valid}. */
    static double badFor(Draw d, java.util.function.DoublePredicate valid) {
        return d.pick(BAD.stream().filter(v -> !valid.test(v)).toList());
    }

    /** A bad shock appended after the draw's good ones: a bad field of the shock or of its timing. */
    static Fault shockFault(Draw d) {
        return d.bool() ? badShock(d) : badTiming(d);
    }

    static Fault badShock(Draw d) {
        BadShock s = d.oneOf(
                x -> new BadShock(".degrees", new StrategicPivot(badFor(x, v -> v > 0 && v <= 180))),
                x -> new BadShock(".fraction", new CapacityCut(badFor(x, v -> v > 0 && v <= 1), 4)),
                x -> new BadShock(".weeks", new CapacityCut(0.5, x.pick(BAD_INT))),
                x -> new BadShock(".excess", new DemandSpike(badFor(x, v -> v > 0 && v <= 2), 4)),
                x -> new BadShock(".weeks", new DemandSpike(0.5, x.pick(BAD_INT))),
                x -> new BadShock(".leadFraction", new DepartureWave(0.1, badFor(x, v -> v >= 0 && v <= 1), 0.1)),
                x -> new BadShock(".fraction", new DepartureWave(0, 0, 0)),
                x -> new BadShock(".shocks", new Crisis(List.of())),
                x -> new BadShock(".shocks[1].degrees", Crisis.of(DepartureWave.uniform(0.1),
                        new StrategicPivot(badFor(x, v -> v > 0 && v <= 180)))));
        return new Fault("shocks[*]" + s.suffix(), b -> b.shock(0, s.shock()));
    }

    static Fault badTiming(Draw d) {
        return d.oneOf(
                x -> {
                    int w = x.pick(List.of(-1, Integer.MIN_VALUE, 80, Integer.MAX_VALUE));
                    return new Fault("shocks[*].week", b -> b.steps(80).shock(w, new StrategicPivot(30)));
                },
                x -> {
                    int p = x.pick(BAD_INT);
                    return new Fault("shocks[*].period", b -> b.shock(new ShockTiming.Every(0, p), new StrategicPivot(30)));
                },
                x -> {
                    int f = x.pick(List.of(-1, 80));
                    return new Fault("shocks[*].first",
                            b -> b.steps(80).shock(new ShockTiming.Every(f, 5), new StrategicPivot(30)));
                },
                x -> {
                    double r = badFor(x, v -> v > 0 && v <= 52);
                    return new Fault("shocks[*].perYear",
                            b -> b.shock(new ShockTiming.Poisson(r, 0), new StrategicPivot(30)));
                },
                x -> {
                    int f = x.pick(List.of(-5, 80));
                    return new Fault("shocks[*].from",
                            b -> b.steps(80).shock(new ShockTiming.Poisson(4, f), new StrategicPivot(30)));
                });
    }

    record BadShock(String suffix, Shock shock) {
    }

    @ParameterizedTest(name = "case {0}")
    @MethodSource("invalidCases")
    void everyInvalidSpecFailsWithASpecExceptionNamingTheField(int caseNumber) {
        Draw d = new Draw(INVALID_SEED, caseNumber);
        SpecDraw draw = specDraw(d);
        Fault fault = fault(d);
        ScenarioSpec.Builder b = draw.builder();
        if (fault.field().startsWith("shocks[") && !fault.field().contains(".week")
                && !fault.field().contains(".first") && !fault.field().contains(".from")) {
            b.steps(80); // room for week 0 and the timings' fields; earlier shocks scale with it below
        }
        int goodShocks = draw.shocks().size();
        String expected = fault.field().replace("shocks[*]", "shocks[" + goodShocks + "]");
        Throwable thrown = catchThrowable(() -> {
            ScenarioSpec.Builder x = fault.apply().apply(rebuiltShocks(draw, b));
            x.build();
        });
        assertThat(thrown).as("%s on %s", fault, draw).isInstanceOf(SpecException.class);
        SpecException e = (SpecException) thrown;
        assertThat(e.field()).as(e.getMessage()).isEqualTo(expected);
        assertThat(e.getMessage()).startsWith(expected + " = ");
    }

    /** The invalid cases above put every kind of fault to the test, each at least 20 times. */
    @Test
    void invalidCasesCoverEveryKindOfFault() {
        Map<String, Integer> counts = new TreeMap<>();
        invalidCases().forEach(i -> {
            Draw d = new Draw(INVALID_SEED, i);
            specDraw(d);
            counts.merge(kind(fault(d).field().replace("shocks[*]", "shocks[0]")), 1, Integer::sum);
        });
        for (String k : List.of("parameter", "name", "unknown key", "shock field", "shock timing")) {
            assertThat(counts.getOrDefault(k, 0)).as("cases of %s in %s", k, counts).isGreaterThanOrEqualTo(20);
        }
    }

    private static String kind(String field) {
        if (field.startsWith("shocks[")) {
            return field.matches("shocks\\[\\d+]\\.(week|first|period|perYear|from)") ? "shock timing" : "shock field";
        }
        return Param.byKey(field).isPresent() ? "parameter" : field.equals("name") ? "name" : "unknown key";
    }

    /** The draw's good shocks again, fitted to the builder's horizon (a fault may change it). */
    private static ScenarioSpec.Builder rebuiltShocks(SpecDraw draw, ScenarioSpec.Builder b) {
        b.clearShocks();
        for (ShockDraw s : draw.shocks()) {
            TimedShock t = s.build(1); // week 0 fits any horizon
            b.shock(t.timing(), t.shock());
        }
        return b;
    }

    @ParameterizedTest(name = "case {0}")
    @MethodSource("refuseCases")
    void liveLeversRefuseValuesOutOfRangeAndKeepTheirValue(int caseNumber) {
        Draw d = new Draw(REFUSE_SEED, caseNumber);
        SpecDraw draw = specDraw(d);
        int which = d.between(0, 9);
        Simulation sim = new Simulation(draw.build());
        Param lever = LEVERS.get(which);
        Param read = lever == Param.LEADERSHIP ? Param.VISION : lever == Param.MANAGEMENT ? Param.PROCESS : lever;
        double before = sim.lever(read);
        for (double v : new double[] {Double.NaN, -0.01, 1.01, Double.POSITIVE_INFINITY}) {
            assertThatThrownBy(() -> sim.setLever(lever, v)).isInstanceOf(SpecException.class)
                    .extracting(t -> ((SpecException) t).field()).isEqualTo(lever.key());
            assertThat(sim.lever(read)).isEqualTo(before);
        }
        List<Param> fixed = new ArrayList<>(Arrays.asList(PARAMS));
        fixed.removeAll(LEVERS);
        Param notLive = fixed.get(which % fixed.size());
        assertThatThrownBy(() -> sim.setLever(notLive, notLive.defaultValue())).isInstanceOf(SpecException.class)
                .extracting(t -> ((SpecException) t).field()).isEqualTo(notLive.key());
    }
}
