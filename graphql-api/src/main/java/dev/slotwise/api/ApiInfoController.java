package dev.slotwise.api;

import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.info.BuildProperties;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Answers the {@code apiInfo} query. */
@Controller
public class ApiInfoController {

  /**
   * Reported when {@code META-INF/build-info.properties} is absent, as when the application is
   * started from an IDE without a Maven build.
   */
  static final String UNKNOWN_VERSION = "dev";

  private final ApiInfo apiInfo;

  public ApiInfoController(
      @Value("${spring.application.name}") String name, Optional<BuildProperties> build) {
    this.apiInfo =
        new ApiInfo(name, build.map(BuildProperties::getVersion).orElse(UNKNOWN_VERSION));
  }

  @QueryMapping
  public ApiInfo apiInfo() {
    return apiInfo;
  }
}
