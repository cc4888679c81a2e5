// The few W3C WebDriver commands the WebKitGTK test sends to WebKitWebDriver, over plain HTTP: a session,
// navigation, scripts, element clicks, keys and files. No BiDi: WebKitWebDriver 2.50 refuses webSocketUrl.

/** The key W3C WebDriver uses for an element reference. */
const ELEMENT_KEY = 'element-6066-11e4-a52e-4f735466cecf';

interface WebDriverAnswer {
  readonly value: unknown;
}

/** A W3C WebDriver session on a driver listening at `baseUrl`. */
export class WebDriverSession {
  private constructor(
    private readonly baseUrl: string,
    private readonly id: string,
  ) {}

  /** Opens a session with `capabilities` (alwaysMatch) and sets the script timeout. */
  static async create(
    baseUrl: string,
    capabilities: Record<string, unknown>,
    scriptTimeoutMs: number,
  ): Promise<WebDriverSession> {
    const answer = await send(baseUrl, 'POST', '/session', { capabilities: { alwaysMatch: capabilities } });
    const { sessionId } = answer.value as { sessionId?: string };
    if (sessionId === undefined) throw new Error(`WebDriver gave no session id: ${JSON.stringify(answer)}`);
    const session = new WebDriverSession(baseUrl, sessionId);
    await session.command('POST', '/timeouts', { script: scriptTimeoutMs });
    return session;
  }

  async navigate(url: string): Promise<void> {
    await this.command('POST', '/url', { url });
  }

  /**
   * Runs `expression` in the page and resolves with its value once a promise it gives settles; a throw
   * or rejection in the page rejects here with the page's message.
   */
  async evaluate<R>(expression: string): Promise<R> {
    const script = `const done = arguments[arguments.length - 1];
      Promise.resolve().then(() => (${expression})).then(
        (value) => done({ ok: true, value: value === undefined ? null : value }),
        (error) => done({ ok: false, error: String((error && error.stack) || error) }));`;
    const { value } = await this.command('POST', '/execute/async', { script, args: [] });
    const outcome = value as { ok: boolean; value?: R; error?: string };
    if (!outcome.ok) throw new Error(`In the page: ${outcome.error ?? 'unknown error'}`);
    return outcome.value as R;
  }

  async click(selector: string): Promise<void> {
    await this.command('POST', `/element/${await this.find(selector)}/click`, {});
  }

  /** Sends `text` to the element, as typing does; for a file input, `text` is the path of the file. */
  async sendKeys(selector: string, text: string): Promise<void> {
    await this.command('POST', `/element/${await this.find(selector)}/value`, { text });
  }

  /** Presses and releases one key on whatever has the focus. */
  async pressKey(key: string): Promise<void> {
    await this.command('POST', '/actions', {
      actions: [
        {
          type: 'key',
          id: 'keyboard',
          actions: [
            { type: 'keyDown', value: key },
            { type: 'keyUp', value: key },
          ],
        },
      ],
    });
  }

  async delete(): Promise<void> {
    await this.command('DELETE', '', undefined);
  }

  private async find(selector: string): Promise<string> {
    const { value } = await this.command('POST', '/element', { using: 'css selector', value: selector });
    const id = (value as Record<string, string | undefined>)[ELEMENT_KEY];
    if (id === undefined) throw new Error(`WebDriver found no element for ${selector}`);
    return id;
  }

  private command(method: 'POST' | 'DELETE', path: string, body: unknown): Promise<WebDriverAnswer> {
    return send(this.baseUrl, method, `/session/${this.id}${path}`, body);
  }
}

/** Sends one command; a WebDriver error (a non-2xx status) is thrown with its name and message. */
async function send(baseUrl: string, method: string, path: string, body: unknown): Promise<WebDriverAnswer> {
  const response = await fetch(baseUrl + path, {
    method,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  const answer = (await response.json()) as WebDriverAnswer;
  if (!response.ok) {
    const { error, message } = (answer.value ?? {}) as { error?: string; message?: string };
    throw new Error(`WebDriver ${method} ${path} failed: ${error ?? response.status} ${message ?? ''}`);
  }
  return answer;
}

/** Resolves once a WebDriver server answers /status at `baseUrl`, or rejects after `timeoutMs`. */
export async function waitForDriver(baseUrl: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const response = await fetch(`${baseUrl}/status`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`No WebDriver answered at ${baseUrl} within ${timeoutMs} ms.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
