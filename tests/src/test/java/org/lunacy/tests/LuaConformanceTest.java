package org.lunacy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.graalvm.polyglot.Engine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every {@code tests/lua/<area>/<name>.lua} through the polyglot API and compares its stdout
 * and uncaught error with what the reference interpreter produced ({@code tests/regen.sh}): PUC-Rio
 * lua5.1, or the one an area names in its {@code ORACLE} file (luajit for {@code bit/}).
 *
 * <p>System properties: {@code lua.tests} selects {@code area}, {@code area/name} or a
 * comma-separated list; {@code lua.tests.timeout} is the per-program limit in seconds; {@code
 * lua.tests.options} sets language options for every program ({@code key=value,...}); {@code
 * lua.tests.dir} and {@code lua.tests.knownFailures} locate the programs and the known-failures
 * list. Known failures are reported as skipped; a listed test that passes fails.
 */
class LuaConformanceTest {
  static final String LANGUAGE = "lua";

  private static Engine engine;

  /** One engine for all programs: compiled code and parsed builtins are shared. */
  static synchronized Engine engine() {
    if (engine == null) {
      engine = Engine.newBuilder(LANGUAGE).build();
    }
    return engine;
  }

  @AfterAll
  static synchronized void closeEngine() throws InterruptedException {
    if (engine != null) {
      Engine closing = engine;
      engine = null;
      // Bounded, like LuaRun.cancel: a program stuck after its time limit must not hang the run.
      Thread closer = new Thread(() -> closing.close(true), "lua-engine-close");
      closer.setDaemon(true);
      closer.start();
      closer.join(TimeUnit.SECONDS.toMillis(LuaRun.CANCEL_SECONDS));
    }
  }

  /**
   * Language options for every program, from {@code -Dlua.tests.options=key=value,...} (for
   * example {@code lua.BlockVersioning=false}): the suite then checks that a configuration gives
   * the same results.
   */
  static java.util.Map<String, String> languageOptions() {
    java.util.Map<String, String> options = new java.util.HashMap<>();
    String value = System.getProperty("lua.tests.options", "");
    for (String pair : value.split(",")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        options.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
      }
    }
    return options;
  }

  static Path testRoot() {
    return Path.of(System.getProperty("lua.tests.dir", "lua")).toAbsolutePath().normalize();
  }

  static Path knownFailuresFile() {
    return Path.of(System.getProperty("lua.tests.knownFailures", "known-failures.txt"))
        .toAbsolutePath()
        .normalize();
  }

  static long timeoutSeconds() {
    String value = System.getProperty("lua.tests.timeout", "");
    return value.isBlank() ? 60 : Long.parseLong(value.strip());
  }

  @TestFactory
  List<DynamicTest> conformance() throws Exception {
    Path root = testRoot();
    String selection = System.getProperty("lua.tests", "");
    KnownFailures known = KnownFailures.load(knownFailuresFile());
    List<LuaTestCase> all = LuaTestCase.discover(root);
    List<LuaTestCase> selected = all.stream().filter(t -> t.isSelectedBy(selection)).toList();

    List<DynamicTest> tests = new ArrayList<>();
    tests.add(
        DynamicTest.dynamicTest(
            "known-failures.txt names existing tests", () -> checkKnownFailures(known, all)));
    if (!selection.isBlank()) {
      tests.add(
          DynamicTest.dynamicTest(
              "selection -Dlua.tests=" + selection + " matches tests",
              () -> assertFalse(selected.isEmpty(), "no test under " + root + " matches")));
    }
    for (LuaTestCase test : selected) {
      tests.add(
          DynamicTest.dynamicTest(
              test.id(), test.script().toUri(), () -> runOne(test, known.reason(test.id()))));
    }
    return tests;
  }

  private static void checkKnownFailures(KnownFailures known, List<LuaTestCase> all) {
    Set<String> ids = all.stream().map(LuaTestCase::id).collect(Collectors.toSet());
    Set<String> stale = new TreeSet<>(known.entries().keySet());
    stale.removeAll(ids);
    assertEquals(Set.of(), stale, "known-failures.txt lists tests that do not exist");
  }

  private static void runOne(LuaTestCase test, String knownReason) throws Exception {
    if (!Files.exists(test.expectedOutput())) {
      fail("missing " + test.expectedOutput() + ": run tests/regen.sh");
    }
    LuaRun run = LuaRun.execute(engine(), test, timeoutSeconds());
    String mismatch = run.mismatch(test);
    if (knownReason != null) {
      if (mismatch == null) {
        fail(test.id() + " now passes: remove it from known-failures.txt");
      }
      Assumptions.abort("known failure (" + knownReason + "): " + firstLine(mismatch));
    }
    if (run.timedOut) {
      fail(test.id() + ": timed out after " + timeoutSeconds() + " s (-Dlua.tests.timeout)");
    }
    if (mismatch != null) {
      String expected = test.expectedStdout();
      if (!expected.equals(run.stdout)) {
        // assertEquals gives IDEs and reports the full expected/actual texts to diff.
        assertEquals(expected, run.stdout, test.id() + ": " + mismatch + stderrNote(run));
      }
      fail(test.id() + ": " + mismatch + stderrNote(run));
    }
  }

  private static String stderrNote(LuaRun run) {
    if (run.stderr.isEmpty()) {
      return "";
    }
    String text = run.stderr.length() > 2000 ? run.stderr.substring(0, 2000) + "..." : run.stderr;
    return "stderr:\n" + text;
  }

  private static String firstLine(String text) {
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }
}
