package org.lunacy.nodes.expression;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.dsl.TypeSystemReference;
import org.lunacy.nodes.LuaNode;
import org.lunacy.nodes.LuaTypeSystem;
import org.lunacy.runtime.LuaOps;

/** {@code a == b} and {@code a ~= b} (OP_EQ, luaV_equalval with {@code __eq}). */
@TypeSystemReference(LuaTypeSystem.class)
public abstract class LuaEqualsNode extends LuaBinaryOpNode {
  private final boolean negate;

  protected LuaEqualsNode(boolean negate) {
    this.negate = negate;
  }

  @Specialization
  protected boolean doDoubles(double a, double b) {
    return (a == b) != negate;
  }

  @Specialization
  protected boolean doStrings(String a, String b) {
    return (a == b || equalStrings(a, b)) != negate;
  }

  @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
  private static boolean equalStrings(String a, String b) {
    return a.equals(b);
  }

  @Fallback
  protected boolean doGeneric(Object a, Object b) {
    return (a == b || LuaOps.equals(a, b, site())) != negate;
  }

  private LuaNode site() {
    return (LuaNode) getParent();
  }
}
