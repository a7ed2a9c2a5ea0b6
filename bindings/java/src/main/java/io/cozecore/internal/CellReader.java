package io.cozecore.internal;

/**
 * Converts one cell of a record to a native value (null for a NULL cell or one of another type).
 */
@FunctionalInterface
public interface CellReader<T> {
  T read(CoreRecord record, int cell);
}
