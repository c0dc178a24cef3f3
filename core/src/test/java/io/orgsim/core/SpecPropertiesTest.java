// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of every spec, over generated ones: small organizations and horizons so that each
 * case runs in milliseconds, every other parameter anywhere in its range (jqwik adds the range
 * ends as edge cases), sub-levers sometimes set and sometimes inherited, zero to four shocks
 * of every kind and timing. Seeds are fixed, so every run generates the same cases.
 */
class SpecPropertiesTest {

    static final Param[] PARAMS = Param.values();
    /** Cases per property; docs/RELIABILITY.md gives the totals. */
    static final int VALID_TRIES = 400;
    static final int INVALID_TRIES = 1000;

    // ---------------------------------------------------------------- generators

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

    static Arbitrary<Double> unit() {
        return Arbitraries.doubles().between(0, 1).ofScale(6);
    }

    static Arbitrary<ShockDraw> shockDraws() {
        return Combinators.combine(Arbitraries.integers().between(0, 4), Arbitraries.integers().between(0, 2),
                unit(), unit(), Arbitraries.integers().between(1, 30), unit(), unit(), unit()).as(ShockDraw::new);
    }

    @Provide
    Arbitrary<SpecDraw> draws() {
        return Combinators.combine(Arbitraries.longs(), Arbitraries.integers().between(10, 60),
                Arbitraries.integers().between(1, 80), Arbitraries.integers().between(2, 80),
                Arbitraries.integers().between(0, 50), unit().list().ofSize(PARAMS.length),
                Arbitraries.of(true, false).list().ofSize(PARAMS.length), shockDraws().list().ofMaxSize(4))
                .as(SpecDraw::new);
    }

    // ---------------------------------------------------------------- valid specs

    @Property(tries = VALID_TRIES, seed = "20261201")
    void everyValidSpecRunsToFiniteBoundedAccountedReproducibleResults(@ForAll("draws") SpecDraw draw) {
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
    @Property(tries = 150, seed = "20261202")
    void liveLeverMovesKeepMetricsBounded(@ForAll("draws") SpecDraw draw,
                                          @ForAll("moves") List<Move> moves) {
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

    @Provide
    Arbitrary<List<Move>> moves() {
        return Combinators.combine(Arbitraries.integers().between(0, 79), Arbitraries.of(LEVERS), unit())
                .as(Move::new).list().ofMaxSize(6);
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

    @Provide
    Arbitrary<Fault> faults() {
        Arbitrary<Fault> outOfRange = Combinators.combine(Arbitraries.of(PARAMS), Arbitraries.of(true, false),
                Arbitraries.oneOf(Arbitraries.doubles().between(0.01, 1000),
                        Arbitraries.of(Double.MIN_VALUE, 1e-9, 1e12, 1e300, Double.MAX_VALUE)))
                .as((p, below, by) -> new Fault(p.key(), b -> b.set(p, below ? p.min() - Math.max(by, Math.ulp(p.min()))
                        : p.max() + Math.max(by, Math.ulp(p.max())))));
        Arbitrary<Fault> notANumber = Combinators.combine(Arbitraries.of(PARAMS), Arbitraries.integers().between(0, 2))
                .as((p, i) -> new Fault(p.key(), b -> b.set(p, NOT_NUMBERS[i])));
        Arbitrary<Fault> fraction = Combinators.combine(
                        Arbitraries.of(Arrays.stream(PARAMS).filter(Param::isInteger).toList()),
                        Arbitraries.doubles().between(0.001, 0.999).ofScale(3))
                .as((p, f) -> new Fault(p.key(), b -> b.set(p, Math.min(p.max() - 1, p.min() + 3) + f)));
        Arbitrary<Fault> oddDegree = Arbitraries.integers().between(0, 4).map(i -> new Fault("org.networkDegree",
                b -> b.agents(20).set(Param.NETWORK_DEGREE, i == 0 ? 20 : i == 1 ? 22 : 2 * i + 1)));
        Arbitrary<Fault> unknownKey = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12)
                .filter(k -> Param.byKey(k).isEmpty()).map(k -> new Fault(k, b -> b.set(k, 0.5)));
        Arbitrary<Fault> blankName = Arbitraries.of("", " ", "\t\n").map(n -> new Fault("name", b -> b.name(n)));
        return Arbitraries.oneOf(outOfRange, notANumber, fraction, oddDegree, unknownKey, blankName, shockFaults());
    }

    /** A bad shock appended after the draw's good ones: a bad field of the shock or of its timing. */
    static Arbitrary<Fault> shockFaults() {
        Arbitrary<Double> bad = Arbitraries.of(-1.0, -1e-9, 0.0, 1.0000001, 2.5, 181.0, 1e300, Double.NaN,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY);
        Arbitrary<Integer> badInt = Arbitraries.of(Integer.MIN_VALUE, -1, 0);
        Arbitrary<BadShock> shocks = Arbitraries.oneOf(
                bad.filter(d -> !(d > 0 && d <= 180)).map(d -> new BadShock(".degrees", new StrategicPivot(d))),
                bad.filter(d -> !(d > 0 && d <= 1)).map(d -> new BadShock(".fraction", new CapacityCut(d, 4))),
                badInt.map(w -> new BadShock(".weeks", new CapacityCut(0.5, w))),
                bad.filter(d -> !(d > 0 && d <= 2)).map(d -> new BadShock(".excess", new DemandSpike(d, 4))),
                badInt.map(w -> new BadShock(".weeks", new DemandSpike(0.5, w))),
                bad.filter(d -> !(d >= 0 && d <= 1)).map(d -> new BadShock(".leadFraction", new DepartureWave(0.1, d, 0.1))),
                Arbitraries.just(new BadShock(".fraction", new DepartureWave(0, 0, 0))),
                Arbitraries.just(new BadShock(".shocks", new Crisis(List.of()))),
                bad.filter(d -> !(d > 0 && d <= 180))
                        .map(d -> new BadShock(".shocks[1].degrees", Crisis.of(DepartureWave.uniform(0.1), new StrategicPivot(d)))));
        Arbitrary<Fault> badShock = shocks.map(s -> new Fault("shocks[*]" + s.suffix(),
                b -> b.shock(0, s.shock())));
        Arbitrary<Fault> badTiming = Arbitraries.oneOf(
                Arbitraries.of(-1, Integer.MIN_VALUE, 80, Integer.MAX_VALUE)
                        .map(w -> new Fault("shocks[*].week", b -> b.steps(80).shock(w, new StrategicPivot(30)))),
                badInt.map(p -> new Fault("shocks[*].period",
                        b -> b.shock(new ShockTiming.Every(0, p), new StrategicPivot(30)))),
                Arbitraries.of(-1, 80).map(f -> new Fault("shocks[*].first",
                        b -> b.steps(80).shock(new ShockTiming.Every(f, 5), new StrategicPivot(30)))),
                bad.filter(d -> !(d > 0 && d <= 52)).map(r -> new Fault("shocks[*].perYear",
                        b -> b.shock(new ShockTiming.Poisson(r, 0), new StrategicPivot(30)))),
                Arbitraries.of(-5, 80).map(f -> new Fault("shocks[*].from",
                        b -> b.steps(80).shock(new ShockTiming.Poisson(4, f), new StrategicPivot(30)))));
        return Arbitraries.oneOf(badShock, badTiming);
    }

    record BadShock(String suffix, Shock shock) {
    }

    @Property(tries = INVALID_TRIES, seed = "20261203")
    void everyInvalidSpecFailsWithASpecExceptionNamingTheField(@ForAll("draws") SpecDraw draw,
                                                              @ForAll("faults") Fault fault) {
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
        Statistics.label("fault").collect(kind(expected));
        Statistics.label("fault").coverage(c -> {
            for (String k : List.of("parameter", "name", "unknown key", "shock field", "shock timing")) {
                c.check(k).count(n -> n >= 20);
            }
        });
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

    @Property(tries = 200, seed = "20261204")
    void liveLeversRefuseValuesOutOfRangeAndKeepTheirValue(@ForAll("draws") SpecDraw draw,
                                                          @ForAll @IntRange(min = 0, max = 9) int which) {
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
