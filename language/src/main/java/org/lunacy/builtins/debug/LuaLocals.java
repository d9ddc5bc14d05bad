package org.lunacy.builtins.debug;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.nodes.Node;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.lunacy.nodes.LuaExpressionNode;
import org.lunacy.nodes.LuaFunctionRootNode;
import org.lunacy.nodes.LuaStatementNode;
import org.lunacy.nodes.access.LuaAssignTargetNode;
import org.lunacy.nodes.control.LuaAssignNode;
import org.lunacy.nodes.control.LuaBlockNode;
import org.lunacy.nodes.control.LuaGenericForNode;
import org.lunacy.nodes.control.LuaLocalFunctionNode;
import org.lunacy.nodes.control.LuaNumericForNode;
import org.lunacy.nodes.control.LuaWhileNode;
import org.lunacy.nodes.lbbv.LuaVersionedBlockNode;
import org.lunacy.nodes.local.LuaLocalVar;
import org.lunacy.nodes.local.LuaLocalWriteNode;
import org.lunacy.runtime.LuaCell;
import org.lunacy.runtime.LuaCoroutine;
import org.lunacy.runtime.LuaNil;
import org.lunacy.runtime.LuaStack;

/**
 * The active locals of a Lua activation, as debug.getlocal/setlocal see them (ldebug.c's
 * findlocal with luaF_getlocalname): numbered in declaration order, the locals whose scope
 * contains the node the activation is executing. They are found from the tree: the parameters,
 * then for each enclosing block the locals declared by the statements before the current one, and
 * the hidden control locals of each enclosing {@code for} ("(for index)", "(for generator)"...).
 */
final class LuaLocals {
  private LuaLocals() {}

  /** An active local: its name, its frame slot, and its variable (null for a hidden one). */
  record Active(String name, int slot, LuaLocalVar var) {}

  private static final String[] NUMERIC_FOR = {"(for index)", "(for limit)", "(for step)"};
  private static final String[] GENERIC_FOR = {"(for generator)", "(for state)", "(for control)"};

  /** The locals active at {@code level} of {@code levels}, or an empty list for other code. */
  @TruffleBoundary
  static List<Active> active(List<LuaStack.Level> levels, int level) {
    LuaStack.Level l = levels.get(level);
    if (!(l.root() instanceof LuaFunctionRootNode root) || l.frame() == null) {
      return List.of();
    }
    Node site = l.site();
    if (site == null || site.getRootNode() != root) {
      site = level > 0 ? levels.get(level - 1).site() : null;
    }
    if (site == null || site.getRootNode() != root) {
      return params(root);
    }
    List<List<Active>> groups = new ArrayList<>();
    Node child = site;
    for (Node n = site.getParent(); n != null && n != root; n = n.getParent()) {
      List<Active> g = new ArrayList<>();
      if (n instanceof LuaBlockNode b) {
        for (LuaStatementNode s : b.getStatements()) {
          if (s == child) {
            break;
          }
          declared(s, g);
        }
      } else if (n instanceof LuaNumericForNode f && !isControl(f, child)) {
        int[] slots = f.getControlSlots();
        for (int i = 0; i < 3; i++) {
          g.add(new Active(NUMERIC_FOR[i], slots[i], null));
        }
        g.add(new Active(f.getVar().name, f.getVar().slot, f.getVar()));
      } else if (n instanceof LuaWhileNode w && w.isRepeat() && within(site, w.getCondition())) {
        // 'until' is inside the scope of the loop body's locals
        LuaStatementNode body = w.getBody();
        if (body instanceof LuaVersionedBlockNode vb) {
          body = vb.getTemplate();
        }
        if (body instanceof LuaBlockNode b) {
          for (LuaStatementNode s : b.getStatements()) {
            declared(s, g);
          }
        }
      } else if (n instanceof LuaGenericForNode f && child != f.getExpressions()) {
        int[] slots = f.getControlSlots();
        for (int i = 0; i < 3; i++) {
          g.add(new Active(GENERIC_FOR[i], slots[i], null));
        }
        // the loop's variables are declared for its body (OP_TFORLOOP, which calls the iterator,
        // comes after their scope)
        if (within(site, f.getBody())) {
          for (LuaLocalVar v : f.getVars()) {
            g.add(new Active(v.name, v.slot, v));
          }
        }
      }
      groups.add(g);
      child = n;
    }
    List<Active> out = params(root);
    Collections.reverse(groups);
    for (List<Active> g : groups) {
      out.addAll(g);
    }
    return out;
  }

  private static List<Active> params(LuaFunctionRootNode root) {
    List<Active> out = new ArrayList<>();
    for (LuaLocalVar v : root.getParameterLocals()) {
      out.add(new Active(v.name, v.slot, v));
    }
    return out;
  }

  /** Whether {@code node} is {@code ancestor} or below it. */
  private static boolean within(Node node, Node ancestor) {
    for (Node n = node; n != null; n = n.getParent()) {
      if (n == ancestor) {
        return true;
      }
    }
    return false;
  }

  private static boolean isControl(LuaNumericForNode f, Node child) {
    for (LuaExpressionNode e : f.getControlExpressions()) {
      if (e == child) {
        return true;
      }
    }
    return false;
  }

  /** The locals a statement declares, once it has run. */
  private static void declared(LuaStatementNode s, List<Active> out) {
    if (s instanceof LuaAssignNode a) {
      for (LuaAssignTargetNode t : a.getTargets()) {
        if (t instanceof LuaLocalWriteNode w && w.isDeclaration()) {
          out.add(new Active(w.getVar().name, w.getVar().slot, w.getVar()));
        }
      }
    } else if (s instanceof LuaLocalFunctionNode f) {
      out.add(new Active(f.getVar().name, f.getVar().slot, f.getVar()));
    }
  }

  /** The current value of an active local in a level's frame (live or saved). */
  static Object get(Object frame, Active a) {
    Object v;
    if (frame instanceof Frame f) {
      v = f.getValue(a.slot());
    } else {
      LuaStack.SavedFrame saved = (LuaStack.SavedFrame) frame;
      LuaCoroutine co = saved.coroutine();
      int i = saved.base() + a.slot();
      byte tag = co.slotTag(i);
      if (tag == FrameSlotKind.Double.tag) {
        v = Double.longBitsToDouble(co.slotPrimitive(i));
      } else {
        v = tag == FrameSlotKind.Object.tag ? co.peekSlotObject(i) : null;
        v = v == null ? LuaNil.NIL : v;
      }
    }
    if (a.var() != null && a.var().captured && v instanceof LuaCell c) {
      return c.value;
    }
    return v;
  }

  /** Changes an active local: its cell if a closure captured it, else its slot. */
  static void set(Object frame, Active a, Object value) {
    boolean captured = a.var() != null && a.var().captured;
    if (frame instanceof LuaStack.SavedFrame saved) {
      LuaCoroutine co = saved.coroutine();
      int i = saved.base() + a.slot();
      byte tag = co.slotTag(i);
      if (captured && tag == FrameSlotKind.Object.tag && co.peekSlotObject(i) instanceof LuaCell c) {
        c.value = value;
      } else if (tag != FrameSlotKind.Double.tag || (a.var() != null && !(value instanceof Double))) {
        co.setSlot(i, FrameSlotKind.Object.tag, value);
      } else if (value instanceof Double d) {
        co.setPrimitiveSlot(i, tag, Double.doubleToRawLongBits(d));
      }
      return;
    }
    Frame f = (Frame) frame;
    if (captured && f.getValue(a.slot()) instanceof LuaCell c) {
      c.value = value;
    } else if (value instanceof Double d) {
      f.setDouble(a.slot(), d); // numbers are unboxed; a hidden numeric-for local stays one
    } else if (f.getTag(a.slot()) != FrameSlotKind.Double.tag || a.var() != null) {
      f.setObject(a.slot(), value);
    }
  }
}
