import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');

export interface ServeOptions {
  /** The archive file `revue serve` opens. */
  dbPath: string;
  /** Variables added to this process's environment (REVUE_BACKUP_MAX_WAIT_MS…). */
  env?: NodeJS.ProcessEnv;
  /** How long it may take to print its address: a migration of a large archive takes minutes. */
  timeoutMs?: number;
}

export interface ServedRevue {
  /** The address with the launch token, as `revue serve` prints it. */
  url: string;
  origin: string;
  token: string;
  child: ChildProcess;
  /** Stops the server and waits for it to exit. */
  stop(): Promise<void>;
}

/**
 * Starts `revue serve` on a free port over `dbPath`, as a user would, and waits for the address
 * it prints. Shared by the end-to-end tests (browserMode.ts) and the UI benchmark.
 */
export async function serveRevue(options: ServeOptions): Promise<ServedRevue> {
  const child = spawn(process.execPath, [join(root, 'bin', 'revue.mjs'), '--db', options.dbPath, 'serve', '--port', '0'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...options.env },
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`revue serve did not start:\n${output}`));
    }, options.timeoutMs ?? 20_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`revue serve exited with ${code}:\n${output}`));
    });
  });
  const parsed = new URL(url);
  return {
    url,
    origin: parsed.origin,
    token: parsed.searchParams.get('token') ?? '',
    child,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
