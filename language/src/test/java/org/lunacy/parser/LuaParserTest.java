package org.lunacy.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lunacy.parser.LuaAst.Binary;
import org.lunacy.parser.LuaAst.Block;
import org.lunacy.parser.LuaAst.Call;
import org.lunacy.parser.LuaAst.CallStat;
import org.lunacy.parser.LuaAst.Expr;
import org.lunacy.parser.LuaAst.FunctionBody;
import org.lunacy.parser.LuaAst.FunctionStat;
import org.lunacy.parser.LuaAst.Index;
import org.lunacy.parser.LuaAst.Local;
import org.lunacy.parser.LuaAst.LocalFunction;
import org.lunacy.parser.LuaAst.Return;
import org.lunacy.parser.LuaAst.Stat;
import org.lunacy.parser.LuaAst.Str;

/**
 * Tests of {@link LuaParser} and {@link LuaLexer}. Every expected message was produced by PUC-Rio
 * Lua 5.1.5 ({@code loadstring(source, chunkName)} called from a main chunk, hence the C call depth
 * 2); the register figures are those {@code luac5.1 -l} prints.
 */
class LuaParserTest {

  /** {source, chunk name (null: the source itself, as loadstring does), expected message or OK}. */
  private static final String[][] ERRORS = {
    {"x = = 1", null, "[string \"x = = 1\"]:1: unexpected symbol near '='"},
    {"x = = 1", "=t", "t:1: unexpected symbol near '='"},
    {"x = ", "@file.lua", "file.lua:1: unexpected symbol near '<eof>'"},
    {"x =", null, "[string \"x =\"]:1: unexpected symbol near '<eof>'"},
    {"f() = 1", null, "[string \"f() = 1\"]:1: unexpected symbol near '='"},
    {"(a) = 1", null, "[string \"(a) = 1\"]:1: syntax error near '='"},
    {"a, f() = 1", null, "[string \"a, f() = 1\"]:1: syntax error near '='"},
    {"(f())", null, "[string \"(f())\"]:1: syntax error near '<eof>'"},
    {"return 1 x = 2", null, "[string \"return 1 x = 2\"]:1: '<eof>' expected near 'x'"},
    {"break", null, "[string \"break\"]:1: no loop to break near '<eof>'"},
    {
      "while 1 do break x = 1 end",
      null,
      "[string \"while 1 do break x = 1 end\"]:1: 'end' expected near 'x'"
    },
    {"return;;", null, "[string \"return;;\"]:1: '<eof>' expected near ';'"},
    {"x = \000 1", null, "[string \"x = \"]:1: unexpected symbol"},
    {"x = \001 1", null, "[string \"x = \001 1\"]:1: unexpected symbol near 'char(1)'"},
    {"x = \310 1", null, "[string \"x = \310 1\"]:1: unexpected symbol near '\310'"},
    {"x = 'abc", null, "[string \"x = 'abc\"]:1: unfinished string near '<eof>'"},
    {"x = 'a\\tbc\ny'", null, "[string \"x = 'a\\tbc...\"]:1: unfinished string near ''a\tbc'"},
    {"x = [==[abc", null, "[string \"x = [==[abc\"]:1: unfinished long string near '<eof>'"},
    {"x = [==abc", null, "[string \"x = [==abc\"]:1: invalid long string delimiter near '[=='"},
    {"x = '\\300'", null, "[string \"x = '\\300'\"]:1: escape sequence too large near '''"},
    {"x = 3x", null, "[string \"x = 3x\"]:1: malformed number near '3x'"},
    {"x = 3..2", null, "[string \"x = 3..2\"]:1: malformed number near '3..2'"},
    {"x = 1e", null, "[string \"x = 1e\"]:1: malformed number near '1e'"},
    {"x = 0x", null, "[string \"x = 0x\"]:1: malformed number near '0x'"},
    {
      "x = [[ a [[ b ]]",
      null,
      "[string \"x = [[ a [[ b ]]\"]:1: nesting of [[...]] is deprecated near '['"
    },
    {
      "--[[ a [[ b ]]\nx=1",
      null,
      "[string \"--[[ a [[ b ]]...\"]:1: nesting of [[...]] is deprecated near '['"
    },
    {"x = {a b}", null, "[string \"x = {a b}\"]:1: '}' expected near 'b'"},
    {"a.b:c = 1", null, "[string \"a.b:c = 1\"]:1: function arguments expected near '='"},
    {"a.b:c", null, "[string \"a.b:c\"]:1: function arguments expected near '<eof>'"},
    {
      "f\n(1)",
      null,
      "[string \"f...\"]:2: ambiguous syntax (function call x new statement) near '('"
    },
    {
      "x = function(a, 1) end",
      null,
      "[string \"x = function(a, 1) end\"]:1: <name> or '...' expected near '1'"
    },
    {
      "function f() return ... end",
      null,
      "[string \"function f() return ... end\"]:1: cannot use '...' outside a vararg function near"
          + " '...'"
    },
    {
      "function f(...) local g = function() return ... end end",
      null,
      "[string \"function f(...) local g = function() return ... end end\"]:1: cannot use '...'"
          + " outside a vararg function near '...'"
    },
    {"for i do end", null, "[string \"for i do end\"]:1: '=' or 'in' expected near 'do'"},
    {"for i = 1 do end", null, "[string \"for i = 1 do end\"]:1: ',' expected near 'do'"},
    {"for a, b do end", null, "[string \"for a, b do end\"]:1: 'in' expected near 'do'"},
    {
      "if x then\nelse\nelseif y then end",
      null,
      "[string \"if x then...\"]:3: 'end' expected (to close 'if' at line 1) near 'elseif'"
    },
    {
      "while true do\n  x = 1\n",
      null,
      "[string \"while true do...\"]:3: 'end' expected (to close 'while' at line 1) near '<eof>'"
    },
    {
      "while true do x = 1", null, "[string \"while true do x = 1\"]:1: 'end' expected near '<eof>'"
    },
    {
      "x = {1, 2\n",
      null,
      "[string \"x = {1, 2...\"]:2: '}' expected (to close '{' at line 1) near '<eof>'"
    },
    {
      "x = f(1, 2\n",
      null,
      "[string \"x = f(1, 2...\"]:2: ')' expected (to close '(' at line 1) near '<eof>'"
    },
    {"x = a[1", null, "[string \"x = a[1\"]:1: ']' expected near '<eof>'"},
    {"local 1 = 2", null, "[string \"local 1 = 2\"]:1: '<name>' expected near '1'"},
    {"repeat x = 1", null, "[string \"repeat x = 1\"]:1: 'until' expected near '<eof>'"},
    {"repeat x = 1\nuntil", null, "[string \"repeat x = 1...\"]:2: unexpected symbol near '<eof>'"},
    {"x = 'abc\\", null, "[string \"x = 'abc\\\"]:1: unfinished string near '<eof>'"},
    {"x = #", null, "[string \"x = #\"]:1: unexpected symbol near '<eof>'"},
    {"return return", null, "[string \"return return\"]:1: unexpected symbol near 'return'"},
    {"x = ~ 1", null, "[string \"x = ~ 1\"]:1: unexpected symbol near '~'"},
    {"x = a.1", null, "[string \"x = a.1\"]:1: unexpected symbol near '.1'"},
    {"x = a:1", null, "[string \"x = a:1\"]:1: '<name>' expected near '1'"},
    {"x = a:b.c", null, "[string \"x = a:b.c\"]:1: function arguments expected near '.'"},
    {"function a.1() end", null, "[string \"function a.1() end\"]:1: '(' expected near '.1'"},
    {"function a:b.c() end", null, "[string \"function a:b.c() end\"]:1: '(' expected near '.'"},
    {"goto x", null, "[string \"goto x\"]:1: '=' expected near 'x'"},
    {"x = 1 // 2", null, "[string \"x = 1 // 2\"]:1: unexpected symbol near '/'"},
    {"x = a and or b", null, "[string \"x = a and or b\"]:1: unexpected symbol near 'or'"},
    {"\n\n\nx = \n\n", null, "[string \"...\"]:6: unexpected symbol near '<eof>'"},
    {"x = [[\n\nabc\n\n", null, "[string \"x = [[...\"]:5: unfinished long string near '<eof>'"},
    {"x = 1\015\ny = = 2", null, "[string \"x = 1...\"]:2: unexpected symbol near '='"},
    {"x = 1\n\015y = = 2", null, "[string \"x = 1...\"]:2: unexpected symbol near '='"},
    {"x = 1\015\015y = = 2", null, "[string \"x = 1...\"]:3: unexpected symbol near '='"},
    {
      "x = [[a\015\nb\n\015c\015\015d]] = 1",
      null,
      "[string \"x = [[a...\"]:5: unexpected symbol near '='"
    },
    {"x = 'a\\\015\nb' = 1", null, "[string \"x = 'a\\...\"]:2: unexpected symbol near '='"},
    {
      "x = '\\65\\066\\0067' y",
      null,
      "[string \"x = '\\65\\066\\0067' y\"]:1: '=' expected near '<eof>'"
    },
    {"x = '\\256' y", null, "[string \"x = '\\256' y\"]:1: escape sequence too large near '''"},
    {"x = \"abc\ndef\"", null, "[string \"x = \"abc...\"]:1: unfinished string near '\"abc'"},
    {"x = 1 \"a\\0b\"", null, "[string \"x = 1 \"a\\0b\"\"]:1: unexpected symbol near '\"a'"},
    {"x = a.\000b", null, "OK"},
    {"x = 1\000e5 y", null, "[string \"x = 1\"]:1: '=' expected near '<eof>'"},
    {
      "x = 'ok' --[[ unfinished comment",
      null,
      "[string \"x = 'ok' --[[ unfinished comment\"]:1: unfinished long comment near '<eof>'"
    },
    {
      "x = 'ok' --[==[ unfinished\ncomment\n",
      null,
      "[string \"x = 'ok' --[==[ unfinished...\"]:3: unfinished long comment near '<eof>'"
    },
    {"\357\273\277x = 1", null, "[string \"\357\273\277x = 1\"]:1: unexpected symbol near '\357'"},
    {"x = 1 # 2", null, "[string \"x = 1 # 2\"]:1: unexpected symbol near '#'"},
    {"local function f", null, "[string \"local function f\"]:1: '(' expected near '<eof>'"},
    {"function f:", null, "[string \"function f:\"]:1: '<name>' expected near '<eof>'"},
    {"x = {[1}", null, "[string \"x = {[1}\"]:1: ']' expected near '}'"},
    {"x = {x = 1,, }", null, "[string \"x = {x = 1,, }\"]:1: unexpected symbol near ','"},
    {
      "function f(a,) end",
      null,
      "[string \"function f(a,) end\"]:1: <name> or '...' expected near ')'"
    },
    {"local x, = 1", null, "[string \"local x, = 1\"]:1: '<name>' expected near '='"},
    {"a, b, c", null, "[string \"a, b, c\"]:1: '=' expected near '<eof>'"},
    {"x = [=[ [==[ ]=] y", null, "[string \"x = [=[ [==[ ]=] y\"]:1: '=' expected near '<eof>'"},
    {"f(a.\000b)\n}", null, "[string \"f(a.\"]:2: unexpected symbol near '}'"},
    {
      "print [=[hello]==]",
      null,
      "[string \"print [=[hello]==]\"]:1: unfinished long string near '<eof>'"
    },
    {
      "x = ",
      "yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy",
      "[string \"yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy...\"]:1:"
          + " unexpected symbol near '<eof>'"
    },
    {
      "x = ",
      "@yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy",
      "...yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy:1: unexpected"
          + " symbol near '<eof>'"
    },
    {
      "x = ",
      "=yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy",
      "yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy:1:"
          + " unexpected symbol near '<eof>'"
    },
    {"x = ", "ab\015cd", "[string \"ab...\"]:1: unexpected symbol near '<eof>'"},
    {"local x = 1 local y = 2 local z = x + y", null, "OK"},
    {"function t.x:m(y, ...) return self, y, ... end", null, "OK"},
    {"x = (...)", null, "OK"},
  };

  private static String parseResult(String source, String chunkName) {
    try {
      LuaParser.parse(source, chunkName, 2);
      return "OK";
    } catch (LuaSyntaxException e) {
      return e.getMessage();
    }
  }

  @Test
  void errorMessagesAreThoseOfLua51() {
    List<String> failures = new ArrayList<>();
    for (String[] c : ERRORS) {
      String got = parseResult(c[0], c[1] == null ? c[0] : c[1]);
      if (!got.equals(c[2])) {
        failures.add("source " + c[0] + "\n  expected " + c[2] + "\n  got      " + got);
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  private static String error(String source) {
    return parseResult(source, "=t");
  }

  @Test
  void syntaxLevels() {
    assertEquals("OK", error("x = " + "(".repeat(196) + "1" + ")".repeat(196)));
    assertEquals(
        "t:1: chunk has too many syntax levels",
        error("x = " + "(".repeat(197) + "1" + ")".repeat(197)));
    assertEquals("OK", error("do ".repeat(197) + "end ".repeat(197)));
    assertEquals(
        "t:1: chunk has too many syntax levels", error("do ".repeat(198) + "end ".repeat(198)));
    assertEquals("OK", error("x = 1" + " .. 1".repeat(196)));
    assertEquals("t:1: chunk has too many syntax levels", error("x = 1" + " .. 1".repeat(197)));
    // a script run by lua.c is parsed one C call level higher up
    String deep = "x = " + "(".repeat(197) + "1" + ")".repeat(197);
    LuaParser.parse(deep, "=t");
  }

  @Test
  void localsUpvaluesAndAssignmentTargets() {
    assertEquals("OK", error("a,".repeat(197) + "b = 1"));
    assertEquals(
        "t:1: main function has more than 197 variables in assignment",
        error("a,".repeat(198) + "b = 1"));
    assertEquals("OK", error("local " + "a,".repeat(199) + "b = 1"));
    assertEquals(
        "t:1: main function has more than 200 local variables",
        error("local " + "a,".repeat(200) + "b = 1"));
    assertEquals(
        "t:3: function at line 2 has more than 200 local variables",
        error("\nfunction foo ()\n  local " + "a, ".repeat(300) + "b\nend"));
    assertEquals("OK", error(upvalues(60)));
    assertEquals("t:64: function at line 2 has more than 60 upvalues", error(upvalues(61)));
  }

  private static String upvalues(int n) {
    StringBuilder s = new StringBuilder("local ");
    for (int j = 1; j <= n; j++) {
      s.append("a").append(j).append(j < n ? ", " : "");
    }
    s.append("\nfunction f()\n");
    for (int j = 1; j <= n; j++) {
      s.append("x = a").append(j).append("\n");
    }
    return s.append("end").toString();
  }

  @Test
  void registerLimit() {
    assertEquals("OK", error("f(" + "a,".repeat(247) + "b)"));
    assertEquals(
        "t:1: function or expression too complex near '<eof>'",
        error("f(" + "a,".repeat(248) + "b)"));
    assertEquals(
        "t:1: function or expression too complex near '<eof>'",
        error("return " + "a,".repeat(249) + "b"));
    assertEquals(
        "t:1: function or expression too complex near '<eof>'",
        error("local x = " + "1,".repeat(249) + "2"));
    assertEquals(
        "t:1: function or expression too complex near '2'",
        error("local x = " + "1,".repeat(250) + "2"));
    assertEquals("OK", error("local x = ... " + ", ...".repeat(248)));
    assertEquals(
        "t:1: function or expression too complex near '...'",
        error("local x = ... " + ", ...".repeat(250)));
  }

  @Test
  void maxStackSizesAreThoseOfLuac() {
    String src =
        "local a, b = 1, 2\n"
            + "local function f(x, ...)\n"
            + "  return x .. a .. b, function() return a + b end\n"
            + "end\n"
            + "t = {f(1), f(2), [a] = b, x = {y = {z = 1}}}\n"
            + "for i = 1, 10 do t[i] = t[i - 1] and t[i] or f(i) end\n";
    List<int[]> stats = new ArrayList<>();
    LuaParser.parseForTest(src, "=t", 1, stats);
    // linedefined, maxstacksize, upvalues, locals (luac5.1 -l)
    assertEquals("[0, 10, 0, 7]", java.util.Arrays.toString(stats.get(0)));
    assertEquals("[2, 5, 2, 2]", java.util.Arrays.toString(stats.get(1)));
    assertEquals("[3, 2, 2, 0]", java.util.Arrays.toString(stats.get(2)));
  }

  // ---------------------------------------------------------------------------------------------
  // Trees

  /** Renders an expression fully parenthesized. */
  private static String show(Expr e) {
    return switch (e) {
      case LuaAst.Nil n -> "nil";
      case LuaAst.True t -> "true";
      case LuaAst.False f -> "false";
      case LuaAst.Number n -> String.valueOf(n.value());
      case LuaAst.Str s -> "'" + s.value() + "'";
      case LuaAst.Vararg v -> "...";
      case LuaAst.Function f -> "function";
      case LuaAst.Name n -> n.name();
      case LuaAst.Index i -> show(i.object()) + "[" + show(i.key()) + "]";
      case LuaAst.Call c -> show(c.fn()) + "(" + showAll(c.args()) + ")";
      case LuaAst.MethodCall m ->
          show(m.object()) + ":" + m.method() + "(" + showAll(m.args()) + ")";
      case LuaAst.Binary b ->
          "(" + show(b.left()) + " " + b.op().symbol + " " + show(b.right()) + ")";
      case LuaAst.Unary u -> "(" + u.op() + " " + show(u.operand()) + ")";
      case LuaAst.Table t -> "{" + t.fields().size() + "}";
      case LuaAst.Paren p -> "<" + show(p.expr()) + ">";
    };
  }

  private static String showAll(List<Expr> es) {
    List<String> s = new ArrayList<>();
    for (Expr e : es) {
      s.add(show(e));
    }
    return String.join(", ", s);
  }

  private static List<Expr> returned(String src) {
    Block b = LuaParser.parse(src, "=t").block();
    return ((Return) b.stats().get(b.stats().size() - 1)).values();
  }

  @Test
  void precedenceAndAssociativity() {
    assertEquals(
        "(NEG (x ^ 2.0)), (2.0 ^ -3.0), (1.0 .. (2.0 .. 3.0)), (a + (b * c)), (a or (b and c))",
        showAll(returned("return -x^2, 2^-3, 1 .. 2 .. 3, a + b * c, a or b and c")));
    assertEquals(
        "((NOT a) == b), ((a < b) == c), ((a - b) - c), (a ^ (b ^ c)), ((LEN t) + 1.0)",
        showAll(returned("return not a == b, a < b == c, a - b - c, a ^ b ^ c, #t + 1")));
    assertEquals(
        "((a .. b) == (c .. d)), ((1.0 + 2.0) .. 3.0), (((a and b) or c) or d)",
        showAll(returned("return a .. b == c .. d, 1 + 2 .. 3, a and b or c or d")));
  }

  @Test
  void parenthesesTruncateOnlyMultipleValues() {
    assertEquals(
        "<f()>, <...>, a, (a + b), t['x']:m()",
        showAll(returned("return (f()), (...), (a), (a + b), (t.x):m()")));
  }

  @Test
  void suffixesAndCalls() {
    assertEquals(
        "a['b']['c'](1.0, 'x'), f('s'), f({2}), o:m({0}), f()()",
        showAll(returned("return a.b['c'](1, 'x'), f's', f{1, 2}, o:m{}, f()()")));
  }

  @Test
  void functionStatementsGetSelf() {
    FunctionStat f =
        (FunctionStat) LuaParser.parse("function a.b.c:m(x, ...) end", "=t").block().stats().get(0);
    assertEquals(List.of("a", "b", "c"), f.path());
    assertEquals("m", f.method());
    assertEquals(List.of("self", "x"), f.body().params());
    assertTrue(f.body().isVararg());
    assertEquals("a.b.c:m", f.body().name());
    LocalFunction l =
        (LocalFunction) LuaParser.parse("local function g(a) end", "=t").block().stats().get(0);
    assertEquals("g", l.name());
    assertEquals(List.of("a"), l.body().params());
  }

  @Test
  void mainChunk() {
    FunctionBody main = LuaParser.parse("local a, b = 1\nx, y = 2, 3, 4\n", "=t");
    assertEquals(0, main.line());
    assertTrue(main.isVararg());
    assertTrue(main.params().isEmpty());
    assertEquals(3, main.block().endLine());
    Local l = (Local) main.block().stats().get(0);
    assertEquals(List.of("a", "b"), l.names());
    assertEquals(1, l.values().size());
    LuaAst.Assign a = (LuaAst.Assign) main.block().stats().get(1);
    assertEquals(2, a.targets().size());
    assertEquals(3, a.values().size());
  }

  @Test
  void lines() {
    String src =
        "local x = a\n" // 1
            + "  + b\n" // 2
            + "f(\n" // 3
            + "  1)\n" // 4
            + "t.\n" // 5
            + "k = 1\n" // 6
            + "local g = function\n" // 7
            + "(p)\r\n" // 8
            + "  return p end\r" // 9
            + "\n" // still line 10: "\r" then "\n" is one newline only when they are adjacent
            + "function h()\n" // 11
            + "end\n"; // 12
    List<Stat> s = LuaParser.parse(src, "=t").block().stats();
    Binary sum = (Binary) ((Local) s.get(0)).values().get(0);
    assertEquals(2, sum.line());
    assertEquals(1, ((LuaAst.Name) sum.left()).line());
    Call call = (Call) ((CallStat) s.get(1)).call();
    assertEquals(3, call.line());
    assertEquals(3, s.get(1).line());
    Index target = (Index) ((LuaAst.Assign) s.get(2)).targets().get(0);
    assertEquals(6, target.line());
    assertEquals(5, s.get(2).line());
    LuaAst.Function g = (LuaAst.Function) ((Local) s.get(3)).values().get(0);
    assertEquals(7, g.line());
    assertEquals(8, g.body().line()); // PUC's linedefined: the token after 'function'
    assertEquals(9, g.body().lastLine());
    assertEquals("g", g.body().name());
    FunctionStat h = (FunctionStat) s.get(4);
    assertEquals(10, h.line());
    assertEquals(10, h.body().line());
    assertEquals(11, h.body().lastLine());
    assertEquals(11, h.body().block().endLine());
  }

  @Test
  void strings() {
    List<Expr> v =
        returned(
            "return '\\a\\b\\f\\n"
                + "\\r"
                + "\\t\\v\\\\\\\"\\'\\65\\0\\0011', \"a\\\n"
                + "b\", [[\n"
                + "x]], [==[\r\n"
                + "]]]==], [[a\r\n"
                + "b\n\r"
                + "c\r\r"
                + "d]]");
    assertEquals("\007\b\f\n\r\t\013\\\"'A\000\0011", ((Str) v.get(0)).value());
    assertEquals("a\nb", ((Str) v.get(1)).value());
    assertEquals("x", ((Str) v.get(2)).value());
    assertEquals("]]", ((Str) v.get(3)).value());
    assertEquals("a\nb\nc\n\nd", ((Str) v.get(4)).value());
  }

  @Test
  void numbers() {
    assertEquals(
        "255.0, 16.0, 1500.0, 0.5, 5.0, -0.0, 1.0E300",
        showAll(returned("return 0xff, 0X10, 1.5e3, .5, 5., -0, 1e+300")));
  }

  @Test
  void chunkIds() {
    assertEquals("stdin", LuaParser.chunkId("=stdin"));
    assertEquals("file.lua", LuaParser.chunkId("@file.lua"));
    assertEquals("[string \"x = 1\"]", LuaParser.chunkId("x = 1"));
    assertEquals("[string \"x = 1...\"]", LuaParser.chunkId("x = 1\ny = 2"));
    assertEquals("[string \"?\"]", LuaParser.chunkId(null));
    String y = "y".repeat(100);
    assertEquals("[string \"" + "y".repeat(43) + "...\"]", LuaParser.chunkId(y));
    assertEquals("..." + "y".repeat(52), LuaParser.chunkId("@" + y));
    assertEquals("y".repeat(59), LuaParser.chunkId("=" + y));
  }

  @Test
  void incompleteChunks() {
    LuaSyntaxException e =
        assertThrows(LuaSyntaxException.class, () -> LuaParser.parse("if x then", "=stdin"));
    assertEquals("stdin:1: 'end' expected near '<eof>'", e.getMessage());
    assertTrue(e.isIncomplete());
    assertEquals(1, e.getLine());
    e = assertThrows(LuaSyntaxException.class, () -> LuaParser.parse("x = = 1", "=stdin"));
    assertTrue(!e.isIncomplete());
  }

  @Test
  void bigChunk() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      sb.append("do local t")
          .append(i % 150)
          .append(" = {n = ")
          .append(i)
          .append(", 'k")
          .append(i)
          .append("'}\nif t0 then t0.x = f(t0, ")
          .append(i)
          .append(") end end\n");
    }
    Block b = LuaParser.parse(sb.toString(), "=big").block();
    assertEquals(2000, b.stats().size());
    Block body = ((LuaAst.Do) b.stats().get(1999)).block();
    assertInstanceOf(Local.class, body.stats().get(0));
    assertNull(((LuaAst.If) body.stats().get(1)).orElse());
  }
}
