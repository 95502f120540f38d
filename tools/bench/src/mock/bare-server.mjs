// The limit: a bare node:http server that answers every request with one fixed JSON body.
import { createServer } from 'node:http';

const body = Buffer.from(
  '{"avatar_url":null,"id":"5034460f-c7c4-4c43-9457-de07e2029e7b","login":"octocat","name":"Octo Cat"}',
);
const headers = { 'content-type': 'application/json', 'content-length': String(body.length) };
const server = createServer((req, res) => {
  req.resume();
  res.writeHead(req.method === 'POST' ? 201 : 200, headers);
  res.end(body);
});
server.listen(0, '127.0.0.1', () => console.log(`listening on http://127.0.0.1:${server.address().port}/api/v2`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
