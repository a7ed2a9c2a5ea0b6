// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.resources;

/** The audio operations: client.audio(). */
public final class AudioResource {
  private final CozeApi api;
  private final AudioRoomsResource rooms;
  private final AudioSpeechResource speech;
  private final AudioTranscriptionsResource transcriptions;
  private final AudioVoicesResource voices;

  AudioResource(CozeApi api) {
    this.api = api;
    this.rooms = new AudioRoomsResource(api);
    this.speech = new AudioSpeechResource(api);
    this.transcriptions = new AudioTranscriptionsResource(api);
    this.voices = new AudioVoicesResource(api);
  }

  /** The audio.rooms operations. */
  public AudioRoomsResource rooms() {
    return rooms;
  }

  /** The audio.speech operations. */
  public AudioSpeechResource speech() {
    return speech;
  }

  /** The audio.transcriptions operations. */
  public AudioTranscriptionsResource transcriptions() {
    return transcriptions;
  }

  /** The audio.voices operations. */
  public AudioVoicesResource voices() {
    return voices;
  }
}
