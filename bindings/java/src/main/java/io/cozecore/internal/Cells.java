package io.cozecore.internal;

import io.cozecore.model.Models;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * Cell readers for the IR's types, used by the generated views: each returns null for a NULL cell
 * (absent, null, or a value the type cannot hold; the core keeps such values among the object's
 * unknown keys). Lists read their items when they are touched; maps are read whole when the field
 * is.
 */
public final class Cells {
  private Cells() {}

  public static final CellReader<String> STRING =
      (r, c) -> r.tag(c) == CoreRecord.STRING ? r.string(c) : null;

  public static final CellReader<Long> INTEGER =
      (r, c) -> r.tag(c) == CoreRecord.INT ? r.int64(c) : null;

  public static final CellReader<Double> NUMBER =
      (r, c) -> {
        int tag = r.tag(c);
        if (tag == CoreRecord.FLOAT) return r.float64(c);
        if (tag == CoreRecord.INT) return (double) r.int64(c);
        return null;
      };

  public static final CellReader<Boolean> BOOLEAN =
      (r, c) -> {
        int tag = r.tag(c);
        return tag == CoreRecord.TRUE
            ? Boolean.TRUE
            : tag == CoreRecord.FALSE ? Boolean.FALSE : null;
      };

  /** Any JSON value as a plain Java value (see {@link #value}). */
  public static final CellReader<Object> ANY = Cells::value;

  /**
   * Like {@link #ANY}, but objects of a model become that model's typed view (results of generic
   * calls).
   */
  public static final CellReader<Object> TYPED = Cells::typed;

  /** A model's typed view. */
  public static <T> CellReader<T> model(ViewFactory<T> factory) {
    return (r, c) -> r.tag(c) == CoreRecord.OBJECT ? factory.make(r, r.a(c)) : null;
  }

  /** An array, each item read by {@code items}; read-only, items converted when touched. */
  public static <T> CellReader<List<T>> list(CellReader<T> items) {
    return (r, c) ->
        r.tag(c) == CoreRecord.ARRAY ? new RecordList<>(r, r.a(c), r.b(c), items) : null;
  }

  /**
   * An object read as a map, each value read by {@code values}; read-only, in the order received.
   */
  public static <T> CellReader<Map<String, T>> map(CellReader<T> values) {
    return (r, c) -> {
      if (r.tag(c) != CoreRecord.OBJECT) return null;
      int node = r.a(c);
      Map<String, T> out = new LinkedHashMap<>();
      for (int j = 0, n = r.extraCount(node); j < n; j++) {
        int key = r.extraKeyCell(node, j);
        out.put(r.string(key), values.read(r, key + 3));
      }
      return Collections.unmodifiableMap(out);
    };
  }

  /**
   * The canonical plain value of a cell (core/api/README.md): null, Boolean, Long, Double, String,
   * List, and Map (key order kept); an object of a model is its non-null known fields plus {@code
   * "$extra"} for the unknown keys.
   */
  public static Object value(CoreRecord r, int c) {
    switch (r.tag(c)) {
      case CoreRecord.FALSE:
        return Boolean.FALSE;
      case CoreRecord.TRUE:
        return Boolean.TRUE;
      case CoreRecord.INT:
        return r.int64(c);
      case CoreRecord.FLOAT:
        return r.float64(c);
      case CoreRecord.STRING:
        return r.string(c);
      case CoreRecord.ARRAY:
        {
          int node = r.a(c);
          int n = r.b(c);
          List<Object> out = new ArrayList<>(n);
          for (int i = 0; i < n; i++) out.add(value(r, CoreRecord.itemCell(node, i)));
          return out;
        }
      case CoreRecord.OBJECT:
        return object(r, r.a(c), r.b(c));
      default:
        return null;
    }
  }

  /**
   * The canonical view of object node {@code node} of model {@code modelId} (-1: a plain object).
   */
  public static Map<String, Object> object(CoreRecord r, int node, int modelId) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (modelId >= 0) {
      String[] names = ModelInfo.fields(modelId);
      for (int i = 0, n = Math.min(names.length, r.knownCount(node)); i < n; i++) {
        Object v = value(r, r.fieldCell(node, i));
        if (v != null) out.put(names[i], v);
      }
      Map<String, Object> extra = extra(r, node);
      if (!extra.isEmpty()) out.put("$extra", extra);
    } else {
      out.putAll(extra(r, node));
    }
    return out;
  }

  /** The unknown keys of an object node, as plain values, in the order received. */
  public static Map<String, Object> extra(CoreRecord r, int node) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (int j = 0, n = r.extraCount(node); j < n; j++) {
      int key = r.extraKeyCell(node, j);
      out.put(r.string(key), value(r, key + 3));
    }
    return out;
  }

  /**
   * The wire form of an object node: its non-null known fields and its unknown keys side by side,
   * as JSON would carry them (used to send a view back to the API).
   */
  public static Map<String, Object> wire(CoreRecord r, int node, int modelId) {
    Map<String, Object> out = new LinkedHashMap<>();
    String[] names = ModelInfo.fields(modelId);
    for (int i = 0, n = Math.min(names.length, r.knownCount(node)); i < n; i++) {
      int cell = r.fieldCell(node, i);
      if (r.tag(cell) != CoreRecord.NULL) out.put(names[i], wireValue(r, cell));
    }
    for (int j = 0, n = r.extraCount(node); j < n; j++) {
      int key = r.extraKeyCell(node, j);
      out.put(r.string(key), wireValue(r, key + 3));
    }
    return out;
  }

  private static Object wireValue(CoreRecord r, int c) {
    if (r.tag(c) == CoreRecord.OBJECT) return wire(r, r.a(c), r.b(c));
    if (r.tag(c) == CoreRecord.ARRAY) {
      int node = r.a(c);
      List<Object> out = new ArrayList<>(r.b(c));
      for (int i = 0, n = r.b(c); i < n; i++) out.add(wireValue(r, CoreRecord.itemCell(node, i)));
      return out;
    }
    return value(r, c);
  }

  /**
   * Like {@link #value}, but objects of a model become typed views and arrays lists of typed
   * values.
   */
  public static Object typed(CoreRecord r, int c) {
    int tag = r.tag(c);
    if (tag == CoreRecord.OBJECT && r.b(c) >= 0) return Models.view(r.b(c), r, r.a(c));
    if (tag == CoreRecord.ARRAY) return new RecordList<>(r, r.a(c), r.b(c), TYPED);
    return value(r, c);
  }

  /** A read-only list over an array node; each item is converted when it is read. */
  private static final class RecordList<T> extends AbstractList<T> implements RandomAccess {
    private final CoreRecord record;
    private final int node;
    private final int size;
    private final CellReader<T> items;

    RecordList(CoreRecord record, int node, int size, CellReader<T> items) {
      this.record = record;
      this.node = node;
      this.size = Math.max(size, 0);
      this.items = items;
    }

    @Override
    public T get(int index) {
      if (index < 0 || index >= size)
        throw new IndexOutOfBoundsException("index " + index + ", size " + size);
      return items.read(record, CoreRecord.itemCell(node, index));
    }

    @Override
    public int size() {
      return size;
    }
  }
}
