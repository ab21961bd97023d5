package dev.pacer.intercom;

import dev.pacer.intercom.model.Article;
import dev.pacer.intercom.model.IntercomList;
import dev.pacer.intercom.model.ArticleRequest;
import dev.pacer.intercom.model.DeletedObject;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;

/** Help Center articles, typed after API version 2.16. Get one from {@link IntercomClient#articles()}. */
public interface ArticlesApi {

  /** One page of articles, most recently updated first; {@code page} (1-based) and {@code perPage} may be null. */
  @GET("articles")
  Call<IntercomList<Article>> list(@Query("page") Integer page, @Query("per_page") Integer perPage);

  /** The article {@code articleId}. */
  @GET("articles/{article_id}")
  Call<Article> get(@Path("article_id") String articleId);

  /** Creates an article; {@code request} needs a title and an author id. */
  @POST("articles")
  Call<Article> create(@Body ArticleRequest request);

  /** Changes the fields set in {@code request} of the article {@code articleId}. */
  @PUT("articles/{article_id}")
  Call<Article> update(@Path("article_id") String articleId, @Body ArticleRequest request);

  /** Deletes the article {@code articleId}. */
  @DELETE("articles/{article_id}")
  Call<DeletedObject> delete(@Path("article_id") String articleId);
}
