/**
 * The load driver: autocannon in a process of its own (on the driver's core), reading what to
 * send as JSON on stdin and printing the figures as JSON on stdout. Requests go round the given
 * bodies one after another (e.g. a different contract number and key each time).
 */
import autocannon from 'autocannon';

export interface LoadInput {
  url: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  /** request bodies, sent in turn; none for a GET */
  bodies: string[];
  connections: number;
  seconds: number;
  warmupSeconds: number;
  /** instead of a duration: exactly this many requests (and `warmupAmount` before them) */
  amount?: number;
  warmupAmount?: number;
}

/**
 * A server too slow to finish enough requests in the window (10 in flight, each waiting for the
 * others) is measured again over a fixed number of requests, however long they take: a slow
 * figure is a figure.
 */
const MIN_REQUESTS = 20;

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  errors: number;
  non2xx: number;
  timeouts: number;
  /** mean response size */
  bytesPerResponse: number;
}

function run(input: LoadInput, length: { seconds: number } | { amount: number }): Promise<autocannon.Result> {
  let next = 0;
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: input.url,
        connections: input.connections,
        ...('amount' in length ? { amount: length.amount } : { duration: length.seconds }),
        timeout: 300,
        requests: [
          {
            method: input.method,
            headers: input.headers,
            setupRequest: (request) => (input.bodies.length ? { ...request, body: input.bodies[next++ % input.bodies.length] } : request),
          },
        ],
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
}

async function main() {
  let raw = '';
  for await (const chunk of process.stdin) raw += chunk;
  const input = JSON.parse(raw) as LoadInput;
  if (input.amount) {
    if (input.warmupAmount) await run(input, { amount: input.warmupAmount });
  } else if (input.warmupSeconds > 0) await run(input, { seconds: input.warmupSeconds });
  let result = await run(input, input.amount ? { amount: input.amount } : { seconds: input.seconds });
  if (!input.amount && result.requests.total < MIN_REQUESTS) result = await run(input, { amount: MIN_REQUESTS });
  const output: LoadResult = {
    requestsPerSecond: result.requests.total / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors,
    non2xx: result.non2xx,
    timeouts: result.timeouts,
    bytesPerResponse: result.requests.total ? result.throughput.total / result.requests.total : 0,
  };
  process.stdout.write(JSON.stringify(output));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
