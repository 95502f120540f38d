// Preloaded (`node --import`) into the built binary by start-up.test.ts. It
// records every module the command loads, through a resolve hook (in this
// thread where Node has `registerHooks`, else off-thread reporting each URL
// back), and writes them, with the built-ins
// Node has loaded, to the file named by LOADED_MODULES_FILE when the process
// exits.
import * as nodeModule from 'node:module';
import { writeFileSync } from 'node:fs';
import { MessageChannel } from 'node:worker_threads';

const file = process.env.LOADED_MODULES_FILE;
const urls = new Set();
if (typeof nodeModule.registerHooks === 'function') {
  // Node 22.15+ and 24: a resolve hook in this thread sees every module as it loads. (Node 24 no
  // longer delivers the off-thread hook's messages below before the process exits.)
  nodeModule.registerHooks({
    resolve(specifier, context, next) {
      const result = next(specifier, context);
      urls.add(result.url);
      return result;
    },
  });
} else {
  const { port1, port2 } = new MessageChannel();
  port1.on('message', (url) => urls.add(url));
  port1.unref();
  const hook = `export async function initialize({ port }) { globalThis.port = port; }
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  globalThis.port.postMessage(result.url);
  return result;
}`;
  nodeModule.register(`data:text/javascript,${encodeURIComponent(hook)}`, {
    data: { port: port2 },
    transferList: [port2],
  });
}
process.on('exit', () => {
  const builtins = process.moduleLoadList
    .filter((entry) => entry.startsWith('NativeModule '))
    .map((entry) => entry.slice(13));
  if (file !== undefined) writeFileSync(file, JSON.stringify({ urls: [...urls], builtins }));
});
