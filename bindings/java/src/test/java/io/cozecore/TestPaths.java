package io.cozecore;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the repository's shared test data lives. */
final class TestPaths {
  private TestPaths() {}

  static Path root() {
    String p = System.getProperty("coze.root");
    if (p == null || p.isEmpty()) p = System.getenv("COZE_ROOT");
    if (p != null && !p.isEmpty()) return Path.of(p).toAbsolutePath().normalize();
    // bindings/java -> repository root
    Path here = Path.of("").toAbsolutePath();
    for (Path d = here; d != null; d = d.getParent()) {
      if (Files.isDirectory(d.resolve("tests/vectors"))) return d;
    }
    return here;
  }

  static Path vectors() {
    String env = System.getenv("COZE_VECTORS");
    if (env != null && !env.isEmpty()) return Path.of(env).toAbsolutePath();
    return root().resolve("tests/vectors");
  }
}
