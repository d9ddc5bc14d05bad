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

  /** Null before the first call, then the call target of the one function called, or {@link #SEVERAL}. */
  private Object callee;

  /** The return profile of the function a call target runs, or null (builtins without one). */
  public static LuaReturnProfile profileOf(RootCallTarget target) {
    if (target.getRootNode() instanceof LuaFunctionRootNode root) {
      return root.getReturnProfile();
    }
    if (target.getRootNode() instanceof LuaBuiltinRootNode root) {
      return root.getReturnProfile();
    }
    return null;
  }

  public void called(Object fn) {
    Object c = callee;
    if (c == SEVERAL) {
      return;
    }
    Object now = fn instanceof LuaFunction f && f.callTarget != null ? f.callTarget : SEVERAL;
    callee = c == null || c == now ? now : SEVERAL;
  }

  /** Whether the site has called nothing yet, or only a function that has not returned yet. */
  public boolean isPending() {
    Object c = callee;
    if (c == null) {
      return true;
    }
    LuaReturnProfile p = getProfile();
    return p != null && p.getType() == LuaReturnProfile.NONE;
  }

  /** The call target of the one function called here, or null. */
  public RootCallTarget getTarget() {
    return callee instanceof RootCallTarget t ? t : null;
  }

  /** The return profile of the one function called here, or null. */
  public LuaReturnProfile getProfile() {
    RootCallTarget t = getTarget();
    return t == null ? null : profileOf(t);
  }
}
