import { html } from '../html';
import { page } from './layout';

/** The sign-in form: an API key (never rendered back) and, for keys that name their analysts, the analyst. */
export function loginPage(o: { next?: string; error?: string; analyst?: string; authOff?: boolean } = {}): string {
  return page({
    title: 'Sign in',
    body: html`<h1>Sign in</h1>
${o.error ? html`<p class="error" role="alert" id="login-error">${o.error}</p>` : ''}
${o.authOff ? html`<p class="warn" role="note">Authentication is off (API_KEYS is not set): any key signs in as tenant "default".</p>` : ''}
<form method="post" action="/ui/login" class="stack card"${o.error ? html` aria-describedby="login-error"` : ''}>
<input type="hidden" name="next" value="${o.next ?? '/ui/queue'}">
<label for="key">API key <span class="muted">(scope screen, admin or operator)</span>
<input id="key" name="key" type="password" autocomplete="current-password" required spellcheck="false" autofocus></label>
<label for="analyst">Analyst name <span class="muted">(only for keys that act for several analysts)</span>
<input id="analyst" name="analyst" type="text" autocomplete="username" maxlength="100" value="${o.analyst ?? ''}"></label>
<button type="submit">Sign in</button>
<p class="muted">The key stays on the server: the browser keeps only a session cookie (HttpOnly, SameSite=Strict).</p>
</form>`,
  });
}
