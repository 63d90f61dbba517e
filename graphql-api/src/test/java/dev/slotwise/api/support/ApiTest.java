package dev.slotwise.api.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a test class against the whole application on a random port, with the {@code test} profile: embedded
 * PostgreSQL with throw-away data, GreenMail as the SMTP server, a {@link TestClock} in place of the real clock.
 * Inject {@code HttpGraphQlTester}, {@code RestTestClient}, {@link TestClock}, {@link Mailbox} or any bean.
 *
 * <p>Every class annotated with exactly this shares one application context, so PostgreSQL starts once per test
 * JVM. Anything that changes the context's configuration starts another one, with another database: do not add
 * {@code @MockitoBean}, {@code @TestPropertySource}, {@code @DynamicPropertySource}, {@code @Import},
 * {@code @ActiveProfiles} or other {@code @AutoConfigure…} annotations to an {@code @ApiTest} class. For a
 * different configuration, start a {@link SeparateApplication} instead.
 *
 * <p>After each test the clock is back to real time and the mailbox is empty ({@link ApiTestCleanup}). The
 * database is not reset: use fresh data (a new email address per test) so tests cannot see each other's rows.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
@AutoConfigureRestTestClient
@ActiveProfiles("test")
@ContextConfiguration(initializers = SmtpTestServer.Initializer.class)
@Import(ApiTestConfiguration.class)
@ExtendWith(ApiTestCleanup.class)
public @interface ApiTest {}
