package org.lunacy.builtins.math;

import static org.lunacy.builtins.LuaBuiltins.defineInline;

import org.lunacy.LuaContext;
import org.lunacy.builtins.LuaBuiltins;
import org.lunacy.nodes.util.LuaBuiltinNode;
import org.lunacy.runtime.LuaError;
import org.lunacy.runtime.LuaNumbers;
import org.lunacy.runtime.LuaTable;

/** The math library (lmathlib.c). */
public final class MathLibrary {
  private MathLibrary() {}

  private static Object[] one(double v) {
    return new Object[] {v};
  }

  @FunctionalInterface
  private interface Fn1 {
    double apply(double x);
  }

  private static void def1(LuaContext ctx, LuaTable math, String name, Fn1 f) {
    defineInline(ctx, math, name, (self, args) -> one(f.apply(self.checkNumber(args, 1))));
  }

  public static void install(LuaContext ctx) {
    LuaTable math = LuaBuiltins.library(ctx, "math");
    math.rawset("pi", Math.PI);
    math.rawset("huge", Double.POSITIVE_INFINITY);
    def1(ctx, math, "abs", Math::abs);
    def1(ctx, math, "ceil", Math::ceil);
    def1(ctx, math, "floor", Math::floor);
    def1(ctx, math, "sqrt", Math::sqrt);
    def1(ctx, math, "sin", Math::sin);
    def1(ctx, math, "cos", Math::cos);
    def1(ctx, math, "tan", Math::tan);
    def1(ctx, math, "asin", GlibcArcs::asin);
    def1(ctx, math, "acos", GlibcArcs::acos);
    def1(ctx, math, "atan", GlibcArcs::atan);
    def1(ctx, math, "sinh", GlibcMath::sinh);
    def1(ctx, math, "cosh", GlibcMath::cosh);
    def1(ctx, math, "tanh", GlibcMath::tanh);
    def1(ctx, math, "exp", Math::exp);
    def1(ctx, math, "log", Math::log);
    def1(ctx, math, "log10", GlibcMath::log10);
    // lmathlib.c: deg divides by RADIANS_PER_DEGREE (pi/180), rad multiplies by it
    def1(ctx, math, "deg", x -> x / (Math.PI / 180.0));
    def1(ctx, math, "rad", x -> x * (Math.PI / 180.0));
    // lmathlib.c writes atan2/pow/fmod/ldexp as f(luaL_checknumber(L, 1), luaL_checknumber(L, 2));
    // the reference build evaluates those arguments right to left, so a bad second argument is
    // reported before a bad first one ("bad argument #2" for math.pow()).
    defineInline(ctx, math, "atan2", (self, args) -> {
      double x = self.checkNumber(args, 2);
      double y = self.checkNumber(args, 1);
      // glibc returns x + y for NaN arguments: x's NaN when both are
      return one(x != x ? x : GlibcArcs.atan2(y, x));
    });
    defineInline(ctx, math, "pow", (self, args) -> {
      double y = self.checkNumber(args, 2);
      return one(org.lunacy.runtime.LuaOps.pow(self.checkNumber(args, 1), y));
    });
    defineInline(ctx, math, "fmod", (self, args) -> {
      double y = self.checkNumber(args, 2);
      double x = self.checkNumber(args, 1);
      // C's fmod returns a NaN argument as it is (x's if both are), Java's % a positive NaN
      return one(x != x ? x : y != y ? y : x % y);
    });
    // LUA_COMPAT_MOD: math.mod is the same function value as math.fmod.
    math.rawset("mod", math.rawget("fmod"));
    defineInline(ctx, math, "modf", (self, args) -> {
      double x = self.checkNumber(args, 1);
      double ip = x >= 0 ? Math.floor(x) : Math.ceil(x);
      // C's modf: the fraction has the sign of x (modf(-1) is -1, -0; modf(-inf) is -inf, -0).
      double frac = Double.isNaN(x) ? x - ip : Math.copySign(Double.isInfinite(x) ? 0.0 : x - ip, x);
      return new Object[] {ip, frac};
    });
    defineInline(ctx, math, "frexp", (self, args) -> {
      double x = self.checkNumber(args, 1);
      if (x == 0 || Double.isNaN(x) || Double.isInfinite(x)) {
        return new Object[] {x, 0.0};
      }
      int e = Math.getExponent(x);
      if (e == Double.MIN_EXPONENT - 1) { // subnormal
        e = Math.getExponent(x * 0x1p54) - 54;
      }
      // scaling by 2^-(e+1) is exact; dividing by 2^(e+1) would overflow for e = 1023
      return new Object[] {Math.scalb(x, -(e + 1)), (double) (e + 1)};
    });
    defineInline(ctx, math, "ldexp", (self, args) -> {
      int e = self.checkInt(args, 2);
      return one(Math.scalb(self.checkNumber(args, 1), e));
    });
    defineInline(ctx, math, "min", (self, args) -> {
      double m = self.checkNumber(args, 1);
      for (int i = 2; i < args.length; i++) {
        double d = self.checkNumber(args, i);
        if (d < m) {
          m = d;
        }
      }
      return one(m);
    });
    defineInline(ctx, math, "max", (self, args) -> {
      double m = self.checkNumber(args, 1);
      for (int i = 2; i < args.length; i++) {
        double d = self.checkNumber(args, i);
        if (d > m) {
          m = d;
        }
      }
      return one(m);
    });
    GlibcRandom random = new GlibcRandom();
    defineInline(ctx, math, "randomseed", (self, args) -> {
      random.seed((int) LuaBuiltinNode.toInteger(self.checkNumber(args, 1)));
      return new Object[0];
    });
    defineInline(ctx, math, "random", (self, args) -> {
      double r = (double) (random.next() % GlibcRandom.RAND_MAX) / (double) GlibcRandom.RAND_MAX;
      switch (args.length - 1) {
        case 0:
          return one(r);
        case 1: {
          int u = self.checkInt(args, 1);
          if (!(1 <= u)) {
            throw LuaError.argError(1, "random", "interval is empty");
          }
          return one(Math.floor(r * u) + 1);
        }
        case 2: {
          int l = self.checkInt(args, 1);
          int u = self.checkInt(args, 2);
          if (!(l <= u)) {
            throw LuaError.argError(2, "random", "interval is empty");
          }
          return one(Math.floor(r * (u - l + 1)) + l);
        }
        default:
          throw LuaError.error("wrong number of arguments");
      }
    });
  }
}
