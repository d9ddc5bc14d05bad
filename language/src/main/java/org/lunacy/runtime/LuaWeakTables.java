package org.lunacy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.frame.FrameInstance;
import com.oracle.truffle.api.frame.FrameSlotKind;
import java.lang.management.ManagementFactory;
import java.lang.ref.WeakReference;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.lunacy.LuaContext;

/**
 * Weak tables ({@code __mode} with 'k' and/or 'v'). Entries are held strongly while the program
 * runs; a full collection ({@code collectgarbage()}) moves the weak parts of every weak table
 * behind {@link WeakReference}s, lets the JVM collector run, and puts back what survived. As in
 * 5.1, only collectable values (tables, functions, userdata, threads) are ever removed.
 */
public final class LuaWeakTables {
  private LuaWeakTables() {}

  /**
   * Called by setmetatable: remembers tables whose metatable declares a weak mode, and marks
   * metatables without one, so that a {@code __mode} key added to them later is noticed (see
   * {@link #modeAdded}).
   */
  @TruffleBoundary
  public static void updateMode(LuaContext ctx, LuaTable t, LuaTable mt) {
    byte mode = mt == null ? 0 : metatableMode(mt);
    if (mode != 0 && t.weakMode == 0) {
      ctx.weakTables.add(new WeakReference<>(t));
      LuaAutoCollector.install(ctx);
    }
    t.weakMode = mode;
  }

  /**
   * Called by setmetatable for a metatable not yet marked plain: its weak mode, after marking it
   * plain when it has none. Takes only the metatable, so the table being given it stays virtual
   * in compiled code.
   */
  @TruffleBoundary
  public static byte metatableMode(LuaTable mt) {
    byte mode = modeOf(mt);
    if (mode == 0) {
      mt.plainMetatable = true;
    }
    return mode;
  }

  /** Called when a {@code __mode} key is added to a table that setmetatable has used. */
  @TruffleBoundary
  public static void modeAdded() {
    LuaContext.get(null).lateWeakModes = true;
  }

  /**
   * Registers the tables whose metatable got a {@code __mode} after setmetatable: walks everything
   * reachable from the globals, the registry and the stack (lua5.1's collector reads {@code
   * __mode} as it traverses each table) and registers the tables that use a metatable with a weak
   * mode.
   */
  private static void noticeLateModes(LuaContext ctx) {
    if (!ctx.lateWeakModes) {
      return;
    }
    ctx.lateWeakModes = false;
    Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    ArrayDeque<Object> work = new ArrayDeque<>();
    Consumer<Object> visit =
        v -> {
          if (v != null && seen.add(v)) {
            work.push(v);
          }
        };
    visit.accept(ctx.globals);
    visit.accept(ctx.registry);
    visit.accept(ctx.stringMetatable);
    visit.accept(ctx.currentCoroutine);
    Truffle.getRuntime()
        .iterateFrames(
            fi -> {
              if (LuaStack.isHiddenTailFrame(fi.getCallNode())) {
                return null; // an activation that made a tail call is gone for the program
              }
              Frame f = fi.getFrame(FrameInstance.FrameAccess.READ_ONLY);
              for (Object a : f.getArguments()) {
                visit.accept(a);
              }
              int n = f.getFrameDescriptor().getNumberOfSlots();
              for (int i = 0; i < n; i++) {
                if (f.getTag(i) == FrameSlotKind.Object.tag) {
                  visit.accept(f.getObject(i));
                }
              }
              return null;
            });
    while (!work.isEmpty()) {
      Object v = work.pop();
      if (v instanceof LuaTable t) {
        LuaTable mt = t.getMetatable();
        if (mt != null) {
          visit.accept(mt);
          if (t.weakMode == 0 && modeOf(mt) != 0) {
            ctx.weakTables.add(new WeakReference<>(t));
            LuaAutoCollector.install(ctx);
          }
        }
        t.forEachReference(visit);
      } else if (v instanceof LuaFunction f) {
        visit.accept(f.env);
        if (f.upvalues != null) {
          for (LuaCell c : f.upvalues) {
            visit.accept(c);
          }
        }
      } else if (v instanceof LuaCell c) {
        visit.accept(c.value);
      } else if (v instanceof LuaUserdata u) {
        visit.accept(u.getMetatable());
        visit.accept(u.env);
      } else if (v instanceof LuaCoroutine co) {
        co.forEachReference(visit);
        visit.accept(co.resumer);
        visit.accept(co.globals);
      } else if (v instanceof Object[] array) {
        for (Object x : array) {
          visit.accept(x);
        }
      }
    }
  }

  /** Less garbage than this since the last collection is not worth a JVM collection. */
  private static final long UNSEEN_GARBAGE = 256L << 10;

  /**
   * Bytes all threads of the JVM allocated so far (the compiler's too: their garbage would show in
   * "count" as well), or -1 where the JVM does not say.
   */
  private static long allocatedBytes() {
    try {
      if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t) {
        return t.getTotalThreadAllocatedBytes();
      }
    } catch (RuntimeException | LinkageError e) {
      // not measured
    }
    return -1;
  }

  private static byte modeOf(LuaTable mt) {
    if (mt == null) {
      return 0;
    }
    Object m = mt.rawgetEvent("__mode");
    if (!(m instanceof String s)) {
      return 0;
    }
    byte mode = 0;
    if (s.indexOf('k') >= 0) {
      mode |= 1;
    }
    if (s.indexOf('v') >= 0) {
      mode |= 2;
    }
    return mode;
  }

  private static boolean collectable(Object v) {
    return v instanceof LuaTable
        || v instanceof LuaFunction
        || v instanceof LuaUserdata
        || v instanceof LuaThread;
  }

  /** Remembers a userdata with a metatable, whose {@code __gc} runs once it is unreachable. */
  @TruffleBoundary
  public static void registerFinalizable(LuaContext ctx, LuaUserdata u) {
    if (u.getMetatable() != null) {
      ctx.finalizable.add(new Object[] {u.weakSelf(), u.getMetatable()});
      LuaAutoCollector.install(ctx);
    }
  }

  /**
   * Takes the collected userdata off the finalizable list, newest first, each with a stand-in: the
   * collected object itself is gone, so its finalizer and the weak tables that held it get a new
   * userdata with the same metatable, which nothing else can reach.
   */
  private static List<Object[]> separateCollected(LuaContext ctx, Map<Object, LuaUserdata> standIns) {
    List<Object[]> out = new ArrayList<>();
    for (int i = ctx.finalizable.size() - 1; i >= 0; i--) {
      Object[] e = ctx.finalizable.get(i);
      if (((WeakReference<?>) e[0]).get() == null) {
        ctx.finalizable.remove(i);
        LuaUserdata standIn = new LuaUserdata();
        standIn.setMetatable((LuaTable) e[1]);
        standIns.put(e[0], standIn);
        out.add(new Object[] {standIn, e[1]});
      }
    }
    return out;
  }

  /** Runs {@code __gc} for the separated userdata (GCTM), in the order given. */
  private static void finalizeSeparated(List<Object[]> separated) {
    for (Object[] e : separated) {
      Object gc = ((LuaTable) e[1]).rawgetString("__gc");
      if (gc instanceof LuaFunction) {
        callFinalizer(gc, e[0]);
      }
    }
  }

  /** Calls a {@code __gc} metamethod as GCTM does: with debug hooks off while it runs. */
  private static void callFinalizer(Object gc, Object u) {
    LuaContext ctx = LuaContext.get(null);
    boolean inHook = ctx.inHook;
    ctx.inHook = true; // allowhook = 0
    try {
      LuaCalls.callArgs(gc, u);
    } finally {
      ctx.inHook = inHook;
    }
  }

  private static WeakReference<?> weakRef(Object v) {
    return v instanceof LuaUserdata u ? u.weakSelf() : new WeakReference<>(v);
  }

  /**
   * Runs {@code __gc} of every userdata that still has one pending, newest first, as {@code
   * lua_close} does at the end of the program (luaC_callGCTM over all userdata). Objects still
   * reachable are passed themselves; an error in one finalizer is dropped and the others still run.
   * Userdata created by these finalizers are not finalized.
   */
  @TruffleBoundary
  public static void finalizeAll(LuaContext ctx) {
    List<Object[]> pending = new ArrayList<>(ctx.finalizable);
    ctx.finalizable.clear();
    for (int i = pending.size() - 1; i >= 0; i--) {
      Object[] e = pending.get(i);
      Object u = ((WeakReference<?>) e[0]).get();
      LuaTable mt = u instanceof LuaUserdata ud ? ud.getMetatable() : (LuaTable) e[1];
      if (mt == null) {
        continue;
      }
      Object gc = mt.rawgetString("__gc");
      if (gc == LuaNil.NIL || gc == null) {
        continue;
      }
      if (u == null) {
        LuaUserdata standIn = new LuaUserdata();
        standIn.setMetatable(mt);
        u = standIn;
      }
      try {
        callFinalizer(gc, u);
      } catch (LuaError err) {
        // lua_close repeats callallgcTM until no finalizer fails: the failing one is skipped
      }
    }
  }

  /**
   * A full collection cycle that clears dead entries of weak tables and runs the {@code __gc} of
   * unreachable userdata. The weak parts of the entries are taken out of their tables in place,
   * the JVM collector runs, and what survived goes back to the same positions, so that a
   * traversal of a weak table ({@code next}) can go on across a collection.
   */
  @TruffleBoundary
  public static void collect(LuaContext ctx) {
    long start = System.nanoTime();
    noticeLateModes(ctx);
    List<Object[]> parked = new ArrayList<>();
    ctx.collecting = true;
    Map<Object, LuaUserdata> standIns = new IdentityHashMap<>();
    List<Object[]> separated;
    List<Object[]> reinserted = new ArrayList<>();
    try {
      for (Iterator<WeakReference<LuaTable>> it = ctx.weakTables.iterator(); it.hasNext(); ) {
        LuaTable t = it.next().get();
        if (t == null) {
          it.remove();
          continue;
        }
        byte mode = modeOf(t.getMetatable());
        t.weakMode = mode;
        if (mode == 0) {
          continue;
        }
        boolean weakKeys = (mode & 1) != 0;
        boolean weakValues = (mode & 2) != 0;
        t.parkSlots(
            (k, v) -> (weakKeys && collectable(k)) || (weakValues && collectable(v)),
            (table, slot, k, v) -> {
              boolean wk = weakKeys && collectable(k);
              boolean wv = weakValues && collectable(v);
              parked.add(
                  new Object[] {table, slot, wk ? weakRef(k) : k, wv ? weakRef(v) : v, wk, wv});
            });
      }
      // parked entries hold the table strongly, their weak parts weakly
      if (!parked.isEmpty() || !ctx.finalizable.isEmpty()) {
        for (int i = 0; i < 2; i++) {
          System.gc();
        }
        ctx.allocatedAtCollection = allocatedBytes();
      } else {
        // nothing to clear or finalize: the JVM collector runs only for "count", if there can
        // be enough new garbage to show
        long now = allocatedBytes();
        if (now < 0 || now - ctx.allocatedAtCollection > UNSEEN_GARBAGE) {
          System.gc();
          ctx.allocatedAtCollection = allocatedBytes();
        }
      }
      // As in 5.1, userdata being finalized stay as weak keys until the next cycle (marktmu marks
      // them before cleartable runs); as weak values they are cleared (iscleared: isfinalized).
      separated = separateCollected(ctx, standIns);
      for (Object[] e : parked) {
        LuaTable t = (LuaTable) e[0];
        boolean wk = (Boolean) e[4];
        Object k = wk ? ((WeakReference<?>) e[2]).get() : e[2];
        Object v = (Boolean) e[5] ? ((WeakReference<?>) e[3]).get() : e[3];
        if (k == null && v != null && standIns.get(e[2]) != null) {
          // the key's stand-in hashes elsewhere: it is stored again once every slot is back
          reinserted.add(new Object[] {t, standIns.get(e[2]), v});
        }
        t.restoreSlot((Integer) e[1], k, v);
      }
      for (Object[] e : reinserted) {
        ((LuaTable) e[0]).rawset(e[1], e[2]);
      }
    } finally {
      ctx.collecting = false;
    }
    LuaAutoCollector.collected(ctx, System.nanoTime() - start);
    finalizeSeparated(separated);
  }
}
