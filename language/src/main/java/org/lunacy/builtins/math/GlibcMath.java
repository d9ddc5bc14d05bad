package org.lunacy.builtins.math;

/**
 * The libm functions whose glibc results {@link Math} does not reproduce bit for bit. glibc builds
 * sinh, cosh and log10 on its own exp and log (which {@link Math#exp} and {@link Math#log} match
 * almost always) with the classic fdlibm reductions; its tanh is fdlibm's, as is {@link
 * StrictMath#tanh} (the {@link Math#tanh} intrinsic differs in the last bit for a few percent of
 * arguments, enough to show in {@code %.14g} now and then).
 */
final class GlibcMath {
  private GlibcMath() {}

  private static final double LN2_HALF = 0.5 * 0.6931471805599453;
  /** log(DBL_MAX): above it exp overflows, so sinh/cosh square exp(|x|/2). */
  private static final double LOG_MAX = 709.782712893384;
  /** The largest |x| whose sinh/cosh is finite. */
  private static final double OVERFLOW = 710.4758600739439;

  static double tanh(double x) {
    return StrictMath.tanh(x);
  }

  /** e_sinh.c: expm1 below 22, then exp. */
  static double sinh(double x) {
    if (Double.isNaN(x) || Double.isInfinite(x)) {
      return x;
    }
    double h = x < 0 ? -0.5 : 0.5;
    double ax = Math.abs(x);
    if (ax < 22) {
      if (ax < 0x1p-28) {
        return x;
      }
      double t = StrictMath.expm1(ax);
      if (ax < 1) {
        return h * (2.0 * t - t * t / (t + 1.0));
      }
      return h * (t + t / (t + 1.0));
    }
    if (ax < LOG_MAX) {
      return h * Math.exp(ax);
    }
    if (ax <= OVERFLOW) {
      double w = Math.exp(0.5 * ax);
      double t = h * w;
      return t * w;
    }
    return x * Double.MAX_VALUE;
  }

  /** e_cosh.c: expm1 below ln2/2, (e^x + e^-x)/2 below 22, then exp. */
  static double cosh(double x) {
    if (Double.isNaN(x)) {
      return x;
    }
    double ax = Math.abs(x);
    if (ax < LN2_HALF) {
      double t = StrictMath.expm1(ax);
      double w = 1.0 + t;
      if (ax < 0x1p-55) {
        return w;
      }
      return 1.0 + (t * t) / (w + w);
    }
    if (ax < 22) {
      double t = Math.exp(ax);
      return 0.5 * t + 0.5 / t;
    }
    if (ax < LOG_MAX) {
      return 0.5 * Math.exp(ax);
    }
    if (ax <= OVERFLOW) {
      double w = Math.exp(0.5 * ax);
      double t = 0.5 * w;
      return t * w;
    }
    return Double.POSITIVE_INFINITY;
  }

  private static final double IVLN10 = 4.34294481903251816668e-01;
  private static final double LOG10_2HI = 3.01029995663611771306e-01;
  private static final double LOG10_2LO = 3.69423907715893078616e-13;

  /**
   * e_log10.c: x = 2^k * m with m in [1, 2) (or [1/2, 1) when k is negative), log10(x) = k *
   * log10(2) + log(m) / ln(10), log10(2) split in two parts. Negative x gives a NaN with the sign
   * bit clear, as glibc's does; a NaN argument comes back as it is.
   */
  static double log10(double x) {
    if (x != x) {
      return x;
    }
    long bits = Double.doubleToRawLongBits(x);
    int hx = (int) (bits >>> 32);
    int k = 0;
    if (hx < 0x00100000) { // negative, zero or subnormal
      if ((bits & 0x7fffffffffffffffL) == 0) {
        return Double.NEGATIVE_INFINITY;
      }
      if (hx < 0) {
        return Double.longBitsToDouble(0x7ff8000000000000L);
      }
      k -= 54;
      x *= 0x1p54;
      bits = Double.doubleToRawLongBits(x);
      hx = (int) (bits >>> 32);
    }
    if (hx >= 0x7ff00000) {
      return x + x;
    }
    k += (hx >> 20) - 1023;
    int i = k < 0 ? 1 : 0;
    hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
    double y = k + i;
    double m = Double.longBitsToDouble(((long) hx << 32) | (bits & 0xffffffffL));
    double z = y * LOG10_2LO + IVLN10 * Math.log(m);
    return z + y * LOG10_2HI;
  }
}
