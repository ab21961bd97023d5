package dev.pacer.intercom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pacer.intercom.model.Company;
import dev.pacer.intercom.model.Contact;
import dev.pacer.intercom.model.ContactArchived;
import dev.pacer.intercom.model.ContactDeleted;
import dev.pacer.intercom.model.IntercomList;
import dev.pacer.intercom.model.ContactRequest;
import dev.pacer.intercom.model.IdRequest;
import dev.pacer.intercom.model.MergeContactsRequest;
import dev.pacer.intercom.model.SearchOperator;
import dev.pacer.intercom.model.SearchQuery;
import dev.pacer.intercom.model.SearchRequest;
import dev.pacer.intercom.model.Segment;
import dev.pacer.intercom.model.SubscriptionRequest;
import dev.pacer.intercom.model.SubscriptionType;
import dev.pacer.intercom.model.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

final class ContactsApiTest {
  @AutoClose private final WireHarness wire = WireHarness.start();
  private final ContactsApi contacts = wire.client.contacts();

  @Test
  void listSendsCursorAndPageSizeAndReadsTheNextCursor() throws Exception {
    wire.respondFixture("contact_list.json");
    IntercomList<Contact> page = wire.client.execute(contacts.list(2, "WzE3MTcxNzE3MTcw"));
    wire.expect("GET", "/contacts?per_page=2&starting_after=WzE3MTcxNzE3MTcw");

    assertEquals(2, page.data().size());
    assertEquals("lead", page.data().get(1).role());
    assertEquals(5, page.totalCount());
    assertEquals(3, page.pages().totalPages());
    assertEquals("WzE3MTcxNzE3MTgwMDAsIjY1YTFmMGMyIl0=", page.nextStartingAfter());
  }

  @Test
  void listLeavesOutParametersThatAreNull() throws Exception {
    wire.respond(200, "{\"type\":\"list\",\"data\":[],\"total_count\":0,\"pages\":{\"type\":\"pages\",\"page\":1,\"per_page\":50,\"total_pages\":0}}");
    IntercomList<Contact> page = wire.client.execute(contacts.list(null, null));
    wire.expect("GET", "/contacts");
    assertTrue(page.data().isEmpty());
    assertNull(page.nextStartingAfter());
  }

  @Test
  void createSendsOnlyTheFieldsSetWithUnixSecondTimes() throws Exception {
    wire.respondFixture("contact.json");
    ContactRequest request = ContactRequest.builder()
        .role("user")
        .externalId("u-1042")
        .email("grace@example.org")
        .signedUpAt(Instant.ofEpochSecond(1717000000, 999_000_000))
        .customAttribute("plan", "pro")
        .customAttribute("seats", 12)
        .build();
    Contact created = wire.client.execute(contacts.create(request));
    wire.expect("POST", "/contacts", """
        {"role": "user", "external_id": "u-1042", "email": "grace@example.org",
         "signed_up_at": 1717000000, "custom_attributes": {"plan": "pro", "seats": 12}}
        """);
    assertEquals("65a1f0c2e4b0a91d3c5e7f10", created.id());
  }

  @Test
  void getReadsEveryTypedFieldOfARealisticContact() throws Exception {
    wire.respondFixture("contact.json");
    Contact c = wire.client.execute(contacts.get("65a1f0c2e4b0a91d3c5e7f10"));
    wire.expect("GET", "/contacts/65a1f0c2e4b0a91d3c5e7f10");

    assertEquals("contact", c.type());
    assertEquals("wsp_pacer_test_0001", c.workspaceId());
    assertEquals("u-1042", c.externalId());
    assertEquals("user", c.role());
    assertEquals("grace@example.org", c.email());
    assertEquals("example.org", c.emailDomain());
    assertEquals("+44 20 7946 0958", c.phone());
    assertEquals("Grace Hopper", c.name());
    assertEquals("814532", c.ownerId());
    assertFalse(c.hasHardBounced());
    assertFalse(c.markedEmailAsSpam());
    assertTrue(c.unsubscribedFromEmails());
    assertEquals(Instant.ofEpochSecond(1717171717), c.createdAt());
    assertEquals(Instant.ofEpochSecond(1717172000), c.updatedAt());
    assertEquals(Instant.ofEpochSecond(1717000000), c.signedUpAt());
    assertEquals(Instant.ofEpochSecond(1717171800), c.lastSeenAt());
    assertNull(c.lastRepliedAt());
    assertEquals(Instant.ofEpochSecond(1717171750), c.lastContactedAt());
    assertNull(c.lastEmailOpenedAt());
    assertEquals("firefox", c.browser());
    assertEquals("Linux", c.os());
    assertEquals("https://static.example.org/avatars/grace.png", c.avatar().imageUrl());
    assertEquals("London", c.location().city());
    assertEquals("GBR", c.location().countryCode());
    assertEquals("GitHub", c.socialProfiles().data().get(0).name());
    assertEquals(Map.of("plan", "pro", "seats", 12, "beta", true), c.customAttributes());
    assertEquals("8801", c.tags().data().get(0).id());
    assertEquals(1, c.tags().totalCount());
    assertFalse(c.tags().hasMore());
    assertTrue(c.notes().data().isEmpty());
    assertEquals("/companies/65a1f0aa11aa22bb33cc44dd", c.companies().data().get(0).url());
  }

  @Test
  void pathVariablesAreEncoded() throws Exception {
    wire.respondFixture("contact.json");
    wire.client.execute(contacts.findByExternalId("team a/b"));
    wire.expect("GET", "/contacts/find_by_external_id/team%20a%2Fb");
  }

  @Test
  void updateSendsOnlyTheChangedFields() throws Exception {
    wire.respondFixture("contact.json");
    wire.client.execute(contacts.update("65a1f0c2e4b0a91d3c5e7f10",
        ContactRequest.builder().name("Grace B. Hopper").unsubscribedFromEmails(false).customAttribute("plan", null).build()));
    wire.expect("PUT", "/contacts/65a1f0c2e4b0a91d3c5e7f10",
        "{\"name\": \"Grace B. Hopper\", \"unsubscribed_from_emails\": false, \"custom_attributes\": {\"plan\": null}}");
  }

  @Test
  void deleteReadsTheDeletedReference() throws Exception {
    wire.respond(200, "{\"id\":\"65a1f0c2e4b0a91d3c5e7f10\",\"external_id\":\"u-1042\",\"type\":\"contact\",\"deleted\":true}");
    ContactDeleted deleted = wire.client.execute(contacts.delete("65a1f0c2e4b0a91d3c5e7f10"));
    wire.expect("DELETE", "/contacts/65a1f0c2e4b0a91d3c5e7f10");
    assertEquals(new ContactDeleted("contact", "65a1f0c2e4b0a91d3c5e7f10", "u-1042", true), deleted);
  }

  @Test
  void archiveAndUnarchivePostWithoutBodies() throws Exception {
    wire.respond(200, "{\"id\":\"65a1\",\"external_id\":null,\"type\":\"contact\",\"archived\":true}");
    wire.respond(200, "{\"id\":\"65a1\",\"external_id\":null,\"type\":\"contact\",\"archived\":false}");

    ContactArchived archived = wire.client.execute(contacts.archive("65a1"));
    wire.expect("POST", "/contacts/65a1/archive");
    ContactArchived unarchived = wire.client.execute(contacts.unarchive("65a1"));
    wire.expect("POST", "/contacts/65a1/unarchive");

    assertTrue(archived.archived());
    assertFalse(unarchived.archived());
  }

  @Test
  void searchSendsNestedQueryPaginationAndSort() throws Exception {
    wire.respondFixture("contact_list.json");
    SearchRequest request = SearchRequest.of(SearchQuery.and(
            SearchQuery.field("created_at", SearchOperator.GREATER_THAN, 1700000000),
            SearchQuery.or(
                SearchQuery.field("email", SearchOperator.ENDS_WITH, "@example.org"),
                SearchQuery.field("role", SearchOperator.IN, List.of("user", "lead"))),
            SearchQuery.field("phone", SearchOperator.EQUALS, null)))
        .withPage(25, "WzE3MTcx")
        .withSort("created_at", true);
    IntercomList<Contact> page = wire.client.execute(contacts.search(request));
    wire.expect("POST", "/contacts/search", """
        {"query": {"operator": "AND", "value": [
            {"field": "created_at", "operator": ">", "value": 1700000000},
            {"operator": "OR", "value": [
                {"field": "email", "operator": "$", "value": "@example.org"},
                {"field": "role", "operator": "IN", "value": ["user", "lead"]}]},
            {"field": "phone", "operator": "=", "value": null}]},
         "pagination": {"per_page": 25, "starting_after": "WzE3MTcx"},
         "sort": {"field": "created_at", "order": "ascending"}}
        """);
    assertEquals(2, page.data().size());
  }

  @Test
  void tagsAreListedAttachedAndDetached() throws Exception {
    wire.respond(200, "{\"type\":\"list\",\"data\":[{\"type\":\"tag\",\"id\":\"8801\",\"name\":\"vip\"}]}");
    wire.respond(200, "{\"type\":\"tag\",\"id\":\"8801\",\"name\":\"vip\",\"applied_at\":1663597223,\"applied_by\":{\"type\":\"admin\",\"id\":\"456\"}}");
    wire.respond(200, "{\"type\":\"tag\",\"id\":\"8801\",\"name\":\"vip\"}");

    IntercomList<Tag> list = wire.client.execute(contacts.tags("65a1"));
    wire.expect("GET", "/contacts/65a1/tags");
    Tag attached = wire.client.execute(contacts.attachTag("65a1", new IdRequest("8801")));
    wire.expect("POST", "/contacts/65a1/tags", "{\"id\": \"8801\"}");
    wire.client.execute(contacts.detachTag("65a1", "8801"));
    wire.expect("DELETE", "/contacts/65a1/tags/8801");

    assertEquals("vip", list.data().get(0).name());
    assertEquals(Instant.ofEpochSecond(1663597223), attached.appliedAt());
    assertEquals("456", attached.appliedBy().id());
  }

  @Test
  void companiesAreAttachedAndDetached() throws Exception {
    wire.respondFixture("company.json");
    wire.respondFixture("company.json");

    Company c = wire.client.execute(contacts.attachCompany("65a1", new IdRequest("65a1f0aa11aa22bb33cc44dd")));
    wire.expect("POST", "/contacts/65a1/companies", "{\"id\": \"65a1f0aa11aa22bb33cc44dd\"}");
    wire.client.execute(contacts.detachCompany("65a1", "65a1f0aa11aa22bb33cc44dd"));
    wire.expect("DELETE", "/contacts/65a1/companies/65a1f0aa11aa22bb33cc44dd");

    assertEquals("acme-1", c.companyId());
  }

  @Test
  void mergeSendsLeadAndUserAndReadsTheMergedUser() throws Exception {
    wire.respondFixture("contact.json");
    wire.respondFixture("contact.json");

    Contact merged = wire.client.execute(contacts.merge(MergeContactsRequest.of("6762f0d5aa", "6762f0d5bb"), null));
    wire.expect("POST", "/contacts/merge", "{\"from\": \"6762f0d5aa\", \"into\": \"6762f0d5bb\"}");
    assertEquals("contact", merged.type());
    wire.client.execute(contacts.merge(new MergeContactsRequest("6762f0d5aa", "6762f0d5bb", true), true));
    wire.expect("POST", "/contacts/merge?include_merge_history=true",
        "{\"from\": \"6762f0d5aa\", \"into\": \"6762f0d5bb\", \"skip_duplicate_validation\": true}");
  }

  @Test
  void attachedCompaniesAreReadFromEitherItemName() throws Exception {
    String company = WireHarness.fixture("company.json");
    wire.respond(200, "{\"type\":\"list\",\"companies\":[" + company + "],\"total_count\":1,"
        + "\"pages\":{\"type\":\"pages\",\"page\":1,\"next\":\"https://api.intercom.io/contacts/65a1/companies?page=2\","
        + "\"per_page\":50,\"total_pages\":2}}");
    wire.respond(200, "{\"type\":\"list\",\"data\":[" + company + "],\"total_count\":1}");

    IntercomList<Company> page = wire.client.execute(contacts.companies("65a1"));
    wire.expect("GET", "/contacts/65a1/companies");
    assertEquals(1, page.data().size());
    assertEquals("https://api.intercom.io/contacts/65a1/companies?page=2", page.pages().next().url());
    assertNull(page.nextStartingAfter());
    assertEquals(1, wire.client.execute(contacts.companies("65a1")).data().size());
    wire.expect("GET", "/contacts/65a1/companies");
  }

  @Test
  void segmentsOfAContactAreListed() throws Exception {
    wire.respond(200, "{\"type\":\"list\",\"data\":[{\"type\":\"segment\",\"id\":\"6762f0b2\",\"name\":\"VIP\","
        + "\"created_at\":1734537394,\"updated_at\":1734537395,\"person_type\":\"user\"}]}");
    IntercomList<Segment> segments = wire.client.execute(contacts.segments("65a1"));
    wire.expect("GET", "/contacts/65a1/segments");
    Segment s = segments.data().get(0);
    assertEquals("VIP", s.name());
    assertEquals(Instant.ofEpochSecond(1734537395), s.updatedAt());
    assertNull(s.count());
  }

  @Test
  void subscriptionsAreListedAttachedAndDetached() throws Exception {
    String newsletters = WireHarness.fixture("model/examples/SubscriptionType.json");
    wire.respond(200, "{\"type\":\"list\",\"data\":[" + newsletters + "]}");
    wire.respond(200, newsletters);
    wire.respond(200, newsletters);
    wire.respond(200, newsletters);

    IntercomList<SubscriptionType> list = wire.client.execute(contacts.subscriptions("65a1"));
    wire.expect("GET", "/contacts/65a1/subscriptions");
    assertEquals("opt_in", list.data().get(0).consentType());
    SubscriptionType attached = wire.client.execute(contacts.attachSubscription("65a1", SubscriptionRequest.optIn("106")));
    wire.expect("POST", "/contacts/65a1/subscriptions", "{\"id\": \"106\", \"consent_type\": \"opt_in\"}");
    assertEquals("Newsletters", attached.defaultTranslation().name());
    wire.client.execute(contacts.attachSubscription("65a1", SubscriptionRequest.optOut("106")));
    wire.expect("POST", "/contacts/65a1/subscriptions", "{\"id\": \"106\", \"consent_type\": \"opt_out\"}");
    SubscriptionType detached = wire.client.execute(contacts.detachSubscription("65a1", "106"));
    RecordedRequestAssert.noBody(wire.expect("DELETE", "/contacts/65a1/subscriptions/106"));
    assertEquals(List.of("email", "sms_message"), detached.contentTypes());
  }
}
