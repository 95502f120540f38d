// Preloaded (`node --import`) into the built binary by exit-when-done.test.ts.
// After each write that hands text to standard output, it records in the file
// named by STDOUT_BACKLOG_FILE how many bytes Node still holds for the stream,
// the part the pipe has not taken: the test lets the pipe be read only once
// that file exists, so the command cannot end early without losing them.
import { writeFileSync } from 'node:fs';

const file = process.env.STDOUT_BACKLOG_FILE;
const stdout = process.stdout;
const write = stdout.write.bind(stdout);
stdout.write = (chunk, ...rest) => {
  const accepted = write(chunk, ...rest);
  if (file !== undefined && chunk.length > 0) writeFileSync(file, String(stdout.writableLength));
  return accepted;
};
