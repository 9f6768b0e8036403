package org.opengazette.output;

import java.nio.file.Path;

/**
 * Another process building into a folder, for {@link OutputLockTest}: takes the folder's lock,
 * says so on standard output, and keeps it until killed or until its standard input closes.
 */
public final class LockHolder {
    private LockHolder() {}

    public static void main(String[] arguments) throws Exception {
        try (OutputLock lock = OutputLock.acquire(Path.of(arguments[0]))) {
            System.out.println("locked " + ProcessHandle.current().pid());
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait
            }
        }
    }
}
