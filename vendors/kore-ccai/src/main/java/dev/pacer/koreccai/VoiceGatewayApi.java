package dev.pacer.koreccai;

import dev.pacer.koreccai.model.InlineRecordings;
import dev.pacer.koreccai.model.RecordingDeletion;
import dev.pacer.koreccai.model.Recordings;
import dev.pacer.koreccai.model.Voicemail;
import retrofit2.Call;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * Kore.ai's Voice Gateway (VG) recording APIs. Get one from {@link
 * KoreCcaiClient#voiceGateway()}. {@code botId} is the app (stream) ID. The answers carry signed
 * download URLs (or the audio itself, in v1): treat them as secrets. Every method counts against
 * the account's one shared limit of <b>60 requests per minute</b> (rule {@code
 * account-per-minute}, see {@link KoreCcaiPolicy}).
 */
public interface VoiceGatewayApi {
  /**
   * The recordings of a call by user or session, inline as {@code data:} URLs ("Fetch Call
   * Recording", v1, which Kore plans to deprecate). Kore's table gives {@code
   * /api/public/bot/...}, which this uses; its sample calls {@code /api/1.1/public/bot/...}.
   * Limit: shared <b>60/min</b> per account (rule {@code account-per-minute}).
   *
   * @param userId the user whose calls to fetch, or null
   * @param sessionId the session to fetch, or null
   */
  @GET("api/public/bot/{botId}/recordings")
  Call<InlineRecordings> recordingsV1(@Path("botId") String botId, @Query("userId") String userId,
      @Query("sessionId") String sessionId);

  /**
   * Download URLs of the recordings of session {@code sessionId} ("Fetch Call Recording (v2)");
   * check {@link Recordings#isReady()}. Limit: shared <b>60/min</b> per account (rule {@code
   * account-per-minute}).
   *
   * @param userId the user ID, which Kore's page also lists; null to leave it out
   */
  @GET("api/public/bot/{botId}/v2/recordings")
  Call<Recordings> recordings(@Path("botId") String botId, @Query("sessionId") String sessionId,
      @Query("userId") String userId);

  /**
   * Deletes the recordings of session {@code sessionId} ("Delete Call Recording"; scope "Delete
   * Recordings"). Limit: shared <b>60/min</b> per account (rule {@code account-per-minute}).
   */
  @DELETE("api/public/bot/{botId}/v2/recordings")
  Call<RecordingDeletion> deleteRecordings(@Path("botId") String botId, @Query("sessionId") String sessionId);

  /**
   * Download URLs of the voicemails of session {@code sessionId}, with their transcriptions when
   * {@code transcription} is true ("Fetch Voicemail Recording"). Limit: shared <b>60/min</b> per
   * account (rule {@code account-per-minute}).
   */
  @GET("api/public/bot/{botId}/voicemail")
  Call<Voicemail> voicemail(@Path("botId") String botId, @Query("sessionId") String sessionId,
      @Query("transcription") boolean transcription);
}
