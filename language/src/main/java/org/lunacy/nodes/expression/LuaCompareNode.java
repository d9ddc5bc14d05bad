package org.lunacy.nodes.expression;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.dsl.TypeSystemReference;
import org.lunacy.nodes.LuaNode;
import org.lunacy.nodes.LuaTypeSystem;
import org.lunacy.runtime.LuaOps;
import org.lunacy.runtime.LuaTable;

/**
 * {@code a < b} and {@code a <= b} (OP_LT, OP_LE). {@code a > b} and {@code a >= b} evaluate their
 * operands left to right and then compare them swapped, as lcode.c does (which is why error
 * messages name the types in that order).
 */
@TypeSystemReference(LuaTypeSystem.class)
public abstract class LuaCompareNode extends LuaBinaryOpNode {
  private final boolean orEqual;
  private final boolean swap;

  protected LuaCompareNode(boolean orEqual, boolean swap) {
    this.orEqual = orEqual;
    this.swap = swap;
  }

  public boolean isOrEqual() {
    return orEqual;
  }

  public boolean isSwapped() {
    return swap;
  }

  @Specialization
  protected boolean doDoubles(double left, double right) {
    double a = swap ? right : left;
    double b = swap ? left : right;
    return orEqual ? a <= b : a < b;
  }

  @Specialization
  protected boolean doStrings(String left, String right) {
    int c = swap ? compare(right, left) : compare(left, right);
    return orEqual ? c <= 0 : c < 0;
  }

  @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
  private static int compare(String a, String b) {
    return a.compareTo(b);
  }

  @Fallback
  protected boolean doGeneric(Object left, Object right) {
    Object a = swap ? right : left;
    Object b = swap ? left : right;
    if (a instanceof LuaTable ta && b instanceof LuaTable tb) {
      Boolean r = order().execute(ta, tb, site());
      if (r != null) {
        return r;
      }
    }
    return orEqual ? LuaOps.lessEqual(a, b, site()) : LuaOps.lessThan(a, b, site());
  }

  @Child private LuaCompareMetaNode order;

  private LuaCompareMetaNode order() {
    LuaCompareMetaNode o = order;
    if (o == null) {
      com.oracle.truffle.api.CompilerDirectives.transferToInterpreterAndInvalidate();
      o = insert(new LuaCompareMetaNode(orEqual ? "__le" : "__lt"));
      order = o;
    }
    return o;
  }

  private LuaNode site() {
    return (LuaNode) getParent();
  }
}
