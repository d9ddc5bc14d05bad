package org.lunacy.tests;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.graalvm.polyglot.Engine;
import org.junit.jupiter.api.Test;

/**
 * The conformance tests must run with the optimizing Truffle runtime: without the JVMCI flags the
 * engine silently falls back to the interpreter ("Interpreted"). Asserted, never skipped.
 */
class EngineTest {
  @Test
  void optimizingRuntimeIsOn() {
    try (Engine engine = Engine.newBuilder(LuaConformanceTest.LANGUAGE).build()) {
      assertTrue(
          engine.getLanguages().containsKey(LuaConformanceTest.LANGUAGE),
          "language 'lua' is not installed: " + engine.getLanguages().keySet());
      assertNotEquals(
          "Interpreted",
          engine.getImplementationName(),
          "the Graal compiler is not engaged: check ${graal.flags} and target/graal");
    }
  }
}
