// SPDX-License-Identifier: Apache-2.0
package io.orgsim.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lesson files: the shipped ones play on the built-in presets; mistakes get one line. */
class LessonsTest {

    private static final Catalog CATALOG = Catalog.builtIn();

    @TempDir
    Path dir;

    @Test
    void everyShippedLessonPlaysOnTheBuiltInPresets() {
        List<Lessons.Lesson> all = Lessons.shipped(CATALOG);
        assertThat(all).extracting(Lessons.Lesson::name).containsExactlyElementsOf(Lessons.SHIPPED);
        assertThat(all).allSatisfy(l -> assertThat(l.steps()).isNotEmpty());
    }

    @Test
    void anInstructorsOwnLessonLoads() throws Exception {
        Files.writeString(dir.resolve("mine.yaml"), """
                title: My lesson
                steps:
                  - caption: Watch the neglected organization.
                    presets: [neither]
                    levers: {leadership.vision: 0.9}
                    leverWeek: 10
                    shock: demand-spike
                    shockWeek: 30
                    until: 52
                    show: [cynicism, change_fatigue]
                    watch: Vision alone.
                """);
        Lessons.Lesson l = Lessons.load(dir, CATALOG).get(0);
        assertThat(l.name()).isEqualTo("mine");
        assertThat(l.step(0).levers()).containsEntry("leadership.vision", 0.9);
        assertThat(l.step(0).shockWeek()).isEqualTo(30);
        assertThat(l.step(0).show()).containsExactly("cynicism", "change_fatigue");
    }

    @Test
    void mistakesNameTheFileAndTheField() throws Exception {
        Files.writeString(dir.resolve("bad.yaml"), """
                title: Bad
                steps:
                  - caption: x
                    presets: [balanced]
                    levers: {management: 1.5}
                    watch: y
                """);
        assertThatThrownBy(() -> Lessons.load(dir, CATALOG)).isInstanceOf(Lessons.LessonException.class)
                .hasMessageEndingWith("bad.yaml: steps[0].levers.management = 1.5: must be in [0, 1]");
        Files.writeString(dir.resolve("bad.yaml"), "title: Bad\nsteps:\n  - caption: x\n    presets: [nope]\n    watch: y\n");
        assertThatThrownBy(() -> Lessons.load(dir, CATALOG)).hasMessageContaining("steps[0].presets[0] = \"nope\"");
        Files.writeString(dir.resolve("bad.yaml"),
                "title: Bad\nsteps:\n  - caption: x\n    presets: [balanced]\n    show: [burnout]\n    watch: y\n");
        assertThatThrownBy(() -> Lessons.load(dir, CATALOG))
                .hasMessageContaining("bad.yaml: steps[0].show[0] = \"burnout\": must be one of output, ");
        Files.writeString(dir.resolve("bad.yaml"), "title: [unclosed\n");
        assertThatThrownBy(() -> Lessons.load(dir, CATALOG)).hasMessageContaining("not valid YAML")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
}
