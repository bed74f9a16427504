import { useState, type FormEvent } from 'react';
import { Problem } from '../components';

/** Sign-in: an API key with the `staff` or `read` scope is exchanged for a session cookie. */
export function SignIn({ onSignIn }: { onSignIn: (apiKey: string) => Promise<void> }) {
  const [apiKey, setApiKey] = useState('');
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await onSignIn(apiKey.trim());
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };

  return (
    <main className="centered sign-in">
      <h1>registrar-kit console</h1>
      <form onSubmit={(e) => void submit(e)} aria-describedby="sign-in-help">
        <div className="field">
          <label htmlFor="api-key">API key</label>
          <input id="api-key" name="apiKey" type="password" autoComplete="off" spellCheck={false} required value={apiKey} onChange={(e) => setApiKey(e.target.value)} />
        </div>
        <p id="sign-in-help" className="hint">
          A key with the <code>staff</code> or <code>read</code> scope (<code>registrar-kit keys create --scope staff</code>). The console keeps only a session
          cookie, never the key.
        </p>
        <Problem error={error} />
        <button type="submit" disabled={busy || apiKey.trim() === ''}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
