// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.model;

import io.cozecore.ModelView;
import io.cozecore.internal.Cells;
import io.cozecore.internal.CoreRecord;
import io.cozecore.internal.Decoding;
import io.cozecore.internal.Json;
import io.cozecore.internal.Wire;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a client knows of the service's health (Client::health_json): the error rate, the circuit
 * breaker, the retry budget. A lazy view of an answer: each field is read when its accessor is
 * called (null when absent); build one to send with builder().
 */
public final class ClientHealth extends ModelView {
  /** This model's id in records (its index in the description's list of models). */
  public static final int MODEL_ID = 28;

  /** A view of object node {@code node} of {@code record} (made by the runtime). */
  public ClientHealth(CoreRecord record, int node) {
    super(record, node, MODEL_ID);
  }

  /**
   * JSON text read as a ClientHealth by the core (the canonical rules of core/api/README.md).
   *
   * @throws io.cozecore.DecodeException when the text is not JSON or not an object
   */
  public static ClientHealth parse(String json) {
    CoreRecord r = Decoding.model("ClientHealth", json);
    return new ClientHealth(r, Decoding.objectNode(r, "ClientHealth"));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The circuit breaker's state (closed when it is off). Field {@code state} (string). */
  public String state() {
    return read(0, Cells.STRING);
  }

  /** Whether the circuit breaker is on. Field {@code breaker} (boolean). */
  public Boolean breaker() {
    return read(1, Cells.BOOLEAN);
  }

  /**
   * The moving average of failed attempts over attempts (0 to 1). Field {@code error_rate}
   * (number).
   */
  public Double errorRate() {
    return read(2, Cells.NUMBER);
  }

  /**
   * Whether a slice with attempts has closed (before that error_rate is 0). Field {@code rated}
   * (boolean).
   */
  public Boolean rated() {
    return read(3, Cells.BOOLEAN);
  }

  /** Attempts in the last slice that closed with attempts. Field {@code attempts} (integer). */
  public Long attempts() {
    return read(4, Cells.INTEGER);
  }

  /** Failed attempts in that slice. Field {@code failures} (integer). */
  public Long failures() {
    return read(5, Cells.INTEGER);
  }

  /** Attempts in the slice running now. Field {@code current_attempts} (integer). */
  public Long currentAttempts() {
    return read(6, Cells.INTEGER);
  }

  /** Failed attempts in the slice running now. Field {@code current_failures} (integer). */
  public Long currentFailures() {
    return read(7, Cells.INTEGER);
  }

  /** Attempts since the client was made. Field {@code total_attempts} (integer). */
  public Long totalAttempts() {
    return read(8, Cells.INTEGER);
  }

  /** Failed attempts since the client was made. Field {@code total_failures} (integer). */
  public Long totalFailures() {
    return read(9, Cells.INTEGER);
  }

  /** While open: milliseconds until a probe may go out. Field {@code open_ms_left} (integer). */
  public Long openMsLeft() {
    return read(10, Cells.INTEGER);
  }

  /** How many times the breaker opened. Field {@code opened} (integer). */
  public Long opened() {
    return read(11, Cells.INTEGER);
  }

  /** Attempts failed at once by the breaker. Field {@code rejected} (integer). */
  public Long rejected() {
    return read(12, Cells.INTEGER);
  }

  /** Retries the retry budget allowed. Field {@code retries_spent} (integer). */
  public Long retriesSpent() {
    return read(13, Cells.INTEGER);
  }

  /** Tokens left in the retry budget. Field {@code retry_budget_left} (number). */
  public Double retryBudgetLeft() {
    return read(14, Cells.NUMBER);
  }

  /** Builds a ClientHealth to send (read back through the core, as an answer would be). */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Sets {@code state}. */
    public Builder state(String state) {
      values.put("state", state);
      return this;
    }

    /** Sets {@code breaker}. */
    public Builder breaker(boolean breaker) {
      values.put("breaker", breaker);
      return this;
    }

    /** Sets {@code error_rate}. */
    public Builder errorRate(double errorRate) {
      values.put("error_rate", errorRate);
      return this;
    }

    /** Sets {@code rated}. */
    public Builder rated(boolean rated) {
      values.put("rated", rated);
      return this;
    }

    /** Sets {@code attempts}. */
    public Builder attempts(long attempts) {
      values.put("attempts", attempts);
      return this;
    }

    /** Sets {@code failures}. */
    public Builder failures(long failures) {
      values.put("failures", failures);
      return this;
    }

    /** Sets {@code current_attempts}. */
    public Builder currentAttempts(long currentAttempts) {
      values.put("current_attempts", currentAttempts);
      return this;
    }

    /** Sets {@code current_failures}. */
    public Builder currentFailures(long currentFailures) {
      values.put("current_failures", currentFailures);
      return this;
    }

    /** Sets {@code total_attempts}. */
    public Builder totalAttempts(long totalAttempts) {
      values.put("total_attempts", totalAttempts);
      return this;
    }

    /** Sets {@code total_failures}. */
    public Builder totalFailures(long totalFailures) {
      values.put("total_failures", totalFailures);
      return this;
    }

    /** Sets {@code open_ms_left}. */
    public Builder openMsLeft(long openMsLeft) {
      values.put("open_ms_left", openMsLeft);
      return this;
    }

    /** Sets {@code opened}. */
    public Builder opened(long opened) {
      values.put("opened", opened);
      return this;
    }

    /** Sets {@code rejected}. */
    public Builder rejected(long rejected) {
      values.put("rejected", rejected);
      return this;
    }

    /** Sets {@code retries_spent}. */
    public Builder retriesSpent(long retriesSpent) {
      values.put("retries_spent", retriesSpent);
      return this;
    }

    /** Sets {@code retry_budget_left}. */
    public Builder retryBudgetLeft(double retryBudgetLeft) {
      values.put("retry_budget_left", retryBudgetLeft);
      return this;
    }

    /** Any other key, sent as given (a plain JSON value or a view). */
    public Builder putExtra(String key, Object value) {
      values.put(key, Wire.value(value));
      return this;
    }

    public ClientHealth build() {
      return parse(Json.write(values));
    }
  }
}
