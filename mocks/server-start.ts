/**
 * Start the standalone server (server.ts is this with the environment's settings): its data
 * from `dataFile` (MOCK_DATA_FILE, mocks/snapshot/data-file.ts) or else in memory on the demo,
 * then listen. Tests start it on an ephemeral port in a temporary directory.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { reset } from './runtime';
import { createMockApp } from './server-app';
import { openDataFile, type DataFile } from './snapshot/data-file';
import type { ServerPolicy } from './server-policy';

export interface StartOptions {
  port: number;
  host: string;
  dataFile?: string;
  /** The data file's write delay (tests shorten it). */
  debounceMs?: number;
  policy?: ServerPolicy;
}

export interface RunningServer {
  server: Server;
  url: string;
  dataFile: DataFile | null;
  /** Stop listening and write what is pending. */
  close(): Promise<void>;
}

export async function startMockServer(opts: StartOptions): Promise<RunningServer> {
  const dataFile = opts.dataFile ? await openDataFile(opts.dataFile, { debounceMs: opts.debounceMs }) : null;
  if (!dataFile) await reset('demo');
  const server = createMockApp(opts.policy).listen(opts.port, opts.host);
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  return {
    server,
    url: `http://${opts.host}:${port}`,
    dataFile,
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      await dataFile?.close();
    },
  };
}
