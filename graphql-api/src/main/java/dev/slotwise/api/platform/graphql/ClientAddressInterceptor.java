package dev.slotwise.api.platform.graphql;

import dev.slotwise.api.platform.ClientAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Puts the client's address into the GraphQL context, where rate-limited fields read it. */
@Component
class ClientAddressInterceptor implements WebGraphQlInterceptor {
  @Override
  public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
    InetSocketAddress remote = request.getRemoteAddress();
    String address = remote == null ? "unknown"
        : remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
    request.configureExecutionInput((input, builder) ->
        builder.graphQLContext(Map.of(ClientAddress.CONTEXT_KEY, address)).build());
    return chain.next(request);
  }
}
