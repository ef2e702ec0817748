import { type FormEvent, useState } from 'react';
import { client, errorText, unwrap } from '../api/client';
import type { User } from '../api/types';
import { usePageTitle } from '../lib/title';
import { BusyButton, Notice } from '../lib/ui';

/** `title` names the tab: the designer's "Sign in", the console's "Sign in · Agent console". */
export function SignIn({ onSignedIn, title = 'Sign in' }: { onSignedIn(user: User): void; title?: string }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  usePageTitle(title);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const res = await unwrap(client.POST('/api/auth/login', { body: { email, password } }));
      onSignedIn(res.user);
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="signin">
      <form onSubmit={(e) => void submit(e)} aria-labelledby="signin-title">
        <h1 id="signin-title">Sign in to Patchcord</h1>
        <label>
          Email
          <input type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} required autoFocus />
        </label>
        <label>
          Password
          <input type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
        </label>
        {error && <Notice kind="error">{error}</Notice>}
        <BusyButton type="submit" className="primary" busy={busy} busyLabel="Signing in…">
          Sign in
        </BusyButton>
      </form>
    </div>
  );
}
