// SPDX-License-Identifier: Apache-2.0
package io.orgsim.viz;

import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One colour per scenario, the same on every chart of a report and in the web dashboard. The
 * colours are Okabe and Ito's colour-blind-safe set; the four quadrants always get the same
 * four, other scenarios take the rest in the order given.
 */
public final class Palette {

    /** Okabe-Ito blue. */
    public static final Color BLUE = new Color(0x0072B2);
    /** Okabe-Ito orange. */
    public static final Color ORANGE = new Color(0xE69F00);
    /** Okabe-Ito bluish green. */
    public static final Color GREEN = new Color(0x009E73);
    /** Okabe-Ito reddish purple. */
    public static final Color PURPLE = new Color(0xCC79A7);
    /** Okabe-Ito sky blue. */
    public static final Color SKY = new Color(0x56B4E9);
    /** Okabe-Ito vermillion. */
    public static final Color VERMILLION = new Color(0xD55E00);
    /** Okabe-Ito black (a dark grey, so that it still shows a band). */
    public static final Color BLACK = new Color(0x222222);
    /** Okabe-Ito yellow, last because it is faint on white. */
    public static final Color YELLOW = new Color(0xF0E442);

    private static final Map<String, Color> FIXED = Map.of(
            "balanced", BLUE,
            "too-much-leadership", ORANGE,
            "too-much-management", GREEN,
            "neither", PURPLE);
    private static final List<Color> REST = List.of(VERMILLION, SKY, BLACK, YELLOW);

    private final Map<String, Color> colors;

    private Palette(Map<String, Color> colors) {
        this.colors = colors;
    }

    /**
     * @param scenarios the scenario names of a report, in display order
     * @return their palette
     */
    public static Palette forScenarios(List<String> scenarios) {
        Map<String, Color> map = new LinkedHashMap<>();
        int next = 0;
        for (String name : scenarios) {
            if (map.containsKey(name)) {
                continue;
            }
            Color fixed = FIXED.get(name);
            if (fixed != null) {
                map.put(name, fixed);
            } else {
                List<Color> pool = REST;
                map.put(name, pool.get(next % pool.size()));
                next++;
            }
        }
        return new Palette(map);
    }

    /**
     * @param scenario a scenario name
     * @return its colour (a fixed quadrant colour, or grey for a name not in the palette)
     */
    public Color color(String scenario) {
        Color c = colors.get(scenario);
        if (c != null) {
            return c;
        }
        return FIXED.getOrDefault(scenario, Color.GRAY);
    }

    /**
     * @param c a colour
     * @param alpha opacity in [0, 255]
     * @return the colour with that opacity
     */
    public static Color withAlpha(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    /**
     * @param c a colour
     * @return it as {@code #rrggbb}, for HTML
     */
    public static String hex(Color c) {
        return String.format("#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }
}
