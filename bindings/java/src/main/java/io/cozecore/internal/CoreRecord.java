package io.cozecore.internal;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.nio.charset.StandardCharsets;

/**
 * A decoded answer as the core hands it over (core/api/README.md, "Records"): {@code int32 W |
 * int32 words[W] | UTF-8 text}, little-endian. A cell is three words (tag, a, b) addressed by the
 * index of its first word; an object node is {@code n_known, n_extra}, the known cells, then the
 * extra (key, value) cell pairs; an array node is its item cells. Nothing is read until asked for:
 * a string is sliced out of the text only when touched.
 *
 * <p>Immutable and safe to share between threads. Indices that point outside the record (a record
 * this version cannot read) read as NULL.
 */
public final class CoreRecord {
  public static final int NULL = 0;
  public static final int FALSE = 1;
  public static final int TRUE = 2;
  public static final int INT = 3;
  public static final int FLOAT = 4;
  public static final int STRING = 5;
  public static final int OBJECT = 6;
  public static final int ARRAY = 7;

  /** The root cell (words 0..2). */
  public static final int ROOT = 0;

  private final byte[] bytes;
  private final IntBuffer words;
  private final int wordCount;
  private final int textStart;
  private final String logid;

  /** Wraps the bytes of a record (not copied; they must not change afterwards). */
  public CoreRecord(byte[] bytes) {
    this(bytes, "");
  }

  /** Wraps the bytes of a record decoded from the answer with log id {@code logid}. */
  public CoreRecord(byte[] bytes, String logid) {
    if (bytes == null || bytes.length < 4)
      throw new IllegalArgumentException("not a record: too short");
    IntBuffer all = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asIntBuffer();
    int w = all.get(0);
    if (w < 3 || 4L + 4L * w > bytes.length)
      throw new IllegalArgumentException("not a record: bad word count " + w);
    this.bytes = bytes;
    this.wordCount = w;
    this.words = all;
    this.textStart = 4 + 4 * w;
    this.logid = logid == null ? "" : logid;
  }

  /** The log id of the answer this record was decoded from; "" when not from an answer. */
  public String logid() {
    return logid;
  }

  /** The same record (bytes shared, not copied) read as the answer with log id {@code logid}. */
  public CoreRecord withLogid(String logid) {
    return new CoreRecord(bytes, logid);
  }

  private int word(int i) {
    return i >= 0 && i < wordCount ? words.get(i + 1) : 0;
  }

  /** The tag of the cell at word index {@code cell}; NULL for -1 (an absent field). */
  public int tag(int cell) {
    return cell < 0 || cell + 2 >= wordCount ? NULL : word(cell);
  }

  public int a(int cell) {
    return word(cell + 1);
  }

  public int b(int cell) {
    return word(cell + 2);
  }

  /** An INT cell's value. */
  public long int64(int cell) {
    return ((long) b(cell) << 32) | (a(cell) & 0xFFFF_FFFFL);
  }

  /** A FLOAT cell's value. */
  public double float64(int cell) {
    return Double.longBitsToDouble(int64(cell));
  }

  /** A STRING cell's text, decoded now. */
  public String string(int cell) {
    int off = a(cell);
    int len = b(cell);
    if (off < 0 || len < 0 || (long) textStart + off + len > bytes.length) return "";
    return new String(bytes, textStart + off, len, StandardCharsets.UTF_8);
  }

  /** How many known fields an object node holds. */
  public int knownCount(int node) {
    return word(node);
  }

  /** How many unknown (key, value) pairs an object node holds. */
  public int extraCount(int node) {
    return word(node + 1);
  }

  /** The cell of known field {@code i} of an object node, or -1 when the node has no such field. */
  public int fieldCell(int node, int i) {
    return i >= 0 && i < knownCount(node) ? node + 2 + 3 * i : -1;
  }

  /** The key cell (a STRING) of unknown pair {@code j}; its value cell follows at +3. */
  public int extraKeyCell(int node, int j) {
    return node + 2 + 3 * knownCount(node) + 6 * j;
  }

  /** The cell of item {@code i} of an array node. */
  public static int itemCell(int node, int i) {
    return node + 3 * i;
  }
}
