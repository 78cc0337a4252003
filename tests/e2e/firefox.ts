/**
 * Firefox for the real-browser tests, driven over WebDriver BiDi (Firefox's own remote protocol,
 * in Node's built-in WebSocket): Playwright drives only its patched Firefox builds, which cannot be
 * downloaded here, while Debian's firefox-esr speaks BiDi, including webExtension.install.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The Firefox binary: $FIREFOX_BIN, else Debian's firefox-esr or firefox; undefined when none. */
export function findFirefox(): string | undefined {
  return [process.env.FIREFOX_BIN, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p): p is string => !!p && existsSync(p));
}

export interface FirefoxSession {
  /** Loads `url` in the tab and waits for its load event. */
  navigate(url: string): Promise<void>;
  /** Evaluates `expression` in the page (awaiting a promise) and returns its JSON.stringify'd value, parsed. */
  evaluate<T>(expression: string): Promise<T>;
  /** A mouse click at viewport coordinates (BiDi input.performActions). */
  click(x: number, y: number): Promise<void>;
  close(): Promise<void>;
}

interface BidiResponse {
  id?: number;
  type: string;
  result?: Record<string, unknown>;
  error?: string;
  message?: string;
}

/**
 * Starts a headless Firefox with a fresh profile and installs the unpacked extension in `extensionDir`.
 * `loopbackHosts` resolve to this machine (network.dns.localDomains), like Chromium's
 * --host-resolver-rules in the harness.
 */
export async function launchFirefox(binary: string, extensionDir: string, loopbackHosts: readonly string[] = []): Promise<FirefoxSession> {
  const profile = mkdtempSync(join(tmpdir(), 'zhengfa-firefox-'));
  if (loopbackHosts.length) writeFileSync(join(profile, 'user.js'), `user_pref("network.dns.localDomains", ${JSON.stringify(loopbackHosts.join(','))});\n`);
  const child: ChildProcess = spawn(binary, ['--headless', '--no-remote', '--profile', profile, '--remote-debugging-port=0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`Firefox did not start its BiDi server:\n${output}`)), 30_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => reject(new Error(`Firefox exited (${code}):\n${output}`)));
  });

  const socket = new WebSocket(`${url}/session`);
  await new Promise((resolve, reject) => {
    socket.addEventListener('open', resolve, { once: true });
    socket.addEventListener('error', reject, { once: true });
  });
  let lastId = 0;
  const pending = new Map<number, (response: BidiResponse) => void>();
  socket.addEventListener('message', (event) => {
    const message = JSON.parse(String(event.data)) as BidiResponse;
    if (message.id !== undefined) pending.get(message.id)?.(message);
    pending.delete(message.id ?? -1);
  });
  const send = async (method: string, params: object): Promise<Record<string, unknown>> => {
    const id = ++lastId;
    const response = await new Promise<BidiResponse>((resolve) => {
      pending.set(id, resolve);
      socket.send(JSON.stringify({ id, method, params }));
    });
    if (response.type !== 'success') throw new Error(`${method}: ${response.error} ${response.message}`);
    return response.result!;
  };

  await send('session.new', { capabilities: {} });
  await send('webExtension.install', { extensionData: { type: 'path', path: extensionDir } });
  const tree = (await send('browsingContext.getTree', {})) as { contexts: Array<{ context: string }> };
  const context = tree.contexts[0]!.context;

  return {
    async navigate(target) {
      await send('browsingContext.navigate', { context, url: target, wait: 'complete' });
    },
    async evaluate<T>(expression: string) {
      const result = (await send('script.evaluate', {
        expression: `(async () => JSON.stringify(await (${expression})))()`,
        target: { context },
        awaitPromise: true,
      })) as { type: string; result?: { value?: string }; exceptionDetails?: { text?: string } };
      if (result.type !== 'success') throw new Error(`evaluate: ${result.exceptionDetails?.text ?? 'exception'}`);
      return JSON.parse(result.result!.value ?? 'null') as T;
    },
    async click(x, y) {
      const at = { x: Math.round(x), y: Math.round(y) };
      await send('input.performActions', {
        context,
        actions: [{
          type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' },
          actions: [{ type: 'pointerMove', ...at, duration: 0 }, { type: 'pointerDown', button: 0 }, { type: 'pointerUp', button: 0 }],
        }],
      });
    },
    async close() {
      socket.close();
      child.kill('SIGKILL');
      await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve)));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
