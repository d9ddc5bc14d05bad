package org.lunacy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.ThreadLocalAction;
import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.lunacy.LuaContext;

/**
 * The automatic collection cycles of lua5.1 (luaC_step when the allocated bytes reach {@code
 * GCthreshold}) for what only a full collection does here: clearing weak tables and running the
 * {@code __gc} of unreachable userdata ({@link LuaWeakTables#collect}). The JVM collects memory on
 * its own; this listens to its collections, adds up what the program allocated between them, and
 * once that reaches the heap in use after the previous cycle times {@code (pause - 100) / 100}
 * (the "setpause" rule: 200 waits for the heap to double) asks the Lua thread for a full cycle at
 * its next safepoint. Installed only once a program has a weak table or a finalizer.
 *
 * <p>A cycle costs full JVM collections, so cycles are spaced to take at most a tenth of the
 * time, and between {@link #MIN_BYTES} and {@link #MAX_BYTES} are allocated between two of them.
 */
public final class LuaAutoCollector implements NotificationListener {
  private static final long MIN_BYTES = 32L << 20;
  /** The JVM heap holds more than Lua's objects: a large heap does not delay cycles further. */
  private static final long MAX_BYTES = 256L << 20;
  /** After a cycle that took d, the next one waits at least {@code SPACING * d}. */
  private static final int SPACING = 9;

  private final LuaContext ctx;
  private final List<NotificationEmitter> emitters = new ArrayList<>();
  /** Heap in use after the previous JVM collection; -1 before the first (listener thread). */
  private long usedAfter = -1;
  /** Bytes allocated since the last cycle (listener thread). */
  private long allocated;
  private volatile boolean restart;
  private volatile boolean pending;
  private volatile boolean closed;
  private volatile long liveAfterCycle;
  private volatile long notBefore;

  private LuaAutoCollector(LuaContext ctx) {
    this.ctx = ctx;
    this.liveAfterCycle = heapInUse();
  }

  /** Starts the automatic cycles of this context, if they are not running yet. */
  @TruffleBoundary
  public static void install(LuaContext ctx) {
    if (ctx.autoCollector != null) {
      return;
    }
    LuaAutoCollector c = new LuaAutoCollector(ctx);
    ctx.autoCollector = c;
    try {
      for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
        if (bean instanceof NotificationEmitter emitter) {
          emitter.addNotificationListener(c, null, null);
          c.emitters.add(emitter);
        }
      }
    } catch (RuntimeException | LinkageError e) {
      // no collector notifications here (a native image without them): cycles only on request
    }
  }

  /** Stops listening (the context is closing). */
  @TruffleBoundary
  public static void uninstall(LuaContext ctx) {
    LuaAutoCollector c = ctx.autoCollector;
    if (c == null) {
      return;
    }
    c.closed = true;
    for (NotificationEmitter emitter : c.emitters) {
      try {
        emitter.removeNotificationListener(c);
      } catch (Exception e) {
        // already gone
      }
    }
    c.emitters.clear();
  }

  /** Called at the end of every full cycle, requested or automatic: {@code nanos} is its time. */
  static void collected(LuaContext ctx, long nanos) {
    ctx.gcStopped = false; // luaC_fullgc sets a new threshold, which undoes "stop"
    LuaAutoCollector c = ctx.autoCollector;
    if (c != null) {
      c.liveAfterCycle = heapInUse();
      c.notBefore = System.nanoTime() + SPACING * nanos;
      c.restart = true;
    }
  }

  private static long heapInUse() {
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }

  private static long used(Map<String, MemoryUsage> pools) {
    long sum = 0;
    for (MemoryUsage u : pools.values()) {
      sum += u.getUsed();
    }
    return sum;
  }

  @Override
  public void handleNotification(Notification n, Object handback) {
    if (closed
        || !GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
      return;
    }
    var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData()).getGcInfo();
    long before = used(info.getMemoryUsageBeforeGc());
    long after = used(info.getMemoryUsageAfterGc());
    synchronized (this) {
      if (restart) {
        restart = false;
        allocated = 0;
      } else if (usedAfter >= 0) {
        allocated += Math.max(0, before - usedAfter);
      }
      usedAfter = after;
      if (pending || ctx.collecting || ctx.gcStopped || System.nanoTime() < notBefore) {
        return;
      }
      long pause = ctx.gcPause();
      long threshold =
          Math.min(MAX_BYTES, Math.max(MIN_BYTES, liveAfterCycle / 100 * (pause - 100)));
      if (allocated < threshold) {
        return;
      }
      pending = true;
    }
    try {
      ctx.env.submitThreadLocal(null, new Cycle());
    } catch (RuntimeException e) {
      pending = false; // the context is closing
    }
  }

  /** A full cycle run by the Lua thread at a safepoint; {@code __gc} may run Lua code. */
  private final class Cycle extends ThreadLocalAction {
    Cycle() {
      super(true, false);
    }

    @Override
    protected void perform(Access access) {
      pending = false;
      if (!closed && !ctx.collecting && !ctx.gcStopped) {
        LuaWeakTables.collect(ctx);
      }
    }
  }
}
