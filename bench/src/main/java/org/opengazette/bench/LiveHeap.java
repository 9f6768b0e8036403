package org.opengazette.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The most heap a process held on to: the heap in use right after each full (old generation)
 * collection, the largest seen. Unlike a pool's peak usage it counts no garbage, so it tells how
 * small a heap the work fits in, give or take what was made and dropped between collections.
 */
final class LiveHeap {
    private final AtomicLong max = new AtomicLong();
    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .map(MemoryPoolMXBean::getName)
            .collect(Collectors.toSet());

    private LiveHeap() {}

    /** Starts listening to this JVM's collectors. */
    static LiveHeap watch() {
        LiveHeap live = new LiveHeap();
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(
                        (notification, handback) -> {
                            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
                                    notification.getType())) {
                                live.heard(GarbageCollectionNotificationInfo.from(
                                        (CompositeData) notification.getUserData()));
                            }
                        },
                        null,
                        null);
            }
        }
        return live;
    }

    /** The largest heap in use after a full collection so far, in bytes (0 before the first). */
    long maxAfterFullCollection() {
        return max.get();
    }

    private void heard(GarbageCollectionNotificationInfo info) {
        if (!info.getGcAction().contains("major")) {
            return;
        }
        long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                .filter(pool -> heapPools.contains(pool.getKey()))
                .mapToLong(pool -> pool.getValue().getUsed())
                .sum();
        max.accumulateAndGet(used, Math::max);
    }
}
