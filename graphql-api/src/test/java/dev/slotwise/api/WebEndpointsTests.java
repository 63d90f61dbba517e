package dev.slotwise.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slotwise.api.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/** The HTTP endpoints around the GraphQL API that people and operators rely on. */
@ApiTest
class WebEndpointsTests {

  @Autowired
  private RestTestClient http;

  @Test
  void healthIsUp() {
    http.get().uri("/actuator/health")
        .exchange()
        .expectStatus().isOk()
        .expectBody().jsonPath("$.status").isEqualTo("UP");
  }

  @Test
  void graphiqlRedirectsToItsPageForTheGraphQlEndpoint() {
    http.get().uri("/graphiql")
        .exchange()
        .expectStatus().is3xxRedirection()
        .expectHeader().value(HttpHeaders.LOCATION,
            // wsPath lets GraphiQL run subscriptions over the same endpoint.
            location -> assertThat(location).endsWith("/graphiql?path=/graphql&wsPath=/graphql"));
  }

  @Test
  void graphiqlPageIsServed() {
    http.get().uri("/graphiql?path=/graphql")
        .exchange()
        .expectStatus().isOk()
        .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
        .expectBody(String.class)
        .value(page -> assertThat(page).containsIgnoringCase("graphiql"));
  }

  @Test
  void printedSchemaContainsApiInfo() {
    http.get().uri("/graphql/schema")
        .exchange()
        .expectStatus().isOk()
        .expectBody(String.class)
        .value(sdl -> assertThat(sdl).contains("apiInfo: ApiInfo!"));
  }

  @Test
  void printedSchemaHasTheSharedScalars() {
    http.get().uri("/graphql/schema")
        .exchange()
        .expectStatus().isOk()
        .expectBody(String.class)
        .value(sdl -> assertThat(sdl).contains("scalar DateTime", "scalar Date", "scalar LocalTime",
            "enum UserErrorCode"));
  }

  @Test
  void probesAreUp() {
    for (String probe : new String[] {"/actuator/health/liveness", "/actuator/health/readiness"}) {
      http.get().uri(probe)
          .exchange()
          .expectStatus().isOk()
          .expectBody().jsonPath("$.status").isEqualTo("UP");
    }
  }

  @Test
  void healthShowsNoDetails() {
    http.get().uri("/actuator/health")
        .exchange()
        .expectStatus().isOk()
        .expectBody().jsonPath("$.components").doesNotExist();
  }

  @Test
  void prometheusScrapesMetrics() {
    http.get().uri("/actuator/prometheus")
        .exchange()
        .expectStatus().isOk()
        .expectBody(String.class)
        .value(metrics -> assertThat(metrics).contains("jvm_memory_used_bytes", "hikaricp_connections"));
  }
}
