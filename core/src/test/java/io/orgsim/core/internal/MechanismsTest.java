// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.orgsim.core.Metric;
import io.orgsim.core.OrgSim;
import io.orgsim.core.Param;
import io.orgsim.core.ScenarioSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The mechanism units: the registry is complete, and each mechanism's equations and neutral form. */
class MechanismsTest {

    private static ScenarioSpec spec(Param p, double v) {
        return ScenarioSpec.builder().set(p, v).build();
    }

    private static ScenarioSpec defaults() {
        return ScenarioSpec.builder().build();
    }

    @Test
    void everyParameterBelongsToExactlyOneMechanismOrTheStructure() {
        List<Param> claimed = new ArrayList<>(Mechanisms.STRUCTURE);
        for (Mechanism.Unit u : Mechanisms.CATALOG) {
            claimed.add(u.toggle());
            claimed.addAll(u.params());
        }
        assertThat(claimed).doesNotHaveDuplicates().containsExactlyInAnyOrder(Param.values());
    }

    @Test
    void everySwitchIsAMechanismAndEveryMechanismHasOne() {
        List<Param> switches = Arrays.stream(Param.values()).filter(Param::isMechanismSwitch).toList();
        assertThat(Mechanisms.CATALOG).extracting(Mechanism.Unit::toggle).containsExactlyInAnyOrderElementsOf(switches);
        for (Param s : switches) {
            assertThat(s.defaultValue()).isEqualTo(1);
            assertThat(s.isInteger()).isTrue();
            assertThat(s.min()).isZero();
            assertThat(s.max()).isEqualTo(1);
        }
        assertThat(Mechanisms.names()).doesNotHaveDuplicates().contains("strain", "aspiration", "learning");
    }

    @Test
    void switchingAnyMechanismOffChangesTheRunAndOnlyOneRunIsTheDefault() {
        // an organization of average hazard, so that errors (which checks act on) happen
        ScenarioSpec base = ScenarioSpec.builder().agents(80).steps(104).leadership(0.7).management(0.4)
                .set(Param.DISTRIBUTED, 0.4).set(Param.CONTEXT_HAZARD_SPREAD, 0).build();
        double[] on = OrgSim.run(base).series().column(Metric.OUTPUT);
        for (Mechanism.Unit u : Mechanisms.CATALOG) {
            double[] off = OrgSim.run(base.toBuilder().set(u.toggle(), 0).build()).series().column(Metric.OUTPUT);
            assertThat(off).as(u.name()).isNotEqualTo(on);
        }
    }

    @Test
    void switchedOffMechanismsLeaveTheirStateAtRest() {
        ScenarioSpec base = ScenarioSpec.builder().agents(80).steps(104).build();
        var off = OrgSim.run(base.toBuilder().set(Param.MECH_STRAIN, 0).set(Param.MECH_ASPIRATION, 0)
                .set(Param.MECH_CHANGE_FATIGUE, 0).set(Param.MECH_RECOGNITION, 0).set(Param.MECH_LEARNING, 0)
                .set(Param.MECH_INNOVATION, 0).build()).series();
        for (Metric m : List.of(Metric.EXHAUSTION, Metric.FRUSTRATION, Metric.CYNICISM, Metric.CHANGE_FATIGUE,
                Metric.RECOGNITION, Metric.TEAM_LEARNING, Metric.IDEAS_PROPOSED, Metric.INNOVATION)) {
            assertThat(Arrays.stream(off.column(m)).max().orElseThrow()).as(m.key()).isZero();
        }
    }

    @Test
    void sensingIsFasterWithVisionAndAtTheBaseRateWhenOff() {
        Sensing on = new Sensing(defaults());
        Sensing off = new Sensing(spec(Param.MECH_SENSING, 0));
        assertThat(on.rate(1)).isCloseTo(0.27, within(1e-12));
        assertThat(on.rate(0)).isEqualTo(0.02);
        assertThat(off.rate(1)).isEqualTo(0.02);
    }

    @Test
    void planningReplansOffCycleOnlyBeyondTheToleranceAndEveryWeekWhenOff() {
        Planning on = new Planning(defaults());
        assertThat(on.replans(0.2, 1, 0.5)).isFalse();
        assertThat(on.replans(0.5, 0.6, 0.5)).isTrue();
        assertThat(on.replans(-0.5, 0.4, 0.5)).isFalse();
        assertThat(new Planning(spec(Param.MECH_PLANNING, 0)).replans(0, 0, 1)).isTrue();
    }

    @Test
    void informalLeadershipSharesLeadershipOnlyWhenOn() {
        assertThat(new InformalLeadership(defaults()).share(0.4)).isEqualTo(0.4);
        assertThat(new InformalLeadership(spec(Param.MECH_INFORMAL, 0)).share(0.4)).isZero();
        assertThat(new InformalLeadership(defaults()).propensity(0.5)).isCloseTo(0.25, within(1e-12));
        // shared leadership adds leadership: g * share * team propensity of the gap, at most all of it
        InformalLeadership shared = new InformalLeadership(spec(Param.SHARED_GAIN, 2));
        assertThat(shared.added(0.5, 0.3)).isCloseTo(0.3, within(1e-12));
        assertThat(shared.added(0, 0.3)).isZero();
        assertThat(shared.added(1, 0.9)).isEqualTo(1);
        assertThat(new InformalLeadership(spec(Param.MECH_INFORMAL, 0)).added(0.5, 0.3)).isZero();
    }

    @Test
    void coordinationLosesLessWhereTeamsAgreeOrManagementCoordinates() {
        Coordination c = new Coordination(defaults());
        assertThat(c.of(1, 0)).isCloseTo(0.6, within(1e-12));
        assertThat(c.conflict(0, 0.5, 0)).isCloseTo(0.6, within(1e-12));
        assertThat(c.conflict(0, 0.5, 1)).isCloseTo(0.3, within(1e-12));
        assertThat(c.conflict(1, 0.5, 0)).isCloseTo(0, within(1e-12));
        assertThat(c.selfCoordination(1, 1)).isEqualTo(1);
        assertThat(new Coordination(spec(Param.MECH_COORDINATION, 0)).conflict(0, 0, 0)).isZero();
    }

    @Test
    void reworkGrowsWithChangeUpToEverything() {
        Rework r = new Rework(defaults());
        assertThat(r.loss(0.1)).isCloseTo(0.2, within(1e-12));
        assertThat(r.loss(5)).isEqualTo(1);
        assertThat(new Rework(spec(Param.MECH_REWORK, 0)).loss(5)).isZero();
    }

    @Test
    void standardWorkRaisesTheFloorOfTheUnskilled() {
        StandardWork w = new StandardWork(defaults());
        assertThat(w.floor(0.3, 1)).isCloseTo(0.3 + 0.3 * 0.7, within(1e-12));
        assertThat(w.floor(0.3, 0)).isEqualTo(0.3);
        assertThat(new StandardWork(spec(Param.MECH_STANDARD_WORK, 0)).floor(0.3, 1)).isEqualTo(0.3);
    }

    @Test
    void overheadIsConvexAndCostsEngagementAndAddsDemand() {
        Overhead o = new Overhead(spec(Param.OVERHEAD_WEIGHT, 0.3)); // the weight the numbers below use
        assertThat(o.share(1, 1, 1, 1)).isCloseTo(0.3, within(1e-12));
        assertThat(o.share(0.5, 0.5, 0.5, 0.5)).isCloseTo(0.075, within(1e-12)); // a quarter at half the lever
        assertThat(o.engagementCost(0.2)).isCloseTo(0.06, within(1e-12));
        assertThat(o.demand(0.2)).isCloseTo(0.2, within(1e-12));
        assertThat(new Overhead(spec(Param.MECH_OVERHEAD, 0)).share(1, 1, 1, 1)).isZero();
    }

    @Test
    void autonomyFeltDependsOnTheAgentsNeed() {
        Autonomy a = new Autonomy(defaults(), 2);
        a.need[0] = 0.5;
        a.need[1] = 2;
        double left = a.of(1, 1, 0);
        assertThat(left).isCloseTo(0.4, within(1e-12));
        // voice: with leadership fully shared, structure takes (1 - voice) of what it took
        double voice = defaults().get(Param.VOICE);
        assertThat(a.of(1, 1, 1)).isCloseTo(1 - 0.6 * (1 - voice), within(1e-12));
        assertThat(a.of(1, 1, 0.5)).isGreaterThan(left);
        assertThat(a.felt(0, left)).isCloseTo(0.7, within(1e-12));
        assertThat(a.felt(1, left)).isZero();
        Autonomy off = new Autonomy(spec(Param.MECH_AUTONOMY, 0), 1);
        assertThat(off.of(1, 1, 0)).isEqualTo(1);
        assertThat(off.felt(0, 0)).isEqualTo(1);
    }

    @Test
    void purposeIsDiscountedByCynicismAndCutWhenTheChannelIsBroken() {
        Purpose p = new Purpose(spec(Param.PURPOSE_WEIGHT, 0.3), 1); // the weight the numbers below use
        p.sensitivity[0] = 1;
        assertThat(p.term(0, 1, 0, 1)).isCloseTo(0.3, within(1e-12));
        assertThat(p.term(0, 1, 0.5, 1)).isCloseTo(0.15, within(1e-12));
        assertThat(p.term(0, 1, 0, 0.3)).isCloseTo(0.09, within(1e-12));
        assertThat(new Purpose(spec(Param.MECH_PURPOSE, 0), 1).term(0, 1, 0, 1)).isZero();
    }

    @Test
    void recognitionFollowsResultsNotAccountabilityAlone() {
        Recognition r = new Recognition(defaults(), 2);
        for (int w = 0; w < 200; w++) {
            r.week(0, 1, 0.9);
            r.week(1, 1, 0);
        }
        assertThat(r.recognition[0]).isCloseTo(0.9, within(1e-6));
        assertThat(r.recognition[1]).isZero();
        assertThat(new Recognition(spec(Param.MECH_RECOGNITION, 0), 1).week(0, 1, 1)).isZero();
    }

    @Test
    void unmetAspirationFrustratesAndLastingFrustrationLeavesCynicismThatLasts() {
        Aspiration a = new Aspiration(defaults(), 2);
        a.join(0);
        a.join(1);
        double peak = 0;
        for (int w = 0; w < 156; w++) {
            a.week(0, 0.9, 0.4, 0); // inspired, results lag
            a.week(1, 0.9, 0.95, 0); // inspired, results follow
            peak = Math.max(peak, a.frustration(0));
        }
        assertThat(peak).isGreaterThan(0.3);
        assertThat(a.frustration(0)).as("cynicism damps the aspiration that feeds frustration").isLessThan(peak);
        assertThat(a.cynicism(0)).isGreaterThan(0.2);
        assertThat(a.frustration(1)).isLessThan(0.05);
        assertThat(a.cynicism(1)).isZero();
        double cynical = a.cynicism(0);
        for (int w = 0; w < 52; w++) {
            a.week(0, 0, 1, 0); // inspiration and the gap gone: cynicism stays most of a year later
        }
        assertThat(a.cynicism(0)).isGreaterThan(0.85 * cynical);
        Aspiration off = new Aspiration(spec(Param.MECH_ASPIRATION, 0), 1);
        off.join(0);
        off.week(0, 1, 0, 0.5);
        assertThat(off.frustration(0)).isZero();
    }

    @Test
    void exhaustionRisesFasterThanItRecoversAndResilienceShieldsFromIt() {
        Strain s = new Strain(defaults(), 2);
        s.resilience(0, 1);
        s.resilience(1, 2);
        for (int w = 0; w < 26; w++) {
            s.week(0, 0.8, 0.2);
            s.week(1, 0.8, 0.2);
        }
        double peak = s.exhaustion(0);
        assertThat(peak).isGreaterThan(0.4);
        assertThat(s.exhaustion(1)).isCloseTo(peak / 2, within(1e-9));
        for (int w = 0; w < 26; w++) {
            s.week(0, 0, 0.2);
        }
        assertThat(s.exhaustion(0)).as("recovers over half a year only part of what half a year built").isGreaterThan(0.7 * peak);
        assertThat(s.demand(0.5, 1, 0.5)).isCloseTo(0.2 + 0.5 + 0.1, within(1e-12));
        Strain off = new Strain(spec(Param.MECH_STRAIN, 0), 1);
        off.resilience(0, 1);
        off.week(0, 2, 0);
        assertThat(off.exhaustion(0)).isZero();
    }

    @Test
    void vacanciesLoadThoseWhoStay() {
        assertThat(new Workload(defaults()).demand(2, 6)).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(new Workload(defaults()).demand(2, 0)).isZero();
        assertThat(new Workload(spec(Param.MECH_WORKLOAD, 0)).demand(2, 6)).isZero();
    }

    @Test
    void changeFatigueBuildsWithRedirectionAndFades() {
        ChangeFatigue f = new ChangeFatigue(defaults(), 1);
        for (int w = 0; w < 200; w++) {
            f.week(0, 0.04);
        }
        assertThat(f.fatigue[0]).isCloseTo(0.5 * 0.04 / 0.05, within(1e-3));
        for (int w = 0; w < 52; w++) {
            f.week(0, 0);
        }
        assertThat(f.fatigue[0]).isLessThan(0.03);
        assertThat(new ChangeFatigue(spec(Param.MECH_CHANGE_FATIGUE, 0), 1).week(0, 1)).isZero();
    }

    @Test
    void contagionPullsTowardTheNeighbours() {
        assertThat(new Contagion(defaults()).pull(0.8, 0.4)).isCloseTo(0.02, within(1e-12));
        assertThat(new Contagion(spec(Param.MECH_CONTAGION, 0)).pull(0.8, 0.4)).isZero();
    }

    @Test
    void reportedErrorsBuildTeamLearningThatPreventsErrors() {
        TeamLearning l = new TeamLearning(defaults(), 2);
        for (int w = 0; w < 200; w++) {
            l.close(0, 1, 8);
            l.close(1, 0, 8);
        }
        assertThat(l.stock[0]).isCloseTo(Math.min(1, (1.0 / 8) / 0.02), within(1e-6));
        assertThat(l.errorFactor(0)).isCloseTo(0.4, within(1e-6));
        assertThat(l.errorFactor(1)).isEqualTo(1);
        assertThat(l.lesson(0.5)).isCloseTo(0.51, within(1e-12));
        TeamLearning off = new TeamLearning(spec(Param.MECH_LEARNING, 0), 1);
        off.close(0, 5, 8);
        assertThat(off.errorFactor(0)).isEqualTo(1);
        assertThat(off.lesson(0.5)).isEqualTo(0.5);
    }

    @Test
    void checksCatchInProportionToProcessOnce() {
        assertThat(new Checks(defaults()).catchChance(0.5)).isCloseTo(0.3, within(1e-12));
        assertThat(new Checks(spec(Param.MECH_CHECKS, 0)).catchChance(1)).isZero();
    }

    @Test
    void ideasNeedSafetyAndAutonomyAndImplementedOnesBuildAStockThatDecays() {
        Innovation i = new Innovation(defaults());
        assertThat(i.proposeChance(1, 1)).isCloseTo(0.03, within(1e-12));
        assertThat(i.proposeChance(0, 1)).isCloseTo(0.003, within(1e-12));
        assertThat(i.implementChance(1, 1)).isEqualTo(1);
        assertThat(i.implementChance(0, 0)).isCloseTo(0.1, within(1e-12));
        i.close(30, 300);
        assertThat(i.stock).isCloseTo(0.05, within(1e-12));
        i.close(0, 300);
        assertThat(i.stock).isCloseTo(0.05 * 0.99, within(1e-12));
        assertThat(new Innovation(spec(Param.MECH_INNOVATION, 0)).proposeChance(1, 1)).isZero();
    }

    @Test
    void traitsAverageOneAndLeadsSpreadAroundTheLevers() {
        Heterogeneity h = new Heterogeneity(spec(Param.LEAD_SPREAD, 0.15), 1); // the spread the numbers below use
        RandomStream r = new RandomStream(5, "test");
        double sum = 0;
        int draws = 200_000;
        for (int k = 0; k < draws; k++) {
            sum += h.trait(0.3, r.gaussian());
        }
        assertThat(sum / draws).isCloseTo(1, within(0.01));
        h.newLead(0, 1, -2);
        assertThat(h.leadLeadership[0]).isCloseTo(0.15, within(1e-12));
        assertThat(h.leadManagement[0]).isCloseTo(-0.3, within(1e-12));
        Heterogeneity off = new Heterogeneity(spec(Param.MECH_HETEROGENEITY, 0), 1);
        assertThat(off.trait(0.3, 2)).isEqualTo(1);
        off.newLead(0, 1, 1);
        assertThat(off.leadLeadership[0]).isZero();
    }

    @Test
    void contextIsOneSituationPerOrganizationAveragingTheNeutralOne() {
        ScenarioSpec spread = ScenarioSpec.builder().set(Param.CONTEXT_PRODUCTIVITY_SPREAD, 0.5)
                .set(Param.CONTEXT_CLIMATE_SPREAD, 0.1).set(Param.CONTEXT_HAZARD_SPREAD, 0.5)
                .set(Param.CONTEXT_MARKET_SPREAD, 0.5).build();
        double productivity = 0;
        double climate = 0;
        double climateSquares = 0;
        double hazard = 0;
        double market = 0;
        int organizations = 100_000;
        for (int k = 0; k < organizations; k++) {
            Context c = new Context(spread, new RandomStream(k, "context").at(0, 0));
            productivity += c.productivity;
            climate += c.climate;
            climateSquares += c.climate * c.climate;
            hazard += c.hazard;
            market += c.labourMarket;
        }
        // log-normal factors of mean 1, a normal shift of mean 0 and the given sd
        assertThat(productivity / organizations).isCloseTo(1, within(0.01));
        assertThat(hazard / organizations).isCloseTo(1, within(0.01));
        assertThat(market / organizations).isCloseTo(1, within(0.01));
        assertThat(climate / organizations).isCloseTo(0, within(0.002));
        assertThat(Math.sqrt(climateSquares / organizations)).isCloseTo(0.1, within(0.002));
        // a situation depends on the organization's stream alone, and off it is the average one
        Context a = new Context(spread, new RandomStream(7, "context").at(0, 0));
        Context b = new Context(spread, new RandomStream(7, "context").at(0, 0));
        assertThat(a.productivity).isEqualTo(b.productivity);
        assertThat(a.productivity).isNotEqualTo(new Context(spread, new RandomStream(8, "context").at(0, 0)).productivity);
        Context off = new Context(spread.toBuilder().set(Param.MECH_CONTEXT, 0).build(), new RandomStream(7, "context").at(0, 0));
        assertThat(List.of(off.productivity, off.hazard, off.labourMarket, off.climate)).containsExactly(1.0, 1.0, 1.0, 0.0);
    }

    @Test
    void organizationsOfTheSameLeversDifferByTheirContext() {
        ScenarioSpec base = ScenarioSpec.builder().agents(40).steps(104).set(Param.CONTEXT_PRODUCTIVITY_SPREAD, 0.5).build();
        double[] with = new double[8];
        double[] without = new double[8];
        for (int s = 0; s < 8; s++) {
            with[s] = OrgSim.run(base.toBuilder().seed(s).build()).summaries().get(io.orgsim.core.Summary.MEAN_OUTPUT);
            without[s] = OrgSim.run(base.toBuilder().seed(s).set(Param.MECH_CONTEXT, 0).build()).summaries()
                    .get(io.orgsim.core.Summary.MEAN_OUTPUT);
        }
        assertThat(sd(with) / mean(with)).isGreaterThan(2 * sd(without) / mean(without));
    }

    @Test
    void supportRaisesTheEngagementTargetWithSafety() {
        Support s = new Support(spec(Param.SUPPORT_WEIGHT, 0.4));
        assertThat(s.term(0.5)).isCloseTo(0.2, within(1e-12));
        assertThat(s.term(0)).isZero();
        assertThat(new Support(spec(Param.MECH_SUPPORT, 0)).term(1)).isZero();
    }

    @Test
    void withHeterogeneityTheSameLeversGiveASpreadOfTeamsAndOrganizations() {
        // in the average context, so that the spread compared is the people's and leads' alone
        ScenarioSpec base = ScenarioSpec.builder().agents(200).steps(156).set(Param.MECH_CONTEXT, 0).build();
        double[] with = new double[8];
        double[] without = new double[8];
        for (int s = 0; s < 8; s++) {
            with[s] = OrgSim.run(base.toBuilder().seed(s).build()).summaries().get(io.orgsim.core.Summary.CUMULATIVE_OUTPUT);
            without[s] = OrgSim.run(base.toBuilder().seed(s).set(Param.MECH_HETEROGENEITY, 0).build()).summaries()
                    .get(io.orgsim.core.Summary.CUMULATIVE_OUTPUT);
        }
        assertThat(sd(with)).isGreaterThan(sd(without));
        // and teams differ more within an organization when leads realise the levers unevenly
        double spreadWith = teamSpread(base.toBuilder().seed(1).build());
        double spreadWithout = teamSpread(base.toBuilder().seed(1).set(Param.MECH_HETEROGENEITY, 0).build());
        assertThat(spreadWith).isGreaterThan(spreadWithout);
    }

    private static double teamSpread(ScenarioSpec spec) {
        double[] spread = OrgSim.run(spec).series().column(Metric.TEAM_OUTPUT_SPREAD);
        return Arrays.stream(spread, 52, spread.length).average().orElseThrow();
    }

    private static double mean(double[] x) {
        return Arrays.stream(x).average().orElseThrow();
    }

    private static double sd(double[] x) {
        double m = Arrays.stream(x).average().orElseThrow();
        return Math.sqrt(Arrays.stream(x).map(v -> (v - m) * (v - m)).sum() / (x.length - 1));
    }
}
