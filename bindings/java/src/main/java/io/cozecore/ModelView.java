package io.cozecore;

import io.cozecore.internal.CellReader;
import io.cozecore.internal.Cells;
import io.cozecore.internal.CoreRecord;
import io.cozecore.internal.Json;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The base of every generated model class ({@code io.cozecore.model}): a read-only, lazy view of
 * one object in a decoded answer. A field is read from the answer's record and converted only when
 * its accessor is called; a field that is absent, null, or of a type the model does not expect
 * reads as null (the value the API sent is then kept among {@link #extraFields()}).
 *
 * <p>Views are immutable and thread-safe; two views are equal when their canonical forms ({@link
 * #toMap()}) are.
 */
public abstract class ModelView {
  private final CoreRecord record;
  private final int node;
  private final int modelId;

  /**
   * For generated subclasses: the object node {@code node} of {@code record}, of model {@code
   * modelId}.
   */
  protected ModelView(CoreRecord record, int node, int modelId) {
    this.record = record;
    this.node = node;
    this.modelId = modelId;
  }

  /** Known field {@code index} (in the model's order) read by {@code reader}; null when absent. */
  protected final <T> T read(int index, CellReader<T> reader) {
    return reader.read(record, record.fieldCell(node, index));
  }

  /**
   * The log id ({@code X-Tt-Logid}) of the answer this view was read from, for support requests; ""
   * for a view that did not come from an answer.
   */
  public final String responseLogid() {
    return record.logid();
  }

  /**
   * The keys the model does not know, with their values as plain Java values, in the order
   * received.
   */
  public final Map<String, Object> extraFields() {
    return Collections.unmodifiableMap(Cells.extra(record, node));
  }

  /** One key the model does not know, as a plain Java value; null when absent. */
  public final Object extraField(String key) {
    for (int j = 0, n = record.extraCount(node); j < n; j++) {
      int k = record.extraKeyCell(node, j);
      if (record.string(k).equals(key)) return Cells.value(record, k + 3);
    }
    return null;
  }

  /**
   * The canonical view: the non-null known fields by their API names, plus {@code "$extra"} with
   * the unknown keys when there are any; nested models the same way, everything else as plain
   * values (String, Long, Double, Boolean, List, Map).
   */
  public final Map<String, Object> toMap() {
    return Cells.object(record, node, modelId);
  }

  /** {@link #toMap()} as compact JSON text. */
  public final String toJson() {
    return Json.write(toMap());
  }

  /**
   * The object as the API carries it: known fields and unknown keys side by side. This is what is
   * sent when a view is passed back as a parameter.
   */
  public final Map<String, Object> toWire() {
    return Cells.wire(record, node, modelId);
  }

  @Override
  public final boolean equals(Object o) {
    return o instanceof ModelView
        && o.getClass() == getClass()
        && ((ModelView) o).toMap().equals(toMap());
  }

  @Override
  public final int hashCode() {
    return toMap().hashCode();
  }

  /**
   * The API names of the fields that hold credentials (x-coze-secret in the description, e.g. an
   * OAuth token's {@code access_token}): {@link #toString()} shows {@code ***} for them. Generated
   * models with such fields override it.
   */
  protected List<String> secretFields() {
    return List.of();
  }

  /** {@link #toMap()} with the value of every non-empty secret field replaced by {@code ***}. */
  final Map<String, Object> printable() {
    Map<String, Object> shown = toMap();
    for (String name : secretFields()) {
      Object v = shown.get(name);
      if (v != null && !"".equals(v)) shown.put(name, "***");
    }
    return shown;
  }

  /** The class name and the canonical view as JSON, credentials shown as {@code ***}. */
  @Override
  public String toString() {
    return getClass().getSimpleName() + Json.write(printable());
  }
}
