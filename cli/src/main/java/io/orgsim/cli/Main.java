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
                ClassroomCommand.class,
                SweepCommand.class, SensitivityCommand.class, ScenariosCommand.class,
                ValidateCommand.class, AblateCommand.class, CalibrateCommand.class,
                CommandLine.HelpCommand.class, picocli.AutoComplete.GenerateCompletion.class},
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
        plainNumbers(cl);
        HEADERS.forEach((name, header) -> {
            CommandLine sub = cl.getSubcommands().get(name);
            if (sub != null) {
                sub.getCommandSpec().usageMessage().header(header);
            }
        });
        cl.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(false)
                .header("prints a bash/zsh completion script (README)");
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

    /** One line per command in the top-level help, and at the top of each command's help. */
    static final java.util.Map<String, String> HEADERS = new java.util.LinkedHashMap<>();

    static {
        // each fits the 80-column help beside the longest command name (at most 56 characters)
        HEADERS.put("run", "runs one scenario (a preset or a file): its weeks");
        HEADERS.put("compare", "the four quadrants x R seeded runs, with 95%% intervals");
        HEADERS.put("report", "an offline HTML report of any experiment");
        HEADERS.put("dashboard", "the instructor's dashboard in the browser, live charts");
        HEADERS.put("classroom", "a turn-based game in the browser for a whole class");
        HEADERS.put("sweep", "runs an experiment file's design x replications");
        HEADERS.put("sensitivity", "Morris or Sobol indices of an experiment file");
        HEADERS.put("scenarios", "lists the presets; 'show NAME' prints one as a file");
        HEADERS.put("validate", "reproduces March (1991) on the engine");
        HEADERS.put("ablate", "which behaviours hold with each mechanism switched off");
        HEADERS.put("calibrate", "fits parameters to target statistics (CMA-ES)");
        HEADERS.put("help", "shows the help of a command");
    }

    /** Type errors in plain words: "'high' is not a number", not Java's "is not a double". */
    private static void plainNumbers(CommandLine cl) {
        CommandLine.ITypeConverter<Double> real = s -> {
            try {
                return Double.valueOf(s.trim());
            } catch (NumberFormatException e) {
                throw new CommandLine.TypeConversionException("'" + s + "' is not a number (for example 0.6)");
            }
        };
        CommandLine.ITypeConverter<Long> whole = s -> {
            try {
                return Long.valueOf(s.trim());
            } catch (NumberFormatException e) {
                throw new CommandLine.TypeConversionException("'" + s + "' is not a whole number");
            }
        };
        CommandLine.ITypeConverter<Integer> count = s -> {
            try {
                return Integer.valueOf(s.trim());
            } catch (NumberFormatException e) {
                throw new CommandLine.TypeConversionException("'" + s + "' is not a whole number in [-2147483648, "
                        + "2147483647]");
            }
        };
        cl.registerConverter(Double.class, real).registerConverter(double.class, real)
                .registerConverter(Long.class, whole).registerConverter(long.class, whole)
                .registerConverter(Integer.class, count).registerConverter(int.class, count);
    }

    private static IParameterExceptionHandler parameterErrors(PrintWriter err) {
        return (ParameterException ex, String[] args) -> {
            String name = ex.getCommandLine().getCommandSpec().qualifiedName();
            String message = ex.getMessage();
            if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
                String typed = u.getUnmatched().get(0);
                java.util.List<String> known = new java.util.ArrayList<>(
                        ex.getCommandLine().getSubcommands().keySet());
                ex.getCommandLine().getCommandSpec().options().forEach(o -> known.addAll(java.util.List.of(o.names())));
                String near = io.orgsim.scenarios.file.Suggest.closest(typed, known);
                message = (typed.startsWith("-") ? "unknown option " : known.isEmpty() || !ex.getCommandLine()
                        .getSubcommands().isEmpty() ? "unknown command " : "unexpected argument ") + "'" + typed + "'"
                        + (near == null ? "" : " (did you mean " + near + "?)");
            }
            err.println(name + ": " + message + " (see '" + name + " --help')");
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
