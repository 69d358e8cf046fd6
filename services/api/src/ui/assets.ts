import { createHash } from 'node:crypto';
import type { Request, Response, Router } from 'express';

/**
 * The review app's only assets, served by the API itself (no CDN: it works offline). Colours meet WCAG AA contrast
 * (4.5:1 for text) on their backgrounds; focus is always visible.
 */
const CSS = `:root{--ink:#1d2430;--muted:#4b5563;--line:#d0d5dd;--bg:#f6f7f9;--link:#0b57d0;--block:#b42318;--review:#8a4b00;--clear:#1b6b2a;--pending:#5b3fb0}
*{box-sizing:border-box}body{font:15px/1.5 system-ui,sans-serif;margin:0;color:var(--ink);background:var(--bg)}
a{color:var(--link)}a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,textarea:focus-visible,summary:focus-visible{outline:3px solid #f59e0b;outline-offset:2px}
.skip{position:absolute;left:-9999px}.skip:focus{left:8px;top:8px;background:#fff;padding:6px 10px;z-index:9}
header.top{display:flex;flex-wrap:wrap;gap:16px;align-items:center;background:#1d2430;color:#fff;padding:10px 20px}
header.top a{color:#fff}header.top .brand{font-weight:700;margin-right:12px}header.top nav ul{display:flex;gap:14px;list-style:none;margin:0;padding:0}
header.top nav a[aria-current=page]{text-decoration:underline 3px;text-underline-offset:6px}header.top .who{margin-left:auto;display:flex;gap:10px;align-items:center}
header.top button{background:#fff;color:#1d2430;border:0;border-radius:4px;padding:4px 10px;cursor:pointer}
main{padding:20px;max-width:1280px}h1{font-size:22px;margin:0 0 12px}h2{font-size:18px;margin:24px 0 8px}h3{font-size:16px;margin:12px 0 6px}
table{border-collapse:collapse;background:#fff;width:100%}th,td{padding:6px 10px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
th{background:#eef0f3;font-weight:600}.n{text-align:right;font-variant-numeric:tabular-nums}.muted{color:var(--muted)}
.badge{display:inline-block;border-radius:4px;padding:0 6px;color:#fff;font-size:13px;font-weight:600}
.badge.block,.badge.critical,.badge.high{background:var(--block)}.badge.review,.badge.medium{background:var(--review)}.badge.clear,.badge.low,.badge.info,.badge.none{background:var(--clear)}
.badge.pending_approval{background:var(--pending)}.badge.active{background:var(--clear)}.badge.revoked{background:var(--muted)}
.badge.suppressed{background:var(--clear)}.badge.confirmed{background:var(--block)}.badge.reopened{background:var(--review)}.badge.open{background:var(--review)}
.card{background:#fff;border:1px solid var(--line);border-radius:6px;padding:12px 16px;margin:12px 0}
.side{display:grid;grid-template-columns:1fr 1fr;gap:16px}@media(max-width:800px){.side{grid-template-columns:1fr}}
dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:0}dt{font-weight:600;color:var(--muted)}dd{margin:0;overflow-wrap:anywhere}
form.filters{display:flex;flex-wrap:wrap;gap:12px;align-items:end;margin:0 0 12px}form.filters label,form.stack label{display:flex;flex-direction:column;font-weight:600;font-size:14px}
form.stack{display:grid;gap:10px;max-width:420px}input,select,textarea,button{font:inherit}input,select,textarea{border:1px solid #667085;border-radius:4px;padding:5px 8px;background:#fff;color:var(--ink)}
button{border:1px solid #1d2430;background:#1d2430;color:#fff;border-radius:4px;padding:6px 14px;cursor:pointer}button.secondary{background:#fff;color:#1d2430}
button.danger{background:var(--block);border-color:var(--block)}fieldset{border:1px solid var(--line);border-radius:6px;margin:10px 0 0;padding:8px 12px}legend{font-weight:600}
.decide{display:flex;flex-wrap:wrap;gap:10px;align-items:end}.decide label{display:flex;flex-direction:column;font-weight:600;font-size:14px}.decide textarea{min-width:320px}
.notice{background:#e7f5ec;border:1px solid #1b6b2a;padding:8px 12px;border-radius:6px}.error{background:#fde8e8;border:1px solid var(--block);padding:8px 12px;border-radius:6px}
.warn{background:#fff4e5;border:1px solid var(--review);padding:8px 12px;border-radius:6px}
progress{width:360px;height:18px;vertical-align:middle}pre{white-space:pre-wrap;font-size:13px;margin:0}code{font-size:13px}
svg.chart,svg.graph{background:#fff;border:1px solid var(--line);border-radius:6px;max-width:100%;height:auto}
svg text{font:12px system-ui,sans-serif;fill:#1d2430}svg .fp{fill:#1b6b2a}svg .tm{fill:#b42318}svg .axis{stroke:#667085}
svg .node rect{fill:#eef0f3;stroke:#667085}svg .node.listed rect{fill:#fde8e8;stroke:#b42318}svg .node.party rect{fill:#e8f0fe;stroke:#0b57d0}svg .edge{stroke:#4b5563;stroke-width:1.5;fill:none}
.pager{display:flex;gap:12px;align-items:center;margin:10px 0}.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}`;

/**
 * Progressive enhancement only (every page works without it): the upload button is disabled once pressed (no double
 * upload); a running batch's progress bar follows `/ui/batches/{id}/progress.json` and the page reloads once when the
 * batch is done, to show its results.
 */
const JS = `(function(){
  var up=document.getElementById('upload');
  if(up)up.addEventListener('submit',function(){var b=up.querySelector('button[type=submit]');if(b){b.disabled=true;b.textContent='Uploading…';}});
  var box=document.querySelector('[data-progress-url]');
  if(!box)return;
  var bar=box.querySelector('progress'),text=box.querySelector('[data-progress-text]'),status=box.querySelector('[data-progress-status]');
  var done=function(s){return s==='completed'||s==='failed';};
  if(done(box.getAttribute('data-status')))return;
  function tick(){
    fetch(box.getAttribute('data-progress-url'),{credentials:'same-origin',headers:{accept:'application/json'}}).then(function(r){
      if(!r.ok)throw new Error(String(r.status));return r.json();
    }).then(function(b){
      bar.max=Math.max(1,b.rows);bar.value=Math.min(b.processed,b.rows);
      var pct=b.rows?Math.round(100*Math.min(b.processed,b.rows)/b.rows):0;
      bar.setAttribute('aria-valuenow',String(pct));
      text.textContent=b.processed+' of '+b.rows+' rows ('+pct+' %)';
      status.textContent=b.status;box.setAttribute('data-status',b.status);
      if(done(b.status)){window.location.reload();return;}
      setTimeout(tick,1000);
    }).catch(function(){setTimeout(tick,3000);});
  }
  setTimeout(tick,500);
})();`;

const tag = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 12);
export const ASSETS = { css: `/ui/assets/ui.${tag(CSS)}.css`, js: `/ui/assets/ui.${tag(JS)}.js` };

/** Content-addressed names: cached for a year, a new build gets new names. */
export function mountAssets(r: Router): void {
  const send = (type: string, body: string) => (_req: Request, res: Response) => {
    res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    res.type(type);
    res.send(body);
  };
  r.get(ASSETS.css, send('text/css', CSS));
  r.get(ASSETS.js, send('application/javascript', JS));
}
