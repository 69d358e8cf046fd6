import { ASSETS } from '../assets';
import { type Html, html } from '../html';
import type { UiUser } from '../session';

export type Section = 'queue' | 'batches' | 'decisions';

const NAV: [Section, string, string][] = [
  ['queue', '/ui/queue', 'Review queue'],
  ['batches', '/ui/batches', 'Batches'],
  ['decisions', '/ui/decisions', 'Decisions'],
];

/** The page frame: skip link, header with navigation and sign-out, one main landmark. */
export function page(o: { title: string; user?: UiUser; section?: Section; body: Html; notice?: string }): string {
  const nav = o.user
    ? html`<nav aria-label="Main"><ul>${NAV.map(([s, url, label]) => html`<li><a href="${url}"${s === o.section ? html` aria-current="page"` : ''}>${label}</a></li>`)}</ul></nav>
<div class="who"><span>${o.user.analyst} · tenant <strong>${o.user.tenant}</strong></span>
<form method="post" action="/ui/logout"><input type="hidden" name="_csrf" value="${o.user.session.csrf}"><button type="submit">Sign out</button></form></div>`
    : '';
  return html`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><link rel="icon" href="data:,"><title>${o.title} · Screening review</title><link rel="stylesheet" href="${ASSETS.css}"><script src="${ASSETS.js}" defer></script></head>
<body><a class="skip" href="#main">Skip to content</a>
<header class="top"><span class="brand">Screening review</span>${nav}</header>
<main id="main" tabindex="-1">${o.user?.authOff ? html`<p class="warn" role="note">Authentication is off (API_KEYS is not set): development only.</p>` : ''}
${o.notice ? html`<p class="notice" role="status">${o.notice}</p>` : ''}
${o.body}</main></body></html>`.value;
}

/** An error page (404 for another tenant's data, 403 for a bad form token, …): the problem's title and detail only. */
export function errorPage(status: number, title: string, detail: string | undefined, user?: UiUser): string {
  return page({
    title,
    ...(user ? { user } : {}),
    body: html`<h1>${title}</h1><p class="error" role="alert">${detail ?? ''}</p><p class="muted">HTTP ${status}.
${user ? html`<a href="/ui/queue">Back to the review queue</a>` : html`<a href="/ui/login">Sign in</a>`}</p>`,
  });
}
