// The part of autocannon's API the benchmark uses (the package ships no types).
declare module "autocannon" {
  import type { EventEmitter } from "node:events";

  type Histogram = { mean: number; p50: number; p90: number; p99: number; max: number };
  export type Result = {
    requests: Histogram;
    latency: Histogram;
    non2xx: number;
    errors: number;
    timeouts: number;
    totalCompletedRequests: number;
  };
  type Instance = EventEmitter & PromiseLike<Result>;
  type Options = { url: string; connections?: number; duration?: number; pipelining?: number; timeout?: number; headers?: Record<string, string> };

  function autocannon(options: Options): Instance;
  export default autocannon;
}
