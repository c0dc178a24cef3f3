// SPDX-License-Identifier: Apache-2.0
package io.orgsim.cli;

import io.orgsim.core.SpecException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * The {@code orgsim} command-line program.
 *
 * <p>Exit codes: 0 on success, 2 for input that cannot be run (an unknown scenario or
 * option, a value out of range; one line on stderr names the field, the value and what is
 * allowed), 1 for anything else (one line; the stack trace only with {@code --verbose}).
 * No output file or directory is created unless the runs succeed.
 */
@Command(name = "orgsim", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Agent-based simulation of how leadership and management shape organizations.",
        subcommands = {RunCommand.class, CompareCommand.class, ReportCommand.class, DashboardCommand.class,
                SweepCommand.class, SensitivityCommand.class, ScenariosCommand.class,
                ValidateCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Examples:", "  orgsim report --out out/report",
                "  orgsim run balanced --seed 7 --out out/balanced",
                "  orgsim compare --replications 30 --out out/compare"})
public final class Main implements Callable<Integer> {

    /** Exit code for input that cannot be run. */
    public static final int EXIT_USAGE = 2;
    /** Exit code for unexpected failures. */
    public static final int EXIT_FAILURE = 1;

    @Spec
    private CommandSpec spec;

    /** Used by picocli only. */
    public Main() {
    }

    /**
     * Runs the program and exits with its exit code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(execute(out, err, args));
    }

    /**
     * Runs the program without exiting.
     *
     * @param out where results go
     * @param err where errors and progress go
     * @param args the command line
     * @return the exit code
     */
    static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new Main())
                .setOut(out)
                .setErr(err)
                .setParameterExceptionHandler(parameterErrors(err))
                .setExecutionExceptionHandler(executionErrors(err));
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            err.println("orgsim: out of memory: use fewer agents or steps, or give Java more heap "
                    + "(JAVA_OPTS=-Xmx4g)");
            return EXIT_FAILURE;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** With no subcommand: prints the usage to stderr. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return EXIT_USAGE;
    }

    private static IParameterExceptionHandler parameterErrors(PrintWriter err) {
        return (ParameterException ex, String[] args) -> {
            String name = ex.getCommandLine().getCommandSpec().qualifiedName();
            err.println(name + ": " + ex.getMessage() + " (see '" + name + " --help')");
            return EXIT_USAGE;
        };
    }

    private static IExecutionExceptionHandler executionErrors(PrintWriter err) {
        return (Exception ex, CommandLine cl, ParseResult parsed) -> {
            String name = cl.getCommandSpec().qualifiedName();
            if (ex instanceof SpecException) {
                err.println(name + ": " + ex.getMessage());
                return EXIT_USAGE;
            }
            boolean verbose = cl.getCommand() instanceof BaseCommand c && c.verbose;
            String io = ioProblem(ex);
            if (io != null && !verbose) {
                err.println(name + ": " + io);
                return EXIT_FAILURE;
            }
            err.println(name + ": failed: " + ex + (verbose ? "" : " (--verbose shows the stack trace)"));
            if (verbose) {
                ex.printStackTrace(err);
            }
            return EXIT_FAILURE;
        };
    }

    /**
     * @param ex what a command threw
     * @return one plain line naming the path and what went wrong, when it is a file-system
     *     failure (anywhere in its causes), else null
     */
    static String ioProblem(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof java.nio.file.NoSuchFileException e) {
                return "no such file or directory: " + e.getFile()
                        + (e.getReason() == null ? "" : " (" + e.getReason() + ")");
            }
            if (t instanceof java.nio.file.AccessDeniedException e) {
                return "permission denied: " + e.getFile();
            }
            if (t instanceof java.nio.file.FileAlreadyExistsException e) {
                return "already exists: " + e.getFile();
            }
            if (t instanceof java.nio.file.FileSystemException e) {
                return "cannot use " + e.getFile() + (e.getOtherFile() == null ? "" : " / " + e.getOtherFile())
                        + (e.getReason() == null ? "" : ": " + e.getReason());
            }
        }
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof IOException && t.getMessage() != null) {
                return t.getMessage();
            }
        }
        return null;
    }

    /** Reads the version that Maven wrote into {@code version.properties}. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"orgsim " + number(),
                    "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }

        /** @return the project version, or "dev" outside a Maven build */
        static String number() {
            Properties p = new Properties();
            try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            } catch (IOException e) {
                return "dev";
            }
            return p.getProperty("version", "dev");
        }
    }
}
