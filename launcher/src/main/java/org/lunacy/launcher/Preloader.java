package org.lunacy.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Startup help: a background thread loads (without initializing) the classes that a typical run
 * loads, in the order it loads them, while the main thread builds the engine. HotSpot turns class
 * data sharing off whenever {@code --upgrade-module-path} is given, so every class is parsed from
 * its jar at each start; on two cores this overlaps part of that work. The list ({@code
 * lib/classlist}) is written when the distribution is built, from a training run of {@code
 * bin/lunacy}; a class that is missing or no longer exists is skipped.
 */
final class Preloader {
  private Preloader() {}

  static void start(String classList) {
    if (classList == null || classList.isEmpty()) {
      return;
    }
    Thread thread = new Thread(() -> preload(Path.of(classList)), "lunacy-preload");
    thread.setDaemon(true);
    thread.start();
  }

  private static void preload(Path classList) {
    ClassLoader loader = Preloader.class.getClassLoader();
    try (BufferedReader reader = Files.newBufferedReader(classList, StandardCharsets.UTF_8)) {
      String name;
      while ((name = reader.readLine()) != null) {
        if (name.isEmpty()) {
          continue;
        }
        try {
          Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError | RuntimeException e) {
          // stale entry, or a class of a module left out: the run will do without
        }
      }
    } catch (IOException e) {
      // no list: nothing to preload
    }
  }
}
