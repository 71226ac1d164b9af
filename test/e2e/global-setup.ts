/** Builds the app once and serves it with `vite preview` on 127.0.0.1:4173 for all e2e tests. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';

export const E2E_PORT = Number(process.env.E2E_PORT ?? 4173);
let server: ChildProcess | undefined;

async function waitForServer(url: string, timeoutMs: number): Promise<void> {
  const start = performance.now();
  while (performance.now() - start < timeoutMs) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`preview server did not start at ${url}`);
}

export async function setup(): Promise<void> {
  if (!process.env.E2E_SKIP_BUILD) {
    // Build as a user would: without vitest's environment (vite.config.ts adds test-only plugins under VITEST).
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST')));
    const build = spawnSync('node_modules/.bin/vite', ['build'], { stdio: 'inherit', env });
    if (build.status !== 0) throw new Error('vite build failed');
  }
  server = spawn(
    'node_modules/.bin/vite',
    ['preview', '--host', '127.0.0.1', '--port', String(E2E_PORT), '--strictPort'],
    { stdio: 'ignore', detached: true },
  );
  await waitForServer(`http://127.0.0.1:${E2E_PORT}/`, 30_000);
}

export async function teardown(): Promise<void> {
  if (server?.pid) {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      server.kill('SIGTERM');
    }
  }
}
