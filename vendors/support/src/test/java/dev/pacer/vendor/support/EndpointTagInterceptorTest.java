package dev.pacer.vendor.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.pacer.policy.Endpoint;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import retrofit2.Call;
import retrofit2.Retrofit;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.HEAD;
import retrofit2.http.HTTP;
import retrofit2.http.OPTIONS;
import retrofit2.http.PATCH;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;
import retrofit2.http.Url;

final class EndpointTagInterceptorTest {
  interface Service {
    @GET("api/v1/messages/email/{id}")
    Call<ResponseBody> get(@Path("id") long id);

    @GET("api/v1/contacts?sortBy=contactId")
    Call<ResponseBody> getWithQuery(@Query("email") String email);

    @POST("api/v2/event")
    Call<ResponseBody> post(@Body okhttp3.RequestBody body);

    @PUT("api/v1/interactions/{interaction_id}/status")
    Call<ResponseBody> put(@Path("interaction_id") String id, @Body okhttp3.RequestBody body);

    @DELETE("api/v1/contact/{id}")
    Call<ResponseBody> delete(@Path("id") long id);

    @PATCH("contacts/{id}")
    Call<ResponseBody> patch(@Path("id") String id, @Body okhttp3.RequestBody body);

    @HEAD("ping")
    Call<Void> head();

    @OPTIONS("ping")
    Call<ResponseBody> options();

    @HTTP(method = "DELETE", path = "api/v1/past_events", hasBody = true)
    Call<ResponseBody> deleteWithBody(@Body okhttp3.RequestBody body);

    @GET("/absolute/{id}")
    Call<ResponseBody> rootRelative(@Path("id") String id);

    @GET
    Call<ResponseBody> dynamic(@Url String url);
  }

  private final MockWebServer server = new MockWebServer();
  private final List<Endpoint> seen = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws IOException {
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Service service(HttpUrl base) {
    OkHttpClient client = new OkHttpClient.Builder()
        .addInterceptor(new EndpointTagInterceptor(base))
        .addInterceptor(chain -> {
          seen.add(chain.request().tag(Endpoint.class));
          return chain.proceed(chain.request());
        })
        .build();
    return new Retrofit.Builder().baseUrl(base).client(client).build().create(Service.class);
  }

  private Endpoint run(Call<?> call) throws IOException {
    server.enqueue(new MockResponse.Builder().code(200).build());
    seen.clear();
    call.execute();
    return seen.get(0);
  }

  private static okhttp3.RequestBody json() {
    return okhttp3.RequestBody.create("{}", okhttp3.MediaType.get("application/json"));
  }

  @Test
  void tagsEachHttpAnnotationWithItsMethodAndTemplate() throws IOException {
    Service s = service(server.url("/"));
    assertEquals(Endpoint.of("GET", "/api/v1/messages/email/{id}"), run(s.get(7)));
    assertEquals(Endpoint.of("POST", "/api/v2/event"), run(s.post(json())));
    assertEquals(Endpoint.of("PUT", "/api/v1/interactions/{interaction_id}/status"), run(s.put("a-b", json())));
    assertEquals(Endpoint.of("DELETE", "/api/v1/contact/{id}"), run(s.delete(9)));
    assertEquals(Endpoint.of("PATCH", "/contacts/{id}"), run(s.patch("x", json())));
    assertEquals(Endpoint.of("HEAD", "/ping"), run(s.head()));
    assertEquals(Endpoint.of("OPTIONS", "/ping"), run(s.options()));
    assertEquals(Endpoint.of("DELETE", "/api/v1/past_events"), run(s.deleteWithBody(json())));
  }

  @Test
  void templateLeavesOutTheAnnotationsQuery() throws IOException {
    Service s = service(server.url("/"));
    assertEquals(Endpoint.of("GET", "/api/v1/contacts"), run(s.getWithQuery("a@b.c")));
  }

  @Test
  void baseUrlPathPrefixesTheTemplate() throws Exception {
    Service s = service(server.url("/proxy/esputnik/"));
    assertEquals(Endpoint.of("GET", "/proxy/esputnik/api/v1/messages/email/{id}"), run(s.get(7)));
    assertEquals("/proxy/esputnik/api/v1/messages/email/7", server.takeRequest().getUrl().encodedPath());
  }

  @Test
  void rootRelativeUrlReplacesTheBasePathAsRetrofitDoes() throws IOException {
    Service s = service(server.url("/proxy/"));
    assertEquals(Endpoint.of("GET", "/absolute/{id}"), run(s.rootRelative("1")));
  }

  @Test
  void dynamicUrlIsLeftUntagged() throws IOException {
    Service s = service(server.url("/"));
    assertNull(run(s.dynamic(server.url("/anything").toString())));
  }

  @Test
  void existingEndpointTagIsKept() {
    EndpointTagInterceptor tagger = new EndpointTagInterceptor(HttpUrl.get("https://example.com/"));
    Endpoint mine = Endpoint.of("GET", "/mine");
    Request request = new Request.Builder().url("https://example.com/x").tag(Endpoint.class, mine).build();
    assertSame(request, tagger.tag(request));
  }

  @Test
  void requestsRetrofitDidNotMakeAreLeftAlone() {
    EndpointTagInterceptor tagger = new EndpointTagInterceptor(HttpUrl.get("https://example.com/"));
    Request request = new Request.Builder().url("https://example.com/x").build();
    assertSame(request, tagger.tag(request));
  }
}
