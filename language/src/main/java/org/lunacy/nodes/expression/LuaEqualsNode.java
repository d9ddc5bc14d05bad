package org.lunacy.nodes.expression;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.dsl.TypeSystemReference;
import org.lunacy.nodes.LuaNode;
import org.lunacy.nodes.LuaTypeSystem;
import org.lunacy.nodes.access.LuaFieldNode;
import org.lunacy.runtime.LuaOps;
import org.lunacy.runtime.LuaTable;
import org.lunacy.runtime.LuaUserdata;

/** {@code a == b} and {@code a ~= b} (OP_EQ, luaV_equalval with {@code __eq}). */
@TypeSystemReference(LuaTypeSystem.class)
public abstract class LuaEqualsNode extends LuaBinaryOpNode {
  private final boolean negate;
  /** The {@code __eq} lookup in the first table's metatable (objects of a class, usually). */
  @Child private LuaFieldNode eqHandler = new LuaFieldNode("__eq");

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
    return equalValues(a, b) != negate;
  }

  /**
   * luaV_equalval for operands the specializations do not cover: values of different types are
   * never equal, and two tables only through an {@code __eq} that both metatables give, so only
   * that case (and userdata) leaves compiled code.
   */
  private boolean equalValues(Object a, Object b) {
    if (a == b) {
      return true;
    }
    if (a instanceof LuaTable x) {
      Object h;
      if (!(b instanceof LuaTable y) || x.getMetatable() == null || y.getMetatable() == null
          || (h = eqHandler.get(x.getMetatable())) == null) {
        return false; // get_compTM finds no __eq
      }
      Boolean r = compare().execute(x, y, h, site());
      if (r != null) {
        return r;
      }
    } else if (a instanceof Double x) {
      return b instanceof Double y && x.doubleValue() == y.doubleValue();
    } else if (a instanceof Boolean x) {
      return b instanceof Boolean y && x.booleanValue() == y.booleanValue();
    } else if (!(a instanceof LuaUserdata) && !(a instanceof String && b instanceof String)) {
      return false;
    }
    return LuaOps.equals(a, b, site());
  }

  /** The call of an {@code __eq} function both tables give, made on first need. */
  @Child private LuaCompareMetaNode compare;

  private LuaCompareMetaNode compare() {
    LuaCompareMetaNode n = compare;
    if (n == null) {
      com.oracle.truffle.api.CompilerDirectives.transferToInterpreterAndInvalidate();
      n = insert(new LuaCompareMetaNode("__eq"));
      compare = n;
    }
    return n;
  }

  private LuaNode site() {
    return (LuaNode) getParent();
  }
}
