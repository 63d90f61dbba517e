package dev.slotwise.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slotwise.api.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.info.BuildProperties;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** Queries {@code apiInfo} through the real HTTP stack, as a client would. */
@ApiTest
class ApiInfoQueryTests {

  @Autowired
  private HttpGraphQlTester graphQl;

  // Present because the Maven build runs spring-boot:build-info before the tests.
  @Autowired
  private BuildProperties build;

  @Test
  void reportsNameAndBuildVersionOverHttp() {
    ApiInfo info = graphQl.documentName("apiInfo")
        .execute()
        .path("apiInfo")
        .entity(ApiInfo.class)
        .get();

    assertThat(info.name()).isEqualTo("slotwise");
    assertThat(info.version())
        .isEqualTo(build.getVersion())
        .isNotEqualTo(ApiInfoController.UNKNOWN_VERSION);
  }
}
