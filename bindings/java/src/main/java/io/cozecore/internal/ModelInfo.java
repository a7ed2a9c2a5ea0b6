package io.cozecore.internal;

import io.cozecore.bridge.StringVector;
import io.cozecore.bridge.cozecore_bridge;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The core's model table (record.h {@code model_names}, {@code model_fields}): the field names of
 * the model with a given id, in record order. Read from the core once, so the canonical view of any
 * record needs no generated table.
 */
public final class ModelInfo {
  private static volatile List<String> names;
  private static volatile String[][] fields;

  private ModelInfo() {}

  /** Every model name; the index is the model id records carry. */
  public static List<String> names() {
    List<String> n = names;
    if (n == null) {
      synchronized (ModelInfo.class) {
        if (names == null)
          names = Collections.unmodifiableList(strings(cozecore_bridge.model_names()));
        n = names;
      }
    }
    return n;
  }

  /** The field names of model {@code id} in record order; empty for an unknown id. */
  public static String[] fields(int id) {
    List<String> n = names();
    if (id < 0 || id >= n.size()) return new String[0];
    String[][] f = fields;
    if (f == null) {
      synchronized (ModelInfo.class) {
        if (fields == null) fields = new String[n.size()][];
        f = fields;
      }
    }
    String[] out = f[id];
    if (out == null) {
      out = strings(cozecore_bridge.model_fields(Utf8.encode(n.get(id)))).toArray(new String[0]);
      f[id] = out; // benign race: every thread computes the same array
    }
    return out;
  }

  private static List<String> strings(StringVector v) {
    try {
      List<String> out = new ArrayList<>(v.size());
      for (int i = 0, size = v.size(); i < size; i++) out.add(Utf8.decode(v.get(i)));
      return out;
    } finally {
      v.delete();
    }
  }
}
