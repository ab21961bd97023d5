package dev.pacer.koreccai;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pacer.koreccai.model.FunctionalityType;
import dev.pacer.koreccai.model.ImportRequest;
import dev.pacer.koreccai.model.ImportResult;
import java.util.List;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * Kore.ai CCAI's Import/Export Data APIs: skill groups, queues, standard responses and waiting
 * experiences of an app, exported as JSON and imported back (scope "SmartAssist Import and Export
 * Feature"). Get one from {@link KoreCcaiClient#importExport()}. {@code botId} is the app (stream)
 * ID. Kore documents the entities' shape only by example (skill groups), so they are {@link
 * JsonNode}s. The v1 pages name their paths the other way round from what they do (export reads
 * {@code importSmartAssistFunctionalities}, import posts to {@code exportSmartAssistFunctionalities})
 * and show inconsistent samples; this follows each page's endpoint line, unverified, and Kore asks
 * for v2. Every method counts against the account's one shared limit of <b>60 requests per
 * minute</b> (rule {@code account-per-minute}, see {@link KoreCcaiPolicy}).
 */
public interface ImportExportApi {
  /**
   * The app's entities of kind {@code type} ("Export Data by Giving Details (v2)"). Limit: shared
   * <b>60/min</b> per account (rule {@code account-per-minute}).
   */
  @GET("agentassist/api/v1/public/analytics/{botId}/retrieveSmartAssistFunctionalities")
  Call<List<JsonNode>> export(@Path("botId") String botId, @Query("accountId") String accountId,
      @Query("orgId") String orgId, @Query("type") FunctionalityType type);

  /**
   * {@link #export} through v1 ("Export Data by Giving Details"), which Kore will deprecate.
   * Limit: shared <b>60/min</b> per account (rule {@code account-per-minute}).
   */
  @GET("agentassist/api/public/analytics/{botId}/importSmartAssistFunctionalities")
  Call<List<JsonNode>> exportV1(@Path("botId") String botId, @Query("accountId") String accountId,
      @Query("orgId") String orgId, @Query("type") FunctionalityType type);

  /**
   * Imports (saves) {@code request}'s entities of kind {@code type} ("Import/Save Data by Giving
   * Details (v2)"). Not safe to replay: Pacer never resends it after a network error. Limit:
   * shared <b>60/min</b> per account (rule {@code account-per-minute}).
   */
  @POST("agentassist/api/v1/public/analytics/{botId}/storeSmartAssistFunctionalities")
  Call<ImportResult> importData(@Path("botId") String botId, @Query("accountId") String accountId,
      @Query("orgId") String orgId, @Query("type") FunctionalityType type, @Body ImportRequest request);

  /**
   * {@link #importData} through v1 ("Import/Save Data by Giving Details"), which Kore will
   * deprecate; the page's sample answer is a list of the saved entities, kept as JSON. Not safe to
   * replay. Limit: shared <b>60/min</b> per account (rule {@code account-per-minute}).
   */
  @POST("agentassist/api/public/analytics/{botId}/exportSmartAssistFunctionalities")
  Call<JsonNode> importDataV1(@Path("botId") String botId, @Body ImportRequest request);
}
