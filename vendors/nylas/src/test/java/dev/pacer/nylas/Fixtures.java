package dev.pacer.nylas;

import dev.pacer.vendor.support.testing.TestFiles;

/** JSON bodies shaped like Nylas API v2 answers (written for these tests). */
final class Fixtures {
  private Fixtures() {}

  static final String MESSAGE = TestFiles.read(Fixtures.class, "fixtures/message.json");

  static final String THREAD = TestFiles.read(Fixtures.class, "fixtures/thread.json");

  static final String CONTACT = TestFiles.read(Fixtures.class, "fixtures/contact.json");

  static final String DRAFT = TestFiles.read(Fixtures.class, "fixtures/draft.json");

  static final String DELTA_MESSAGE = TestFiles.read(Fixtures.class, "fixtures/delta-message.json");

  static final String DELTA_THREAD = TestFiles.read(Fixtures.class, "fixtures/delta-thread.json");

  static final String DELTA_PAGE = "{\"cursor_start\": \"c-1\", \"cursor_end\": \"c-3\", \"deltas\": ["
      + DELTA_MESSAGE + "," + DELTA_THREAD + "]}";
}
