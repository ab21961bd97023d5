package dev.pacer.koreccai.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.pacer.vendor.support.Copies;
import java.util.List;

/**
 * The answer of "Fetch Voicemail Recording". Kore's sample names the files {@code "voicemail
 * recording"} and its table {@code voicemail_recording}; both are read. The transcriptions are
 * message-store records whose shape Kore documents only in part; they are kept as sent.
 *
 * @param status e.g. {@code success}
 * @param recordings the voicemail files
 * @param transcriptions the transcriptions, as sent, when asked for
 */
public record Voicemail(String status,
    @JsonProperty("voicemail recording") @JsonAlias("voicemail_recording") List<RecordingFile> recordings,
    List<JsonNode> transcriptions) {
  /** Copies the lists; missing lists read as empty. */
  public Voicemail {
    recordings = Copies.listOrEmpty(recordings);
    transcriptions = Copies.listOrEmpty(transcriptions);
  }
}
