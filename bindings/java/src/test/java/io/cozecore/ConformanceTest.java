package io.cozecore;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The shared conformance vectors through the Java bridge, one test per vector. */
class ConformanceTest {
  @TestFactory
  List<DynamicNode> vectors() {
    Path root = TestPaths.vectors();
    assertTrue(Files.isDirectory(root), "no vectors at " + root);
    List<DynamicNode> areas = new ArrayList<>();
    for (String area : Conformance.AREAS) {
      List<DynamicTest> tests = new ArrayList<>();
      for (Conformance.Case c : Conformance.cases(root, area)) {
        tests.add(
            DynamicTest.dynamicTest(
                c.file() + ": " + c.name(),
                () -> {
                  String why = c.failure();
                  if (why != null) fail(why);
                }));
      }
      if (!tests.isEmpty()) areas.add(DynamicContainer.dynamicContainer(area, tests));
    }
    assertFalse(areas.isEmpty(), "no vector area under " + root);
    return areas;
  }
}
