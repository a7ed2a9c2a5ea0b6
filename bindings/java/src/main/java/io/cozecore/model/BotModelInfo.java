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
import java.util.Map;

/**
 * A bot's model and its settings. A lazy view of an answer: each field is read when its accessor is
 * called (null when absent); build one to send with builder().
 */
public final class BotModelInfo extends ModelView {
  /** This model's id in records (its index in the description's list of models). */
  public static final int MODEL_ID = 5;

  private static final CellReader<Map<String, String>> READ_13 = Cells.map(Cells.STRING);

  /** A view of object node {@code node} of {@code record} (made by the runtime). */
  public BotModelInfo(CoreRecord record, int node) {
    super(record, node, MODEL_ID);
  }

  /**
   * JSON text read as a BotModelInfo by the core (the canonical rules of core/api/README.md).
   *
   * @throws io.cozecore.DecodeException when the text is not JSON or not an object
   */
  public static BotModelInfo parse(String json) {
    CoreRecord r = Decoding.model("BotModelInfo", json);
    return new BotModelInfo(r, Decoding.objectNode(r, "BotModelInfo"));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Field {@code model_id} (id). */
  public String modelId() {
    return read(0, Cells.STRING);
  }

  /** Field {@code model_name} (string). */
  public String modelName() {
    return read(1, Cells.STRING);
  }

  /** Field {@code temperature} (number). */
  public Double temperature() {
    return read(2, Cells.NUMBER);
  }

  /** Field {@code top_k} (integer). */
  public Long topK() {
    return read(3, Cells.INTEGER);
  }

  /** Field {@code top_p} (number). */
  public Double topP() {
    return read(4, Cells.NUMBER);
  }

  /** Field {@code max_tokens} (integer). */
  public Long maxTokens() {
    return read(5, Cells.INTEGER);
  }

  /** Rounds of context kept. Field {@code context_round} (integer). */
  public Long contextRound() {
    return read(6, Cells.INTEGER);
  }

  /**
   * Field {@code response_format} (string). Known values: text, markdown, json (others are kept).
   */
  public String responseFormat() {
    return read(7, Cells.STRING);
  }

  /** Field {@code presence_penalty} (number). */
  public Double presencePenalty() {
    return read(8, Cells.NUMBER);
  }

  /** Field {@code frequency_penalty} (number). */
  public Double frequencyPenalty() {
    return read(9, Cells.NUMBER);
  }

  /** Field {@code cache_type} (string). Known values: closed, prefix (others are kept). */
  public String cacheType() {
    return read(10, Cells.STRING);
  }

  /** Protect the system prompt. Field {@code sp_anti_leak} (boolean). */
  public Boolean spAntiLeak() {
    return read(11, Cells.BOOLEAN);
  }

  /** Add the current time to the system prompt. Field {@code sp_current_time} (boolean). */
  public Boolean spCurrentTime() {
    return read(12, Cells.BOOLEAN);
  }

  /** Model-specific settings. Field {@code parameters} (map of string). */
  public Map<String, String> parameters() {
    return read(13, READ_13);
  }

  /** Builds a BotModelInfo to send (read back through the core, as an answer would be). */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Sets {@code model_id}. */
    public Builder modelId(String modelId) {
      values.put("model_id", modelId);
      return this;
    }

    /** Sets {@code model_name}. */
    public Builder modelName(String modelName) {
      values.put("model_name", modelName);
      return this;
    }

    /** Sets {@code temperature}. */
    public Builder temperature(double temperature) {
      values.put("temperature", temperature);
      return this;
    }

    /** Sets {@code top_k}. */
    public Builder topK(long topK) {
      values.put("top_k", topK);
      return this;
    }

    /** Sets {@code top_p}. */
    public Builder topP(double topP) {
      values.put("top_p", topP);
      return this;
    }

    /** Sets {@code max_tokens}. */
    public Builder maxTokens(long maxTokens) {
      values.put("max_tokens", maxTokens);
      return this;
    }

    /** Sets {@code context_round}. */
    public Builder contextRound(long contextRound) {
      values.put("context_round", contextRound);
      return this;
    }

    /** Sets {@code response_format}. */
    public Builder responseFormat(String responseFormat) {
      values.put("response_format", responseFormat);
      return this;
    }

    /** Sets {@code presence_penalty}. */
    public Builder presencePenalty(double presencePenalty) {
      values.put("presence_penalty", presencePenalty);
      return this;
    }

    /** Sets {@code frequency_penalty}. */
    public Builder frequencyPenalty(double frequencyPenalty) {
      values.put("frequency_penalty", frequencyPenalty);
      return this;
    }

    /** Sets {@code cache_type}. */
    public Builder cacheType(String cacheType) {
      values.put("cache_type", cacheType);
      return this;
    }

    /** Sets {@code sp_anti_leak}. */
    public Builder spAntiLeak(boolean spAntiLeak) {
      values.put("sp_anti_leak", spAntiLeak);
      return this;
    }

    /** Sets {@code sp_current_time}. */
    public Builder spCurrentTime(boolean spCurrentTime) {
      values.put("sp_current_time", spCurrentTime);
      return this;
    }

    /** Sets {@code parameters}. */
    public Builder parameters(Map<String, String> parameters) {
      values.put("parameters", Wire.value(parameters));
      return this;
    }

    /** Any other key, sent as given (a plain JSON value or a view). */
    public Builder putExtra(String key, Object value) {
      values.put(key, Wire.value(value));
      return this;
    }

    public BotModelInfo build() {
      return parse(Json.write(values));
    }
  }
}
