package io.cozecore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the conformance runner reads a corpus: files of one vector or many, and no corpus at all. */
class ConformanceRunnerTest {
  private static String run(Path root, Conformance.Totals[] totals) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    totals[0] = Conformance.run(root, new PrintStream(out, true, StandardCharsets.UTF_8));
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aFileMayHoldOneVectorOrAnArray(@TempDir Path root) throws Exception {
    Path models = Files.createDirectories(root.resolve("models"));
    Files.writeString(
        models.resolve("one.json"),
        "{\"name\":\"one\",\"model\":\"Usage\",\"payload\":\"{\\\"token_count\\\":\\\"3\\\",\\\"x\\\":1}\","
            + "\"expect\":{\"token_count\":3,\"$extra\":{\"x\":1}}}");
    Files.writeString(
        models.resolve("many.json"),
        "[{\"name\":\"a\",\"model\":\"Chat\",\"payload\":\"{\\\"id\\\":12}\",\"expect\":{\"id\":\"12\"}},"
            + "{\"name\":\"b\",\"model\":\"Chat\",\"payload\":\"[1\",\"error\":\"decode\"},"
            + "{\"name\":\"c\",\"model\":\"Chat\",\"payload\":\"{}\",\"expect\":{\"id\":\"wrong\"}}]");
    Conformance.Totals[] t = new Conformance.Totals[1];
    String out = run(root, t);
    assertEquals(3, t[0].passed(), out);
    assertEquals(1, t[0].failed(), out);
    assertTrue(out.startsWith("java models: 3 passed, 1 failed"), out);
    assertTrue(out.contains("FAIL models/many.json: c: view.id: missing"), out);
    assertEquals(1, Conformance.exitCode(t[0]));
  }

  @Test
  void noVectorsAtAllFails(@TempDir Path root) throws Exception {
    Files.createDirectories(root.resolve("models"));
    Conformance.Totals[] t = new Conformance.Totals[1];
    run(root, t);
    assertEquals(0, t[0].passed() + t[0].failed());
    assertEquals(1, Conformance.exitCode(t[0]), "an empty or mistyped directory never passes");
  }
}
