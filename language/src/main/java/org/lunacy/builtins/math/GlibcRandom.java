package org.lunacy.builtins.math;

/**
 * The C library's {@code rand()} as glibc implements it (the TYPE_3 additive feedback generator
 * behind random_r), so that {@code math.random} gives the same sequences as lua5.1 on Linux.
 */
final class GlibcRandom {
  static final int RAND_MAX = 2147483647;

  private int[] state = new int[31];
  private int front;
  private int rear;

  GlibcRandom() {
    seed(1);
  }

  /** srand(seed). */
  void seed(int seed) {
    if (seed == 0) {
      seed = 1;
    }
    state = new int[31];
    state[0] = seed;
    for (int i = 1; i < 31; i++) {
      // state[i] = (16807 * state[i-1]) % 2147483647 without overflow (Schrage)
      long hi = state[i - 1] / 127773;
      long lo = state[i - 1] % 127773;
      long word = 16807 * lo - 2836 * hi;
      if (word < 0) {
        word += 2147483647;
      }
      state[i] = (int) word;
    }
    front = 3;
    rear = 0;
    for (int i = 0; i < 310; i++) {
      next();
    }
  }

  /** rand(): the next value in 0..RAND_MAX. */
  int next() {
    state[front] += state[rear];
    int result = (state[front] >>> 1) & 0x7fffffff;
    if (++front >= 31) {
      front = 0;
    }
    if (++rear >= 31) {
      rear = 0;
    }
    return result;
  }
}
