package dev.slotwise.api.support;

import dev.slotwise.api.SlotwiseApplication;
import graphql.introspection.Introspection;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * Starts the application once more inside the test JVM, configured as a test needs, for what the shared
 * {@link ApiTest} context cannot show: another profile, another database, a start-up that must fail. It is
 * started as {@code java -jar} would start it, plus the given arguments, on a random port, and without the test
 * support beans ({@link TestClock}, {@link Mailbox}). Close it when done (try-with-resources).
 *
 * <p>Without {@code --spring.datasource.url} it starts its own embedded PostgreSQL; pass the shared one's URL
 * (from the {@code EmbeddedPostgres} bean of an {@code @ApiTest}) to save the time.
 *
 * <p>One setting reaches beyond the application: Spring Boot switches introspection off with graphql-java's
 * JVM-wide flag, so {@code --spring.graphql.schema.introspection.enabled=false} would switch it off for the
 * shared context too. Closing the application puts the flag back as it was.
 */
public final class SeparateApplication {

  private SeparateApplication() {}

  /**
   * Starts the application.
   *
   * @param arguments command-line arguments, such as {@code --spring.profiles.active=production}; they outrank
   *     every configuration file
   * @return the running application's context
   */
  public static ConfigurableApplicationContext start(String... arguments) {
    List<String> all = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off"));
    all.addAll(List.of(arguments));
    boolean introspection = Introspection.isEnabledJvmWide();
    return new SpringApplicationBuilder(SlotwiseApplication.class)
        .initializers(context -> context.getBeanFactory()
            .registerSingleton(LeaveOutTestComponents.class.getName(), new LeaveOutTestComponents()))
        .listeners((ApplicationListener<ContextClosedEvent>) closed -> Introspection.enabledJvmWide(introspection))
        .run(all.toArray(String[]::new));
  }

  /**
   * Keeps component scanning away from test configurations on the test class path, as {@code @SpringBootTest}
   * does; Spring Boot's own filter for that is not public.
   */
  static final class LeaveOutTestComponents extends TypeExcludeFilter {
    @Override
    public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
      return reader.getAnnotationMetadata().isAnnotated(TestComponent.class.getName());
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof LeaveOutTestComponents;
    }

    @Override
    public int hashCode() {
      return LeaveOutTestComponents.class.hashCode();
    }
  }
}
