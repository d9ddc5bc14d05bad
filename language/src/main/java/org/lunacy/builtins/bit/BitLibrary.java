package org.lunacy.builtins.bit;

import static org.lunacy.builtins.LuaBuiltins.define;

import org.lunacy.LuaContext;
import org.lunacy.builtins.LuaBuiltins;
import org.lunacy.nodes.util.LuaBuiltinNode;
import org.lunacy.runtime.LuaTable;

/**
 * LuaJIT's built-in {@code bit} library, the LuaBitOp API (lib_bit.c). Every argument is a Lua
 * number (or a string convertible to one) reduced to a 32-bit integer by {@link #toBit}; every
 * result is a signed 32-bit integer returned as a Lua number.
 */
public final class BitLibrary {
  private BitLibrary() {}

  /** 2^52 + 2^51: adding it puts the integer part of any |n| < 2^51 in the low mantissa bits. */
  private static final double BIT_BIAS = 0x1.8p52;

  @FunctionalInterface
  private interface Shift {
    int apply(int x, int n);
  }

  @FunctionalInterface
  private interface Fold {
    int apply(int acc, int x);
  }

  /**
   * lj_num2bit / LuaBitOp's barg: the number modulo 2^32 as a signed int. Non-integers round to
   * nearest even (the addition rounds), larger values keep the low 32 bits of the biased double,
   * NaN and infinities give 0.
   */
  static int toBit(double n) {
    return (int) Double.doubleToRawLongBits(n + BIT_BIAS);
  }

  private static int checkBit(LuaBuiltinNode self, Object[] args, int i) {
    return toBit(self.checkNumber(args, i));
  }

  private static Object[] result(int x) {
    return LuaBuiltinNode.one((double) x);
  }

  /**
   * bit.tohex as LuaJIT 2.1 formats it: {@code |n|} hex digits (uppercase if {@code n < 0}) of the
   * low {@code 4*|n|} bits when {@code |n| < 16}; otherwise the whole 32-bit value zero-padded to
   * the precision {@code ((|n| + 1) & 255) - 1}, where -1 means no padding (lj_strfmt_putfxint).
   */
  static String toHex(int x, int n) {
    boolean upper = n < 0;
    if (upper) {
      n = -n; // Integer.MIN_VALUE stays negative, as in C
    }
    long b = x & 0xffffffffL;
    if (n < 16) {
      b &= (1L << (4 * n)) - 1; // 4 * MIN_VALUE wraps to 0: no digits survive
    }
    int precision = ((n + 1) & 255) - 1;
    String digits = b == 0 ? (precision == 0 ? "" : "0") : Long.toHexString(b);
    StringBuilder sb = new StringBuilder(Math.max(precision, digits.length()));
    for (int i = digits.length(); i < precision; i++) {
      sb.append('0');
    }
    sb.append(upper ? digits.toUpperCase(java.util.Locale.ROOT) : digits);
    return sb.toString();
  }

  private static void defShift(LuaContext ctx, LuaTable bit, String name, Shift f) {
    // Java's int shifts and rotates use only the low 5 bits of the count, like lib_bit.c's & 31.
    define(ctx, bit, name, (self, args) ->
        result(f.apply(checkBit(self, args, 1), checkBit(self, args, 2))));
  }

  private static void defFold(LuaContext ctx, LuaTable bit, String name, Fold f) {
    define(ctx, bit, name, (self, args) -> {
      int acc = checkBit(self, args, 1);
      for (int i = 2; i < args.length; i++) {
        acc = f.apply(acc, checkBit(self, args, i));
      }
      return result(acc);
    });
  }

  public static void install(LuaContext ctx) {
    LuaTable bit = LuaBuiltins.library(ctx, "bit");
    define(ctx, bit, "tobit", (self, args) -> result(checkBit(self, args, 1)));
    define(ctx, bit, "bnot", (self, args) -> result(~checkBit(self, args, 1)));
    define(ctx, bit, "bswap", (self, args) ->
        result(Integer.reverseBytes(checkBit(self, args, 1))));
    defFold(ctx, bit, "band", (a, b) -> a & b);
    defFold(ctx, bit, "bor", (a, b) -> a | b);
    defFold(ctx, bit, "bxor", (a, b) -> a ^ b);
    defShift(ctx, bit, "lshift", (x, n) -> x << n);
    defShift(ctx, bit, "rshift", (x, n) -> x >>> n);
    defShift(ctx, bit, "arshift", (x, n) -> x >> n);
    defShift(ctx, bit, "rol", Integer::rotateLeft);
    defShift(ctx, bit, "ror", Integer::rotateRight);
    define(ctx, bit, "tohex", (self, args) -> {
      int x = checkBit(self, args, 1);
      int n = LuaBuiltinNode.isNone(args, 2) ? 8 : checkBit(self, args, 2);
      return LuaBuiltinNode.one(toHex(x, n));
    });
  }
}
