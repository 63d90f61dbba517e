package dev.slotwise.api.platform.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slotwise.api.support.ApiTest;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** The limits every request is held to, and the codes of the errors that refuse it, over HTTP. */
@ApiTest
class GuardRailsTests {

  @Autowired
  private HttpGraphQlTester graphQl;

  @Test
  void refusesAQueryDeeperThanTheLimit() {
    // Introspection nests as deep as one asks: __schema > types > fields > type > ofType > ofType > ...
    String deep = "{ __schema { types { fields { type { " + "ofType { ".repeat(14) + "name"
        + " }".repeat(14) + " } } } } }";

    graphQl.document(deep).execute().errors().satisfy(errors -> assertCodes(errors, "QUERY_TOO_COMPLEX"));
  }

  @Test
  void refusesMoreAliasesThanTheLimit() {
    String sixteenAliases = IntStream.rangeClosed(1, 16).mapToObj(i -> "a" + i + ": apiInfo { name }")
        .collect(Collectors.joining(" ", "{ ", " }"));

    graphQl.document(sixteenAliases).execute().errors().satisfy(errors -> assertCodes(errors, "QUERY_TOO_COMPLEX"));
  }

  @Test
  void countsAliasesInsideFragmentsEveryTimeTheyAreSpread() {
    String aliases = IntStream.rangeClosed(1, 8).mapToObj(i -> "a" + i + ": apiInfo { name }")
        .collect(Collectors.joining(" "));
    String twiceSpread = "query { ...Eight ... on Query { ...Eight } } fragment Eight on Query { " + aliases + " }";
    // 8 + 8 = 16 aliased fields in the operation, though the document spells only 8.
    graphQl.document(twiceSpread).execute().errors().satisfy(errors -> assertCodes(errors, "QUERY_TOO_COMPLEX"));
  }

  @Test
  void allowsAliasesUpToTheLimit() {
    String fifteenAliases = IntStream.rangeClosed(1, 15).mapToObj(i -> "a" + i + ": apiInfo { name }")
        .collect(Collectors.joining(" ", "{ ", " }"));

    graphQl.document(fifteenAliases).execute().path("a15.name").entity(String.class).isEqualTo("slotwise");
  }

  @Test
  void answersGraphiqlsFullIntrospectionQueryWithinTheLimits() {
    List<?> types = graphQl.documentName("graphiqlIntrospection").execute()
        .path("__schema.types[*].name").entityList(String.class)
        .contains("Query", "Mutation", "ApiInfo", "DateTime", "Date", "LocalTime", "UserError", "UserErrorCode")
        .get();
    assertThat(types).hasSizeGreaterThan(10);
  }

  @Test
  void refusesAFieldTheSchemaDoesNotHave() {
    graphQl.document("{ noSuchField }").execute().errors().satisfy(errors -> assertCodes(errors, "INVALID_QUERY"));
  }

  @Test
  void refusesADocumentThatIsNotGraphQl() {
    graphQl.document("{ apiInfo { name ").execute().errors().satisfy(errors -> assertCodes(errors, "INVALID_QUERY"));
  }

  @Test
  void refusesAnOperationTheServerDoesNotSupport() {
    graphQl.document("subscription { apiInfo { name } }").execute()
        .errors().satisfy(errors -> assertCodes(errors, "INVALID_QUERY"));
  }

  private static void assertCodes(List<ResponseError> errors, String code) {
    assertThat(errors).isNotEmpty().allSatisfy(error -> {
      Map<String, Object> extensions = error.getExtensions();
      assertThat(extensions).containsEntry("code", code);
      assertThat(error.getMessage()).isNotBlank().doesNotContainIgnoringCase("exception");
    });
  }
}
