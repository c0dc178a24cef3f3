// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.io;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** This machine's name, as lock files and temporary names record it. */
final class Hosts {

    private Hosts() {
    }

    /** @return the host name, looked up once */
    static String name() {
        return Holder.NAME;
    }

    private static final class Holder {
        static final String NAME = lookUp();

        private static String lookUp() {
            try {
                return InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e) {
                return "unknown-host";
            }
        }
    }
}
