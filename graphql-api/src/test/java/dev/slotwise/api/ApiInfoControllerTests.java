package dev.slotwise.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class ApiInfoControllerTests {

  @Test
  void fallsBackToDevVersionWithoutBuildInformation() {
    ApiInfoController controller = new ApiInfoController("slotwise", Optional.empty());

    assertThat(controller.apiInfo()).isEqualTo(new ApiInfo("slotwise", "dev"));
  }
}
