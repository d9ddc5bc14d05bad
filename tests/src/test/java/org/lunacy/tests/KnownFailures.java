package org.lunacy.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parsed {@code known-failures.txt}: lines {@code area/name reason}, blank lines and {@code #}
 * comments ignored.
 */
final class KnownFailures {
  private final Map<String, String> reasons;

  private KnownFailures(Map<String, String> reasons) {
    this.reasons = Collections.unmodifiableMap(reasons);
  }

  static KnownFailures load(Path file) throws IOException {
    Map<String, String> reasons = new LinkedHashMap<>();
    if (!Files.exists(file)) {
      return new KnownFailures(reasons);
    }
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\\s+", 2);
      String id =
          parts[0].endsWith(".lua") ? parts[0].substring(0, parts[0].length() - 4) : parts[0];
      String reason = parts.length > 1 ? parts[1].strip() : "(no reason given)";
      if (reasons.put(id, reason) != null) {
        throw new IllegalStateException(file + ":" + (i + 1) + ": " + id + " is listed twice");
      }
    }
    return new KnownFailures(reasons);
  }

  /** The reason a test is expected to fail, or null if it is expected to pass. */
  String reason(String id) {
    return reasons.get(id);
  }

  Map<String, String> entries() {
    return reasons;
  }
}
