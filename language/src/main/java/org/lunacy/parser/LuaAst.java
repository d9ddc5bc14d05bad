package org.lunacy.parser;

import java.util.List;

/**
 * The syntax tree produced by {@link LuaParser}: a plain, immutable description of a chunk.
 * {@code LuaTranslator} resolves names (local, upvalue, global) and turns it into Truffle nodes.
 *
 * <p>Strings are Lua byte strings held in {@link String}s whose chars are all in 0..255 (one char
 * per byte). Every node carries the source line that PUC-Rio Lua 5.1 would attribute to the
 * instruction it compiles to (see the notes on each record).
 */
public interface LuaAst {

  /** An expression. */
  sealed interface Expr extends LuaAst
      permits Nil,
          True,
          False,
          Number,
          Str,
          Vararg,
          Function,
          Name,
          Index,
          Call,
          MethodCall,
          Binary,
          Unary,
          Table,
          Paren {
    int line();
  }

  /** A statement. */
  sealed interface Stat extends LuaAst
      permits Local,
          LocalFunction,
          Assign,
          CallStat,
          Do,
          While,
          Repeat,
          If,
          NumericFor,
          GenericFor,
          FunctionStat,
          Return,
          Break {
    int line();
  }

  record Nil(int line) implements Expr {}

  record True(int line) implements Expr {}

  record False(int line) implements Expr {}

  record Number(int line, double value) implements Expr {}

  /** A string literal; {@code value} holds one char per byte. */
  record Str(int line, String value) implements Expr {}

  /** {@code ...}; only legal inside a vararg function (the parser checks). */
  record Vararg(int line) implements Expr {}

  /** {@code function (params) body end} as an expression. */
  record Function(int line, FunctionBody body) implements Expr {}

  /** A variable reference by name; the translator decides local, upvalue or global. */
  record Name(int line, String name) implements Expr {}

  /**
   * {@code object[key]} and {@code object.key} (then {@code key} is a {@link Str}). Line: where
   * PUC emits its OP_GETTABLE, which is only when the indexed value is needed (luaK_dischargevars):
   * the line of the last token read by then, so {@code t.x} closing a multi-line call or
   * constructor is reported on the line of its ')' or '}'. The parser moves the line there; until
   * then it is the line of the key token (the '[' or the name after '.').
   */
  final class Index implements Expr {
    private int line;
    private final Expr object;
    private final Expr key;

    Index(int line, Expr object, Expr key) {
      this.line = line;
      this.object = object;
      this.key = key;
    }

    @Override
    public int line() {
      return line;
    }

    public Expr object() {
      return object;
    }

    public Expr key() {
      return key;
    }

    /** Where the read is emitted (luaK_dischargevars of a VINDEXED expression). */
    void dischargedAt(int emitLine) {
      line = emitLine;
    }
  }

  /**
   * {@code fn(args)}, {@code fn"str"}, {@code fn{table}}. Line: the line of the token that opens
   * the arguments ('(' , the string or the '{'), as lparser.c's funcargs records it.
   */
  record Call(int line, Expr fn, List<Expr> args) implements Expr {}

  /**
   * {@code object:method(args)}. Line as for {@link Call}; {@code selfLine} is the line of the
   * method name, where PUC emits the OP_SELF that looks the method up.
   */
  record MethodCall(int line, Expr object, String method, List<Expr> args, int selfLine)
      implements Expr {}

  /**
   * A binary operation. Line: the line of the last token of the right operand (PUC emits the
   * instruction after parsing it).
   */
  record Binary(int line, BinOp op, Expr left, Expr right) implements Expr {}

  /** A unary operation. Line: the line of the last token of the operand. */
  record Unary(int line, UnOp op, Expr operand) implements Expr {}

  /** A table constructor; {@code key == null} marks a positional item. */
  record Table(int line, List<TableField> fields) implements Expr {}

  /** {@code (expr)}: truncates a multi-valued expression to one value. */
  record Paren(int line, Expr expr) implements Expr {}

  /** A constructor's field; {@code line}: of a keyed one, where its store is (0 for an item). */
  record TableField(Expr key, Expr value, int line) {}

  enum BinOp {
    ADD("+"),
    SUB("-"),
    MUL("*"),
    DIV("/"),
    MOD("%"),
    POW("^"),
    CONCAT(".."),
    EQ("=="),
    NE("~="),
    LT("<"),
    LE("<="),
    GT(">"),
    GE(">="),
    AND("and"),
    OR("or");

    public final String symbol;

    BinOp(String symbol) {
      this.symbol = symbol;
    }
  }

  enum UnOp {
    NEG,
    NOT,
    LEN
  }

  /** {@code local n1, n2 = e1, e2}; {@code values} may be empty. */
  record Local(int line, List<String> names, List<Expr> values) implements Stat {}

  /** {@code local function name body}: the local is in scope inside its own body. */
  record LocalFunction(int line, String name, FunctionBody body) implements Stat {}

  /**
   * {@code t1, t2 = e1, e2}; each target is a {@link Name} or an {@link Index}. The stores carry
   * {@code storeLine}, the line of the last token of the values (where PUC emits them).
   */
  record Assign(int line, List<Expr> targets, List<Expr> values, int storeLine) implements Stat {}

  /** A function call used as a statement; {@code call} is a {@link Call} or {@link MethodCall}. */
  record CallStat(int line, Expr call) implements Stat {}

  record Do(int line, Block block) implements Stat {}

  /** {@code constant}: the condition is a constant true value, with no test of its own (hooks). */
  record While(int line, Expr cond, Block block, boolean constant) implements Stat {}

  /** {@code repeat block until cond}: {@code cond} sees the block's locals. */
  record Repeat(int line, Block block, Expr cond, boolean constant) implements Stat {}

  /**
   * {@code if c1 then b1 elseif c2 then b2 ... else orElse end}; {@code orElse} may be null;
   * {@code constant} says which conditions are constant true values (no test of their own).
   */
  record If(
      int line, List<Expr> conds, List<Block> blocks, Block orElse, List<Boolean> constant)
      implements Stat {}

  /** {@code for var = start, limit[, step] do body end}; {@code step} may be null. */
  record NumericFor(int line, String var, Expr start, Expr limit, Expr step, Block body, int doLine)
      implements Stat {}

  /** {@code for n1, n2 in e1, e2 do body end}. */
  record GenericFor(int line, List<String> names, List<Expr> exprs, Block body) implements Stat {}

  /**
   * {@code function a.b.c:m() body end}: {@code path} is {@code [a, b, c]} (at least one name),
   * {@code method} is {@code "m"} or null. With a method the body's first parameter is
   * {@code self} (the parser adds it).
   */
  record FunctionStat(int line, List<String> path, String method, FunctionBody body)
      implements Stat {}

  record Return(int line, List<Expr> values) implements Stat {}

  record Break(int line) implements Stat {}

  /** A block of statements; {@code endLine} is the line of the token that closes it. */
  record Block(List<Stat> stats, int endLine) {}

  /**
   * A function: {@code line} is where {@code function} stands (0 for a main chunk), {@code
   * lastLine} where its {@code end} stands. {@code name} is a best-effort name for tracebacks
   * (may be null). {@code textStart}..{@code textEnd} is the source text from right after the
   * parameter list to the end of {@code end} (which starts on {@code textLine}; all 0 for a main
   * chunk): what string.dump keeps of the function.
   */
  record FunctionBody(
      int line,
      int lastLine,
      List<String> params,
      boolean isVararg,
      Block block,
      String name,
      int textStart,
      int textEnd,
      int textLine) {}
}
