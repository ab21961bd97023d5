/**
 * A typed, paced client for Kore.ai Contact Center AI's public APIs: {@link
 * dev.pacer.koreccai.KoreCcaiClient}, its Retrofit interfaces (one per API group) and {@link
 * dev.pacer.koreccai.KoreCcaiPolicy}, the account's published limit of 60 requests per minute.
 *
 * <p>Every API Kore's rate-limit page lists (78) is typed; the module README has the table. Kore
 * publishes no schema, only a page per API with an endpoint line, parameter tables and samples,
 * and a few pages contradict themselves. Where they do, or leave a shape open, the module types
 * the documented minimum (unknown parts as {@link com.fasterxml.jackson.databind.JsonNode}) and
 * the choice is <b>unverified</b> against the live service:
 *
 * <ul>
 *   <li>"Historical Agent Status Summary": the endpoint line has {@code /analytics/1.1/account/},
 *       the sample {@code /analytics/account/}; the endpoint line is used.
 *   <li>"Get Conversations Details": the sample sends an optional date filter as the body of a
 *       GET, which cannot be sent; it is left out.
 *   <li>"Update a Specific Queue": no request body is documented; the fields of "Create a Queue"
 *       are sent. "Update a Skill Group": the table lists the group's {@code id} in the body, the
 *       sample does not send it; it is not sent.
 *   <li>Import/Export v1: the paths are named the other way round from what they do and the
 *       samples disagree with the endpoint lines; the endpoint lines are used, the v1 import
 *       answer and every exported or imported entity are JSON.
 *   <li>"Create SMS Campaign (Advanced Format)": the page prints {@code /api/v2/public/...}
 *       without {@code /campaign}; the path of the other create pages is used. "Update Voice
 *       Campaign": the URL shows {@code campaignType=sms}; the campaign's own type is sent.
 *   <li>"Stop SMS Campaign" v2 prints a path with an empty segment; start and stop use the v1
 *       call the other start and stop pages document.
 *   <li>"Fetch Call Recording" v1: the endpoint line has {@code /api/public/bot/}, the sample
 *       {@code /api/1.1/public/bot/}; the endpoint line is used.
 *   <li>"Create Bulk Contacts": the page says {@code application/json} but its sample posts a
 *       multipart form with the CSV as {@code result_file}; the form is sent.
 *   <li>"Add Contacts to a Contact List": only {@code phoneNumber} is documented per contact.
 *   <li>"Get Intent Real-Time Data": no body is sent, and the sample answer is not valid JSON;
 *       times are kept as text.
 *   <li>"Fetch Voicemail Recording": the files are named {@code "voicemail recording"} in the
 *       sample and {@code voicemail_recording} in the table; both are read.
 *   <li>Deleting a skill, a skill group or a queue: no answer body is documented.
 *   <li>The status code, body and headers of Kore's rate-limit answer (see {@link
 *       dev.pacer.koreccai.KoreCcaiError}).
 * </ul>
 */
package dev.pacer.koreccai;
