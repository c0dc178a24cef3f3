// SPDX-License-Identifier: Apache-2.0
package io.orgsim.scenarios.behaviour;

import io.orgsim.core.SpecException;
import io.orgsim.core.experiment.Progress;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The ablation experiment: the behaviour catalog on the model as it is (the baseline), then
 * again with each arm's parameters set in every scenario, for example each mechanism switched
 * off in turn. Every arm runs the same seeds (common random numbers), so a behaviour that
 * stops holding does so because of the arm, not the draws. Results are bit-identical whatever
 * the thread count.
 */
public final class Ablation {

    private final List<Arm> arms;
    private final EnumSet<Behaviour> behaviours;
    private final BehaviourCatalog.Settings settings;

    /**
     * One arm's verdicts.
     *
     * @param arm the arm
     * @param verdicts one per behaviour evaluated
     */
    public record ArmResult(Arm arm, List<Verdict> verdicts) {
        /** Copies the verdicts. */
        public ArmResult {
            verdicts = List.copyOf(verdicts);
        }
    }

    /**
     * @param arms the arms, not counting the baseline, which is always run first; at least one
     * @param behaviours the behaviours to evaluate, at least one
     * @param settings replications, seed, threads, size and alpha
     * @throws SpecException when there is no arm or behaviour, or two arms share a name
     */
    public Ablation(List<Arm> arms, Set<Behaviour> behaviours, BehaviourCatalog.Settings settings) {
        if (arms.isEmpty()) {
            throw new SpecException("arms", "[]", "needs at least one arm");
        }
        if (behaviours.isEmpty()) {
            throw new SpecException("behaviours", "[]", "needs at least one behaviour, from 1 to 6");
        }
        Set<String> names = new HashSet<>(List.of(Arm.BASELINE));
        for (Arm a : arms) {
            if (!names.add(a.name())) {
                throw new SpecException("arms", a.name(), "is given twice (or is the reserved name baseline)");
            }
        }
        this.arms = List.copyOf(arms);
        this.behaviours = EnumSet.copyOf(behaviours);
        this.settings = Objects.requireNonNull(settings, "settings");
        for (Arm a : allArms()) {
            BehaviourCatalog.specs(this.behaviours, a.overrides(), settings); // refuse a bad arm before anything runs
        }
    }

    /** @return the baseline, then every arm */
    public List<Arm> allArms() {
        List<Arm> all = new ArrayList<>();
        all.add(Arm.baseline());
        all.addAll(arms);
        return all;
    }

    /** @return the behaviours evaluated, in catalog order */
    public Set<Behaviour> behaviours() {
        return EnumSet.copyOf(behaviours);
    }

    /** @return the settings */
    public BehaviourCatalog.Settings settings() {
        return settings;
    }

    /** @return the number of runs of the whole experiment */
    public long runs() {
        return allArms().size() * BehaviourCatalog.runs(behaviours, settings);
    }

    /**
     * Runs the baseline and every arm.
     *
     * @param progress makes the progress display (told of every run)
     * @param armDone told of each arm when it is finished, in arm order
     * @return one result per arm, baseline first
     */
    public List<ArmResult> run(Progress.Factory progress, Consumer<ArmResult> armDone) {
        List<ArmResult> results = new ArrayList<>();
        try (Progress p = progress.start("ablate", runs(), 0)) {
            for (Arm a : allArms()) {
                ArmResult r = new ArmResult(a, BehaviourCatalog.evaluate(behaviours, a.overrides(), settings, p));
                armDone.accept(r);
                results.add(r);
            }
        }
        return List.copyOf(results);
    }
}
