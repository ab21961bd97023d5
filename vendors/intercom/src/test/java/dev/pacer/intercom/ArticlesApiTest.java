package dev.pacer.intercom;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pacer.intercom.model.Article;
import dev.pacer.intercom.model.IntercomList;
import dev.pacer.intercom.model.ArticleRequest;
import dev.pacer.intercom.model.DeletedObject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

final class ArticlesApiTest {
  @AutoClose private final WireHarness wire = WireHarness.start();
  private final ArticlesApi articles = wire.client.articles();

  @Test
  void listSendsPageNumbersAndReadsArticles() throws Exception {
    wire.respond(200, "{\"type\":\"list\",\"pages\":{\"type\":\"pages\",\"page\":2,\"per_page\":25,\"total_pages\":4},"
        + "\"total_count\":80,\"data\":[" + WireHarness.fixture("article.json") + "]}");
    IntercomList<Article> list = wire.client.execute(articles.list(2, 25));
    wire.expect("GET", "/articles?page=2&per_page=25");

    assertEquals(80, list.totalCount());
    assertEquals(4, list.pages().totalPages());
    assertEquals("Rate limits explained", list.data().get(0).title());
  }

  @Test
  void getReadsTheArticle() throws Exception {
    wire.respondFixture("article.json");
    Article a = wire.client.execute(articles.get("4711"));
    wire.expect("GET", "/articles/4711");

    assertEquals("4711", a.id());
    assertEquals(814532L, a.authorId());
    assertEquals("published", a.state());
    assertEquals(List.of(1301L, 1302L), a.parentIds());
    assertEquals(Instant.ofEpochSecond(1717000900), a.updatedAt());
    assertEquals("en", a.defaultLocale());
    assertEquals("https://help.example.org/en/articles/4711-rate-limits-explained", a.url());
  }

  @Test
  void createUpdateAndDeleteSendTheArticle() throws Exception {
    wire.respondFixture("article.json");
    wire.respondFixture("article.json");
    wire.respond(200, "{\"id\":\"4711\",\"object\":\"article\",\"deleted\":true}");

    wire.client.execute(articles.create(ArticleRequest.builder()
        .title("Rate limits explained").description("How many calls you may make").body("<p>Up to 1,000 a minute.</p>")
        .authorId(814532L).state("published").parentId(1301L).parentType("collection").build()));
    wire.expect("POST", "/articles", """
        {"title": "Rate limits explained", "description": "How many calls you may make",
         "body": "<p>Up to 1,000 a minute.</p>", "author_id": 814532, "state": "published",
         "parent_id": 1301, "parent_type": "collection"}
        """);
    wire.client.execute(articles.update("4711", ArticleRequest.builder().state("draft").build()));
    wire.expect("PUT", "/articles/4711", "{\"state\": \"draft\"}");
    DeletedObject deleted = wire.client.execute(articles.delete("4711"));
    wire.expect("DELETE", "/articles/4711");

    assertEquals(new DeletedObject("4711", "article", true), deleted);
  }
}
