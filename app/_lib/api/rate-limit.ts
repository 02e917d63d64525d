/**
 * Requests per caller per minute (a token, a signed-in user, or an address
 * for anonymous calls). Counted per process by rate-limiter-flexible: behind
 * a load balancer with N web processes a caller gets up to N times the limit,
 * which keeps the guard cheap (no database write per request).
 */
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";

export interface RateLimit {
  /** Null when allowed; otherwise the seconds to wait. */
  take(key: string): Promise<number | null>;
}

export function memoryRateLimit(perMinute: number): RateLimit {
  const limiter = new RateLimiterMemory({ points: perMinute, duration: 60 });
  return {
    async take(key) {
      try {
        await limiter.consume(key);
        return null;
      } catch (error) {
        if (error instanceof RateLimiterRes)
          return Math.max(1, Math.ceil(error.msBeforeNext / 1000));
        throw error;
      }
    },
  };
}
