import { PassThrough } from 'node:stream';
import { run } from '../run.js';

/** What an in-process run of `spbe` produced. */
export interface InProcessRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `spbe` in this process (no child process: fast enough for property tests), with `input` on stdin. */
export async function runInProcess(argv: readonly string[], cwd: string, input = ''): Promise<InProcessRun> {
  const stdin = new PassThrough();
  stdin.end(input);
  const collect = () => {
    const stream = new PassThrough();
    let text = '';
    stream.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
    return { stream, text: () => text };
  };
  const stdout = collect();
  const stderr = collect();
  const code = await run(argv, { stdin, stdout: stdout.stream, stderr: stderr.stream, env: {}, cwd });
  await new Promise((resolve) => setImmediate(resolve));
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}
