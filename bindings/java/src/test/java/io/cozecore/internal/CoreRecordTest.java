package io.cozecore.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The record reader on records built by hand (core/api/README.md, "Records"). */
class CoreRecordTest {
  /** A record of these words and UTF-8 text. */
  private static CoreRecord record(String text, int... words) {
    byte[] t = text.getBytes(StandardCharsets.UTF_8);
    ByteBuffer b =
        ByteBuffer.allocate(4 + 4 * words.length + t.length).order(ByteOrder.LITTLE_ENDIAN);
    b.putInt(words.length);
    for (int w : words) b.putInt(w);
    b.put(t);
    return new CoreRecord(b.array());
  }

  @Test
  void readsEveryKindOfCell() {
    // root: ARRAY of 5 at word 3: INT -2^40, FLOAT 1.5, STRING "héllo👋", TRUE, plain OBJECT {"k":
    // NULL}.
    long big = -(1L << 40);
    long half = Double.doubleToLongBits(1.5);
    CoreRecord r =
        record(
            "héllo👋k",
            CoreRecord.ARRAY,
            3,
            5,
            CoreRecord.INT,
            (int) big,
            (int) (big >> 32),
            CoreRecord.FLOAT,
            (int) half,
            (int) (half >> 32),
            CoreRecord.STRING,
            0,
            10,
            CoreRecord.TRUE,
            0,
            0,
            CoreRecord.OBJECT,
            18,
            -1,
            0,
            1,
            CoreRecord.STRING,
            10,
            1,
            CoreRecord.NULL,
            0,
            0);
    Map<String, Object> k = new java.util.LinkedHashMap<>();
    k.put("k", null);
    assertEquals(Arrays.asList(big, 1.5, "héllo👋", true, k), Cells.value(r, CoreRecord.ROOT));
    List<Object> typed = Cells.list(Cells.ANY).read(r, CoreRecord.ROOT);
    assertEquals(5, typed.size());
    assertEquals("héllo👋", Cells.STRING.read(r, CoreRecord.itemCell(3, 2)));
    assertNull(Cells.STRING.read(r, CoreRecord.itemCell(3, 0)), "an INT is no string");
    assertEquals(-1099511627776.0, Cells.NUMBER.read(r, CoreRecord.itemCell(3, 0)));
    Map<String, String> map = Cells.map(Cells.STRING).read(r, CoreRecord.itemCell(3, 4));
    assertEquals(1, map.size());
    assertTrue(map.containsKey("k"));
    assertNull(map.get("k"));
  }

  @Test
  void indicesOutsideTheRecordReadAsNull() {
    CoreRecord r = record("", CoreRecord.OBJECT, 3, 0, 5, 0); // claims 5 known fields, has none
    assertEquals(CoreRecord.NULL, r.tag(r.fieldCell(3, 4)));
    assertEquals(CoreRecord.NULL, r.tag(-1));
    assertEquals(CoreRecord.NULL, r.tag(1000));
    assertEquals(-1, r.fieldCell(3, 5), "past the known fields");
  }

  @Test
  void refusesBytesThatAreNoRecord() {
    assertThrows(IllegalArgumentException.class, () -> new CoreRecord(new byte[] {1, 0}));
    assertThrows(
        IllegalArgumentException.class, () -> new CoreRecord(new byte[] {9, 0, 0, 0, 0, 0, 0, 0}));
    assertEquals(
        "", record("ab", CoreRecord.STRING, 1, 99).string(0), "a string past the text is empty");
  }
}
