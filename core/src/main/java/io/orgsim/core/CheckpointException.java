// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core;

import java.io.IOException;

/**
 * A checkpoint that cannot be resumed: the file is not an orgsim checkpoint, was written by
 * another format version, is damaged, or was written for a different scenario. The message
 * names the file and, for a different scenario, the first field that differs.
 *
 * @since 0.1.0
 */
public final class CheckpointException extends IOException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what is wrong, naming the file
     */
    public CheckpointException(String message) {
        super(message);
    }

    /**
     * @param message what is wrong, naming the file
     * @param cause the underlying failure
     */
    public CheckpointException(String message, Throwable cause) {
        super(message, cause);
    }
}
