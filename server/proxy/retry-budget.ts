/**
 * How many retries one vendor may still spend, shared by every request to that vendor. A retry helps when
 * a vendor hiccups; when it is down, retrying every failed request only multiplies the load (300 failing
 * requests became 1,200 vendor calls). This is gRPC's retry throttling: each failed attempt costs a token,
 * each success earns part of one back, and retries are allowed only while more than half the tokens are
 * left. A vendor that fails everything therefore gets about `maxTokens / 2` retries in all, however many
 * requests are in flight, and earns retries back as it recovers.
 */
export type RetryBudget = {
  /** Records a failed attempt (429, 5xx, timeout, network) and says whether a retry may follow it. */
  failed: () => boolean;
  /** Records a successful attempt. */
  succeeded: () => void;
};

export function createRetryBudget({ maxTokens = 10, refillPerSuccess = 0.5 } = {}): RetryBudget {
  let tokens = maxTokens;
  return {
    failed() {
      tokens = Math.max(0, tokens - 1);
      return tokens > maxTokens / 2;
    },
    succeeded() {
      tokens = Math.min(maxTokens, tokens + refillPerSuccess);
    },
  };
}
