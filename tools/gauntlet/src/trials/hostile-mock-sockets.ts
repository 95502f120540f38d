/**
 * Hostile clients of the mock over raw sockets (node:net), the mock in its
 * own process: malformed request lines, huge headers, invalid UTF-8,
 * bodies that lie about their length, bad chunked encoding, slow clients.
 * Each case is bounded in time; every status line that comes back must be
 * below 500, the server must stay up (a health check after each batch) and
 * its heap after a collection must stay within +50% of where it started.
 */
import { connect } from 'node:net';
import fc from 'fast-check';
import { startHost } from '../lib/host.ts';
import { CaseFamilies } from '../lib/cases.ts';
import { Failures, pick, type Scale, type TrialResult } from '../lib/trial.ts';

/** A raw case: chunks written with pauses between them, then (optionally) a half-close. */
export interface RawCase {
  kind: string;
  chunks: Buffer[];
  pauseMs: number;
}

/** Sends a raw case and collects the status codes of what comes back (within `deadlineMs`). */
export function sendRaw(
  port: number,
  raw: RawCase,
  deadlineMs: number,
): Promise<{ statuses: number[]; hung: boolean }> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let received = '';
    let settled = false;
    const finish = (hung: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve({ statuses: [...received.matchAll(/HTTP\/1\.[01] (\d{3})/g)].map((m) => Number(m[1])), hung });
    };
    const timer = setTimeout(() => finish(!received), deadlineMs);
    socket.on('data', (chunk) => (received += chunk.toString('latin1')));
    socket.on('error', () => finish(false));
    socket.on('close', () => finish(false));
    const send = async (): Promise<void> => {
      for (const chunk of raw.chunks) {
        if (settled) return;
        socket.write(chunk);
        if (raw.pauseMs > 0) await new Promise((r) => setTimeout(r, raw.pauseMs));
      }
      // Give the server a moment to answer a complete request, then half-close.
      setTimeout(() => !settled && socket.end(), 200);
    };
    socket.on('connect', () => void send());
  });
}

const b = (text: string): Buffer => Buffer.from(text, 'latin1');
const invalidUtf8 = fc
  .uint8Array({ minLength: 1, maxLength: 40 })
  .map((bytes) => Buffer.concat([Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0xe2, 0x82]), Buffer.from(bytes)]));
const path = fc.constantFrom(
  '/api/v2/me',
  '/api/v2/project/gh/acme/api/pipeline',
  '/api/v2/context',
  '/api/v2/pipeline/%E0%A4%A',
  '/api/v2/project/%ZZ/x',
  '/',
  '*',
  '/api/v2/../../etc/passwd',
  '/api/v2/me?x=%',
  'http://evil/api/v2/me',
);
const method = fc.constantFrom(
  'GET',
  'POST',
  'PUT',
  'DELETE',
  'PATCH',
  'OPTIONS',
  'HEAD',
  'TRACE',
  'CONNECT',
  'BREW',
  'get',
  '',
);
const head = (m: string, p: string, extra = '') =>
  `${m} ${p} HTTP/1.1\r\nHost: 127.0.0.1\r\nCircle-Token: gauntlet\r\n${extra}`;

const cases: fc.Arbitrary<RawCase> = fc.oneof(
  fc.tuple(fc.string({ unit: 'binary', maxLength: 120 }), fc.boolean()).map(([line, crlf]) => ({
    kind: 'malformed request line',
    chunks: [b(`${line}${crlf ? '\r\n\r\n' : '\n\n'}`)],
    pauseMs: 0,
  })),
  fc.tuple(method, path, fc.constantFrom('HTTP/1.1', 'HTTP/9.9', 'HTTP/1', 'FOO', '')).map(([m, p, v]) => ({
    kind: 'malformed request line',
    chunks: [b(`${m} ${p} ${v}\r\nHost: x\r\n\r\n`)],
    pauseMs: 0,
  })),
  fc.tuple(method, path, fc.integer({ min: 8, max: 96 }), fc.boolean()).map(([m, p, kb, many]) => ({
    kind: 'huge headers',
    chunks: [
      b(
        head(
          m,
          p,
          many
            ? Array.from({ length: kb * 8 }, (_, i) => `X-H${i}: ${'v'.repeat(120)}\r\n`).join('')
            : `X-Big: ${'a'.repeat(kb * 1024)}\r\n`,
        ) + '\r\n',
      ),
    ],
    pauseMs: 0,
  })),
  fc.tuple(method, invalidUtf8, fc.constantFrom('path', 'header', 'body')).map(([m, bad, where]) => {
    if (where === 'path')
      return {
        kind: 'invalid UTF-8',
        chunks: [
          Buffer.concat([b(`${m} /api/v2/project/gh/`), bad, b(`/x HTTP/1.1\r\nHost: x\r\nCircle-Token: g\r\n\r\n`)]),
        ],
        pauseMs: 0,
      };
    if (where === 'header')
      return {
        kind: 'invalid UTF-8',
        chunks: [Buffer.concat([b(head(m, '/api/v2/me') + 'X-Bad: '), bad, b('\r\n\r\n')])],
        pauseMs: 0,
      };
    return {
      kind: 'invalid UTF-8',
      chunks: [
        b(
          head(
            'POST',
            '/api/v2/project/gh/acme/api/pipeline',
            `Content-Type: application/json\r\nContent-Length: ${bad.length + 12}\r\n\r\n{"branch":"`,
          ),
        ),
        bad,
        b('"}'),
      ],
      pauseMs: 0,
    };
  }),
  fc
    .tuple(
      fc.constantFrom('more', 'less', 'negative', 'garbage', 'both', 'bad-chunked', 'huge'),
      fc.string({ maxLength: 60 }),
    )
    .map(([lie, body]) => {
      const p = '/api/v2/project/gh/acme/api/pipeline';
      const ct = 'Content-Type: application/json\r\n';
      const framing: Record<typeof lie, string> = {
        more: `Content-Length: ${body.length + 1000}\r\n`,
        less: `Content-Length: ${Math.floor(body.length / 2)}\r\n`,
        negative: 'Content-Length: -5\r\n',
        garbage: 'Content-Length: 12abc\r\n',
        both: `Content-Length: 3\r\nTransfer-Encoding: chunked\r\n`,
        'bad-chunked': 'Transfer-Encoding: chunked\r\n',
        huge: 'Content-Length: 99999999999\r\n',
      };
      const payload = lie === 'bad-chunked' ? `zz\r\n${body}\r\n0\r\n` : body;
      return {
        kind: 'lying body length',
        chunks: [b(head('POST', p, ct + framing[lie]) + '\r\n' + payload)],
        pauseMs: 0,
      };
    }),
);
const slow = fc
  .tuple(fc.constantFrom('/api/v2/me', '/api/v2/context?owner-slug=gh/acme'), fc.integer({ min: 5, max: 40 }))
  .map(([p, pause]) => {
    const text = head('GET', p) + '\r\n';
    return { kind: 'slow client', chunks: [...text].map((c) => b(c)), pauseMs: pause } satisfies RawCase;
  });

/** What is wrong with an outcome (exported for the tests): a 5xx, or no answer to a complete request. */
export function socketProblem(outcome: { statuses: number[]; hung: boolean }): string | undefined {
  const bad = outcome.statuses.filter((s) => s >= 500);
  if (bad.length > 0) return `answered ${bad.join(', ')} to a client error`;
  return undefined;
}

export async function run(scale: Scale): Promise<TrialResult> {
  const failures = new Failures();
  const host = await startHost({ sampleMs: 500 });
  const port = Number(new URL(host.url).port);
  const families = new CaseFamilies(failures);
  const statuses: Record<string, number> = {};
  try {
    const health = async (when: string) => {
      const r = await sendRaw(
        port,
        { kind: 'health', chunks: [b(head('GET', '/api/v2/me') + 'Connection: close\r\n\r\n')], pauseMs: 0 },
        5000,
      );
      if (!r.statuses.includes(200))
        failures.add(
          `health check ${when}: ${r.statuses.join(',') || 'no answer'}${host.crashed() ? ` (server ${host.crashed()})` : ''}`,
        );
    };
    await health('before');
    const start = await host.resetSamples();
    const total = pick(scale, 3000, 100_000);
    const batches = pick(scale, 3, 20);
    for (let i = 0; i < batches; i++) {
      await families.run(
        'raw',
        cases,
        Math.ceil(total / batches),
        scale.seed + i * 1000,
        async (raw) => {
          const outcome = await sendRaw(port, raw, 3000);
          for (const s of outcome.statuses) statuses[s] = (statuses[s] ?? 0) + 1;
          return socketProblem(outcome);
        },
        {
          perCaseMs: 5000,
          concurrency: 32,
          batch: 1000,
          show: (raw) => `${raw.kind}: ${JSON.stringify(Buffer.concat(raw.chunks).toString('latin1').slice(0, 160))}`,
        },
      );
      await health(`after batch ${i + 1}`);
    }
    await families.run(
      'slow clients',
      slow,
      pick(scale, 16, 200),
      scale.seed + 7,
      async (raw) => {
        const outcome = await sendRaw(port, raw, 8000);
        if (outcome.hung) return 'no answer to a complete slow request';
        return socketProblem(outcome);
      },
      { perCaseMs: 10_000, concurrency: 16, batch: 50, show: (raw) => `${raw.kind} ${raw.pauseMs} ms/byte` },
    );
    await health('after slow clients');
    const end = await host.report();
    const growth = (end.now.heapUsed - start.heapUsed) / start.heapUsed;
    if (growth > 0.5)
      failures.add(
        `heap after GC grew ${(growth * 100).toFixed(0)}% (${(start.heapUsed / 1048576).toFixed(0)} → ${(end.now.heapUsed / 1048576).toFixed(0)} MiB)`,
      );
    const cases_ = families.cases;
    return {
      name: 'hostile-mock-sockets',
      ok: failures.count === 0,
      summary: `${cases_} connections (${[...families.byFamily()].map(([k, v]) => `${k} ${v}`).join(', ')}); answers ${Object.entries(
        statuses,
      )
        .sort()
        .map(([k, v]) => `${k}×${v}`)
        .join(
          ' ',
        )}; heap after GC ${(start.heapUsed / 1048576).toFixed(0)} → ${(end.now.heapUsed / 1048576).toFixed(0)} MiB, RSS ${(end.now.rss / 1048576).toFixed(0)} MiB; server up`,
      figures: {
        cases: cases_,
        heapGrowthPercent: Number((growth * 100).toFixed(1)),
        ...Object.fromEntries(Object.entries(statuses).map(([k, v]) => [`status-${k}`, v])),
      },
      failures: failures.list,
      totals: { hostileCases: cases_ },
    };
  } finally {
    await host.stop();
  }
}
