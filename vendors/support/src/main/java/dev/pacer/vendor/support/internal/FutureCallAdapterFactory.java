package dev.pacer.vendor.support.internal;

import dev.pacer.vendor.support.ErrorBodyParser;
import dev.pacer.vendor.support.VendorCalls;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import retrofit2.Call;
import retrofit2.CallAdapter;
import retrofit2.Response;
import retrofit2.Retrofit;

/**
 * Adapts service methods returning {@code CompletableFuture<T>} through {@link
 * VendorCalls#async}, so their futures fail with the vendor's typed {@code ApiException}
 * rather than Retrofit's {@code HttpException}. {@code CompletableFuture<Response<T>>} is left
 * to Retrofit's own adapter. Internal.
 */
public final class FutureCallAdapterFactory extends CallAdapter.Factory {
  private final ErrorBodyParser<?> errors;

  public FutureCallAdapterFactory(ErrorBodyParser<?> errors) {
    this.errors = Objects.requireNonNull(errors, "errors == null");
  }

  @Override
  public CallAdapter<?, ?> get(Type returnType, Annotation[] annotations, Retrofit retrofit) {
    if (getRawType(returnType) != CompletableFuture.class) return null;
    if (!(returnType instanceof ParameterizedType)) {
      throw new IllegalStateException("CompletableFuture return type must be parameterized as CompletableFuture<Foo>");
    }
    Type inner = getParameterUpperBound(0, (ParameterizedType) returnType);
    if (getRawType(inner) == Response.class) return null;
    return new Adapter<>(inner, errors);
  }

  private static final class Adapter<R> implements CallAdapter<R, CompletableFuture<R>> {
    private final Type responseType;
    private final ErrorBodyParser<?> errors;

    Adapter(Type responseType, ErrorBodyParser<?> errors) {
      this.responseType = responseType;
      this.errors = errors;
    }

    @Override
    public Type responseType() {
      return responseType;
    }

    @Override
    public CompletableFuture<R> adapt(Call<R> call) {
      return VendorCalls.async(call, errors);
    }
  }
}
