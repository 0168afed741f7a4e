import { render } from 'preact';
import { useState } from 'preact/hooks';

// Temporary skeleton popup: replaced by the verification UI (issue 4).
function App() {
  const [token, setToken] = useState('');
  const [result, setResult] = useState('');
  async function verify(e: Event) {
    e.preventDefault();
    try {
      const res = await fetch('https://api.cloudflare.com/client/v4/user/tokens/verify', {
        headers: { Authorization: `Bearer ${token}` },
      });
      setResult(`HTTP ${res.status}`);
    } catch {
      setResult('network error');
    }
  }
  return (
    <main>
      <h1>Token Lens</h1>
      <form onSubmit={verify}>
        <label>API token <input type="password" value={token} onInput={(e) => setToken(e.currentTarget.value)} /></label>
        <button type="submit">Verify</button>
      </form>
      <p data-testid="verdict">{result}</p>
    </main>
  );
}

render(<App />, document.getElementById('app')!);
