package io.cozecore.internal;

import io.cozecore.CozeException;
import io.cozecore.ModelView;
import io.cozecore.UploadFile;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parameter values as the core takes them (plain JSON values), for the generated builders. */
public final class Wire {
  private Wire() {}

  /**
   * A parameter or field value as plain JSON: a typed view as the API carries it ({@link
   * ModelView#toWire()}), lists and maps item by item, anything else as it is (String, Number,
   * Boolean, null, plain Map/List).
   */
  public static Object value(Object v) {
    if (v instanceof ModelView) return ((ModelView) v).toWire();
    if (v instanceof Map) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet())
        out.put(String.valueOf(e.getKey()), value(e.getValue()));
      return out;
    }
    if (v instanceof Collection) {
      List<Object> out = new ArrayList<>(((Collection<?>) v).size());
      for (Object item : (Collection<?>) v) out.add(value(item));
      return out;
    }
    return v;
  }

  /**
   * A file part from bytes: streamed from the array as the request is sent (the core frames the
   * part, the driver splices the bytes in).
   */
  public static UploadFile file(byte[] data, String fileName, String contentType) {
    if (data == null) throw CozeException.of("invalid_argument", "file data is null");
    return UploadFile.of(data).withFileName(fileName).withContentType(contentType);
  }

  /** A file part from a path: the file is opened again on every attempt. */
  public static UploadFile file(java.nio.file.Path path) {
    if (path == null) throw CozeException.of("invalid_argument", "file path is null");
    return UploadFile.of(path);
  }

  /** A file part as given. */
  public static UploadFile file(UploadFile file) {
    if (file == null) throw CozeException.of("invalid_argument", "file is null");
    return file;
  }

  /**
   * Checks that every required parameter of {@code op} was given; returns the values, read-only.
   */
  public static Map<String, Object> require(
      String op, Map<String, Object> values, String... required) {
    List<String> missing = new ArrayList<>();
    for (String name : required) {
      if (!values.containsKey(name)) missing.add(name);
    }
    if (!missing.isEmpty()) {
      throw CozeException.of(
          "invalid_argument",
          op
              + ": missing required parameter"
              + (missing.size() > 1 ? "s " : " ")
              + String.join(", ", missing));
    }
    return Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }
}
