package org.lunacy.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs {@code bin/lunacy} of the built distribution ({@code target/lunacy}) as a process and
 * compares its standard output, standard error and exit status with what PUC-Rio lua5.1 did for
 * the same command line ({@code src/test/cli/cases/*}, recorded by {@code src/test/cli/record.sh}).
 * Output is compared byte for byte; in a "stack traceback:" only the Lua positions ({@code
 * file:line:}) of the levels must match, since Lunacy names functions as declared, not as called.
 *
 * <p>Runs in {@code mvn verify} (failsafe, after {@code package}), not in {@code mvn test}.
 */
class LunacyCommandIT {
  private static final Path HOME = Path.of(System.getProperty("lunacy.home", "target/lunacy"));
  private static final Path CLI = Path.of(System.getProperty("lunacy.cli", "src/test/cli"));
  private static final Path FILES = CLI.resolve("files");
  private static final String JAVA_HOME =
      System.getProperty("lunacy.java.home", System.getProperty("java.home"));
  private static final Pattern BANNER =
      Pattern.compile(
          "Lua 5\\.1\\.5 \\(Lunacy [^)]*\\)  Copyright \\(C\\) 1994-2012 Lua\\.org, PUC-Rio");
  private static final Pattern TRACEBACK_LEVEL = Pattern.compile("\t([^\\[].*?:\\d+:).*");

  private static String banner;

  record Result(int status, String out, String err) {}

  @BeforeAll
  static void findBanner() {
    assertTrue(
        Files.isExecutable(HOME.resolve("bin/lunacy")),
        "no " + HOME.resolve("bin/lunacy") + ": run mvn package first");
    Result r = run(List.of("-v"), null, Map.of());
    banner = r.err().strip();
  }

  @Test
  void versionBannerStatesLua51() {
    assertTrue(BANNER.matcher(banner).matches(), banner);
  }

  @Test
  void versionOptionShowsTheOptimizingRuntime() {
    Result r = run(List.of("--version"), null, Map.of());
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().startsWith(banner + "\n"), r.out());
    // "GraalVM CE" means the Graal compiler is on (else "Interpreted" plus a warning)
    assertTrue(r.out().contains("Runtime: GraalVM CE"), r.out());
    assertEquals("", r.err());
  }

  @Test
  void helpListsUsageAndPolyglotOptions() {
    Result r = run(List.of("--help"), null, Map.of());
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().startsWith("usage: lunacy [options] [script [args]].\n"), r.out());
    assertTrue(r.out().contains("\nEngine options:\n"), r.out());
    Result expert = run(List.of("--help:expert"), null, Map.of());
    assertEquals(0, expert.status(), expert.err());
    assertTrue(expert.out().contains("--engine.Compilation="), expert.out());
  }

  @Test
  void vmOptionsReachTheJvm() {
    Result r = run(List.of("--vm.Dlunacy.argv0=custom", "args.lua", "x"), null, Map.of());
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().contains("\n-1\tcustom\n"), r.out());
    Result bad = run(List.of("--vm.XX:+NoSuchFlagForLunacy", "-e", "print(1)"), null, Map.of());
    assertTrue(bad.status() != 0);
    assertTrue(bad.err().contains("NoSuchFlagForLunacy"), bad.err());
  }

  @Test
  void precompiledScriptsRunWithOrWithoutAHashLine() throws IOException {
    Path dir = Files.createTempDirectory("lunacy-it");
    try {
      for (String first : List.of("", "#!/usr/bin/env lua\\n", "#comment\\r\\n")) {
        Path script = dir.resolve("dumped.lua");
        String make =
            "local up = 'up'; local f = assert(io.open('"
                + script
                + "', 'wb')); f:write('"
                + first
                + "', string.dump(function(...) print(up, ...) end)); f:close()";
        Result made = run(List.of("-e", make), null, Map.of());
        assertEquals(0, made.status(), made.err());
        Result r = run(List.of(script.toString(), "a", "b"), null, Map.of());
        assertEquals(new Result(0, "nil\ta\tb\n", ""), r, first);
      }
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(f);
        }
      }
    }
  }

  @Test
  void argMinusOneIsHowLunacyWasRun() {
    Result r = run(List.of("args.lua", "x"), null, Map.of());
    assertEquals(0, r.status(), r.err());
    String self = HOME.resolve("bin/lunacy").toAbsolutePath().toString();
    assertTrue(r.out().contains("\n-1\t" + self + "\n"), r.out());
  }

  @Test
  void vmOptionsAfterTheScriptBelongToTheScript() {
    Result r = run(List.of("hello.lua", "--vm.Xmx1g"), null, Map.of());
    assertEquals(new Result(0, "hello\t--vm.Xmx1g\n", ""), r);
  }

  @Test
  void polyglotOptions() {
    Result r =
        run(
            List.of("--experimental-options", "--engine.Compilation=false", "-e", "print(1)"),
            null,
            Map.of());
    assertEquals(new Result(0, "1\n", ""), r);
    // experimental options work without --experimental-options (docs and benchmarks use this)
    Result experimental = run(List.of("--engine.Compilation=false", "-e", "print(2)"), null, Map.of());
    assertEquals(new Result(0, "2\n", ""), experimental);
    Result bad = run(List.of("--engine.NoSuchOptionForLunacy=1", "-e", "print(1)"), null, Map.of());
    assertEquals(1, bad.status());
    assertTrue(bad.err().startsWith("lunacy: "), bad.err());
    assertTrue(bad.err().contains("NoSuchOptionForLunacy"), bad.err());
  }

  /** lua5.1 reads stdin through readline and stdio at once and loses lines; Lunacy does not. */
  @Test
  void interactiveLinesAndIoReadShareStandardInput() {
    Result r =
        run(
            List.of("-i"),
            "y = io.read('*l')\nthis line is read by io.read\nprint(y)\n",
            Map.of());
    assertEquals(
        new Result(
            0,
            "> y = io.read('*l')\n> print(y)\nthis line is read by io.read\n> \n",
            banner + "\n"),
        r);
  }

  /** As a C program killed by SIGPIPE: {@code lunacy endless.lua | head -1} ends at once. */
  @Test
  void brokenPipeEndsTheProcess() throws Exception {
    Process p =
        closeOutputAfterFirstLine(
            new ProcessBuilder(
                    HOME.resolve("bin/lunacy").toAbsolutePath().toString(),
                    "-e",
                    "for i = 1, 1e12 do print(i) end")
                .redirectError(ProcessBuilder.Redirect.DISCARD));
    assertEquals(141, p.exitValue());
  }

  /**
   * Started with SIGPIPE ignored, a C program's writes to a closed pipe fail with EPIPE: io.write
   * returns lua5.1's {@code nil, "Broken pipe", 32} and the program goes on.
   */
  @Test
  void brokenPipeWithSigpipeIgnoredIsAWriteError() throws Exception {
    String lua =
        "for i = 1, 1e12 do local ok, err, code = io.write(i, '\\n') if not ok then"
            + " io.stderr:write('write failed: ', err, ' ', code, '\\n') os.exit(3) end end";
    Process p =
        closeOutputAfterFirstLine(
            new ProcessBuilder(
                "bash",
                "-c",
                "trap '' PIPE; exec \"$0\" -e \"$1\"",
                HOME.resolve("bin/lunacy").toAbsolutePath().toString(),
                lua));
    assertEquals("write failed: Broken pipe 32\n", latin1(p.getErrorStream().readAllBytes()));
    assertEquals(3, p.exitValue());
  }

  /**
   * Runs {@code pb} in files/ (standard input empty), reads the first line it prints ("1"),
   * closes its standard output and waits for it to end.
   */
  private static Process closeOutputAfterFirstLine(ProcessBuilder pb) throws Exception {
    pb.directory(FILES.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
    pb.environment().put("JAVA_HOME", JAVA_HOME);
    Process p = pb.start();
    byte[] first = p.getInputStream().readNBytes(2);
    p.getInputStream().close();
    assertEquals("1\n", latin1(first));
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("still running after its standard output was closed");
    }
    return p;
  }

  /**
   * An OutOfMemoryError is lua5.1's memory error: "not enough memory" for pcall, xpcall (which
   * does not call its handler), coroutine.resume and coroutine.wrap; the program goes on once the
   * failed call's data is unreachable; uncaught, the message alone and status 1.
   */
  @Test
  void runningOutOfMemoryIsALuaError() {
    Result r = run(List.of("--vm.Xmx128m", "memory.lua"), null, Map.of());
    assertEquals(
        new Result(
            1,
            """
            false	not enough memory
            false	not enough memory
            false	not enough memory
            dead
            false	not enough memory
            false	handled: not enough memory
            2
            """,
            "lunacy: not enough memory\n"),
        r);
  }

  /** A string longer than the JVM's limit is a memory error too; the interactive loop goes on. */
  @Test
  void memoryErrorsInTheInteractiveLoopHaveNoTraceback() {
    Result r = run(List.of("-i"), "x = ('xy'):rep(2^30)\nprint(1)\n", Map.of());
    assertEquals(
        new Result(
            0, "> x = ('xy'):rep(2^30)\n> print(1)\n1\n> \n", banner + "\nnot enough memory\n"),
        r);
  }

  @Test
  void missingJava() {
    Result r = run(List.of("-e", "print(1)"), null, Map.of("LUNACY_JAVA", "/nonexistent/java"));
    assertEquals(1, r.status());
    assertTrue(r.err().startsWith("lunacy: "), r.err());
  }

  @Test
  void javaOlderThan25IsRefused() throws IOException {
    Path old = null;
    Path jvms = Path.of("/usr/lib/jvm");
    if (Files.isDirectory(jvms)) {
      try (Stream<Path> homes = Files.list(jvms)) {
        for (Path home : homes.toList()) {
          Path release = home.resolve("release");
          if (Files.isReadable(release)
              && Files.readString(release).contains("JAVA_VERSION=\"17")
              && Files.isExecutable(home.resolve("bin/java"))) {
            old = home;
          }
        }
      }
    }
    assumeTrue(old != null, "no Java 17 in /usr/lib/jvm");
    Result r =
        run(List.of("-e", "print(1)"), null, Map.of("LUNACY_JAVA", old + "/bin/java"));
    assertEquals(1, r.status());
    assertTrue(r.err().startsWith("lunacy: Java 25 or newer is needed"), r.err());
  }

  /**
   * The tarball runs on its own runtime (no JAVA_HOME) wherever it is unpacked. Its first run
   * prints nothing more than the program does and makes the AOT cache for the new place in the
   * background; later runs map that cache.
   */
  @Test
  void unpackedTarballRunsAndMakesItsAotCache() throws Exception {
    Path tarball;
    try (Stream<Path> list = Files.list(HOME.toAbsolutePath().getParent())) {
      tarball =
          list.filter(f -> f.getFileName().toString().matches("lunacy-.*\\.tar\\.gz"))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no tarball next to " + HOME));
    }
    assumeTrue(
        Files.isExecutable(HOME.resolve("runtime/bin/java")),
        "the build's JDK could not link runtime/");
    Path dir = Files.createTempDirectory("lunacy-unpacked");
    try {
      Process tar =
          new ProcessBuilder("tar", "xzf", tarball.toString(), "-C", dir.toString())
              .inheritIO()
              .start();
      assertEquals(0, tar.waitFor());
      Path home;
      try (Stream<Path> list = Files.list(dir)) {
        home = list.findFirst().orElseThrow();
      }
      Map<String, String> noJava = new HashMap<>();
      noJava.put("JAVA_HOME", "/nonexistent");
      Result first = run(home, List.of("-e", "print(1)"), null, noJava);
      assertEquals(new Result(0, "1\n", ""), first);
      Path made = home.resolve("lib/lunacy.aot.home");
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(170);
      while (!Files.exists(made) && System.nanoTime() < deadline) {
        Thread.sleep(500);
      }
      assertEquals(home.toString(), Files.readString(made).strip());
      Path log = dir.resolve("aot.log");
      noJava.put("LUNACY_JAVA_OPTS", "-Xlog:aot=info:file=" + log);
      Result second = run(home, List.of("-e", "print(2)"), null, noJava);
      assertEquals(new Result(0, "2\n", ""), second);
      String aot = Files.readString(log);
      assertTrue(aot.contains("Opened AOT cache"), aot);
      assertTrue(!aot.contains("[error") && !aot.contains("Unable to map"), aot);
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(f);
        }
      }
    }
  }

  @TestFactory
  Stream<DynamicTest> casesRecordedFromLua51() throws IOException {
    List<Path> cases;
    try (Stream<Path> list = Files.list(CLI.resolve("cases"))) {
      cases = list.filter(Files::isDirectory).sorted().toList();
    }
    assertTrue(!cases.isEmpty(), "no cases in " + CLI.resolve("cases"));
    return cases.stream()
        .map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
  }

  private static void check(Path dir) throws IOException {
    List<String> args = Files.readAllLines(dir.resolve("args"), StandardCharsets.UTF_8);
    for (String a : args) {
      if (!StandardCharsets.US_ASCII.newEncoder().canEncode(a)) {
        String jnu = System.getProperty("sun.jnu.encoding", "");
        assumeTrue(jnu.equalsIgnoreCase("UTF-8"), "non-ASCII argument needs a UTF-8 locale");
      }
    }
    Map<String, String> env = new HashMap<>();
    Path envFile = dir.resolve("env");
    if (Files.exists(envFile)) {
      for (String line : Files.readAllLines(envFile, StandardCharsets.UTF_8)) {
        int eq = line.indexOf('=');
        env.put(line.substring(0, eq), line.substring(eq + 1));
      }
    }
    // record.sh ran lua5.1 by its name, which became "lunacy"; bin/lunacy runs here by its path
    env.put("LUNACY_JAVA_OPTS", "-Dlunacy.argv0=lunacy");
    Path stdinFile = dir.resolve("stdin");
    String stdin = Files.exists(stdinFile) ? latin1(Files.readAllBytes(stdinFile)) : null;
    boolean merged = Files.exists(dir.resolve("merged"));
    Result r = run(HOME, args, stdin, env, merged);
    String expectedOut =
        latin1(Files.readAllBytes(dir.resolve("expected.out"))).replace("@BANNER@", banner);
    String expectedErr =
        latin1(Files.readAllBytes(dir.resolve("expected.err"))).replace("@BANNER@", banner);
    int expectedStatus = Integer.parseInt(Files.readString(dir.resolve("expected.status")).strip());
    String what = "lunacy " + String.join(" ", args) + "\n--- stderr:\n" + r.err();
    if (merged && !expectedOut.equals(r.out())) {
      // both streams in one file: the order of their writes must match, as well as the text
      assertEquals(
          tracebackPositions(expectedOut), tracebackPositions(r.out()), "output of " + what);
    } else {
      assertEquals(expectedOut, r.out(), "stdout of " + what);
    }
    if (!expectedErr.equals(r.err())) {
      assertEquals(tracebackPositions(expectedErr), tracebackPositions(r.err()), "stderr of " + what);
    }
    assertEquals(expectedStatus, r.status(), "exit status of " + what);
  }

  /** Standard error with each traceback level cut to its Lua position; [C] levels dropped. */
  static String tracebackPositions(String err) {
    StringBuilder sb = new StringBuilder();
    boolean inTraceback = false;
    for (String line : err.split("\n", -1)) {
      if (line.equals("stack traceback:")) {
        inTraceback = true;
      } else if (inTraceback && line.startsWith("\t")) {
        if (line.equals("\t...")) {
          sb.append(line).append('\n');
        } else {
          Matcher m = TRACEBACK_LEVEL.matcher(line);
          if (m.matches()) {
            sb.append('\t').append(m.group(1)).append('\n');
          }
        }
        continue;
      } else {
        inTraceback = false;
      }
      sb.append(line).append('\n');
    }
    return sb.toString();
  }

  private static String latin1(byte[] bytes) {
    return new String(bytes, StandardCharsets.ISO_8859_1);
  }

  static Result run(List<String> args, String stdin, Map<String, String> env) {
    return run(HOME, args, stdin, env);
  }

  static Result run(Path home, List<String> args, String stdin, Map<String, String> env) {
    return run(home, args, stdin, env, false);
  }

  /** {@code merged}: standard error goes into standard output's file, as {@code 2>&1} does. */
  static Result run(
      Path home, List<String> args, String stdin, Map<String, String> env, boolean merged) {
    List<String> command = new ArrayList<>();
    command.add(home.resolve("bin/lunacy").toAbsolutePath().toString());
    command.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(command).directory(FILES.toFile());
    Map<String, String> environment = pb.environment();
    for (String name : List.of("LUA_INIT", "LUA_PATH", "LUA_CPATH", "LUNACY_JAVA", "LUNACY_JAVA_OPTS")) {
      environment.remove(name);
    }
    environment.put("JAVA_HOME", JAVA_HOME);
    environment.putAll(env);
    try {
      Path out = Files.createTempFile("lunacy-it", ".out");
      Path err = Files.createTempFile("lunacy-it", ".err");
      try {
        pb.redirectOutput(out.toFile());
        if (merged) {
          pb.redirectErrorStream(true);
        } else {
          pb.redirectError(err.toFile());
        }
        if (stdin == null) {
          pb.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        }
        Process p = pb.start();
        if (stdin != null) {
          try (OutputStream in = p.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.ISO_8859_1));
          } catch (IOException e) {
            // the process stopped reading: what it wrote still counts
          }
        }
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
          p.destroyForcibly();
          fail("timeout: " + command);
        }
        return new Result(
            p.exitValue(), latin1(Files.readAllBytes(out)), latin1(Files.readAllBytes(err)));
      } finally {
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
