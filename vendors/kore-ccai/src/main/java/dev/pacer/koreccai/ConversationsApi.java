package dev.pacer.koreccai;

import dev.pacer.koreccai.model.Conversation;
import dev.pacer.koreccai.model.ConversationStatus;
import dev.pacer.koreccai.model.ResultPage;
import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * Kore.ai CCAI's "List of Conversations" (an Analytics and Reporting API). Get one from {@link
 * KoreCcaiClient#conversations()}. Counts against the account's one shared limit of <b>60 requests
 * per minute</b> (rule {@code account-per-minute}, see {@link KoreCcaiPolicy}).
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
}
