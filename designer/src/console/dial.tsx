/** Click-to-call: the provider rings the agent's phone, then the number; or why that is unavailable. */
import { type FormEvent, useState } from 'react';
import { client, errorText, unwrap } from '../api/client';
import { Notice } from '../lib/ui';
import type { VirtualNumbers } from './types';

export function Dial({ numbers, onPlaced }: { numbers: VirtualNumbers | null; onPlaced(): void }) {
  const [phone, setPhone] = useState('');
  const [from, setFrom] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setResult(null);
    try {
      const res = await unwrap(
        client.POST('/api/agent/click-to-call', { body: { phone, virtualNumber: from || numbers?.items[0]?.number } }),
      );
      setResult({ ok: true, text: `Call placed: ${res.message}` });
      onPlaced();
    } catch (err) {
      setResult({ ok: false, text: errorText(err) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="dial-title">
      <h2 id="dial-title">Place a call</h2>
      {!numbers ? (
        <p className="muted">Loading…</p>
      ) : numbers.unavailable ? (
        <p id="dial-unavailable">Click-to-call is unavailable: {numbers.unavailable}</p>
      ) : (
        <form className="console-form" onSubmit={(e) => void submit(e)} aria-label="Place a call">
          <label htmlFor="dial-number">Number</label>
          <input id="dial-number" type="tel" value={phone} onChange={(e) => setPhone(e.target.value)} required />
          <label htmlFor="dial-from">From</label>
          <select id="dial-from" value={from} onChange={(e) => setFrom(e.target.value)}>
            {numbers.items.map((v) => (
              <option key={`${v.connectorId}:${v.number}`} value={v.number}>
                {v.number}
                {v.tag ? ` (${v.tag})` : ''} · {v.connectorName}
              </option>
            ))}
          </select>
          <div className="buttons left">
            <button type="submit" className="primary" disabled={busy}>
              {busy ? 'Calling…' : 'Call'}
            </button>
          </div>
          {result && (
            <Notice kind={result.ok ? 'success' : 'error'}>
              <span id="dial-result">{result.text}</span>
            </Notice>
          )}
        </form>
      )}
    </section>
  );
}
