// SPDX-License-Identifier: Apache-2.0
package io.orgsim.scenarios.validation;

/**
 * Which reading of March (1991) the model follows where the paper's text and the program that
 * produced its figures disagree (Chanda and Miller 2019). Every reading reads the state at the
 * start of a period for socialization and for code learning ("at the same time", as the paper
 * says and as the program does). docs/VALIDATION.md gives the sources of each rule.
 */
public enum MarchRules {

    /**
     * March's program as recreated from Christensen's (2015) note (Workiewicz 2019): each
     * period every individual acts, a belief of 0 acting as +1 or -1 with probability 1/2; the
     * superior group is those whose actions score (matches minus mismatches against reality)
     * above the code's score (a code value of 0 scoring 0); k is the net vote of the superior
     * group's actions; socialization moves a belief one step at a time (opposite, then 0, then
     * the code's value); the code jumps to the dominant action. The default.
     */
    ACTIONS,

    /**
     * March's BASIC program as passed on by Rodan and ported to NetLogo by Watts and Gilbert
     * (2014): the superior group is chosen by the score of beliefs (a belief of 0 scoring 0);
     * socialization and code learning move one step at a time (opposite, then 0, then the
     * other value); k is the superior group's net vote, the number holding the dominant belief
     * minus the number holding its opposite.
     */
    ORIGINAL,

    /**
     * The paper's text: the superior group is chosen by knowledge (the number of dimensions
     * matching reality); a belief socialized, or a code value learned, jumps to the other's
     * value; k is the number in the superior group who differ from the code minus the number
     * who agree with it (footnote 1), the code changing only when k &gt; 0.
     */
    PAPER
}
