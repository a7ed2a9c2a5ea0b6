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
 * Knowledge bases of a bot (knowledge_infos in answers; the others in updates). A lazy view of an
 * answer: each field is read when its accessor is called (null when absent); build one to send with
 * builder().
 */
public final class BotKnowledge extends ModelView {
  /** This model's id in records (its index in the description's list of models). */
  public static final int MODEL_ID = 3;

  private static final CellReader<List<BotKnowledgeInfo>> READ_0 =
      Cells.list(Cells.model(BotKnowledgeInfo::new));
  private static final CellReader<List<String>> READ_1 = Cells.list(Cells.STRING);

  /** A view of object node {@code node} of {@code record} (made by the runtime). */
  public BotKnowledge(CoreRecord record, int node) {
    super(record, node, MODEL_ID);
  }

  /**
   * JSON text read as a BotKnowledge by the core (the canonical rules of core/api/README.md).
   *
   * @throws io.cozecore.DecodeException when the text is not JSON or not an object
   */
  public static BotKnowledge parse(String json) {
    CoreRecord r = Decoding.model("BotKnowledge", json);
    return new BotKnowledge(r, Decoding.objectNode(r, "BotKnowledge"));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Field {@code knowledge_infos} (array of BotKnowledgeInfo). */
  public List<BotKnowledgeInfo> knowledgeInfos() {
    return read(0, READ_0);
  }

  /** Field {@code dataset_ids} (array of id). */
  public List<String> datasetIds() {
    return read(1, READ_1);
  }

  /** Search on every turn. Field {@code auto_call} (boolean). */
  public Boolean autoCall() {
    return read(2, Cells.BOOLEAN);
  }

  /** 0 semantic, 1 hybrid, 20 full text. Field {@code search_strategy} (integer). */
  public Long searchStrategy() {
    return read(3, Cells.INTEGER);
  }

  /** Builds a BotKnowledge to send (read back through the core, as an answer would be). */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Sets {@code knowledge_infos}. */
    public Builder knowledgeInfos(List<BotKnowledgeInfo> knowledgeInfos) {
      values.put("knowledge_infos", Wire.value(knowledgeInfos));
      return this;
    }

    /** Sets {@code dataset_ids}. */
    public Builder datasetIds(List<String> datasetIds) {
      values.put("dataset_ids", Wire.value(datasetIds));
      return this;
    }

    /** Sets {@code auto_call}. */
    public Builder autoCall(boolean autoCall) {
      values.put("auto_call", autoCall);
      return this;
    }

    /** Sets {@code search_strategy}. */
    public Builder searchStrategy(long searchStrategy) {
      values.put("search_strategy", searchStrategy);
      return this;
    }

    /** Any other key, sent as given (a plain JSON value or a view). */
    public Builder putExtra(String key, Object value) {
      values.put(key, Wire.value(value));
      return this;
    }

    public BotKnowledge build() {
      return parse(Json.write(values));
    }
  }
}
