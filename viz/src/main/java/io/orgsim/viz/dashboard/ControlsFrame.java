// SPDX-License-Identifier: Apache-2.0
package io.orgsim.viz.dashboard;

import io.orgsim.scenarios.Preset;
import java.awt.BorderLayout;
import java.awt.Font;
import java.awt.GridLayout;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;

/** The scenario picker, the shock buttons and the week counter. */
final class ControlsFrame {

    private static final Font BIG = new Font(Font.SANS_SERIF, Font.PLAIN, 18);
    private static final Font BOLD = new Font(Font.SANS_SERIF, Font.BOLD, 18);

    private final JFrame frame = new JFrame("orgsim: scenario and shocks");
    private final JComboBox<String> picker = new JComboBox<>();
    private final JLabel description = new JLabel();
    private final JLabel week = new JLabel("Week 0");
    private final JButton pivot;
    private final JButton cut;
    private final AtomicInteger shownWeek = new AtomicInteger();
    private final AtomicInteger pendingWeek = new AtomicInteger(-1);

    ControlsFrame(DashboardState state) {
        for (Preset p : state.scenarios()) {
            picker.addItem(p.name());
        }
        picker.setSelectedItem(state.scenario().name());
        picker.setFont(BOLD);
        description.setFont(BIG);
        description.setText(html(state.scenario().description()));
        picker.addActionListener(e -> {
            String name = (String) picker.getSelectedItem();
            if (name != null && !name.equals(state.scenario().name())) {
                state.pick(name);
                description.setText(html(state.scenario().description()));
            }
        });
        pivot = new JButton(String.format(Locale.ROOT, "Strategic pivot now (%.0f\u00b0)",
                DashboardState.PIVOT_DEGREES));
        cut = new JButton(String.format(Locale.ROOT, "Capacity cut now (%.0f%% for %d weeks)",
                DashboardState.CUT.fraction() * 100, DashboardState.CUT.weeks()));
        pivot.addActionListener(e -> state.pivotNow());
        cut.addActionListener(e -> state.cutNow());
        for (JButton b : new JButton[] {pivot, cut}) {
            b.setFont(BIG);
        }
        week.setFont(BOLD);

        JPanel top = new JPanel(new BorderLayout(8, 8));
        JLabel pick = new JLabel("Scenario:");
        pick.setFont(BIG);
        top.add(pick, BorderLayout.WEST);
        top.add(picker, BorderLayout.CENTER);
        top.add(week, BorderLayout.EAST);
        JPanel buttons = new JPanel(new GridLayout(1, 2, 8, 8));
        buttons.add(pivot);
        buttons.add(cut);
        JPanel all = new JPanel(new BorderLayout(8, 8));
        all.setBorder(BorderFactory.createEmptyBorder(10, 10, 10, 10));
        all.add(top, BorderLayout.NORTH);
        all.add(description, BorderLayout.CENTER);
        all.add(buttons, BorderLayout.SOUTH);
        frame.setDefaultCloseOperation(JFrame.HIDE_ON_CLOSE);
        frame.getContentPane().add(all);
        frame.pack();
        frame.setSize(Math.max(frame.getWidth(), 720), frame.getHeight() + 20);
    }

    private static String html(String text) {
        return "<html><body style='width:560px'>" + text + "</body></html>";
    }

    JFrame frame() {
        return frame;
    }

    JButton pivotButton() {
        return pivot;
    }

    JButton cutButton() {
        return cut;
    }

    JComboBox<String> picker() {
        return picker;
    }

    /**
     * Shows the week; from any thread, coalesced so the Swing queue never floods.
     *
     * @param w weeks stepped so far
     */
    void showWeek(int w) {
        if (pendingWeek.getAndSet(w) < 0) {
            SwingUtilities.invokeLater(() -> {
                int now = pendingWeek.getAndSet(-1);
                shownWeek.set(now);
                week.setText("Week " + now);
            });
        }
    }
}
