/**
 * The web page of `corroborate serve`: put a story together from pasted articles, URLs
 * and files, and list the stories the store holds. One self-contained page: its script
 * and style are inline (the script allowed by its hash), it talks only to this server,
 * and it writes what the server returns through textContent, never as markup.
 */

export const PAGE_SCRIPT = `
const $ = (id) => document.getElementById(id);
const template = document.querySelector('.article').cloneNode(true);
$('more').addEventListener('click', () => {
  const el = template.cloneNode(true);
  for (const f of el.querySelectorAll('input, textarea')) f.value = '';
  $('articles').appendChild(el);
  el.querySelector('textarea').focus();
});
async function fileOf(f) {
  const bytes = new Uint8Array(await f.arrayBuffer());
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
  return { name: f.name, base64: btoa(s) };
}
function show(message, problems) {
  $('status').textContent = message;
  const list = $('problems');
  list.replaceChildren();
  for (const p of problems || []) {
    const li = document.createElement('li');
    li.textContent = p.location + ': ' + p.reason;
    list.appendChild(li);
  }
}
$('new').addEventListener('submit', async (e) => {
  e.preventDefault();
  const value = (el, name) => el.querySelector('[name=' + name + ']').value.trim() || undefined;
  const articles = [...document.querySelectorAll('.article')]
    .map((el) => ({ title: value(el, 'title'), outlet: value(el, 'outlet'), text: el.querySelector('textarea').value }))
    .filter((a) => a.text.trim());
  const urls = $('urls').value.split(/\\s+/).filter(Boolean);
  const button = $('analyse');
  button.disabled = true;
  show('Analysing…');
  try {
    const files = await Promise.all([...$('files').files].map(fileOf));
    const r = await fetch('/api/stories', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ articles, urls, files }),
    });
    const body = await r.json().catch(() => ({ error: 'the server answered ' + r.status }));
    if (r.ok) {
      location.assign(body.url);
      return;
    }
    show(body.error, body.failures);
  } catch (err) {
    show('The request failed: ' + err.message);
  } finally {
    button.disabled = false;
  }
});
async function listStories() {
  const r = await fetch('/api/stories');
  if (!r.ok) return;
  const { stories, total } = await r.json();
  const body = $('stories').querySelector('tbody');
  body.replaceChildren();
  for (const s of stories) {
    const tr = document.createElement('tr');
    const a = document.createElement('a');
    a.href = '/stories/' + encodeURIComponent(s.id);
    a.textContent = s.title || s.id;
    const made = s.kind === 'created' ? 'put together here' : 'corpus';
    const cells = [a, made, String(s.articles), String(s.outlets), s.updated.replace('T', ' ').slice(0, 16)];
    if (s.kind === 'created') {
      // Two clicks: the first asks, the second deletes.
      const del = document.createElement('button');
      del.type = 'button';
      del.className = 'delete';
      del.textContent = 'Delete';
      del.addEventListener('click', async () => {
        if (del.textContent === 'Delete') {
          del.textContent = 'Delete for good?';
          return;
        }
        const r = await fetch('/api/stories/' + encodeURIComponent(s.id), { method: 'DELETE' });
        if (r.ok) listStories();
        else show((await r.json().catch(() => ({}))).error || 'the server answered ' + r.status);
      });
      cells.push(del);
    } else cells.push('');
    for (const c of cells) {
      const td = document.createElement('td');
      if (typeof c === 'string') td.textContent = c;
      else td.appendChild(c);
      tr.appendChild(td);
    }
    body.appendChild(tr);
  }
  $('none').hidden = stories.length > 0;
  const all = total.created + total.corpus;
  $('count').textContent = stories.length < all ? 'The latest ' + stories.length + ' of ' + (total.exact ? '' : 'at least ') + all + ' stories.' : '';
}
listStories();
`;

export const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>corroborate</title>
<style>
body { font: 15px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #222; }
h1 { margin-bottom: 0; }
fieldset { border: 1px solid #ccc; padding: 0.5rem 1rem; margin: 1rem 0; }
.article { display: grid; grid-template-columns: 1fr 1fr; gap: 0.4rem; margin-bottom: 0.8rem; }
.article textarea { grid-column: 1 / 3; }
textarea, input { font: inherit; padding: 0.3rem; }
label { display: block; margin: 0.8rem 0; }
label textarea { display: block; width: 100%; box-sizing: border-box; }
button { font: inherit; padding: 0.3rem 0.9rem; }
#status { font-weight: 600; }
#problems { color: #a00; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 0.3rem 0.5rem; border-bottom: 1px solid #ddd; }
</style>
</head>
<body>
<h1>corroborate</h1>
<p>What does a news story really rest on? Put together the articles about one story (paste them, give their URLs or files) and read its dossier: the claims aligned across outlets, how certainly each says them, where they come from and where they disagree.</p>
<form id="new">
<fieldset id="articles">
<legend>Articles (plain text or HTML)</legend>
<div class="article">
<input name="title" placeholder="Title (optional)" aria-label="Title">
<input name="outlet" placeholder="Outlet (optional)" aria-label="Outlet">
<textarea name="text" rows="8" placeholder="Paste an article" aria-label="Article text"></textarea>
</div>
</fieldset>
<button type="button" id="more">Add another article</button>
<label>URLs of pages or feeds, one per line<textarea id="urls" rows="3"></textarea></label>
<label>Files (.txt, .html, .htm, .jsonl, .gz) <input type="file" id="files" multiple accept=".txt,.text,.html,.htm,.jsonl,.ndjson,.gz"></label>
<button type="submit" id="analyse">Analyse</button>
<p id="status" role="status"></p>
<ul id="problems"></ul>
</form>
<h2>Stories</h2>
<p id="none">No stories yet.</p>
<p id="count"></p>
<table id="stories"><thead><tr><th>Story</th><th>Made</th><th>Articles</th><th>Outlets</th><th>Updated (UTC)</th><th></th></tr></thead><tbody></tbody></table>
<script>${PAGE_SCRIPT}</script>
</body>
</html>
`;
