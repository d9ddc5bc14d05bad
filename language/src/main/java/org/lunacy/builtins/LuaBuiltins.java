package org.lunacy.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.lunacy.LuaContext;
import org.lunacy.builtins.base.BaseLibrary;
import org.lunacy.builtins.bit.BitLibrary;
import org.lunacy.builtins.io.IoLibrary;
import org.lunacy.builtins.math.MathLibrary;
import org.lunacy.builtins.os.OsLibrary;
import org.lunacy.builtins.string.StringLibrary;
import org.lunacy.builtins.table.TableLibrary;
import org.lunacy.nodes.LuaBuiltinRootNode;
import org.lunacy.nodes.lbbv.LuaType;
import org.lunacy.nodes.util.LuaBuiltinNode;
import org.lunacy.runtime.LuaFunction;
import org.lunacy.runtime.LuaTable;

/** Creates builtin functions and installs the standard libraries (linit.c). */
public final class LuaBuiltins {
  private LuaBuiltins() {}

  /**
   * The Java body of a simple builtin. It runs behind a boundary unless defined with {@link
   * #defineInline}.
   */
  @FunctionalInterface
  public interface Body {
    Object[] call(LuaBuiltinNode self, Object[] args);
  }

  public static void install(LuaContext context) {
    org.lunacy.builtins.packages.PackageLibrary.prepareRegistry(context);
    BaseLibrary.install(context);
    StringLibrary.install(context);
    TableLibrary.install(context);
    MathLibrary.install(context);
    OsLibrary.install(context);
    IoLibrary.install(context);
    BitLibrary.install(context);
    org.lunacy.builtins.coroutine.CoroutineLibrary.install(context);
    org.lunacy.builtins.debug.DebugLibrary.install(context);
    org.lunacy.builtins.packages.PackageLibrary.install(context);
    // what block versions may know of these builtins' results (see LuaReturnProfile)
    LuaTable g = context.globals;
    declareResultType((LuaTable) g.rawget("math"), LuaType.NUMBER,
        "abs", "ceil", "floor", "sqrt", "sin", "cos", "tan", "asin", "acos", "atan", "sinh",
        "cosh", "tanh", "exp", "log", "log10", "deg", "rad", "atan2", "pow", "fmod", "mod",
        "modf", "frexp", "ldexp", "min", "max", "random");
    declareResultType((LuaTable) g.rawget("string"), LuaType.STRING,
        "sub", "upper", "lower", "rep", "char", "format", "reverse");
    declareResultType((LuaTable) g.rawget("string"), LuaType.NUMBER, "len");
    declareResultType((LuaTable) g.rawget("table"), LuaType.STRING, "concat");
    declareResultType((LuaTable) g.rawget("bit"), LuaType.NUMBER,
        "tobit", "bnot", "band", "bor", "bxor", "lshift", "rshift", "arshift", "rol", "ror",
        "bswap");
    declareResultType(g, LuaType.STRING, "type");
    LuaLibraryLayout.apply(context);
  }

  /** Defines {@code table[name]} as a builtin running {@code body}. */
  public static LuaFunction define(LuaContext context, LuaTable table, String name, Body body) {
    LuaFunction f = function(context, name, body);
    table.rawset(name, f);
    return f;
  }

  /**
   * Defines {@code table[name]} as a builtin whose body compiles into its callers: only for
   * bodies that partial evaluation can take (no recursion into the interpreter, slow and error
   * paths behind boundaries), the small hot functions of math, string, table and base.
   */
  public static LuaFunction defineInline(LuaContext context, LuaTable table, String name, Body body) {
    LuaFunction f = functionInline(context, name, body);
    table.rawset(name, f);
    return f;
  }

  public static LuaFunction function(LuaContext context, String name, Body body) {
    return function(context, new Simple(name, body, false));
  }

  public static LuaFunction functionInline(LuaContext context, String name, Body body) {
    return function(context, new Simple(name, body, true));
  }

  public static LuaFunction function(LuaContext context, LuaBuiltinNode node) {
    LuaBuiltinRootNode root = new LuaBuiltinRootNode(context.language, node, node.name());
    return new LuaFunction(root.getCallTarget(), node.name(), context.globals);
  }

  /**
   * {@link #functionInline} whose function carries {@code state}: a marker by which a node
   * recognizes the builtin (see {@link LuaFunction#state}).
   */
  public static LuaFunction functionInline(
      LuaContext context, String name, Body body, Object state) {
    LuaBuiltinRootNode root =
        new LuaBuiltinRootNode(context.language, new Simple(name, body, true), name);
    return new LuaFunction(root.getCallTarget(), name, context.globals, state);
  }

  /**
   * Declares that the builtins {@code names} of {@code lib} always return a value of {@code
   * type} first (or raise an error), so block versions type their calls' results.
   */
  public static void declareResultType(LuaTable lib, byte type, String... names) {
    for (String name : names) {
      if (lib.rawget(name) instanceof LuaFunction f
          && f.callTarget.getRootNode() instanceof LuaBuiltinRootNode root) {
        root.declareResultType(type);
      }
    }
  }

  /** A library table registered as a global and in {@code package.loaded}-to-be. */
  public static LuaTable library(LuaContext context, String name) {
    LuaTable t = new LuaTable();
    context.globals.rawset(name, t);
    return t;
  }

  private static final class Simple extends LuaBuiltinNode {
    private final String name;
    private final Body body;
    private final boolean inline;

    Simple(String name, Body body, boolean inline) {
      this.name = name;
      this.body = body;
      this.inline = inline;
    }

    @Override
    public Object execute(VirtualFrame frame, Object[] args) {
      if (inline) {
        return body.call(this, args);
      }
      return run(args);
    }

    @TruffleBoundary
    private Object[] run(Object[] args) {
      return body.call(this, args);
    }

    @Override
    public String name() {
      return name;
    }
  }
}
