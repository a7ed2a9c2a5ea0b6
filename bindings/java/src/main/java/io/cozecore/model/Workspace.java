// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.model;

import io.cozecore.ModelView;
import io.cozecore.internal.CellReader;
import io.cozecore.internal.Cells;
import io.cozecore.internal.CoreRecord;
import io.cozecore.internal.Decoding;
import io.cozecore.internal.Json;
import io.cozecore.internal.Wire;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A workspace. A lazy view of an answer: each field is read when its accessor is called (null when
 * absent); build one to send with builder().
 */
public final class Workspace extends ModelView {
  /** This model's id in records (its index in the description's list of models). */
  public static final int MODEL_ID = 94;

  private static final CellReader<List<String>> READ_8 = Cells.list(Cells.STRING);

  /** A view of object node {@code node} of {@code record} (made by the runtime). */
  public Workspace(CoreRecord record, int node) {
    super(record, node, MODEL_ID);
  }

  /**
   * JSON text read as a Workspace by the core (the canonical rules of core/api/README.md).
   *
   * @throws io.cozecore.DecodeException when the text is not JSON or not an object
   */
  public static Workspace parse(String json) {
    CoreRecord r = Decoding.model("Workspace", json);
    return new Workspace(r, Decoding.objectNode(r, "Workspace"));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Field {@code id} (id). */
  public String id() {
    return read(0, Cells.STRING);
  }

  /** Field {@code name} (string). */
  public String name() {
    return read(1, Cells.STRING);
  }

  /** Field {@code icon_url} (string). */
  public String iconUrl() {
    return read(2, Cells.STRING);
  }

  /** Field {@code description} (string). */
  public String description() {
    return read(3, Cells.STRING);
  }

  /** Field {@code role_type} (string). Known values: owner, admin, member (others are kept). */
  public String roleType() {
    return read(4, Cells.STRING);
  }

  /** Field {@code workspace_type} (string). Known values: personal, team (others are kept). */
  public String workspaceType() {
    return read(5, Cells.STRING);
  }

  /** Field {@code enterprise_id} (string). */
  public String enterpriseId() {
    return read(6, Cells.STRING);
  }

  /** Field {@code owner_uid} (id). */
  public String ownerUid() {
    return read(7, Cells.STRING);
  }

  /** Field {@code admin_uids} (array of id). */
  public List<String> adminUids() {
    return read(8, READ_8);
  }

  /** Field {@code joined_status} (string). */
  public String joinedStatus() {
    return read(9, Cells.STRING);
  }

  /** Builds a Workspace to send (read back through the core, as an answer would be). */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Sets {@code id}. */
    public Builder id(String id) {
      values.put("id", id);
      return this;
    }

    /** Sets {@code name}. */
    public Builder name(String name) {
      values.put("name", name);
      return this;
    }

    /** Sets {@code icon_url}. */
    public Builder iconUrl(String iconUrl) {
      values.put("icon_url", iconUrl);
      return this;
    }

    /** Sets {@code description}. */
    public Builder description(String description) {
      values.put("description", description);
      return this;
    }

    /** Sets {@code role_type}. */
    public Builder roleType(String roleType) {
      values.put("role_type", roleType);
      return this;
    }

    /** Sets {@code workspace_type}. */
    public Builder workspaceType(String workspaceType) {
      values.put("workspace_type", workspaceType);
      return this;
    }

    /** Sets {@code enterprise_id}. */
    public Builder enterpriseId(String enterpriseId) {
      values.put("enterprise_id", enterpriseId);
      return this;
    }

    /** Sets {@code owner_uid}. */
    public Builder ownerUid(String ownerUid) {
      values.put("owner_uid", ownerUid);
      return this;
    }

    /** Sets {@code admin_uids}. */
    public Builder adminUids(List<String> adminUids) {
      values.put("admin_uids", Wire.value(adminUids));
      return this;
    }

    /** Sets {@code joined_status}. */
    public Builder joinedStatus(String joinedStatus) {
      values.put("joined_status", joinedStatus);
      return this;
    }

    /** Any other key, sent as given (a plain JSON value or a view). */
    public Builder putExtra(String key, Object value) {
      values.put(key, Wire.value(value));
      return this;
    }

    public Workspace build() {
      return parse(Json.write(values));
    }
  }
}
