package org.lunacy.builtins.math;

import java.math.BigDecimal;
import java.math.MathContext;
import org.lunacy.runtime.LuaNumbers;

/**
 * asin, acos, atan and atan2 rounded as glibc rounds them: glibc's versions (from IBM's accurate
 * mathematical library) give the correctly rounded result for all but a few arguments in 10,000,
 * where fdlibm's ({@link Math#atan} and the others are {@link StrictMath}'s) is off by one in the
 * last bit for a few percent of arguments. Here the result is computed in double-double arithmetic
 * and rounded once: atan(x) = atan(c) + atan((x - c) / (1 + x c)) with c the nearest multiple of
 * 1/64, atan(c) from a table computed once with {@link BigDecimal} and the rest by its Taylor
 * series.
 */
final class GlibcArcs {
  private GlibcArcs() {}

  /** pi/2 and pi as double-doubles. */
  private static final double HALF_PI_HI = 1.5707963267948966;

  private static final double HALF_PI_LO = 6.123233995736766e-17;
  private static final double PI_HI = 3.141592653589793;
  private static final double PI_LO = 1.2246467991473532e-16;

  /** Table steps per unit: atan(k / STEPS) for k = 0..STEPS. */
  private static final int STEPS = 64;

  /** Taylor terms for |t| <= 1/128: t^(2n+1) / (2n+1) is below 2^-120 of t from n = 9 on. */
  private static final int TERMS = 9;

  /** Created on first use: the table costs a few milliseconds of BigDecimal work. */
  private static final class Table {
    static final double[] HI = new double[STEPS + 1];
    static final double[] LO = new double[STEPS + 1];

    static {
      MathContext mc = new MathContext(45);
      for (int k = 0; k <= STEPS; k++) {
        BigDecimal a = atan(BigDecimal.valueOf(k).divide(BigDecimal.valueOf(STEPS), mc), mc);
        HI[k] = a.doubleValue();
        LO[k] = a.subtract(new BigDecimal(HI[k]), mc).doubleValue();
      }
    }

    /** atan of 0 <= c <= 1: halved twice (atan c = 2 atan(c / (1 + sqrt(1 + c^2)))), a series. */
    private static BigDecimal atan(BigDecimal c, MathContext mc) {
      BigDecimal scale = BigDecimal.ONE;
      for (int i = 0; i < 2; i++) {
        BigDecimal root = BigDecimal.ONE.add(c.multiply(c, mc)).sqrt(mc);
        c = c.divide(BigDecimal.ONE.add(root), mc);
        scale = scale.add(scale);
      }
      BigDecimal c2 = c.multiply(c, mc);
      BigDecimal power = c;
      BigDecimal sum = BigDecimal.ZERO;
      BigDecimal limit = BigDecimal.ONE.movePointLeft(44);
      for (int n = 0; power.abs().compareTo(limit) > 0; n++) {
        BigDecimal term = power.divide(BigDecimal.valueOf(2 * n + 1), mc);
        sum = (n & 1) == 0 ? sum.add(term, mc) : sum.subtract(term, mc);
        power = power.multiply(c2, mc);
      }
      return sum.multiply(scale, mc);
    }
  }

  static double atan(double x) {
    if (Double.isNaN(x)) {
      return x;
    }
    double ax = Math.abs(x);
    double r;
    if (ax > 1) {
      if (ax == Double.POSITIVE_INFINITY) {
        r = HALF_PI_HI;
      } else {
        // pi/2 - atan(1/x)
        double q = 1 / ax;
        double ql = Math.fma(-q, ax, 1) / ax;
        r = atanRounded(q, ql, HALF_PI_HI, HALF_PI_LO, -1);
      }
    } else if (ax < 0x1p-27) {
      return x; // atan(x) = x(1 - x^2/3...): x is the nearest double
    } else {
      r = atanRounded(ax, 0, 0, 0, 1);
    }
    return x < 0 ? -r : r;
  }

  static double atan2(double y, double x) {
    if (x == 0 || y == 0 || Double.isInfinite(x) || Double.isInfinite(y) || Double.isNaN(x + y)) {
      return StrictMath.atan2(y, x); // NaNs and exact cases: 0, +-pi, +-pi/2, +-pi/4, +-3pi/4
    }
    double ax = Math.abs(x);
    double ay = Math.abs(y);
    double r;
    if (ay <= ax) {
      double q = ay / ax;
      if (q < 0x1p-900) {
        r = x > 0 ? q : PI_HI; // atan(q) is q to far beyond a double's precision
      } else {
        double ql = Math.fma(-q, ax, ay) / ax;
        r = x > 0 ? atanRounded(q, ql, 0, 0, 1) : atanRounded(q, ql, PI_HI, PI_LO, -1);
      }
    } else {
      // atan(y/x) = pi/2 - atan(x/y); beyond the y axis pi/2 + atan(|x|/y)
      double q = ax / ay;
      double ql = Math.fma(-q, ay, ax) / ay;
      r = atanRounded(q, ql, HALF_PI_HI, HALF_PI_LO, x > 0 ? -1 : 1);
    }
    return y < 0 ? -r : r;
  }

  static double asin(double x) {
    double ax = Math.abs(x);
    if (!(ax <= 1)) {
      // a NaN argument is the result; glibc's NaN outside the domain has its sign bit clear
      return x != x ? x : LuaNumbers.POSITIVE_NAN;
    }
    if (ax < 0x1p-27) {
      return x; // asin(x) = x(1 + x^2/6...)
    }
    // asin x = atan(x / sqrt(1 - x^2)) = pi/2 - atan(sqrt(1 - x^2) / x)
    double[] s = sqrtOneMinusSquare(ax);
    double r;
    if (s[0] == 0) {
      r = HALF_PI_HI;
    } else if (s[0] >= ax) {
      double[] q = divide(ax, 0, s[0], s[1]);
      r = atanRounded(q[0], q[1], 0, 0, 1);
    } else {
      double[] q = divide(s[0], s[1], ax, 0);
      r = atanRounded(q[0], q[1], HALF_PI_HI, HALF_PI_LO, -1);
    }
    return x < 0 ? -r : r;
  }

  static double acos(double x) {
    double ax = Math.abs(x);
    if (!(ax <= 1)) {
      return x != x ? x : LuaNumbers.POSITIVE_NAN;
    }
    if (x == 0) {
      return HALF_PI_HI;
    }
    // acos x = atan(sqrt(1 - x^2) / x), or pi - that of |x| for negative x
    double[] s = sqrtOneMinusSquare(ax);
    if (s[0] == 0) {
      return x > 0 ? 0 : PI_HI;
    }
    double[] q = divide(s[0], s[1], ax, 0);
    if (q[0] > 1) {
      // pi/2 -+ atan(x / sqrt(1 - x^2))
      double[] p = divide(ax, 0, s[0], s[1]);
      return atanRounded(p[0], p[1], HALF_PI_HI, HALF_PI_LO, x > 0 ? -1 : 1);
    }
    return x > 0 ? atanRounded(q[0], q[1], 0, 0, 1) : atanRounded(q[0], q[1], PI_HI, PI_LO, -1);
  }

  /** sqrt(1 - x^2) for 0 <= x <= 1 as a double-double. */
  private static double[] sqrtOneMinusSquare(double x) {
    double p = x * x;
    double pl = Math.fma(x, x, -p);
    // d = 1 - p - pl, exactly as a double-double
    double dh = 1 - p;
    double de = (1 - dh) - p;
    double dl = de - pl;
    double h = dh + dl;
    double l = dl - (h - dh);
    if (h <= 0) {
      return new double[] {0, 0};
    }
    double s = Math.sqrt(h);
    double sl = (Math.fma(-s, s, h) + l) / (2 * s);
    return new double[] {s, sl};
  }

  /** (ah + al) / (bh + bl) as a double-double. */
  private static double[] divide(double ah, double al, double bh, double bl) {
    double q = ah / bh;
    // remainder a - q b, with q bh exact through fma
    double rem = Math.fma(-q, bh, ah) + al - q * bl;
    double ql = rem / bh;
    double h = q + ql;
    return new double[] {h, ql - (h - q)};
  }

  /**
   * Rounds base + sign * atan(xh + xl) for 0 <= xh + xl <= 1 (base a double-double constant) to the
   * nearest double.
   */
  private static double atanRounded(double xh, double xl, double baseHi, double baseLo, int sign) {
    int k = (int) Math.rint(xh * STEPS);
    double c = (double) k / STEPS;
    // t = (x - c) / (1 + x c): x - c is exact in its high part (Sterbenz or c = 0)
    double nh = xh - c;
    double nl = xl;
    double mh = xh * c;
    double ml = Math.fma(xh, c, -mh) + xl * c;
    double dh = 1 + mh;
    double dl = (mh - (dh - 1)) + ml;
    double th = nh / dh;
    double tl = (Math.fma(-th, dh, nh) + nl - th * dl) / dh;
    // atan t = t (1 - u/3 + u^2/5 - ...), u = t^2 <= 2^-14: the small terms, summed in doubles,
    // are off by about 2^-68 of t; the leading 1 stays exact
    double u = th * th;
    double poly = 0;
    for (int n = TERMS; n >= 1; n--) {
      poly = ((n & 1) == 1 ? -1.0 : 1.0) / (2 * n + 1) + u * poly;
    }
    poly *= u;
    // atan(t) = th + tl + t * poly, with the product's own rounding error kept
    double ph = th * poly;
    double pl = Math.fma(th, poly, -ph) + tl * poly;
    double[] a = twoSum(th, ph);
    double ah = a[0];
    double al = a[1] + pl + tl;
    // add atan(c) from the table
    double[] b = twoSum(Table.HI[k], ah);
    double bh = b[0];
    double bl = b[1] + Table.LO[k] + al;
    // base + sign * (bh + bl)
    double[] s = twoSum(baseHi, sign * bh);
    return s[0] + (s[1] + baseLo + sign * bl);
  }

  private static double[] twoSum(double a, double b) {
    double s = a + b;
    double bb = s - a;
    return new double[] {s, (a - (s - bb)) + (b - bb)};
  }
}
