package dev.pacer.koreccai;

import dev.pacer.koreccai.model.Conversation;
import dev.pacer.koreccai.model.ConversationTransfer;
import dev.pacer.koreccai.model.ConversationStatus;
import dev.pacer.koreccai.model.ResultPage;
import dev.pacer.koreccai.model.TransferResult;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * Kore.ai CCAI's conversation APIs: "List of Conversations", "Get a specific Conversation" and
 * "Get Conversations Details" (Analytics and Reporting APIs), and "Transfer Conversation to a
 * Specific Agent or Queue". Get one from {@link KoreCcaiClient#conversations()}. Every method
 * counts against the account's one shared limit of <b>60 requests per minute</b> (rule {@code
 * account-per-minute}, see {@link KoreCcaiPolicy}).
 */
public interface ConversationsApi {
  /**
   * Conversations of app {@code streamId}, {@code limit} from {@code skip}; the answer holds only
   * {@code results}. Limit: shared <b>60/min</b> per account (rule {@code account-per-minute}). For
   * every page, lazily, see {@link KoreCcaiClient#allConversations}.
   *
   * @param skip conversations to skip; null for 0
   * @param limit conversations to return; null for Kore's default
   * @param fields the fields to return, comma-separated; null for all
   * @param status only conversations in this status; null for all
   * @param source only conversations from this channel; null for all
   * @param language the language to return details in; null for the default
   */
  @GET("agentassist/api/v1/public/{streamId}/conversations")
  Call<ResultPage<Conversation>> list(@Path("streamId") String streamId, @Query("skip") Integer skip,
      @Query("limit") Integer limit, @Query("fields") String fields, @Query("status") ConversationStatus status,
      @Query("source") String source, @Query("language") String language);

  /**
   * The conversation {@code conversationId} ({@code c-...}). Limit: shared <b>60/min</b> per
   * account (rule {@code account-per-minute}).
   */
  @GET("agentassist/api/v1/public/{streamId}/conversations/{conversationId}")
  Call<Conversation> get(@Path("streamId") String streamId, @Path("conversationId") String conversationId);

  /**
   * The conversation of bot session {@code sessionId}, with its participants, transfers, notes
   * and dispositions ("Get Conversations Details"). Kore's sample also sends an optional date
   * filter as a body, which a GET cannot carry; it is left out. Fields of the answer that {@link
   * Conversation} does not model ({@code conversationType}, {@code summary}) are not read. Limit:
   * shared <b>60/min</b> per account (rule {@code account-per-minute}).
   */
  @GET("agentassist/api/v1/public/{streamId}/conversations/sessions/{sessionId}")
  Call<Conversation> details(@Path("streamId") String streamId, @Path("sessionId") String sessionId);

  /**
   * Hands bot session {@code transfer.botSessionId()} to an agent or a queue; Kore posts the
   * outcome to the transfer's callback URL too. Not safe to replay: Pacer never resends it after a
   * network error. Limit: shared <b>60/min</b> per account (rule {@code account-per-minute}).
   */
  @POST("agentassist/api/v1/public/{streamId}/assign-conversation")
  Call<TransferResult> transfer(@Path("streamId") String streamId, @Body ConversationTransfer transfer);
}
