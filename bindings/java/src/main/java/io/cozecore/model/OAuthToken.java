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
 * An OAuth token answer (no envelope). A lazy view of an answer: each field is read when its
 * accessor is called (null when absent); build one to send with builder().
 */
public final class OAuthToken extends ModelView {
  /** This model's id in records (its index in the description's list of models). */
  public static final int MODEL_ID = 58;

  /** A view of object node {@code node} of {@code record} (made by the runtime). */
  public OAuthToken(CoreRecord record, int node) {
    super(record, node, MODEL_ID);
  }

  private static final List<String> SECRETS = List.of("access_token", "refresh_token");

  @Override
  protected List<String> secretFields() {
    return SECRETS;
  }

  /**
   * JSON text read as a OAuthToken by the core (the canonical rules of core/api/README.md).
   *
   * @throws io.cozecore.DecodeException when the text is not JSON or not an object
   */
  public static OAuthToken parse(String json) {
    CoreRecord r = Decoding.model("OAuthToken", json);
    return new OAuthToken(r, Decoding.objectNode(r, "OAuthToken"));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Field {@code access_token} (string). A credential: {@code toString()} shows *** instead. */
  public String accessToken() {
    return read(0, Cells.STRING);
  }

  /** Field {@code token_type} (string). */
  public String tokenType() {
    return read(1, Cells.STRING);
  }

  /** When the access token expires. Field {@code expires_in} (integer). */
  public Long expiresIn() {
    return read(2, Cells.INTEGER);
  }

  /** Field {@code refresh_token} (string). A credential: {@code toString()} shows *** instead. */
  public String refreshToken() {
    return read(3, Cells.STRING);
  }

  /** Builds a OAuthToken to send (read back through the core, as an answer would be). */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Sets {@code access_token}. */
    public Builder accessToken(String accessToken) {
      values.put("access_token", accessToken);
      return this;
    }

    /** Sets {@code token_type}. */
    public Builder tokenType(String tokenType) {
      values.put("token_type", tokenType);
      return this;
    }

    /** Sets {@code expires_in}. */
    public Builder expiresIn(long expiresIn) {
      values.put("expires_in", expiresIn);
      return this;
    }

    /** Sets {@code refresh_token}. */
    public Builder refreshToken(String refreshToken) {
      values.put("refresh_token", refreshToken);
      return this;
    }

    /** Any other key, sent as given (a plain JSON value or a view). */
    public Builder putExtra(String key, Object value) {
      values.put(key, Wire.value(value));
      return this;
    }

    public OAuthToken build() {
      return parse(Json.write(values));
    }
  }
}
