package academy.anxin.web.benchmark;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http2.HttpVersionPolicy;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.reactor.IOReactorConfig;
import org.apache.hc.core5.util.Timeout;

/**
 * The benchmark's HTTP client: Apache HttpClient 5's asynchronous client, HTTP/1.1 with keep-alive, no cookie
 * store (each volunteer's session cookie is sent by hand) and no redirects followed (the benchmark reads them).
 * Not the JDK's {@link java.net.http.HttpClient}: the client shares the machine's two cores with the platform and
 * MariaDB, and on this machine the JDK's client spent about 1.4 ms of CPU per request where this one spends about
 * 0.6 ms, so with it the benchmark measured its own client as much as the platform.
 */
final class BenchHttp implements AutoCloseable {

    /** A response, its body read whole as UTF-8. */
    record Reply(String path, int status, String body, Optional<String> location, List<String> cookies,
            Optional<String> retryAfter) {
    }

    private final String base;
    private final CloseableHttpAsyncClient client;

    BenchHttp(String base, int connections, Duration timeout) {
        this.base = base;
        this.client = HttpAsyncClients.custom()
                .setConnectionManager(PoolingAsyncClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(connections).setMaxConnPerRoute(connections)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.ofSeconds(10)).build())
                        .build())
                .setIOReactorConfig(IOReactorConfig.custom().setIoThreadCount(2).build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.of(timeout.toMillis(), TimeUnit.MILLISECONDS)).build())
                .setVersionPolicy(HttpVersionPolicy.FORCE_HTTP_1)
                .disableCookieManagement()
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .build();
        client.start();
    }

    CompletableFuture<Reply> get(String path, String session) {
        return send(request(SimpleRequestBuilder.get(base + path), session).build());
    }

    /** A form post; {@code headers} are name, value pairs added to it. */
    CompletableFuture<Reply> post(String path, String session, String form, String... headers) {
        SimpleRequestBuilder request = request(SimpleRequestBuilder.post(base + path), session)
                .setBody(form, ContentType.APPLICATION_FORM_URLENCODED);
        for (int i = 0; i < headers.length; i += 2) {
            request.addHeader(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    private static SimpleRequestBuilder request(SimpleRequestBuilder request, String session) {
        request.addHeader("Accept-Language", "zh-CN");
        if (session != null) {
            request.addHeader("Cookie", session);
        }
        return request;
    }

    private CompletableFuture<Reply> send(SimpleHttpRequest request) {
        CompletableFuture<Reply> reply = new CompletableFuture<>();
        String path = request.getPath();
        client.execute(request, new FutureCallback<>() {
            @Override
            public void completed(SimpleHttpResponse response) {
                byte[] body = response.getBodyBytes();
                Header location = response.getFirstHeader("Location");
                reply.complete(new Reply(path, response.getCode(),
                        body == null ? "" : new String(body, StandardCharsets.UTF_8),
                        Optional.ofNullable(location).map(Header::getValue),
                        Arrays.stream(response.getHeaders("Set-Cookie")).map(Header::getValue).toList(),
                        Optional.ofNullable(response.getFirstHeader("Retry-After")).map(Header::getValue)));
            }

            @Override
            public void failed(Exception failure) {
                reply.completeExceptionally(failure);
            }

            @Override
            public void cancelled() {
                reply.cancel(false);
            }
        });
        return reply;
    }

    @Override
    public void close() {
        client.close(CloseMode.IMMEDIATE);
    }
}
