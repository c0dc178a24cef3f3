// SPDX-License-Identifier: Apache-2.0
package io.orgsim.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.orgsim.core.CapacityCut;
import io.orgsim.core.Metric;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What shipped lessons tell the class to watch, against the numbers the dashboard draws: each
 * lesson is played step by step through {@link DashboardSession}, at the dashboard's default
 * seed, as the page plays it. If the model moves and a statement stops being true, this fails
 * and the lesson's text is to be rewritten from what the model now shows.
 */
class LessonClaimsTest {

    private static final Catalog CATALOG = Catalog.builtIn();
    private static final long SEED = DashboardServer.Options.defaults().seed();

    @Test
    void whyAndHowTheCapacityCutTakesAboutASixthOfOutputAndExhaustionClimbsInBoth() {
        Lessons.Lesson lesson = lesson("why-and-how");
        Lessons.Step step = lesson.step(2);
        assertThat(step.watch()).startsWith("Output drops by about a sixth in both");
        int at = step.shockWeek();
        int weeks = ((CapacityCut) ShockLibrary.get(step.shock()).shock()).weeks();
        for (double[][] rows : play(lesson)) {
            double before = mean(rows, Metric.OUTPUT, at - weeks, at);
            double during = mean(rows, Metric.OUTPUT, at, at + weeks);
            assertThat(1 - during / before).as("share of output lost while the cut lasts").isBetween(0.12, 0.22);
            assertThat(max(rows, Metric.EXHAUSTION, at, at + weeks))
                    .as("exhaustion during the cut").isGreaterThan(mean(rows, Metric.EXHAUSTION, at - weeks, at) + 0.05);
        }
    }

    @Test
    void leadershipAsChoicePullsAheadBeforeTheCrisisAndKeepsAsMuchInProportion() {
        Lessons.Lesson lesson = lesson("leadership-as-choice");
        assertThat(lesson.step(0).watch()).contains("a fifth to a third more output, and engagement is higher");
        List<double[][]> lanes = play(lesson); // by position, as a choice
        double[][] position = lanes.get(0);
        double[][] choice = lanes.get(1);
        int until = lesson.step(0).until();
        double ahead = mean(choice, Metric.OUTPUT, until - 26, until) / mean(position, Metric.OUTPUT, until - 26, until);
        assertThat(ahead).as("output of leadership as a choice against by position, weeks before the crisis")
                .isBetween(1.20, 1.34);
        assertThat(mean(choice, Metric.ENGAGEMENT, until - 26, until)).as("engagement before the crisis, as a choice")
                .isGreaterThan(mean(position, Metric.ENGAGEMENT, until - 26, until) + 0.02);
        int crisis = 260;
        int end = lesson.step(1).until();
        double[] kept = new double[2];
        for (int l = 0; l < 2; l++) {
            double[][] rows = lanes.get(l);
            double base = mean(rows, Metric.OUTPUT, crisis - 26, crisis);
            double trough = Double.MAX_VALUE;
            for (int w = crisis; w + 4 <= end; w++) {
                trough = Math.min(trough, mean(rows, Metric.OUTPUT, w, w + 4));
            }
            assertThat(1 - trough / base).as("output lost at the worst of the crisis").isGreaterThan(1 / 3.0);
            kept[l] = mean(rows, Metric.OUTPUT, crisis, end) / base;
        }
        for (int w = crisis; w + 13 <= end; w += 13) {
            assertThat(mean(choice, Metric.OUTPUT, w, w + 13)).as("as a choice stays ahead, weeks from %d", w)
                    .isGreaterThan(mean(position, Metric.OUTPUT, w, w + 13));
        }
        assertThat(Math.abs(kept[1] - kept[0])).as("share of output kept after the crisis, by position %s, as a "
                + "choice %s", kept[0], kept[1]).isLessThan(0.03);
    }

    @Test
    void tooMuchLeadershipEndsLessEngagedWastesAQuarterAndTiresOfChange() {
        Lessons.Lesson lesson = lesson("too-much-leadership");
        assertThat(lesson.step(0).watch()).startsWith("Engagement starts alike but ends lower in the enthusiastic");
        List<double[][]> lanes = play(lesson); // too much leadership, balanced
        double[][] enthusiastic = lanes.get(0);
        double[][] balanced = lanes.get(1);
        int until = lesson.step(0).until();
        assertThat(Math.abs(mean(enthusiastic, Metric.ENGAGEMENT, 0, 4) - mean(balanced, Metric.ENGAGEMENT, 0, 4)))
                .as("engagement in the first weeks").isLessThan(0.02);
        assertThat(mean(enthusiastic, Metric.ENGAGEMENT, until - 26, until)).as("engagement before the lever")
                .isLessThan(mean(balanced, Metric.ENGAGEMENT, until - 26, until) - 0.05);
        assertThat(mean(enthusiastic, Metric.WASTE_SHARE, until / 2, until)).as("waste, a quarter").isBetween(0.22, 0.30);
        assertThat(mean(balanced, Metric.WASTE_SHARE, until / 2, until)).as("waste, a sixth").isBetween(0.13, 0.20);
        assertThat(enthusiastic[until - 1][Metric.CHANGE_FATIGUE.ordinal()]).as("change fatigue at the lever")
                .isGreaterThan(balanced[until - 1][Metric.CHANGE_FATIGUE.ordinal()]);
    }

    private static Lessons.Lesson lesson(String name) {
        return Lessons.shipped(CATALOG).stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow();
    }

    /** Plays every step of a lesson as the page does (one week at a time); returns each lane's rows. */
    private static List<double[][]> play(Lessons.Lesson lesson) {
        try (DashboardSession s = new DashboardSession(CATALOG, SEED, CATALOG.preset(lesson.step(0).presets().get(0)))) {
            for (int i = 0; i < lesson.steps().size(); i++) {
                s.lessonStep(lesson, i);
                s.pause(); // the test steps, not the session's clock
                while (s.week() < lesson.step(i).until()) {
                    s.step();
                }
            }
            return s.lanes().stream().map(l -> ((List<?>) l.json(0).get("rows")).stream().map(r -> (double[]) r)
                    .toArray(double[][]::new)).toList();
        }
    }

    /** Mean of a metric over rows [from, to): row w is the week stepped after w weeks. */
    private static double mean(double[][] rows, Metric m, int from, int to) {
        double sum = 0;
        for (int w = from; w < to; w++) {
            sum += rows[w][m.ordinal()];
        }
        return sum / (to - from);
    }

    private static double max(double[][] rows, Metric m, int from, int to) {
        double max = Double.NEGATIVE_INFINITY;
        for (int w = from; w < to; w++) {
            max = Math.max(max, rows[w][m.ordinal()]);
        }
        return max;
    }
}
