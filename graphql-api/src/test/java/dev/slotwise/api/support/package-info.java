/**
 * What tests of the API stand on: the running application on embedded PostgreSQL, a clock they move and an SMTP
 * server whose mail they read.
 *
 * <h2>A test against the running API</h2>
 * <pre>{@code
 * @ApiTest
 * class SignUpTests {
 *   @Autowired HttpGraphQlTester graphQl;   // or RestTestClient for plain HTTP
 *   @Autowired TestClock clock;
 *   @Autowired Mailbox mailbox;
 *
 *   @Test
 *   void codeExpires() {
 *     String email = "ada-" + UUID.randomUUID() + "@example.com";   // fresh data: the database is shared
 *     clock.setInstant(Instant.parse("2026-03-09T09:00:00Z"));     // stands still until advanced
 *     graphQl.documentName("requestCode").variable("email", email).execute();
 *     String code = mailbox.awaitSixDigitCode(email);               // waits up to Mailbox.PATIENCE
 *     clock.advance(Duration.ofMinutes(11));
 *     // ... the code is refused
 *   }
 * }
 * }</pre>
 *
 * <ul>
 *   <li>{@link dev.slotwise.api.support.ApiTest} starts the application on a random port with the {@code test}
 *       profile ({@code src/test/resources/application-test.yml}): embedded PostgreSQL with throw-away data,
 *       migrated by Flyway. All {@code @ApiTest} classes share one context, so one database, as long as they add
 *       nothing to their configuration; its javadoc lists what would fork the context.</li>
 *   <li>{@link dev.slotwise.api.support.TestClock} is the {@code Clock} every service gets: real time until a
 *       test sets it, then still until advanced.</li>
 *   <li>{@link dev.slotwise.api.support.Mailbox} reads what the application sent through the real SMTP path to
 *       GreenMail ({@link dev.slotwise.api.support.SmtpTestServer}, one per JVM).</li>
 *   <li>{@link dev.slotwise.api.support.ApiTestCleanup} resets the clock and empties the mailbox after each test.
 *       Rows in the database stay; make each test's data its own.</li>
 *   <li>{@link dev.slotwise.api.support.SeparateApplication} starts another instance of the application with other
 *       settings (another profile, another database, a start-up that must fail), outside the shared context.</li>
 * </ul>
 *
 * <p>GraphQL operations live as {@code .graphql} documents in {@code src/test/resources/graphql-test/} and are
 * run by name with {@code documentName}.
 */
package dev.slotwise.api.support;
