package org.lunacy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.lunacy.LuaContext;

/**
 * Weak tables ({@code __mode} with 'k' and/or 'v'). Entries are held strongly while the program
 * runs; a full collection ({@code collectgarbage()}) moves the weak parts of every weak table
 * behind {@link WeakReference}s, lets the JVM collector run, and puts back what survived. As in
 * 5.1, only collectable values (tables, functions, userdata, threads) are ever removed.
 */
public final class LuaWeakTables {
  private LuaWeakTables() {}

  /** Called by setmetatable: remembers tables whose metatable declares a weak mode. */
  @TruffleBoundary
  public static void updateMode(LuaContext ctx, LuaTable t, LuaTable mt) {
    byte mode = modeOf(mt);
    if (mode != 0 && t.weakMode == 0) {
      ctx.weakTables.add(new WeakReference<>(t));
    }
    t.weakMode = mode;
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
      ctx.finalizable.add(new Object[] {new WeakReference<>(u), u.getMetatable()});
    }
  }

  /**
   * Runs {@code __gc} for collected userdata, newest first. The collected object itself is gone,
   * so the metamethod receives a stand-in with the same metatable: nothing else can reach it.
   */
  private static void finalizeUnreachable(LuaContext ctx) {
    for (int i = ctx.finalizable.size() - 1; i >= 0; i--) {
      Object[] e = ctx.finalizable.get(i);
      if (((WeakReference<?>) e[0]).get() == null) {
        ctx.finalizable.remove(i);
        LuaTable mt = (LuaTable) e[1];
        Object gc = mt.rawgetEvent("__gc");
        if (gc instanceof LuaFunction) {
          LuaUserdata standIn = new LuaUserdata();
          standIn.setMetatable(mt);
          LuaCalls.callArgs(gc, standIn);
        }
      }
    }
  }

  /** A full collection cycle that clears dead entries of weak tables. */
  @TruffleBoundary
  public static void collect(LuaContext ctx) {
    List<Object[]> parked = new ArrayList<>();
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
      List<Object[]> entries = new ArrayList<>();
      t.removeEntriesIf(
          (k, v) -> {
            boolean wk = weakKeys && collectable(k);
            boolean wv = weakValues && collectable(v);
            if (!wk && !wv) {
              return false;
            }
            entries.add(
                new Object[] {
                  t, wk ? new WeakReference<>(k) : k, wv ? new WeakReference<>(v) : v, wk, wv
                });
            return true;
          });
      parked.addAll(entries);
    }
    // parked entries hold the table strongly, their weak parts weakly
    for (int i = 0; i < 2; i++) {
      System.gc();
    }
    for (Object[] e : parked) {
      LuaTable t = (LuaTable) e[0];
      Object k = (Boolean) e[3] ? ((WeakReference<?>) e[1]).get() : e[1];
      Object v = (Boolean) e[4] ? ((WeakReference<?>) e[2]).get() : e[2];
      if (k != null && v != null) {
        t.rawset(k, v);
      }
    }
    finalizeUnreachable(ctx);
  }
}
