package org.smimeconformance.engine.net;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Reads an answer's body, keeping at most {@code limit + 1} bytes: once the body is known to be
 * larger than the limit, the exchange is cancelled and the answer fails. Used by one exchange only.
 */
final class BoundedBody implements HttpResponse.BodySubscriber<Fetched<byte[]>> {

    private final int limit;
    private final CompletableFuture<Fetched<byte[]>> result = new CompletableFuture<>();
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private Flow.Subscription subscription;

    private BoundedBody(int limit) {
        this.limit = limit;
    }

    /** Handles the answers of endpoints: a 2xx body up to {@code limit} bytes, or "HTTP nnn". */
    static HttpResponse.BodyHandler<Fetched<byte[]>> handler(int limit) {
        return info -> info.statusCode() / 100 == 2
                ? new BoundedBody(limit)
                : new Refused("HTTP " + info.statusCode());
    }

    /** Reads every answer's body up to {@code limit} bytes, whatever its status. */
    static HttpResponse.BodyHandler<Fetched<byte[]>> anyStatus(int limit) {
        return info -> new BoundedBody(limit);
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        this.subscription = s;
        s.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer buffer : buffers) {
            int room = limit + 1 - kept.size();
            int take = Math.min(room, buffer.remaining());
            byte[] bytes = new byte[take];
            buffer.get(bytes);
            kept.write(bytes, 0, take);
            if (kept.size() > limit) {
                subscription.cancel();
                result.complete(Fetched.failed("answer larger than " + limit + " bytes"));
                return;
            }
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable error) {
        result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        result.complete(Fetched.of(kept.toByteArray()));
    }

    @Override
    public CompletionStage<Fetched<byte[]>> getBody() {
        return result;
    }

    /** An answer whose status already says no: the body is not read at all. */
    static final class Refused implements HttpResponse.BodySubscriber<Fetched<byte[]>> {

        private final CompletableFuture<Fetched<byte[]>> result;

        Refused(String reason) {
            this.result = CompletableFuture.completedFuture(Fetched.failed(reason));
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            s.cancel();
        }

        @Override
        public void onNext(List<ByteBuffer> item) {
            // not read
        }

        @Override
        public void onError(Throwable throwable) {
            // the answer is already known
        }

        @Override
        public void onComplete() {
            // the answer is already known
        }

        @Override
        public CompletionStage<Fetched<byte[]>> getBody() {
            return result;
        }
    }
}
