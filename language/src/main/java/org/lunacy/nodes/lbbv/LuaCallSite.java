package org.lunacy.nodes.lbbv;

import com.oracle.truffle.api.RootCallTarget;
import org.lunacy.nodes.LuaBuiltinRootNode;
import org.lunacy.nodes.LuaFunctionRootNode;
import org.lunacy.runtime.LuaFunction;

/**
 * What one call in the source has called so far, shared by the copies of its node in every
 * block version: the return profile of its one Lua callee, or nothing if it has called several
 * or a builtin. Updated by the interpreter only; a block version built later reads it to type
 * the call's result ({@link LuaReturnProfile}).
 */
public final class LuaCallSite {
  private static final Object SEVERAL = new Object();

  /** Null before the first call, then a {@link LuaReturnProfile} or {@link #SEVERAL}. */
  private Object callee;

  /** The return profile of the function a call of {@code fn} ran, or null (builtins...). */
  public static LuaReturnProfile profileOf(Object fn) {
    if (fn instanceof LuaFunction f) {
      RootCallTarget target = f.callTarget;
      if (target != null && target.getRootNode() instanceof LuaFunctionRootNode root) {
        return root.getReturnProfile();
      }
      if (target != null && target.getRootNode() instanceof LuaBuiltinRootNode root) {
        return root.getReturnProfile();
      }
    }
    return null;
  }

  public void called(Object fn) {
    Object c = callee;
    if (c == SEVERAL) {
      return;
    }
    LuaReturnProfile p = profileOf(fn);
    Object now = p == null ? SEVERAL : p;
    callee = c == null || c == now ? now : SEVERAL;
  }

  /** Whether the site has called nothing yet, or only a function that has not returned yet. */
  public boolean isPending() {
    Object c = callee;
    return c == null || (c instanceof LuaReturnProfile p && p.getType() == LuaReturnProfile.NONE);
  }

  /** The return profile of the one function called here, or null. */
  public LuaReturnProfile getProfile() {
    return callee instanceof LuaReturnProfile p ? p : null;
  }
}
