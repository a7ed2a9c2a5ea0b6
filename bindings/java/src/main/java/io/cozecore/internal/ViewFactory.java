package io.cozecore.internal;

/**
 * Makes a typed view of the object node at word index {@code node} (a generated model's
 * constructor).
 */
@FunctionalInterface
public interface ViewFactory<T> {
  T make(CoreRecord record, int node);
}
