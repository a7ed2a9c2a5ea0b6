// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.model;

import io.cozecore.ModelView;
import io.cozecore.internal.Cells;
import io.cozecore.internal.CoreRecord;
import io.cozecore.internal.Decoding;
import io.cozecore.internal.Json;
import io.cozecore.internal.Wire;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The device flow's codes (no envelope). A lazy view of an answer: each field is read when its
 * accessor is called (null when absent); build one to send with builder().
 */
public final class DeviceCode extends ModelView {
  /** This model's id in records (its index in the description's list of models). */
  public static final int MODEL_ID = 34;

  /** A view of object node {@code node} of {@code record} (made by the runtime). */
  public DeviceCode(CoreRecord record, int node) {
    super(record, node, MODEL_ID);
  }

  private static final List<String> SECRETS = List.of("device_code");

  @Override
  protected List<String> secretFields() {
    return SECRETS;
  }

  /**
   * JSON text read as a DeviceCode by the core (the canonical rules of core/api/README.md).
   *
   * @throws io.cozecore.DecodeException when the text is not JSON or not an object
   */
  public static DeviceCode parse(String json) {
    CoreRecord r = Decoding.model("DeviceCode", json);
    return new DeviceCode(r, Decoding.objectNode(r, "DeviceCode"));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Field {@code device_code} (string). A credential: {@code toString()} shows *** instead. */
  public String deviceCode() {
    return read(0, Cells.STRING);
  }

  /** Field {@code user_code} (string). */
  public String userCode() {
    return read(1, Cells.STRING);
  }

  /** Field {@code verification_uri} (string). */
  public String verificationUri() {
    return read(2, Cells.STRING);
  }

  /** The same URI under the name some answers use. Field {@code verification_url} (string). */
  public String verificationUrl() {
    return read(3, Cells.STRING);
  }

  /** Seconds to wait between polls. Field {@code interval} (integer). */
  public Long interval() {
    return read(4, Cells.INTEGER);
  }

  /** Seconds the codes stay valid. Field {@code expires_in} (integer). */
  public Long expiresIn() {
    return read(5, Cells.INTEGER);
  }

  /** Builds a DeviceCode to send (read back through the core, as an answer would be). */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Sets {@code device_code}. */
    public Builder deviceCode(String deviceCode) {
      values.put("device_code", deviceCode);
      return this;
    }

    /** Sets {@code user_code}. */
    public Builder userCode(String userCode) {
      values.put("user_code", userCode);
      return this;
    }

    /** Sets {@code verification_uri}. */
    public Builder verificationUri(String verificationUri) {
      values.put("verification_uri", verificationUri);
      return this;
    }

    /** Sets {@code verification_url}. */
    public Builder verificationUrl(String verificationUrl) {
      values.put("verification_url", verificationUrl);
      return this;
    }

    /** Sets {@code interval}. */
    public Builder interval(long interval) {
      values.put("interval", interval);
      return this;
    }

    /** Sets {@code expires_in}. */
    public Builder expiresIn(long expiresIn) {
      values.put("expires_in", expiresIn);
      return this;
    }

    /** Any other key, sent as given (a plain JSON value or a view). */
    public Builder putExtra(String key, Object value) {
      values.put(key, Wire.value(value));
      return this;
    }

    public DeviceCode build() {
      return parse(Json.write(values));
    }
  }
}
