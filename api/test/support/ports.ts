import { createServer } from 'node:net';

/** A loopback port free right now: bound, then released (the caller binds it next, or relies on it staying closed). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}
