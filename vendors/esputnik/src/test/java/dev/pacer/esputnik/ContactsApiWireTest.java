package dev.pacer.esputnik;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import dev.pacer.esputnik.model.ActivityStatus;
import dev.pacer.esputnik.model.Address;
import dev.pacer.esputnik.model.AddressBooks;
import dev.pacer.esputnik.model.Channel;
import dev.pacer.esputnik.model.ChannelType;
import dev.pacer.esputnik.model.Contact;
import dev.pacer.esputnik.model.ContactActivity;
import dev.pacer.esputnik.model.ContactBulkUpdateResult;
import dev.pacer.esputnik.model.ContactEmail;
import dev.pacer.esputnik.model.ContactEmails;
import dev.pacer.esputnik.model.ContactMessage;
import dev.pacer.esputnik.model.ContactSubscriptionResult;
import dev.pacer.esputnik.model.ContactSubscriptions;
import dev.pacer.esputnik.model.ContactsBulkUpdate;
import dev.pacer.esputnik.model.Device;
import dev.pacer.esputnik.model.IdResult;
import dev.pacer.esputnik.model.ImportSessionStatus;
import dev.pacer.esputnik.model.SubscribeContact;
import dev.pacer.esputnik.model.SubscriptionCategory;
import dev.pacer.esputnik.model.UnsubscribedEmails;
import dev.pacer.vendor.support.testing.TestFiles;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import retrofit2.Response;

final class ContactsApiWireTest {
  @AutoClose private final EsputnikTestServer t = EsputnikTestServer.start();
  private final ContactsApi api = t.client.contacts();

  static final String CONTACT_JSON = TestFiles.read(ContactsApiWireTest.class, "fixtures/contact.json");

  @Test
  void searchSendsFiltersAndPagingAndReadsTotalCount() throws Exception {
    t.server.enqueue(new mockwebserver3.MockResponse.Builder().code(200)
        .addHeader("Content-Type", "application/json; charset=UTF-8")
        .addHeader("TotalCount", "1234")
        .body("[" + CONTACT_JSON + "]").build());
    Response<List<Contact>> response = api.search(ContactSearch.byEmail("ann@example.com"), 501, 500).execute();
    t.takeEmpty("GET", "/api/v1/contacts?email=ann%40example.com&startindex=501&maxrows=500");
    assertEquals(1234L, EsputnikPaging.totalCount(response));
    Contact c = response.body().get(0);
    assertEquals(100500L, c.id());
    assertEquals(Channel.email("ann@example.com"), c.channels().get(0));
    assertEquals(new Device("83b77a49", null, "android", null, null, null, true), c.channels().get(1).device());
    assertEquals(ChannelType.UNKNOWN, c.channels().get(2).type());
    assertEquals(new Address(null, "Kyiv", null, "01001"), c.address());
    assertEquals("VIP", c.groups().get(0).name());
    assertEquals("gold", c.fields().get(0).value());
  }

  @Test
  void searchWithEveryFilterSendsThemInOrder() throws Exception {
    t.reply(200, "[]");
    api.search("crm-1", "a@b.c", "380501234567", "Ann", "Lee", 1, 20, null).execute();
    t.takeEmpty("GET", "/api/v1/contacts?externalCustomerId=crm-1&email=a%40b.c&sms=380501234567"
        + "&firstname=Ann&lastname=Lee&startindex=1&maxrows=20");
    t.reply(200, "[]");
    api.search(ContactSearch.all().sortedByContactId(), 1, 500).execute();
    t.takeEmpty("GET", "/api/v1/contacts?startindex=1&maxrows=500&sortBy=contactId");
  }

  @Test
  void searchRejectsPagesEsputnikWouldRefuse() {
    assertThrows(IllegalArgumentException.class, () -> api.search(ContactSearch.all(), 0, 10));
    assertThrows(IllegalArgumentException.class, () -> api.search(ContactSearch.all(), 1, 501));
    assertThrows(IllegalStateException.class, () -> ContactSearch.byEmail("a@b.c").sortedByContactId());
  }

  @Test
  void getReadsOneContact() throws Exception {
    t.reply(200, CONTACT_JSON);
    Contact c = t.client.execute(api.get(100500L));
    t.takeEmpty("GET", "/api/v1/contact/100500");
    assertEquals("Ann", c.firstName());
    assertEquals("crm-1", c.externalCustomerId());
  }

  @Test
  void addOrUpdatePostsTheContactWithoutNulls() throws Exception {
    t.reply(200, "{\"id\":100501}");
    Contact contact = Contact.builder().firstName("Bo").email("bo@example.com").sms("380501234567")
        .field(123, "silver").externalCustomerId("crm-2").build();
    IdResult id = t.client.execute(api.addOrUpdate(contact));
    t.takeJson("POST", "/api/v1/contact", "{\"firstName\":\"Bo\",\"channels\":["
        + "{\"type\":\"email\",\"value\":\"bo@example.com\"},{\"type\":\"sms\",\"value\":\"380501234567\"}],"
        + "\"fields\":[{\"id\":123,\"value\":\"silver\"}],\"externalCustomerId\":\"crm-2\"}");
    assertEquals(new IdResult(100501L), id);
  }

  @Test
  void updatePutsTheContact() throws Exception {
    t.reply(200, null);
    t.client.execute(api.update(100500L, Contact.builder().lastName("Lee-Park").build()));
    t.takeJson("PUT", "/api/v1/contact/100500", "{\"lastName\":\"Lee-Park\"}");
  }

  @Test
  void deleteByIdAndByExternalIdSendTheEraseFlag() throws Exception {
    t.reply(200, null);
    t.client.execute(api.delete(100500L, true));
    t.takeEmpty("DELETE", "/api/v1/contact/100500?erase=true");
    t.reply(200, null);
    t.client.execute(api.delete(100500L, null));
    t.takeEmpty("DELETE", "/api/v1/contact/100500");
    t.reply(200, null);
    t.client.execute(api.deleteByExternalCustomerId("crm 1", false));
    t.takeEmpty("DELETE", "/api/v1/contact?externalCustomerId=crm%201&erase=false");
  }

  @Test
  void bulkUpdatePostsContactsAndReadsASingleFailedContactObject() throws Exception {
    t.reply(200, "{\"asyncSessionId\":\"5f1c0b8e-2d0a-4d63-9b5e-1b2f0d8a7c11\","
        + "\"failedContacts\":{\"firstName\":\"X1\",\"channels\":[{\"type\":\"email\",\"value\":\"bad\"}],\"error\":\"Invalid email\"}}");
    ContactsBulkUpdate update = ContactsBulkUpdate.builder(
            List.of(Contact.builder().email("a@example.com").build(), Contact.builder().email("bad").build()), "email")
        .contactFields("firstName", "email").groupNames("Newsletter").restoreDeleted(false).build();
    ContactBulkUpdateResult result = t.client.execute(api.bulkUpdate(update));
    t.takeJson("POST", "/api/v1/contacts", "{\"contacts\":[{\"channels\":[{\"type\":\"email\",\"value\":\"a@example.com\"}]},"
        + "{\"channels\":[{\"type\":\"email\",\"value\":\"bad\"}]}],\"dedupeOn\":\"email\","
        + "\"contactFields\":[\"firstName\",\"email\"],\"groupNames\":[\"Newsletter\"],\"restoreDeleted\":false}");
    assertEquals("5f1c0b8e-2d0a-4d63-9b5e-1b2f0d8a7c11", result.asyncSessionId());
    assertEquals(1, result.failedContacts().size());
    assertEquals("Invalid email", result.failedContacts().get(0).error());
  }

  @Test
  void importStatusReadsTheMapping() throws Exception {
    t.reply(200, "{\"status\":\"FINISHED\",\"timestamp\":\"2025-06-04T10:15:30.000+00:00\","
        + "\"mapping\":[{\"dedupeValue\":\"a@example.com\",\"contactId\":100502}]}");
    ImportSessionStatus s = t.client.execute(api.importStatus("5f1c0b8e"));
    t.takeEmpty("GET", "/api/v1/importstatus/5f1c0b8e");
    assertEquals("FINISHED", s.status());
    assertEquals(100502L, s.mapping().get(0).contactId());
  }

  @Test
  void subscribePostsTheSignUp() throws Exception {
    t.reply(200, "{\"id\":100503,\"emailStatus\":\"NEED_CONFIRMATION\",\"new\":true}");
    SubscribeContact signUp = new SubscribeContact(Contact.builder().email("new@example.com").build(),
        List.of("Newsletter"), null, "footer");
    ContactSubscriptionResult r = t.client.execute(api.subscribe(signUp));
    t.takeJson("POST", "/api/v1/contact/subscribe", "{\"contact\":{\"channels\":[{\"type\":\"email\","
        + "\"value\":\"new@example.com\"}]},\"groups\":[\"Newsletter\"],\"formType\":\"footer\"}");
    assertEquals(new ContactSubscriptionResult(100503L, "NEED_CONFIRMATION", true), r);
  }

  @Test
  void emailsJoinsIdsAndReadsAnObjectOrAnArray() throws Exception {
    t.reply(200, "{\"results\":[{\"contactId\":1,\"email\":\"a@example.com\"},{\"contactId\":2,\"email\":\"b@example.com\"}]}");
    ContactEmails two = t.client.execute(api.emails(List.of(1L, 2L)));
    t.takeEmpty("GET", "/api/v1/contacts/email?ids=1%2C2");
    assertEquals(2, two.results().size());
    t.reply(200, "{\"results\":{\"contactId\":1,\"email\":\"a@example.com\"}}");
    ContactEmails one = t.client.execute(api.emails("1"));
    t.takeEmpty("GET", "/api/v1/contacts/email?ids=1");
    assertEquals(List.of(new ContactEmail(1L, "a@example.com")), one.results());
  }

  @Test
  void contactIdByTokenUsesBothPathVariables() throws Exception {
    t.reply(200, "{\"id\":9007199254740993}");
    IdResult id = t.client.execute(api.contactIdByToken("83b77a49-fc28-409b-aeaa-68c9d544ab9d", "0373a4ab1c37"));
    t.takeEmpty("GET", "/api/v1/contact/token/83b77a49-fc28-409b-aeaa-68c9d544ab9d/0373a4ab1c37/contactId");
    assertEquals(9007199254740993L, id.id());
  }

  @Test
  void messageHistorySendsPeriodContactChannelsAndPaging() throws Exception {
    t.reply(200, "[{\"contactId\":100500,\"email\":\"ann@example.com\",\"messageId\":0,\"messageInstanceId\":0,"
        + "\"messageTags\":[\"welcome\"],\"channelType\":\"email\",\"sentDateTime\":\"2025-06-01T09:30:00\","
        + "\"activityStatus\":\"READ\",\"from\":\"Shop <info@shop.com>\",\"subject\":\"Hi\","
        + "\"viewMessageLink\":\"https://esputnik.com/v/abc\"},"
        + "{\"contactId\":100500,\"phone\":\"380501234567\",\"messageId\":77,\"channelType\":\"sms\","
        + "\"activityStatus\":\"BOUNCED_BY_MARS\",\"text\":\"Code 1234\"}]");
    MessageHistoryQuery q = MessageHistoryQuery.forContact(100500L, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30))
        .channels(ChannelType.EMAIL, ChannelType.SMS);
    List<ContactMessage> page = t.client.execute(api.messageHistory(q, 100, 100));
    t.takeEmpty("GET", "/api/v2/contacts/messages?dateFrom=2025-06-01&dateTo=2025-06-30&contactId=100500"
        + "&channelTypes=email%2Csms&offset=100&maxrows=100");
    assertEquals(ActivityStatus.READ, page.get(0).activityStatus());
    assertEquals(ChannelType.SMS, page.get(1).channelType());
    assertEquals(ActivityStatus.UNKNOWN, page.get(1).activityStatus());
    assertNull(page.get(1).subject());
  }

  @Test
  void messageHistoryNeedsExactlyOneContactIdentifier() {
    assertThrows(IllegalArgumentException.class,
        () -> new MessageHistoryQuery("2025-06-01", "2025-06-30", 1L, null, "a@b.c", null, null));
    assertThrows(IllegalArgumentException.class,
        () -> new MessageHistoryQuery("2025-06-01", "2025-06-30", null, null, null, null, null));
    assertThrows(IllegalArgumentException.class,
        () -> api.messageHistory(MessageHistoryQuery.forEmail("a@b.c", LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 2)), 0, 101));
  }

  @Test
  void subscriptionsReadsABareObjectOrAnArrayAsAList() throws Exception {
    t.reply(200, "{\"id\":12,\"key\":\"news\",\"groupId\":2345678,\"name\":\"Newsletter\"}");
    List<SubscriptionCategory> one = t.client.execute(api.subscriptions(1234567890L));
    t.takeEmpty("GET", "/api/v1/contact/1234567890/subscriptions");
    assertEquals(List.of(new SubscriptionCategory(12, "news", 2345678L, "Newsletter", null, null, null)), one);
    t.reply(200, "[{\"key\":\"news\"},{\"key\":\"promo\"}]");
    assertEquals(2, t.client.execute(api.subscriptions(7L)).size());
    t.takeEmpty("GET", "/api/v1/contact/7/subscriptions");
  }

  @Test
  void updateSubscriptionsPutsTheKeys() throws Exception {
    t.reply(200, "\"OK\"");
    t.client.execute(api.updateSubscriptions(1234567890L, ContactSubscriptions.of("news", "promo")));
    t.takeJson("PUT", "/api/v1/contact/1234567890/subscriptions", "{\"subscriptions\":[\"news\",\"promo\"]}");
    t.reply(200, null);
    t.client.execute(api.updateSubscriptions(8L, ContactSubscriptions.of()));
    t.takeJson("PUT", "/api/v1/contact/8/subscriptions", "{\"subscriptions\":[]}");
  }

  @Test
  void subscriptionCategoriesReadsTheOrganisationsList() throws Exception {
    t.reply(200, "[{\"id\":12,\"key\":\"news\",\"groupId\":2345678,\"contactsCount\":1520,"
        + "\"createdDate\":\"2024-03-01T09:00:00.000+0000\",\"name\":\"Newsletter\"}]");
    List<SubscriptionCategory> all = t.client.execute(api.subscriptionCategories());
    t.takeEmpty("GET", "/api/v1/subscriptions");
    assertEquals(1520, all.get(0).contactsCount());
  }

  @Test
  void addressBooksReadsSingleObjectsAsOneElementLists() throws Exception {
    t.reply(200, "{\"addressBook\":{\"addressBookId\":1,\"name\":\"Main\",\"fieldGroups\":{\"name\":\"Personal\","
        + "\"profileKey\":\"personal\",\"fields\":{\"id\":71,\"name\":\"City\",\"fieldKey\":\"city\","
        + "\"description\":{\"type\":\"TEXTFIELD\",\"required\":false,\"readonly\":false}}}}}");
    AddressBooks books = t.client.execute(api.addressBooks());
    t.takeEmpty("GET", "/api/v1/addressbooks");
    AddressBooks.FieldInfo city = books.addressBook().get(0).fieldGroups().get(0).fields().get(0);
    assertEquals(71L, city.id());
    assertEquals("TEXTFIELD", city.description().type());
  }

  @Test
  void activitySendsThePeriodFiltersAndCursor() throws Exception {
    t.reply(200, "[{\"contactId\":1,\"email\":\"ann@example.com\",\"mediaType\":\"email\","
        + "\"activityStatus\":\"CLICKED\",\"offset\":\"o-1\"}]");
    ContactActivityQuery q = ContactActivityQuery.builder(LocalDate.of(2023, 7, 20), LocalDate.of(2023, 10, 12))
        .email("ann@example.com").sms("+12345678900").webPushToken("wp").mobPushToken("mp")
        .messageTag("Discount").status(ActivityStatus.CLICKED).build();
    List<ContactActivity> page = t.client.execute(api.activity(q, "o-0", 1000));
    t.takeEmpty("GET", "/api/v2/contacts/activity?dateFrom=2023-07-20&dateTo=2023-10-12&email=ann%40example.com"
        + "&sms=%2B12345678900&webPushToken=wp&mobPushToken=mp&messageTag=Discount&activityStatus=CLICKED"
        + "&offset=o-0&maxrows=1000");
    assertEquals(ChannelType.EMAIL, page.get(0).mediaType());
    assertEquals(ActivityStatus.CLICKED, page.get(0).activityStatus());
    assertThrows(IllegalArgumentException.class, () -> api.activity(q, null, 25_001));
    assertThrows(IllegalArgumentException.class,
        () -> ContactActivityQuery.builder(LocalDate.of(2023, 7, 20), LocalDate.of(2023, 7, 21)).status(ActivityStatus.UNKNOWN).build());
  }

  @Test
  void contactActivityContinuesAfterTheLastOffsetUntilAShortPage() throws Exception {
    t.reply(200, "[{\"contactId\":1,\"offset\":\"a\"},{\"contactId\":2,\"offset\":\"b\"}]");
    t.reply(200, "[{\"contactId\":3,\"offset\":\"c\"}]");
    ContactActivityQuery q = ContactActivityQuery.between(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2));
    List<Long> ids = new java.util.ArrayList<>();
    for (ContactActivity a : t.client.contactActivity(q, 2)) ids.add(a.contactId());
    assertEquals(List.of(1L, 2L, 3L), ids);
    t.takeEmpty("GET", "/api/v2/contacts/activity?dateFrom=2026-01-01&dateTo=2026-01-02&maxrows=2");
    t.takeEmpty("GET", "/api/v2/contacts/activity?dateFrom=2026-01-01&dateTo=2026-01-02&offset=b&maxrows=2");
    assertEquals(0, t.server.getRequestCount() - 2);
  }

  @Test
  void theUnsubscribedListTakesAndGivesBackEmailAddresses() throws Exception {
    t.reply(200, null);
    t.client.execute(api.addToUnsubscribed(UnsubscribedEmails.of("example@gmail.com", "ann@example.com")));
    t.takeJson("POST", "/api/v1/emails/unsubscribed/add", "{\"emails\":[\"example@gmail.com\",\"ann@example.com\"]}");
    t.reply(200, null);
    t.client.execute(api.removeFromUnsubscribed(UnsubscribedEmails.of("ann@example.com")));
    t.takeJson("POST", "/api/v1/emails/unsubscribed/delete", "{\"emails\":[\"ann@example.com\"]}");
    assertThrows(IllegalArgumentException.class, UnsubscribedEmails::of);
  }
}
