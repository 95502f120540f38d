/**
 * The load generator, in its own process: `tsx load-generator.ts '<json>'`
 * runs autocannon over a cycle of requests and prints its result as JSON.
 */
import autocannon from 'autocannon';

interface LoadOptions {
  url: string;
  connections: number;
  duration: number;
  paths: string[];
}

const options = JSON.parse(process.argv[2]!) as LoadOptions;
const result = await autocannon({
  url: options.url,
  connections: options.connections,
  duration: options.duration,
  timeout: 20,
  headers: { 'Circle-Token': 'gauntlet-load' },
  requests: options.paths.map((path) => ({ method: 'GET', path })),
});
process.stdout.write(`${JSON.stringify(result)}\n`);
