// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.experiment;

import io.orgsim.core.Param;
import io.orgsim.core.ScenarioSpec;
import io.orgsim.core.ScheduledShock;
import io.orgsim.core.Shock;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A sweep's {@code manifest.json}: what identifies the experiment whose results an output
 * directory holds (docs/EXPERIMENTS.md lists its fields). It is written with one field per
 * line in a fixed order, so the first differing line names what changed; {@code digest}
 * is the SHA-256 of every line but the {@code orgsim} version's and its own, so two
 * manifests describe the same runs exactly when their digests are equal.
 */
final class Manifest {

    /** The value of the {@code format} field. */
    static final String FORMAT = "orgsim-sweep-manifest/1";

    private final List<String> lines;
    private final String digest;
    private final String text;

    private Manifest(List<String> lines, String version) {
        this.lines = List.copyOf(lines);
        this.digest = "sha256:" + sha256(String.join("\n", lines));
        StringBuilder s = new StringBuilder("{\n");
        s.append("  \"format\": ").append(quote(FORMAT)).append(",\n");
        s.append("  \"orgsim\": ").append(quote(version)).append(",\n");
        s.append("  \"digest\": ").append(quote(digest)).append(",\n");
        for (String line : lines) {
            s.append(line).append('\n');
        }
        this.text = s.append("}\n").toString();
    }

    /**
     * @param version the orgsim version writing it
     * @param seed the master seed
     * @param commonSeeds whether every point runs replication r with the same seed
     * @param replications replications per point
     * @param design the design
     * @param base the base spec
     * @param columns the results file's columns
     * @return the manifest of that experiment
     */
    static Manifest of(String version, long seed, boolean commonSeeds, int replications, Design design,
                       ScenarioSpec base, ResultColumns columns) {
        List<String> l = new ArrayList<>();
        l.add("  \"seed_rule\": " + quote(Seeds.RULE) + ",");
        if (commonSeeds) {
            l.add("  \"seeds\": \"common\","); // absent: independent seeds, as in manifests written before the option
        }
        l.add("  \"master_seed\": " + seed + ",");
        l.add("  \"replications\": " + replications + ",");
        l.add("  \"points\": " + design.size() + ",");
        l.add("  \"runs\": " + (long) design.size() * replications + ",");
        l.add("  \"design_keys\": " + array(design.keys()) + ",");
        l.add("  \"design_points_sha256\": " + quote(pointsDigest(design)) + ",");
        l.add("  \"base\": {");
        l.add("    \"name\": " + quote(base.name()) + ",");
        l.add("    \"seed\": " + base.seed() + ",");
        l.add("    \"params\": {");
        Param[] params = Param.values();
        for (int i = 0; i < params.length; i++) {
            l.add("      " + quote(params[i].key()) + ": " + ResultColumns.number(base.get(params[i]))
                    + (i + 1 < params.length ? "," : ""));
        }
        l.add("    },");
        l.add("    \"shocks\": [");
        List<ScheduledShock> shocks = base.shocks();
        for (int i = 0; i < shocks.size(); i++) {
            Shock shock = shocks.get(i).shock();
            // records describe their fields; other shocks only by class, as their toString may hold a hash
            String what = shock instanceof Record ? shock.toString() : shock.getClass().getName();
            l.add("      {\"week\": " + shocks.get(i).week() + ", \"type\": " + quote(shock.name()) + ", \"shock\": "
                    + quote(what) + "}" + (i + 1 < shocks.size() ? "," : ""));
        }
        l.add("    ]");
        l.add("  },");
        l.add("  \"columns\": " + array(columns.header()));
        return new Manifest(l, version);
    }

    /** @return the JSON text */
    String text() {
        return text;
    }

    /** @return {@code sha256:HEX} */
    String digest() {
        return digest;
    }

    /**
     * @param old another manifest's text
     * @return null when it describes the same experiment, else what differs first
     */
    String difference(String old) {
        if (!old.startsWith("{\n  \"format\": " + quote(FORMAT) + ",")) {
            return "it is not a manifest of this format (" + FORMAT + ")";
        }
        String[] was = old.split("\n");
        List<String> body = new ArrayList<>();
        for (String line : was) {
            if (!line.equals("{") && !line.equals("}") && !line.startsWith("  \"format\":")
                    && !line.startsWith("  \"orgsim\":") && !line.startsWith("  \"digest\":")) {
                body.add(line.endsWith(",") ? line.substring(0, line.length() - 1) : line);
            }
        }
        String seeds = "  \"seeds\": \"common\"";
        boolean wasCommon = body.contains(seeds);
        if (wasCommon != lines.stream().anyMatch(l -> strip(l).equals(seeds))) {
            return "was seeds: " + (wasCommon ? "common" : "independent") + ", now seeds: "
                    + (wasCommon ? "independent" : "common");
        }
        for (int i = 0; i < Math.max(body.size(), lines.size()); i++) {
            String a = i < body.size() ? body.get(i) : "";
            String b = i < lines.size() ? strip(lines.get(i)) : "";
            if (!a.equals(b)) {
                return "was " + a.strip() + ", now " + b.strip();
            }
        }
        return null;
    }

    private static String strip(String line) {
        return line.endsWith(",") ? line.substring(0, line.length() - 1) : line;
    }

    private static String pointsDigest(Design design) {
        MessageDigest md = sha();
        ByteBuffer b = ByteBuffer.allocate(8 * Math.max(1, design.keys().size()));
        List<String> keys = design.keys();
        for (int p = 0; p < design.size(); p++) {
            double[] x = design.point(p);
            b.clear();
            for (int i = 0; i < x.length; i++) {
                b.putLong(Double.doubleToLongBits(Design.roundFor(keys.get(i), x[i])));
            }
            md.update(b.array(), 0, b.position());
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static String sha256(String s) {
        return HexFormat.of().formatHex(sha().digest(s.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static String array(List<String> items) {
        List<String> q = new ArrayList<>();
        for (String s : items) {
            q.add(quote(s));
        }
        return "[" + String.join(", ", q) + "]";
    }

    /** A JSON string literal. */
    static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
