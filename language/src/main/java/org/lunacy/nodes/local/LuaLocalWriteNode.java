package org.lunacy.nodes.local;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.lunacy.nodes.access.LuaAssignTargetNode;
import org.lunacy.runtime.LuaCell;

/**
 * Assignment to a local. {@code declare} marks a {@code local} declaration: a captured local then
 * gets a fresh cell, so closures created in different iterations see different variables.
 */
public final class LuaLocalWriteNode extends LuaAssignTargetNode {
  private final LuaLocalVar var;
  private final boolean declare;

  /**
   * Whether this store has seen a number. Until then compiled code has no unboxed path, and
   * reads of a local that only ever held other values see an object slot.
   */
  @CompilationFinal private boolean numbers;

  /**
   * Whether this store has seen numbers and other values too. Such a local keeps numbers boxed:
   * each read as an object (a comparison that may see strings, say) would box it again.
   */
  @CompilationFinal private boolean mixed;

  public LuaLocalWriteNode(LuaLocalVar var, boolean declare) {
    this.var = var;
    this.declare = declare;
  }

  public LuaLocalVar getVar() {
    return var;
  }

  public boolean isDeclaration() {
    return declare;
  }

  @Override
  public void assign(VirtualFrame frame, Object prepared, Object value) {
    if (!var.captured) {
      if (value instanceof Double d && !mixed) {
        if (!numbers) {
          CompilerDirectives.transferToInterpreterAndInvalidate();
          numbers = true;
        }
        // numbers live unboxed in the frame (see LuaLocalReadNode)
        frame.setDouble(var.slot, d);
      } else {
        if (numbers && !mixed && !(value instanceof Double)) {
          CompilerDirectives.transferToInterpreterAndInvalidate();
          mixed = true;
        }
        frame.setObject(var.slot, value);
      }
    } else if (declare) {
      frame.setObject(var.slot, new LuaCell(value));
    } else {
      ((LuaCell) frame.getObject(var.slot)).value = value;
    }
  }
}
