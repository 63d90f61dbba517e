package dev.slotwise.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/** The HTTP endpoints around the GraphQL API that people and operators rely on. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
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
            location -> assertThat(location).endsWith("/graphiql?path=/graphql"));
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
}
