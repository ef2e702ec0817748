/** A minimal Server-Sent-Events client for tests: collects events and waits for the next match. */
export interface SseEvent {
  type: string;
  data: any;
}

export interface SseClient {
  events: SseEvent[];
  next(type: string, match?: (data: any) => boolean, timeoutMs?: number): Promise<any>;
  close(): void;
}

export async function openSse(url: string, token: string): Promise<SseClient> {
  const controller = new AbortController();
  const res = await fetch(url, { headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' }, signal: controller.signal });
  if (res.status !== 200 || !res.body) throw new Error(`SSE answered ${res.status}`);
  const events: SseEvent[] = [];
  const waiters: (() => void)[] = [];
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  void (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        let cut: number;
        while ((cut = buffer.indexOf('\n\n')) >= 0) {
          const frame = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          const type = /^event: (.*)$/m.exec(frame)?.[1];
          const data = /^data: (.*)$/m.exec(frame)?.[1];
          if (type && data) events.push({ type, data: JSON.parse(data) });
          waiters.splice(0).forEach((w) => w());
        }
      }
    } catch {
      // aborted by close()
    }
  })();
  // Each event is handed to one waiter at most; several waiters may wait on one stream at once.
  const taken = new Set<number>();
  return {
    events,
    async next(type, match = () => true, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        for (let i = 0; i < events.length; i++) {
          const e = events[i];
          if (e && !taken.has(i) && e.type === type && match(e.data)) {
            taken.add(i);
            return e.data;
          }
        }
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`no ${type} event within ${timeoutMs} ms; got ${events.map((e) => e.type).join(', ')}`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, Math.min(left, 200));
        });
      }
    },
    close() {
      controller.abort();
    },
  };
}
