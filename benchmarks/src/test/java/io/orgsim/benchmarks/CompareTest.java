// SPDX-License-Identifier: Apache-2.0
package io.orgsim.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code Compare} names a bad argument and its range before it starts a process. */
class CompareTest {

    @TempDir
    Path dir;

    @Test
    void namesTheBadArgument() throws Exception {
        Path jar = Files.createFile(dir.resolve("b.jar"));
        String j = jar.toString();
        assertThat(Compare.argumentProblem(new String[] {j})).contains("two builds");
        assertThat(Compare.argumentProblem(new String[] {j, j})).isNull();
        assertThat(Compare.argumentProblem(new String[] {j, j, "7", "100000"})).isNull();
        assertThat(Compare.argumentProblem(new String[] {j, dir.resolve("none.jar").toString()}))
                .startsWith("after = ").contains("no such file");
        assertThat(Compare.argumentProblem(new String[] {j, j, "seven"})).startsWith("rounds = seven").contains("[1, 1000]");
        assertThat(Compare.argumentProblem(new String[] {j, j, "7", "5"})).startsWith("agents = 5").contains("[10, 50000000]");
    }
}
