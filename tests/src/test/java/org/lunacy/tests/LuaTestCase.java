package org.lunacy.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One conformance test: {@code lua/<area>/<name>.lua} with its expected stdout ({@code .out}),
 * optional expected uncaught error ({@code .err}, first line of lua5.1's stderr without the {@code
 * "lua5.1: "} prefix) and optional stdin ({@code .in}).
 */
record LuaTestCase(String area, String name, Path directory) {

  /** The display name and known-failures key, {@code area/name}. */
  String id() {
    return area + "/" + name;
  }

  Path script() {
    return directory.resolve(name + ".lua");
  }

  Path expectedOutput() {
    return directory.resolve(name + ".out");
  }

  Path expectedError() {
    return directory.resolve(name + ".err");
  }

  Path stdin() {
    return directory.resolve(name + ".in");
  }

  /** The script as one char per byte, the way the language reads files. */
  String source() throws IOException {
    return new String(Files.readAllBytes(script()), StandardCharsets.ISO_8859_1);
  }

  String expectedStdout() throws IOException {
    return new String(Files.readAllBytes(expectedOutput()), StandardCharsets.ISO_8859_1);
  }

  /** The expected uncaught error message, or null if the program must end normally. */
  String expectedErrorMessage() throws IOException {
    Path err = expectedError();
    if (!Files.exists(err)) {
      return null;
    }
    String text = new String(Files.readAllBytes(err), StandardCharsets.ISO_8859_1);
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }

  byte[] stdinBytes() throws IOException {
    Path in = stdin();
    return Files.exists(in) ? Files.readAllBytes(in) : new byte[0];
  }

  /**
   * All tests under {@code root}: every {@code <area>/<name>.lua}, sorted by id. Other files in an
   * area (expected outputs, stdin, the {@code ORACLE} that names its reference interpreter) are
   * not tests.
   */
  static List<LuaTestCase> discover(Path root) {
    List<LuaTestCase> cases = new ArrayList<>();
    try (Stream<Path> areas = Files.list(root)) {
      for (Path area : areas.filter(Files::isDirectory).sorted().toList()) {
        try (Stream<Path> files = Files.list(area)) {
          for (Path file : files.sorted().toList()) {
            String fileName = file.getFileName().toString();
            if (Files.isRegularFile(file) && fileName.endsWith(".lua")) {
              String name = fileName.substring(0, fileName.length() - ".lua".length());
              cases.add(
                  new LuaTestCase(
                      area.getFileName().toString(), name, area.toAbsolutePath().normalize()));
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list Lua tests under " + root, e);
    }
    return cases;
  }

  /**
   * Whether this test is chosen by a {@code -Dlua.tests} selection: empty selects everything,
   * otherwise a comma-separated list of {@code area} or {@code area/name}.
   */
  boolean isSelectedBy(String selection) {
    if (selection == null || selection.isBlank()) {
      return true;
    }
    for (String item : selection.split(",")) {
      String s = item.trim();
      if (s.endsWith(".lua")) {
        s = s.substring(0, s.length() - ".lua".length());
      }
      if (s.equals(area) || s.equals(id())) {
        return true;
      }
    }
    return false;
  }
}
