package org.lunacy.parser;

import static org.lunacy.parser.LuaLexer.TK_AND;
import static org.lunacy.parser.LuaLexer.TK_BREAK;
import static org.lunacy.parser.LuaLexer.TK_CONCAT;
import static org.lunacy.parser.LuaLexer.TK_DO;
import static org.lunacy.parser.LuaLexer.TK_DOTS;
import static org.lunacy.parser.LuaLexer.TK_ELSE;
import static org.lunacy.parser.LuaLexer.TK_ELSEIF;
import static org.lunacy.parser.LuaLexer.TK_END;
import static org.lunacy.parser.LuaLexer.TK_EOS;
import static org.lunacy.parser.LuaLexer.TK_EQ;
import static org.lunacy.parser.LuaLexer.TK_FALSE;
import static org.lunacy.parser.LuaLexer.TK_FOR;
import static org.lunacy.parser.LuaLexer.TK_FUNCTION;
import static org.lunacy.parser.LuaLexer.TK_GE;
import static org.lunacy.parser.LuaLexer.TK_IF;
import static org.lunacy.parser.LuaLexer.TK_IN;
import static org.lunacy.parser.LuaLexer.TK_LE;
import static org.lunacy.parser.LuaLexer.TK_LOCAL;
import static org.lunacy.parser.LuaLexer.TK_NAME;
import static org.lunacy.parser.LuaLexer.TK_NE;
import static org.lunacy.parser.LuaLexer.TK_NIL;
import static org.lunacy.parser.LuaLexer.TK_NOT;
import static org.lunacy.parser.LuaLexer.TK_NUMBER;
import static org.lunacy.parser.LuaLexer.TK_OR;
import static org.lunacy.parser.LuaLexer.TK_REPEAT;
import static org.lunacy.parser.LuaLexer.TK_RETURN;
import static org.lunacy.parser.LuaLexer.TK_STRING;
import static org.lunacy.parser.LuaLexer.TK_THEN;
import static org.lunacy.parser.LuaLexer.TK_TRUE;
import static org.lunacy.parser.LuaLexer.TK_UNTIL;
import static org.lunacy.parser.LuaLexer.TK_WHILE;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import org.lunacy.parser.LuaAst.BinOp;
import org.lunacy.parser.LuaAst.Block;
import org.lunacy.parser.LuaAst.Expr;
import org.lunacy.parser.LuaAst.FunctionBody;
import org.lunacy.parser.LuaAst.Stat;
import org.lunacy.parser.LuaAst.UnOp;

/**
 * The Lua 5.1 parser: a hand-written recursive-descent parser that builds a {@link LuaAst}; mirrors
 * lparser.c rule by rule, with its checks and its error messages.
 *
 * <p>Besides the tree, the parser keeps the bookkeeping PUC's checks depend on: active locals,
 * upvalues, enclosing loops, nesting levels, and a model of lcode.c's register allocation (the
 * {@code ExpDesc} kinds and {@code freereg}) so that "function or expression too complex" is raised
 * where PUC raises it. No code is generated.
 */
public final class LuaParser {
  /** LUAI_MAXCCALLS: the bound of nested C calls and of syntax levels. */
  private static final int LUAI_MAXCCALLS = 200;

  /** LUAI_MAXVARS: active local variables per function. */
  private static final int LUAI_MAXVARS = 200;

  /** LUAI_MAXUPVALUES: upvalues per function. */
  private static final int LUAI_MAXUPVALUES = 60;

  /** MAXSTACK (llimits.h): registers per function. */
  private static final int MAXSTACK = 250;

  /** LUA_IDSIZE: the size of a chunk id in runtime messages (ldebug.c). */
  private static final int LUA_IDSIZE = 60;

  /** LFIELDS_PER_FLUSH: list items a SETLIST stores at once. */
  private static final int LFIELDS_PER_FLUSH = 50;

  /** UNARY_PRIORITY: priority of unary operators. */
  private static final int UNARY_PRIORITY = 8;

  // BinOpr in ORDER OPR (lcode.h)
  private static final int OPR_ADD = 0;
  private static final int OPR_SUB = 1;
  private static final int OPR_MUL = 2;
  private static final int OPR_DIV = 3;
  private static final int OPR_MOD = 4;
  private static final int OPR_POW = 5;
  private static final int OPR_CONCAT = 6;
  private static final int OPR_NE = 7;
  private static final int OPR_EQ = 8;
  private static final int OPR_LT = 9;
  private static final int OPR_LE = 10;
  private static final int OPR_GT = 11;
  private static final int OPR_GE = 12;
  private static final int OPR_AND = 13;
  private static final int OPR_OR = 14;
  private static final int OPR_NOBINOPR = -1;

  // the unary opcodes codearith sees besides the binary ones
  private static final int OP_UNM = 15;
  private static final int OP_LEN = 16;

  private static final BinOp[] BINOPS = {
    BinOp.ADD,
    BinOp.SUB,
    BinOp.MUL,
    BinOp.DIV,
    BinOp.MOD,
    BinOp.POW,
    BinOp.CONCAT,
    BinOp.NE,
    BinOp.EQ,
    BinOp.LT,
    BinOp.LE,
    BinOp.GT,
    BinOp.GE,
    BinOp.AND,
    BinOp.OR
  };

  /** priority[] of lparser.c: left and right priority of each binary operator. */
  private static final int[] LEFT_PRIORITY = {6, 6, 7, 7, 7, 10, 5, 3, 3, 3, 3, 3, 3, 2, 1};

  private static final int[] RIGHT_PRIORITY = {6, 6, 7, 7, 7, 9, 4, 3, 3, 3, 3, 3, 3, 2, 1};

  // expkind (lparser.h)
  private static final int VVOID = 0;
  private static final int VNIL = 1;
  private static final int VTRUE = 2;
  private static final int VFALSE = 3;
  private static final int VK = 4;
  private static final int VKNUM = 5;
  private static final int VLOCAL = 6;
  private static final int VUPVAL = 7;
  private static final int VGLOBAL = 8;
  private static final int VINDEXED = 9;
  private static final int VJMP = 10;
  private static final int VRELOCABLE = 11;
  private static final int VNONRELOC = 12;
  private static final int VCALL = 13;
  private static final int VVARARG = 14;

  /** BITRK: an RK operand with this bit is a constant, not a register. */
  private static final int BITRK = 256;

  /** MAXINDEXRK: the highest constant index an RK operand can hold. */
  private static final int MAXINDEXRK = BITRK - 1;

  /** The key of the nil constant (lcode.c's nilK uses the constant table itself). */
  private static final Object NIL_KEY = new Object();

  // What instruction a VRELOCABLE expression stands for (lcode.c looks at OP_NOT and OP_CONCAT).
  private static final int RELOC_OTHER = 0;
  private static final int RELOC_NOT = 1;
  private static final int RELOC_CONCAT = 2;

  /**
   * expdesc (lparser.h) without code: the kind of an expression and the registers it holds. The
   * jump lists are reduced to whether they are empty.
   */
  private static final class ExpDesc {
    int k;

    /** A register, an upvalue index or a constant index. */
    int info;

    /** VINDEXED: the key (a register, or BITRK | a constant index); VRELOCABLE: RELOC_*. */
    int aux;

    /** VKNUM: the value (constant folding decides whether it stays a constant). */
    double nval;

    /** Whether the "exit when true" list is not empty. */
    boolean t;

    /** Whether the "exit when false" list is not empty. */
    boolean f;

    /** VINDEXED read: its syntax node, whose line is where it gets discharged. */
    LuaAst.Index index;

    void init(int kind, int i) {
      k = kind;
      info = i;
      aux = 0;
      t = false;
      f = false;
      index = null;
    }

    void copyFrom(ExpDesc o) {
      k = o.k;
      info = o.info;
      aux = o.aux;
      nval = o.nval;
      t = o.t;
      f = o.f;
      index = o.index;
    }
  }

  /** FuncState (lparser.h): what the checks need to know about a function being parsed. */
  private static final class FuncState {
    final FuncState prev;
    final int linedefined;
    boolean isVararg;

    /** Names of the active locals [0, nactvar), then of the locals being declared. */
    String[] actvar = new String[16];

    int nactvar;

    /** Identity of each upvalue in prev: a local's register, or 256 + an upvalue index. */
    int[] upvalues;

    int nups;

    /** Number of enclosing breakable blocks (loops) of this function. */
    int loops;

    /** First free register. */
    int freereg;

    int maxstacksize = 2; // registers 0/1 are always valid

    /**
     * The constants so far (addk), kept as a plain list while there are too few of them to matter:
     * then every index fits in an RK operand. The map is built past MAXINDEXRK.
     */
    Object[] kcand;

    int nkcand;
    HashMap<Object, Integer> kmap;
    int nk;

    /** Locals declared so far (f->sizelocvars); only for {@link #parseForTest}. */
    int nlocvars;

    /** Where {@link #parseForTest} reports this function. */
    int statIndex = -1;

    FuncState(FuncState prev, int linedefined) {
      this.prev = prev;
      this.linedefined = linedefined;
    }
  }

  private final LuaLexer ls;
  private FuncState fs;

  /** L->nCcalls: the C call depth when parsing started, plus the syntax levels entered. */
  private int nCcalls;

  /** A name for the function literal about to be parsed (best effort, for tracebacks). */
  private String pendingName;

  /** The index singlevaraux resolved a name to (a register or an upvalue index). */
  private int varInfo;

  /** Per function, pre-order: linedefined, maxstacksize, upvalues, locals; null unless testing. */
  private List<int[]> stats;

  private LuaParser(String source, String chunkName, int cCalls) {
    this(new LuaLexer(source, chunkName), cCalls);
  }

  private LuaParser(LuaLexer ls, int cCalls) {
    this.ls = ls;
    this.nCcalls = cCalls;
  }

  /**
   * Parses a chunk whose text {@code reader} gives piece by piece (until null or ""), reading only
   * as far as the scanner gets, so that a syntax error stops the reading where PUC's does; returns
   * the whole text of a chunk that parses.
   */
  public static String readChecked(
      java.util.function.Supplier<String> reader, String chunkName, int cCalls)
      throws LuaSyntaxException {
    LuaLexer lexer = new LuaLexer(reader, chunkName == null ? "?" : chunkName);
    new LuaParser(lexer, cCalls).mainfunc();
    return lexer.source();
  }

  /**
   * Parses a whole chunk (luaY_parser), as if loaded by a script run from lua.c (one C call level
   * in use).
   *
   * @param source the chunk, one char per byte (chars 0..255)
   * @param chunkName as given to load: "=stdin", "@file.lua", or the source itself
   * @return the main function: line 0, vararg, no parameters
   * @throws LuaSyntaxException with PUC's message
   */
  public static FunctionBody parse(String source, String chunkName) throws LuaSyntaxException {
    return parse(source, chunkName, 1);
  }

  /**
   * Parses a whole chunk (luaY_parser). {@code cCalls} is PUC's {@code L->nCcalls} when the parse
   * starts: it lowers the nesting limit ("chunk has too many syntax levels") and the number of
   * targets one assignment may have. A script loaded by lua.c starts at 1; {@code loadstring}
   * called from a main chunk at 2, and each enclosing {@code pcall}, metamethod or other C-to-Lua
   * call adds one.
   */
  public static FunctionBody parse(String source, String chunkName, int cCalls)
      throws LuaSyntaxException {
    return new LuaParser(source, chunkName == null ? "?" : chunkName, cCalls).mainfunc();
  }

  /**
   * Parses and reports, per function in pre-order, {linedefined, maxstacksize, upvalues, locals} as
   * {@code luac -l} prints them; for tests of the register model.
   */
  static FunctionBody parseForTest(String source, String chunkName, int cCalls, List<int[]> out) {
    LuaParser p = new LuaParser(source, chunkName, cCalls);
    p.stats = out;
    return p.mainfunc();
  }

  /**
   * luaO_chunkid with LUA_IDSIZE: the chunk name as runtime error messages show it. "=name" gives
   * "name", "@file" gives "file" (or "..." and its tail when too long), anything else {@code
   * [string "first line..."]}.
   */
  public static String chunkId(String chunkName) {
    return chunkId(chunkName, LUA_IDSIZE);
  }

  /** luaO_chunkid into a buffer of {@code bufflen} chars (syntax errors use 80). */
  static String chunkId(String source, int bufflen) {
    if (source == null) {
      source = "?"; // lua_load's name for a nameless chunk
    }
    int nul = source.indexOf('\0'); // PUC's chunk names are C strings
    if (nul >= 0) {
      source = source.substring(0, nul);
    }
    if (!source.isEmpty() && source.charAt(0) == '=') {
      int n = Math.min(source.length() - 1, bufflen - 1);
      return source.substring(1, 1 + n);
    }
    if (!source.isEmpty() && source.charAt(0) == '@') {
      int max = bufflen - 8; // sizeof(" '...' ")
      if (source.length() - 1 > max) {
        return "..." + source.substring(source.length() - max);
      }
      return source.substring(1);
    }
    int n = source.length();
    int len = 0;
    while (len < n && source.charAt(len) != '\n' && source.charAt(len) != '\r') {
      len++;
    }
    int max = bufflen - 17; // sizeof(" [string \"...\"] ")
    if (len > max) {
      len = max;
    }
    if (len < n) {
      return "[string \"" + source.substring(0, len) + "...\"]";
    }
    return "[string \"" + source + "\"]";
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers

  /** error_expected: "'x' expected" near the current token. */
  private LuaSyntaxException errorExpected(int token) {
    return ls.syntaxError("'" + LuaLexer.token2str(token) + "' expected");
  }

  /** errorlimit: a function exceeds one of PUC's limits. */
  private LuaSyntaxException errorLimit(FuncState f, int limit, String what) {
    String msg =
        f.linedefined == 0
            ? "main function has more than " + limit + " " + what
            : "function at line " + f.linedefined + " has more than " + limit + " " + what;
    return ls.error(msg, null);
  }

  /** testnext: skips the current token if it is {@code c}. */
  private boolean testnext(int c) {
    if (ls.token == c) {
      ls.next();
      return true;
    }
    return false;
  }

  /** check: the current token must be {@code c}. */
  private void check(int c) {
    if (ls.token != c) {
      throw errorExpected(c);
    }
  }

  /** checknext: skips the current token, which must be {@code c}. */
  private void checknext(int c) {
    check(c);
    ls.next();
  }

  /** check_match: {@code what} must close {@code who}, opened at line {@code where}. */
  private void checkMatch(int what, int who, int where) {
    if (!testnext(what)) {
      if (where == ls.linenumber) {
        throw errorExpected(what);
      }
      throw ls.syntaxError(
          "'"
              + LuaLexer.token2str(what)
              + "' expected (to close '"
              + LuaLexer.token2str(who)
              + "' at line "
              + where
              + ")");
    }
  }

  /** str_checkname: the current token must be a name; returns it and skips it. */
  private String checkname() {
    check(TK_NAME);
    String s = ls.sval;
    ls.next();
    return s;
  }

  /** enterlevel: one more syntax level (a nested chunk or subexpression). */
  private void enterlevel() {
    if (++nCcalls > LUAI_MAXCCALLS) {
      throw ls.error("chunk has too many syntax levels", null);
    }
  }

  private void leavelevel() {
    nCcalls--;
  }

  private static boolean blockFollow(int token) {
    switch (token) {
      case TK_ELSE:
      case TK_ELSEIF:
      case TK_END:
      case TK_UNTIL:
      case TK_EOS:
        return true;
      default:
        return false;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Variables and scopes

  /** new_localvar: declares local {@code n} (0-based) of a declaration; active only later. */
  private void newLocalvar(String name, int n) {
    FuncState f = fs;
    int idx = f.nactvar + n;
    if (idx + 1 > LUAI_MAXVARS) {
      throw errorLimit(f, LUAI_MAXVARS, "local variables");
    }
    if (idx >= f.actvar.length) {
      f.actvar = Arrays.copyOf(f.actvar, f.actvar.length * 2);
    }
    f.actvar[idx] = name;
    f.nlocvars++;
  }

  /** adjustlocalvars: the next {@code nvars} declared locals become active. */
  private void adjustlocalvars(int nvars) {
    fs.nactvar += nvars;
  }

  /** enterblock: returns the number of active locals, for leaveblock. */
  private int enterblock() {
    return fs.nactvar;
  }

  /** leaveblock: the block's locals go out of scope and their registers are free. */
  private void leaveblock(int nactvar) {
    FuncState f = fs;
    f.nactvar = nactvar;
    f.freereg = nactvar;
  }

  /** searchvar: the register of the innermost active local {@code n} of {@code f}, or -1. */
  private static int searchvar(FuncState f, String n) {
    String[] vars = f.actvar;
    for (int i = f.nactvar - 1; i >= 0; i--) {
      if (n.equals(vars[i])) {
        return i;
      }
    }
    return -1;
  }

  /** indexupvalue: the upvalue of {@code f} for a variable of kind {@code k} in f.prev. */
  private int indexupvalue(FuncState f, int k, int info) {
    int key = k == VLOCAL ? info : 256 + info;
    for (int i = 0; i < f.nups; i++) {
      if (f.upvalues[i] == key) {
        return i;
      }
    }
    if (f.nups + 1 > LUAI_MAXUPVALUES) {
      throw errorLimit(f, LUAI_MAXUPVALUES, "upvalues");
    }
    if (f.upvalues == null) {
      f.upvalues = new int[8];
    } else if (f.nups == f.upvalues.length) {
      f.upvalues = Arrays.copyOf(f.upvalues, f.nups * 2);
    }
    f.upvalues[f.nups] = key;
    return f.nups++;
  }

  /** singlevaraux: resolves a name in {@code f} and the functions around it. */
  private int singlevaraux(FuncState f, String n) {
    if (f == null) {
      return VGLOBAL;
    }
    int v = searchvar(f, n);
    if (v >= 0) {
      varInfo = v;
      return VLOCAL;
    }
    int k = singlevaraux(f.prev, n);
    if (k == VGLOBAL) {
      return VGLOBAL;
    }
    varInfo = indexupvalue(f, k, varInfo);
    return VUPVAL;
  }

  /** singlevar: a variable reference (local, upvalue or global). */
  private Expr singlevar(ExpDesc var) {
    int line = ls.tokLine;
    String name = checkname();
    int k = singlevaraux(fs, name);
    var.init(k, k == VGLOBAL ? addk(name) : varInfo);
    return new LuaAst.Name(line, name);
  }

  // ---------------------------------------------------------------------------------------------
  // Register model (lcode.c)

  /**
   * addk: the index of a constant in the current function (String, Double, Boolean or NIL_KEY).
   * While the function has few constants the result is only an upper bound, which is all the
   * register model needs: it fits in an RK operand.
   */
  private int addk(Object key) {
    FuncState f = fs;
    if (f.kmap == null) {
      if (f.nkcand < MAXINDEXRK) {
        if (f.kcand == null) {
          f.kcand = new Object[32];
        } else if (f.nkcand == f.kcand.length) {
          f.kcand = Arrays.copyOf(f.kcand, f.nkcand * 2);
        }
        f.kcand[f.nkcand++] = key;
        return f.nkcand - 1;
      }
      f.kmap = new HashMap<>();
      for (int i = 0; i < f.nkcand; i++) {
        if (f.kmap.putIfAbsent(f.kcand[i], f.nk) == null) {
          f.nk++;
        }
      }
      f.kcand = null;
    }
    Integer idx = f.kmap.putIfAbsent(key, f.nk);
    if (idx != null) {
      return idx;
    }
    return f.nk++;
  }

  /** Whether fs->nk <= MAXINDEXRK: a new constant would still fit in an RK operand. */
  private boolean nkFits() {
    FuncState f = fs;
    return f.kmap == null || f.nk <= MAXINDEXRK;
  }

  /** luaK_numberK's key: 0 and -0 are one key of the constant table. */
  private static Object numberKey(double d) {
    return d == 0 ? Double.valueOf(0.0) : Double.valueOf(d);
  }

  /** luaK_checkstack: "function or expression too complex" past MAXSTACK registers. */
  private void checkstack(int n) {
    FuncState f = fs;
    int newstack = f.freereg + n;
    if (newstack > f.maxstacksize) {
      if (newstack >= MAXSTACK) {
        throw ls.syntaxError("function or expression too complex");
      }
      f.maxstacksize = newstack;
    }
  }

  /** luaK_reserveregs */
  private void reserveregs(int n) {
    checkstack(n);
    fs.freereg += n;
  }

  /** freereg: releases a temporary register (not a constant, not a local). */
  private void freereg(int reg) {
    if (reg < BITRK && reg >= fs.nactvar) {
      fs.freereg--;
    }
  }

  /** freeexp */
  private void freeexp(ExpDesc e) {
    if (e.k == VNONRELOC) {
      freereg(e.info);
    }
  }

  private static boolean hasjumps(ExpDesc e) {
    return e.t || e.f;
  }

  private static boolean hasmultret(int k) {
    return k == VCALL || k == VVARARG;
  }

  /** isnumeral */
  private static boolean isnumeral(ExpDesc e) {
    return e.k == VKNUM && !e.t && !e.f;
  }

  /** luaK_setreturns / luaK_setmultret: an open vararg gets a register. */
  private void setreturns(ExpDesc e) {
    if (e.k == VVARARG) {
      reserveregs(1);
    }
  }

  /** luaK_setoneret */
  private static void setoneret(ExpDesc e) {
    if (e.k == VCALL) {
      e.k = VNONRELOC; // the result is in the call's base register
    } else if (e.k == VVARARG) {
      e.k = VRELOCABLE;
      e.aux = RELOC_OTHER;
    }
  }

  /** luaK_dischargevars */
  private void dischargevars(ExpDesc e) {
    switch (e.k) {
      case VLOCAL:
        e.k = VNONRELOC;
        break;
      case VUPVAL:
      case VGLOBAL:
        e.k = VRELOCABLE;
        e.aux = RELOC_OTHER;
        break;
      case VINDEXED:
        freereg(e.aux);
        freereg(e.info);
        e.k = VRELOCABLE;
        e.aux = RELOC_OTHER;
        if (e.index != null) {
          e.index.dischargedAt(ls.lastline); // OP_GETTABLE
          e.index = null;
        }
        break;
      case VVARARG:
      case VCALL:
        setoneret(e);
        break;
      default:
        break;
    }
  }

  /** discharge2reg */
  private void discharge2reg(ExpDesc e, int reg) {
    dischargevars(e);
    switch (e.k) {
      case VKNUM:
        addk(numberKey(e.nval)); // OP_LOADK
        e.info = reg;
        e.k = VNONRELOC;
        break;
      case VNIL:
      case VFALSE:
      case VTRUE:
      case VK:
      case VRELOCABLE:
      case VNONRELOC:
        e.info = reg;
        e.k = VNONRELOC;
        break;
      default:
        break; // VVOID or VJMP: nothing to do
    }
  }

  /** discharge2anyreg */
  private void discharge2anyreg(ExpDesc e) {
    if (e.k != VNONRELOC) {
      reserveregs(1);
      discharge2reg(e, fs.freereg - 1);
    }
  }

  /** exp2reg */
  private void exp2reg(ExpDesc e, int reg) {
    discharge2reg(e, reg);
    e.t = false;
    e.f = false;
    e.info = reg;
    e.k = VNONRELOC;
  }

  /** luaK_exp2nextreg */
  private void exp2nextreg(ExpDesc e) {
    dischargevars(e);
    freeexp(e);
    reserveregs(1);
    exp2reg(e, fs.freereg - 1);
  }

  /** luaK_exp2anyreg */
  private int exp2anyreg(ExpDesc e) {
    dischargevars(e);
    if (e.k == VNONRELOC) {
      if (!hasjumps(e)) {
        return e.info; // already in a register
      }
      if (e.info >= fs.nactvar) {
        exp2reg(e, e.info);
        return e.info;
      }
    }
    exp2nextreg(e);
    return e.info;
  }

  /** luaK_exp2val */
  private void exp2val(ExpDesc e) {
    if (hasjumps(e)) {
      exp2anyreg(e);
    } else {
      dischargevars(e);
    }
  }

  /** luaK_exp2RK */
  private int exp2RK(ExpDesc e) {
    exp2val(e);
    switch (e.k) {
      case VKNUM:
      case VTRUE:
      case VFALSE:
      case VNIL:
        if (nkFits()) { // constant fits in an RK operand?
          Object key =
              e.k == VNIL
                  ? NIL_KEY
                  : e.k == VKNUM ? numberKey(e.nval) : Boolean.valueOf(e.k == VTRUE);
          e.info = addk(key);
          e.k = VK;
          return BITRK | e.info;
        }
        break;
      case VK:
        if (e.info <= MAXINDEXRK) {
          return BITRK | e.info;
        }
        break;
      default:
        break;
    }
    return exp2anyreg(e); // not a constant in the right range: put it in a register
  }

  /** luaK_storevar */
  private void storevar(ExpDesc var, ExpDesc ex) {
    switch (var.k) {
      case VLOCAL:
        freeexp(ex);
        exp2reg(ex, var.info);
        return;
      case VUPVAL:
      case VGLOBAL:
        exp2anyreg(ex);
        break;
      default: // VINDEXED
        exp2RK(ex);
        break;
    }
    freeexp(ex);
  }

  /** luaK_self */
  private void self(ExpDesc e, ExpDesc key) {
    exp2anyreg(e);
    freeexp(e);
    int func = fs.freereg;
    reserveregs(2);
    exp2RK(key);
    freeexp(key);
    e.info = func;
    e.k = VNONRELOC;
  }

  /** jumponcond: a test of {@code e} (an OP_NOT is folded into the test). */
  private void jumponcond(ExpDesc e) {
    if (e.k == VRELOCABLE && e.aux == RELOC_NOT) {
      return;
    }
    discharge2anyreg(e);
    freeexp(e);
  }

  /** luaK_goiftrue */
  private void goiftrue(ExpDesc e) {
    dischargevars(e);
    switch (e.k) {
      case VK:
      case VKNUM:
      case VTRUE:
        break; // always true; do nothing
      case VJMP:
        e.f = true;
        break;
      default:
        jumponcond(e);
        e.f = true;
        break;
    }
    e.t = false;
  }

  /** luaK_goiffalse */
  private void goiffalse(ExpDesc e) {
    dischargevars(e);
    switch (e.k) {
      case VNIL:
      case VFALSE:
        break; // always false; do nothing
      case VJMP:
        e.t = true;
        break;
      default:
        jumponcond(e);
        e.t = true;
        break;
    }
    e.f = false;
  }

  /** codenot */
  private void codenot(ExpDesc e) {
    dischargevars(e);
    switch (e.k) {
      case VNIL:
      case VFALSE:
        e.k = VTRUE;
        break;
      case VK:
      case VKNUM:
      case VTRUE:
        e.k = VFALSE;
        break;
      case VRELOCABLE:
      case VNONRELOC:
        discharge2anyreg(e);
        freeexp(e);
        e.k = VRELOCABLE;
        e.aux = RELOC_NOT;
        break;
      default:
        break; // VJMP: the jump is inverted
    }
    boolean temp = e.f;
    e.f = e.t;
    e.t = temp;
  }

  /** luaK_indexed */
  private void indexed(ExpDesc t, ExpDesc k, LuaAst.Index node) {
    t.aux = exp2RK(k);
    t.k = VINDEXED;
    t.index = node;
  }

  /** constfolding: whether op folds (numeric operands, no division by 0, no NaN). */
  private static boolean constfolding(int op, ExpDesc e1, ExpDesc e2) {
    if (!isnumeral(e1) || !isnumeral(e2)) {
      return false;
    }
    double v1 = e1.nval;
    double v2 = e2.nval;
    double r;
    switch (op) {
      case OPR_ADD:
        r = v1 + v2;
        break;
      case OPR_SUB:
        r = v1 - v2;
        break;
      case OPR_MUL:
        r = v1 * v2;
        break;
      case OPR_DIV:
        if (v2 == 0) {
          return false;
        }
        r = v1 / v2;
        break;
      case OPR_MOD:
        if (v2 == 0) {
          return false;
        }
        r = v1 - Math.floor(v1 / v2) * v2;
        break;
      case OPR_POW:
        r = cpow(v1, v2);
        break;
      case OP_UNM:
        r = -v1;
        break;
      default:
        return false; // OP_LEN: no folding
    }
    if (Double.isNaN(r)) {
      return false;
    }
    e1.nval = r;
    return true;
  }

  /** C99 pow where it differs from Math.pow: 1^y and (-1)^(+-inf) are 1. */
  private static double cpow(double x, double y) {
    if (x == 1 || (x == -1 && Double.isInfinite(y))) {
      return 1;
    }
    return Math.pow(x, y);
  }

  /** codearith */
  private void codearith(int op, ExpDesc e1, ExpDesc e2) {
    if (constfolding(op, e1, e2)) {
      return;
    }
    if (op != OP_UNM && op != OP_LEN) {
      exp2RK(e2);
    }
    exp2RK(e1);
    freeexp(e2);
    freeexp(e1);
    e1.k = VRELOCABLE;
    e1.aux = op == OPR_CONCAT ? RELOC_CONCAT : RELOC_OTHER;
  }

  /** codecomp */
  private void codecomp(ExpDesc e1, ExpDesc e2) {
    exp2RK(e1);
    exp2RK(e2);
    freeexp(e2);
    freeexp(e1);
    e1.k = VJMP;
  }

  /** luaK_prefix */
  private void prefix(UnOp op, ExpDesc e) {
    switch (op) {
      case NEG:
        {
          if (!isnumeral(e)) {
            exp2anyreg(e); // cannot operate on non-numeric constants
          }
          codearith(OP_UNM, e, numeralZero());
          break;
        }
      case NOT:
        codenot(e);
        break;
      default: // LEN
        exp2anyreg(e); // cannot operate on constants
        codearith(OP_LEN, e, numeralZero());
        break;
    }
  }

  /** The second operand luaK_prefix gives a unary operation: the numeral 0. */
  private static ExpDesc numeralZero() {
    ExpDesc e2 = new ExpDesc();
    e2.init(VKNUM, 0);
    e2.nval = 0;
    return e2;
  }

  /** luaK_infix */
  private void infix(int op, ExpDesc v) {
    switch (op) {
      case OPR_AND:
        goiftrue(v);
        break;
      case OPR_OR:
        goiffalse(v);
        break;
      case OPR_CONCAT:
        exp2nextreg(v); // operand must be on the 'stack'
        break;
      case OPR_ADD:
      case OPR_SUB:
      case OPR_MUL:
      case OPR_DIV:
      case OPR_MOD:
      case OPR_POW:
        if (!isnumeral(v)) {
          exp2RK(v);
        }
        break;
      default:
        exp2RK(v);
        break;
    }
  }

  /** luaK_posfix */
  private void posfix(int op, ExpDesc e1, ExpDesc e2) {
    switch (op) {
      case OPR_AND:
        {
          dischargevars(e2);
          boolean f = e2.f || e1.f;
          e1.copyFrom(e2);
          e1.f = f;
          break;
        }
      case OPR_OR:
        {
          dischargevars(e2);
          boolean t = e2.t || e1.t;
          e1.copyFrom(e2);
          e1.t = t;
          break;
        }
      case OPR_CONCAT:
        exp2val(e2);
        if (e2.k == VRELOCABLE && e2.aux == RELOC_CONCAT) {
          freeexp(e1);
          e1.k = VRELOCABLE;
          e1.info = e2.info;
          e1.aux = RELOC_CONCAT;
        } else {
          exp2nextreg(e2); // operand must be on the 'stack'
          codearith(OPR_CONCAT, e1, e2);
        }
        break;
      case OPR_ADD:
      case OPR_SUB:
      case OPR_MUL:
      case OPR_DIV:
      case OPR_MOD:
      case OPR_POW:
        codearith(op, e1, e2);
        break;
      default:
        codecomp(e1, e2);
        break;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Functions

  /** open_func: a new function, nested in the current one. */
  private FuncState openFunc(int line) {
    FuncState f = new FuncState(fs, line);
    if (stats != null) {
      f.statIndex = stats.size();
      stats.add(null);
    }
    fs = f;
    return f;
  }

  /** close_func: back to the enclosing function. */
  private void closeFunc(FuncState f) {
    if (stats != null) {
      stats.set(f.statIndex, new int[] {f.linedefined, f.maxstacksize, f.nups, f.nlocvars});
    }
    fs = f.prev;
  }

  /** luaY_parser: the main chunk. */
  private FunctionBody mainfunc() {
    FuncState f = openFunc(0);
    f.isVararg = true; // main function is always vararg
    ls.next(); // read first token
    Block b = chunk();
    check(TK_EOS);
    closeFunc(f);
    // the final return is on the line of the last token (ls->lastline); getinfo still reports
    // lastlinedefined 0 for a main chunk
    return new FunctionBody(0, ls.lastline, List.of(), true, b, "main chunk", 0, 0, 0);
  }

  /**
   * body -> '(' parlist ')' chunk END. {@code line} is what PUC records as linedefined: the line of
   * 'function' for a function statement, else the line of the token after 'function' or after the
   * local's name.
   */
  private FunctionBody body(ExpDesc e, boolean needself, int line, String name) {
    FuncState f = openFunc(line);
    checknext('(');
    List<String> params = new ArrayList<>(4);
    if (needself) {
      newLocalvar("self", 0);
      adjustlocalvars(1);
      params.add("self");
    }
    parlist(params);
    int textStart = ls.position();
    int textLine = ls.linenumber;
    checknext(')');
    Block b = chunk();
    int lastLine = ls.linenumber;
    int textEnd = ls.position();
    checkMatch(TK_END, TK_FUNCTION, line);
    closeFunc(f);
    e.init(VRELOCABLE, 0); // pushclosure: OP_CLOSURE
    return new FunctionBody(
        line, lastLine, params, f.isVararg, b, name, textStart, textEnd, textLine);
  }

  /** parlist -> [ param { ',' param } ] */
  private void parlist(List<String> params) {
    FuncState f = fs;
    int nparams = 0;
    f.isVararg = false;
    if (ls.token != ')') { // is 'parlist' not empty?
      do {
        switch (ls.token) {
          case TK_NAME:
            {
              // param -> NAME
              String name = checkname();
              newLocalvar(name, nparams++);
              params.add(name);
              break;
            }
          case TK_DOTS:
            // param -> '...'; LUA_COMPAT_VARARG declares the local 'arg'
            ls.next();
            newLocalvar("arg", nparams++);
            f.isVararg = true;
            break;
          default:
            throw ls.syntaxError("<name> or '...' expected");
        }
      } while (!f.isVararg && testnext(','));
    }
    adjustlocalvars(nparams);
    reserveregs(f.nactvar); // registers for the parameters
  }

  // ---------------------------------------------------------------------------------------------
  // Statements

  /** chunk -> { stat [';'] } */
  private Block chunk() {
    List<Stat> stats = new ArrayList<>();
    enterlevel();
    boolean islast = false;
    while (!islast && !blockFollow(ls.token)) {
      int t = ls.token;
      islast = t == TK_RETURN || t == TK_BREAK; // must be the last statement
      stats.add(statement());
      testnext(';');
      fs.freereg = fs.nactvar; // free registers
    }
    leavelevel();
    return new Block(stats, ls.linenumber);
  }

  /** block -> chunk */
  private Block block() {
    int bl = enterblock();
    Block b = chunk();
    leaveblock(bl);
    return b;
  }

  /** statement: one statement; {@code line} is where its first token stands. */
  private Stat statement() {
    int line = ls.linenumber;
    switch (ls.token) {
      case TK_IF:
        return ifstat(line);
      case TK_WHILE:
        return whilestat(line);
      case TK_DO:
        {
          // stat -> DO block END
          ls.next();
          Block b = block();
          checkMatch(TK_END, TK_DO, line);
          return new LuaAst.Do(line, b);
        }
      case TK_FOR:
        return forstat(line);
      case TK_REPEAT:
        return repeatstat(line);
      case TK_FUNCTION:
        return funcstat(line);
      case TK_LOCAL:
        // stat -> localstat | localfunc
        ls.next();
        if (testnext(TK_FUNCTION)) {
          return localfunc(line);
        }
        return localstat(line);
      case TK_RETURN:
        return retstat(line);
      case TK_BREAK:
        // stat -> breakstat
        ls.next();
        if (fs.loops == 0) {
          throw ls.syntaxError("no loop to break");
        }
        return new LuaAst.Break(line);
      default:
        return exprstat(line);
    }
  }

  /**
   * Whether the last {@link #cond} is a constant true value (a string, a number, {@code true},
   * or what folds to one): luaK_goiftrue emits no test for it, so its line has no code.
   */
  private boolean condConstant;

  /** cond -> exp */
  private Expr cond() {
    ExpDesc v = new ExpDesc();
    Expr e = expr(v);
    if (v.k == VNIL) {
      v.k = VFALSE; // 'falses' are all equal here
    }
    goiftrue(v);
    condConstant = v.k == VK || v.k == VKNUM || v.k == VTRUE;
    return e;
  }

  /** ifstat -> IF cond THEN block {ELSEIF cond THEN block} [ELSE block] END */
  private Stat ifstat(int line) {
    List<Expr> conds = new ArrayList<>(2);
    List<Block> blocks = new ArrayList<>(2);
    List<Boolean> constant = new ArrayList<>(2);
    testThenBlock(conds, blocks, constant);
    while (ls.token == TK_ELSEIF) {
      testThenBlock(conds, blocks, constant);
    }
    Block orElse = null;
    if (ls.token == TK_ELSE) {
      ls.next();
      orElse = block();
    }
    checkMatch(TK_END, TK_IF, line);
    return new LuaAst.If(line, conds, blocks, orElse, constant);
  }

  /** test_then_block -> [IF | ELSEIF] cond THEN block */
  private void testThenBlock(List<Expr> conds, List<Block> blocks, List<Boolean> constant) {
    ls.next(); // skip IF or ELSEIF
    conds.add(cond());
    constant.add(condConstant);
    checknext(TK_THEN);
    blocks.add(block());
  }

  /** whilestat -> WHILE cond DO block END */
  private Stat whilestat(int line) {
    ls.next(); // skip WHILE
    Expr c = cond();
    boolean constant = condConstant;
    int bl = enterblock();
    fs.loops++;
    checknext(TK_DO);
    Block b = block();
    checkMatch(TK_END, TK_WHILE, line);
    fs.loops--;
    leaveblock(bl);
    return new LuaAst.While(line, c, b, constant);
  }

  /** repeatstat -> REPEAT block UNTIL cond */
  private Stat repeatstat(int line) {
    int bl = enterblock(); // the loop block and the scope block of lparser.c
    fs.loops++;
    ls.next(); // skip REPEAT
    Block b = chunk();
    checkMatch(TK_UNTIL, TK_REPEAT, line);
    Expr c = cond(); // read condition (inside scope block)
    fs.loops--;
    leaveblock(bl);
    return new LuaAst.Repeat(line, b, c, condConstant);
  }

  /** forstat -> FOR (fornum | forlist) END */
  private Stat forstat(int line) {
    int bl = enterblock(); // scope for loop and control variables
    fs.loops++;
    ls.next(); // skip 'for'
    String varname = checkname(); // first variable name
    Stat s;
    switch (ls.token) {
      case '=':
        s = fornum(varname, line);
        break;
      case ',':
      case TK_IN:
        s = forlist(varname);
        break;
      default:
        throw ls.syntaxError("'=' or 'in' expected");
    }
    checkMatch(TK_END, TK_FOR, line);
    fs.loops--;
    leaveblock(bl);
    return s;
  }

  /** exp1: an expression in the next register (fornum). */
  private Expr exp1() {
    ExpDesc e = new ExpDesc();
    Expr x = expr(e);
    exp2nextreg(e);
    return x;
  }

  /** fornum -> NAME = exp1,exp1[,exp1] forbody */
  private Stat fornum(String varname, int line) {
    newLocalvar("(for index)", 0);
    newLocalvar("(for limit)", 1);
    newLocalvar("(for step)", 2);
    newLocalvar(varname, 3);
    checknext('=');
    Expr start = exp1(); // initial value
    checknext(',');
    Expr limit = exp1();
    Expr step = null;
    if (testnext(',')) {
      step = exp1(); // optional step
    } else { // default step = 1
      addk(numberKey(1));
      reserveregs(1);
    }
    int[] doLine = new int[1];
    Block b = forbody(1, doLine);
    return new LuaAst.NumericFor(line, varname, start, limit, step, b, doLine[0]);
  }

  /** forlist -> NAME {,NAME} IN explist1 forbody */
  private Stat forlist(String indexname) {
    List<String> names = new ArrayList<>(2);
    int nvars = 0;
    // create control variables
    newLocalvar("(for generator)", nvars++);
    newLocalvar("(for state)", nvars++);
    newLocalvar("(for control)", nvars++);
    // create declared variables
    newLocalvar(indexname, nvars++);
    names.add(indexname);
    while (testnext(',')) {
      String n = checkname();
      newLocalvar(n, nvars++);
      names.add(n);
    }
    checknext(TK_IN);
    // OP_TFORLOOP (the iterator call) takes the line where the expression list starts
    int callLine = ls.linenumber;
    ExpDesc e = new ExpDesc();
    List<Expr> exprs = new ArrayList<>(2);
    int nexps = explist1(e, exprs, null);
    adjustAssign(3, nexps, e);
    checkstack(3); // extra space to call generator
    Block b = forbody(nvars - 3, new int[1]);
    return new LuaAst.GenericFor(callLine, names, exprs, b);
  }

  /** forbody -> DO block; {@code doLine[0]} gets the line of DO (where OP_FORPREP goes). */
  private Block forbody(int nvars, int[] doLine) {
    adjustlocalvars(3); // control variables
    checknext(TK_DO);
    doLine[0] = ls.lastline;
    int bl = enterblock(); // scope for declared variables
    adjustlocalvars(nvars);
    reserveregs(nvars);
    Block b = block();
    leaveblock(bl);
    return b;
  }

  /** funcstat -> FUNCTION funcname body */
  private Stat funcstat(int line) {
    ls.next(); // skip FUNCTION
    // funcname -> NAME {field} [':' NAME]
    ExpDesc v = new ExpDesc();
    List<String> path = new ArrayList<>(2);
    path.add(((LuaAst.Name) singlevar(v)).name());
    while (ls.token == '.') {
      path.add(field(v));
    }
    String method = null;
    if (ls.token == ':') {
      method = field(v);
    }
    String name = String.join(".", path);
    if (method != null) {
      name = name + ":" + method;
    }
    ExpDesc b = new ExpDesc();
    FunctionBody fb = body(b, method != null, line, name);
    storevar(v, b);
    return new LuaAst.FunctionStat(line, path, method, fb);
  }

  /** field -> ['.' | ':'] NAME (of a function name); returns the name. */
  private String field(ExpDesc v) {
    exp2anyreg(v);
    ls.next(); // skip the dot or colon
    String key = checkname();
    ExpDesc k = new ExpDesc();
    k.init(VK, addk(key));
    indexed(v, k, null);
    return key;
  }

  /** localfunc -> NAME body (after LOCAL FUNCTION) */
  private Stat localfunc(int line) {
    String name = checkname();
    newLocalvar(name, 0);
    ExpDesc v = new ExpDesc();
    v.init(VLOCAL, fs.freereg);
    reserveregs(1);
    adjustlocalvars(1);
    ExpDesc b = new ExpDesc();
    FunctionBody fb = body(b, false, ls.linenumber, name);
    storevar(v, b);
    return new LuaAst.LocalFunction(line, name, fb);
  }

  /** localstat -> LOCAL NAME {',' NAME} ['=' explist1] */
  private Stat localstat(int line) {
    List<String> names = new ArrayList<>(2);
    int nvars = 0;
    do {
      String n = checkname();
      newLocalvar(n, nvars++);
      names.add(n);
    } while (testnext(','));
    ExpDesc e = new ExpDesc();
    List<Expr> values;
    int nexps;
    if (testnext('=')) {
      values = new ArrayList<>(nvars);
      nexps = explist1(e, values, names);
    } else {
      e.init(VVOID, 0);
      values = List.of();
      nexps = 0;
    }
    adjustAssign(nvars, nexps, e);
    adjustlocalvars(nvars);
    return new LuaAst.Local(line, names, values);
  }

  /** adjust_assign: {@code nexps} values for {@code nvars} variables. */
  private void adjustAssign(int nvars, int nexps, ExpDesc e) {
    int extra = nvars - nexps;
    if (hasmultret(e.k)) {
      extra++; // includes call itself
      if (extra < 0) {
        extra = 0;
      }
      setreturns(e); // last exp. provides the difference
      if (extra > 1) {
        reserveregs(extra - 1);
      }
    } else {
      if (e.k != VVOID) {
        exp2nextreg(e); // close last expression
      }
      if (extra > 0) {
        reserveregs(extra);
      }
    }
  }

  private static boolean isVar(ExpDesc v) {
    return v.k >= VLOCAL && v.k <= VINDEXED;
  }

  /** exprstat -> func | assignment */
  private Stat exprstat(int line) {
    ExpDesc v = new ExpDesc();
    Expr e = primaryexp(v);
    if (v.k == VCALL) {
      return new LuaAst.CallStat(line, e);
    }
    // assignment -> ',' primaryexp assignment | '=' explist1
    if (!isVar(v)) {
      throw ls.syntaxError("syntax error");
    }
    List<Expr> targets = new ArrayList<>(2);
    targets.add(e);
    ExpDesc single = v;
    List<ExpDesc> lhs = null;
    while (testnext(',')) {
      if (lhs == null) {
        lhs = new ArrayList<>(4);
        lhs.add(v);
      }
      ExpDesc nv = new ExpDesc();
      targets.add(primaryexp(nv));
      if (nv.k == VLOCAL) {
        checkConflict(lhs, nv);
      }
      int nvars = lhs.size();
      if (nvars > LUAI_MAXCCALLS - nCcalls) {
        throw errorLimit(fs, LUAI_MAXCCALLS - nCcalls, "variables in assignment");
      }
      if (!isVar(nv)) {
        throw ls.syntaxError("syntax error");
      }
      lhs.add(nv);
    }
    checknext('=');
    int nvars = targets.size();
    ExpDesc ex = new ExpDesc();
    List<Expr> values = new ArrayList<>(nvars);
    int nexps = explist1(ex, values, targets);
    int storeLine = ls.lastline;
    ExpDesc last = lhs == null ? single : lhs.get(nvars - 1);
    if (nexps != nvars) {
      adjustAssign(nvars, nexps, ex);
      if (nexps > nvars) {
        fs.freereg -= nexps - nvars; // remove extra values
      }
      storeTop(last);
    } else {
      setoneret(ex); // close last expression
      storevar(last, ex);
    }
    for (int i = nvars - 2; i >= 0; i--) {
      storeTop(lhs.get(i));
    }
    return new LuaAst.Assign(line, targets, values, storeLine);
  }

  /** The default assignment of lparser.c: the value in the top register goes to {@code var}. */
  private void storeTop(ExpDesc var) {
    ExpDesc e = new ExpDesc();
    e.init(VNONRELOC, fs.freereg - 1);
    storevar(var, e);
  }

  /**
   * check_conflict: when a local assigned to is also the table or key of an earlier indexed target,
   * that target uses a copy made in a new register.
   */
  private void checkConflict(List<ExpDesc> lhs, ExpDesc v) {
    int extra = fs.freereg;
    boolean conflict = false;
    for (ExpDesc lh : lhs) {
      if (lh.k == VINDEXED) {
        if (lh.info == v.info) {
          conflict = true;
          lh.info = extra;
        }
        if (lh.aux == v.info) {
          conflict = true;
          lh.aux = extra;
        }
      }
    }
    if (conflict) {
      reserveregs(1);
    }
  }

  /** retstat -> RETURN [explist1] */
  private Stat retstat(int line) {
    ls.next(); // skip RETURN
    List<Expr> values;
    if (blockFollow(ls.token) || ls.token == ';') {
      values = List.of(); // return no values
    } else {
      ExpDesc e = new ExpDesc();
      values = new ArrayList<>(2);
      int nret = explist1(e, values, null);
      if (hasmultret(e.k)) {
        setreturns(e);
      } else if (nret == 1) {
        exp2anyreg(e);
      } else {
        exp2nextreg(e); // values must go to the 'stack'
      }
    }
    return new LuaAst.Return(line, values);
  }

  // ---------------------------------------------------------------------------------------------
  // Expressions

  /**
   * explist1 -> expr { ',' expr }: adds the expressions to {@code out}, leaves the last one in
   * {@code v} and returns their number. When {@code targets} is given (Strings or Exprs), a
   * function literal is named after its target.
   */
  private int explist1(ExpDesc v, List<Expr> out, List<?> targets) {
    int n = 0;
    for (; ; ) {
      if (targets != null && n < targets.size() && ls.token == TK_FUNCTION) {
        pendingName = targetName(targets.get(n));
      }
      out.add(expr(v));
      n++;
      if (!testnext(',')) {
        return n;
      }
      exp2nextreg(v);
    }
  }

  private static String targetName(Object target) {
    if (target instanceof String s) {
      return s;
    } else if (target instanceof LuaAst.Name n) {
      return n.name();
    } else if (target instanceof LuaAst.Index ix && ix.key() instanceof LuaAst.Str k) {
      return k.value();
    }
    return null;
  }

  /** expr -> subexpr */
  private Expr expr(ExpDesc v) {
    return subexpr(v, 0);
  }

  /**
   * subexpr -> (simpleexp | unop subexpr) { binop subexpr }, where binop is any binary operator
   * with a priority higher than {@code limit}.
   */
  private Expr subexpr(ExpDesc v, int limit) {
    enterlevel();
    Expr e;
    UnOp uop = unopr(ls.token);
    if (uop != null) {
      ls.next();
      Expr operand = subexpr(v, UNARY_PRIORITY);
      prefix(uop, v);
      if (uop == UnOp.NEG && operand instanceof LuaAst.Number n) {
        e = new LuaAst.Number(n.line(), -n.value()); // a negative literal
      } else {
        e = new LuaAst.Unary(ls.lastline, uop, operand);
      }
    } else {
      e = simpleexp(v);
    }
    // expand while operators have priorities higher than 'limit'
    int op = binopr(ls.token);
    if (op != OPR_NOBINOPR && LEFT_PRIORITY[op] > limit) {
      ExpDesc v2 = new ExpDesc();
      do {
        ls.next();
        infix(op, v);
        // read sub-expression with higher priority
        Expr e2 = subexpr(v2, RIGHT_PRIORITY[op]);
        posfix(op, v, v2);
        e = new LuaAst.Binary(ls.lastline, BINOPS[op], e, e2);
        op = binopr(ls.token); // the first untreated operator
      } while (op != OPR_NOBINOPR && LEFT_PRIORITY[op] > limit);
    }
    leavelevel();
    return e;
  }

  /** getunopr */
  private static UnOp unopr(int token) {
    switch (token) {
      case TK_NOT:
        return UnOp.NOT;
      case '-':
        return UnOp.NEG;
      case '#':
        return UnOp.LEN;
      default:
        return null;
    }
  }

  /** getbinopr */
  private static int binopr(int token) {
    switch (token) {
      case '+':
        return OPR_ADD;
      case '-':
        return OPR_SUB;
      case '*':
        return OPR_MUL;
      case '/':
        return OPR_DIV;
      case '%':
        return OPR_MOD;
      case '^':
        return OPR_POW;
      case TK_CONCAT:
        return OPR_CONCAT;
      case TK_NE:
        return OPR_NE;
      case TK_EQ:
        return OPR_EQ;
      case '<':
        return OPR_LT;
      case TK_LE:
        return OPR_LE;
      case '>':
        return OPR_GT;
      case TK_GE:
        return OPR_GE;
      case TK_AND:
        return OPR_AND;
      case TK_OR:
        return OPR_OR;
      default:
        return OPR_NOBINOPR;
    }
  }

  /**
   * simpleexp -> NUMBER | STRING | NIL | true | false | ... | constructor | FUNCTION body |
   * primaryexp
   */
  private Expr simpleexp(ExpDesc v) {
    int line = ls.tokLine;
    Expr e;
    switch (ls.token) {
      case TK_NUMBER:
        v.init(VKNUM, 0);
        v.nval = ls.nval;
        e = new LuaAst.Number(line, ls.nval);
        break;
      case TK_STRING:
        v.init(VK, addk(ls.sval));
        e = new LuaAst.Str(line, ls.sval);
        break;
      case TK_NIL:
        v.init(VNIL, 0);
        e = new LuaAst.Nil(line);
        break;
      case TK_TRUE:
        v.init(VTRUE, 0);
        e = new LuaAst.True(line);
        break;
      case TK_FALSE:
        v.init(VFALSE, 0);
        e = new LuaAst.False(line);
        break;
      case TK_DOTS:
        // vararg
        if (!fs.isVararg) {
          throw ls.syntaxError("cannot use '...' outside a vararg function");
        }
        v.init(VVARARG, 0);
        e = new LuaAst.Vararg(line);
        break;
      case '{':
        // constructor
        return constructor(v);
      case TK_FUNCTION:
        {
          String name = pendingName;
          pendingName = null;
          ls.next();
          return new LuaAst.Function(line, body(v, false, ls.linenumber, name));
        }
      default:
        return primaryexp(v);
    }
    ls.next();
    return e;
  }

  /** primaryexp -> prefixexp { '.' NAME | '[' exp ']' | ':' NAME funcargs | funcargs } */
  private Expr primaryexp(ExpDesc v) {
    Expr e;
    // prefixexp -> NAME | '(' expr ')'
    switch (ls.token) {
      case '(':
        {
          int line = ls.linenumber;
          ls.next();
          e = expr(v);
          checkMatch(')', '(', line);
          if (hasmultret(v.k)) {
            e = new LuaAst.Paren(line, e); // truncated to one value
          }
          dischargevars(v);
          break;
        }
      case TK_NAME:
        e = singlevar(v);
        break;
      default:
        throw ls.syntaxError("unexpected symbol");
    }
    for (; ; ) {
      switch (ls.token) {
        case '.':
          {
            // field -> '.' NAME
            exp2anyreg(v);
            ls.next();
            int line = ls.tokLine;
            String key = checkname();
            ExpDesc k = new ExpDesc();
            k.init(VK, addk(key));
            LuaAst.Index ix = new LuaAst.Index(line, e, new LuaAst.Str(line, key));
            indexed(v, k, ix);
            e = ix;
            break;
          }
        case '[':
          {
            // '[' exp1 ']'
            int line = ls.tokLine;
            exp2anyreg(v);
            ExpDesc k = new ExpDesc();
            Expr key = yindex(k);
            LuaAst.Index ix = new LuaAst.Index(line, e, key);
            indexed(v, k, ix);
            e = ix;
            break;
          }
        case ':':
          {
            // ':' NAME funcargs
            ls.next();
            String method = checkname();
            ExpDesc k = new ExpDesc();
            k.init(VK, addk(method));
            self(v, k);
            e = funcargs(v, e, method, ls.lastline);
            break;
          }
        case '(':
        case TK_STRING:
        case '{':
          exp2nextreg(v);
          e = funcargs(v, e, null, 0);
          break;
        default:
          return e;
      }
    }
  }

  /** index -> '[' expr ']' */
  private Expr yindex(ExpDesc v) {
    ls.next(); // skip the '['
    Expr e = expr(v);
    exp2val(v);
    checknext(']');
    return e;
  }

  /** funcargs -> '(' [ explist1 ] ')' | constructor | STRING */
  private Expr funcargs(ExpDesc f, Expr fn, String method, int selfLine) {
    int line = ls.linenumber;
    ExpDesc args = new ExpDesc();
    List<Expr> list;
    switch (ls.token) {
      case '(':
        if (line != ls.lastline) {
          throw ls.syntaxError("ambiguous syntax (function call x new statement)");
        }
        ls.next();
        if (ls.token == ')') { // arg list is empty?
          args.init(VVOID, 0);
          list = List.of();
        } else {
          list = new ArrayList<>(4);
          explist1(args, list, null);
          setreturns(args);
        }
        checkMatch(')', '(', line);
        break;
      case '{':
        list = List.of(constructor(args));
        break;
      case TK_STRING:
        args.init(VK, addk(ls.sval));
        list = List.of(new LuaAst.Str(ls.tokLine, ls.sval));
        ls.next();
        break;
      default:
        throw ls.syntaxError("function arguments expected");
    }
    int base = f.info; // base register for call
    if (!hasmultret(args.k) && args.k != VVOID) {
      exp2nextreg(args); // close last argument
    }
    f.init(VCALL, base);
    fs.freereg = base + 1; // the call leaves one result
    if (method != null) {
      return new LuaAst.MethodCall(line, fn, method, list, selfLine);
    }
    return new LuaAst.Call(line, fn, list);
  }

  /** constructor -> '{' [ field { fieldsep field } [ fieldsep ] ] '}' */
  private Expr constructor(ExpDesc t) {
    int line = ls.linenumber;
    t.init(VRELOCABLE, 0); // OP_NEWTABLE
    exp2nextreg(t); // fix it at stack top
    int base = t.info;
    ExpDesc v = new ExpDesc(); // last list item read
    v.init(VVOID, 0);
    int tostore = 0;
    checknext('{');
    List<LuaAst.TableField> fields = new ArrayList<>();
    do {
      if (ls.token == '}') {
        break;
      }
      // closelistfield
      if (v.k != VVOID) {
        exp2nextreg(v);
        v.init(VVOID, 0);
        if (tostore == LFIELDS_PER_FLUSH) {
          fs.freereg = base + 1; // flush
          tostore = 0;
        }
      }
      switch (ls.token) {
        case TK_NAME:
          // may be a listfield or a recfield
          if (ls.lookahead() != '=') {
            fields.add(new LuaAst.TableField(null, expr(v), 0)); // listfield
            tostore++;
          } else {
            fields.add(recfield());
          }
          break;
        case '[':
          // constructor_item -> recfield
          fields.add(recfield());
          break;
        default:
          // constructor_part -> listfield
          fields.add(new LuaAst.TableField(null, expr(v), 0));
          tostore++;
          break;
      }
    } while (testnext(',') || testnext(';'));
    checkMatch('}', '{', line);
    // lastlistfield
    if (tostore != 0) {
      if (hasmultret(v.k)) {
        setreturns(v);
      } else if (v.k != VVOID) {
        exp2nextreg(v);
      }
      fs.freereg = base + 1;
    }
    return new LuaAst.Table(line, fields);
  }

  /** recfield -> (NAME | '[' exp1 ']') = exp1 */
  private LuaAst.TableField recfield() {
    int reg = fs.freereg;
    ExpDesc key = new ExpDesc();
    Expr k;
    String name = null;
    if (ls.token == TK_NAME) {
      int line = ls.tokLine;
      name = checkname();
      key.init(VK, addk(name));
      k = new LuaAst.Str(line, name);
    } else { // '['
      k = yindex(key);
    }
    checknext('=');
    exp2RK(key);
    if (ls.token == TK_FUNCTION) {
      pendingName = name;
    }
    ExpDesc val = new ExpDesc();
    Expr value = expr(val);
    exp2RK(val);
    fs.freereg = reg; // free registers
    // OP_SETTABLE, on the line of the value's last token
    return new LuaAst.TableField(k, value, ls.lastline);
  }
}
