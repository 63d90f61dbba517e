package dev.slotwise.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Entry point of the Slotwise GraphQL API. */
@SpringBootApplication
public class SlotwiseApplication {

  public static void main(String[] args) {
    SpringApplication.run(SlotwiseApplication.class, args);
  }
}
