// A build of the app served as `vite preview` serves it, with the project's vite.config.ts (its headers and
// base), on a port of its own; tests that stop or replace the server start their own.
import { preview } from 'vite';

export interface AppServer {
  /** Without a trailing slash, e.g. http://127.0.0.1:41234. */
  readonly url: string;
  readonly port: number;
  /** Stops serving and drops the connections browsers keep open to it. */
  close(): Promise<void>;
}

export interface ServeOptions {
  /** The build to serve; by default the project's own (dist/). */
  readonly outDir?: string;
  /** The port to serve on, failing if it is taken; by default one the OS picks. */
  readonly port?: number;
}

/** Serves the app of the project at `root`. */
export async function serveApp(root: string, { outDir, port = 0 }: ServeOptions = {}): Promise<AppServer> {
  const server = await preview({
    root,
    logLevel: 'warn',
    ...(outDir !== undefined && { build: { outDir } }),
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  const local = server.resolvedUrls?.local[0];
  if (local === undefined) {
    await server.close();
    throw new Error('vite preview started but reported no local URL.');
  }
  const url = local.replace(/\/$/, '');
  return { url, port: Number(new URL(url).port), close: () => server.close() };
}
