// SPDX-License-Identifier: Apache-2.0
package io.orgsim.web;

import static io.orgsim.web.ClassroomTest.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;

/**
 * The classroom's two pages in headless Chromium: a student joins on a phone and saves levers;
 * the instructor plays the game to the end on a projector-sized screen and gets the debrief.
 */
class ClassroomPageTest {

    @TempDir
    Path dir;

    @Test
    void aStudentJoinsOnAPhoneAndTheInstructorPlaysToTheDebrief() throws Exception {
        Browser.assumeInstalled();
        Path shots = Path.of("target", "screenshots");
        try (ClassroomServer server = ClassroomServer.start(ClassroomTest.small(dir.resolve("game.json"), 30, 50))) {
            Client c = new Client(server.url());
            for (int i = 0; i < 5; i++) {
                c.post("/api/join", Map.of("code", server.joinCode(), "name", "bot " + i), Map.of());
            }
            try (Browser phone = Browser.open(390, 844)) {
                phone.driver.get(server.url().toString());
                phone.find("#code").sendKeys(server.joinCode().toLowerCase());
                phone.find("#name").sendKeys("Ada");
                phone.find("#join").click();
                phone.await("the game view", d -> phone.find("#who").getText().equals("Ada"));
                phone.find("#leadership").sendKeys(Keys.END); // 1.0: over the budget with management at 0.6
                phone.find("#decide").click();
                phone.await("the budget error", d -> phone.find("#toast").getText().contains("budget"));
                phone.find("#management").sendKeys(Keys.HOME);
                phone.find("#decide").click();
                phone.await("saved", d -> phone.find("#saved").getText().equals("saved"));
                phone.screenshot(shots.resolve("classroom-student-390x844.png"));
            }
            var ada = server.game().instructorView();
            assertThat(ada.get("students")).isEqualTo(6);
            try (Browser screen = Browser.open(1280, 720)) {
                screen.driver.get(server.instructorUrl().toString());
                screen.await("the join code", d -> screen.find("#code").getText().equals(server.joinCode()));
                for (int t = 0; t < ClassroomTest.TURNS; t++) {
                    int turn = t;
                    screen.await("the button", d -> screen.find("#advance").isEnabled());
                    screen.find("#advance").click();
                    screen.await("turn " + (turn + 1), d -> server.game().turn() == turn + 1);
                }
                screen.await("the debrief", d -> screen.find("#debriefTitle").getText().startsWith("Debrief"));
                screen.await("every path", d -> screen.js("return document.querySelectorAll('#paths .uplot').length")
                        .equals(1L));
                assertThat(screen.find("#board").getText()).contains("Ada");
                assertThat(screen.find("#why").getText()).contains("came out ahead");
                screen.screenshot(shots.resolve("classroom-instructor-1280x720.png"));
                screen.screenshotAt(1920, 1080, shots, "classroom-instructor");
            }
            // Ada's last decision is the one she saved: leadership 1, management 0
            var me = c.get("/api/instructor/state", as(server.joinCode(), server.instructorToken())).json();
            for (var row : me.get("leaderboard")) {
                if (row.get("name").asText().equals("Ada")) {
                    assertThat(row.get("leadership").asDouble()).isEqualTo(1.0);
                    assertThat(row.get("management").asDouble()).isEqualTo(0.0);
                    assertThat(row.get("strategy").asText()).isEqualTo("leadership-heavy");
                }
            }
        }
    }
}
