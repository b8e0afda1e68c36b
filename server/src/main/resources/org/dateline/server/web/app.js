// Dateline's web page. Article text is hostile input: every piece of data reaches the DOM through
// textContent or createTextNode, never innerHTML, and the page runs under a CSP without inline
// script or eval. Spans are Unicode code-point offsets, so text is cut with Array.from, never with
// String.slice (which counts UTF-16 units and would shift every span after an emoji).
'use strict';

const API = '/api/v1';
const SVG = 'http://www.w3.org/2000/svg';
// The facets the page offers as filters, each named as the API parameter that takes its values.
const MULTI = ['type', 'acled', 'acledSubEvent', 'actor', 'sector', 'source', 'factuality'];
const FACET_TITLES = { type: 'Event type (PLOVER)', acled: 'ACLED event type', acledSubEvent: 'ACLED sub-event type',
  // an event counts under each of its parties, recipients too, and an article under its actors
  // and speakers (the API's `actor` filter and facet): "Actor" said less than they hold
  actor: 'Party', sector: 'Party sector', source: 'Source', factuality: 'Factuality', from: 'From', to: 'To' };
const TYPE_COLORS = {
  AGREE: '#2a9d8f', CONSULT: '#264653', SUPPORT: '#43aa8b', CONCEDE: '#90be6d', COOPERATE: '#4d908e',
  AID: '#577590', RETREAT: '#a7c957', REQUEST: '#f9c74f', ACCUSE: '#f8961e', REJECT: '#f3722c',
  THREATEN: '#e76f51', PROTEST: '#d62828', SANCTION: '#9d0208', MOBILIZE: '#6a040f', COERCE: '#7b2cbf',
  ASSAULT: '#370617'
};

// ---- DOM helpers: the only way this file builds elements ----
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  setAttrs(node, attrs);
  append(node, children);
  return node;
}

function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVG, tag);
  setAttrs(node, attrs);
  append(node, children);
  return node;
}

function setAttrs(node, attrs) {
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on')) throw new Error('event handlers are added with addEventListener');
    node.setAttribute(k, String(v));
  }
}

function append(node, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

function on(node, event, fn) {
  node.addEventListener(event, fn);
  return node;
}

// ---- routing: #/search?…, #/article/ID?hl=S1 (or ?at=START-END), #/entity/KEY, #/stories, #/story/ID, #/incident/ID ----
function parseHash() {
  const raw = location.hash.replace(/^#/, '') || '/search';
  const qi = raw.indexOf('?');
  const path = qi < 0 ? raw : raw.slice(0, qi);
  const params = new URLSearchParams(qi < 0 ? '' : raw.slice(qi + 1));
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  return { name: parts[0] || 'search', arg: parts[1], params };
}

function searchHash(params) {
  return '#/search?' + params.toString();
}

function articleHash(id, hl) {
  return '#/article/' + encodeURIComponent(id) + (hl ? '?hl=' + encodeURIComponent(hl) : '');
}

function entityHash(key) {
  return '#/entity/' + encodeURIComponent(key);
}

/** A link to a stretch of an article's text (code-point offsets), which the article view highlights. */
function evidenceHash(articleId, span) {
  return '#/article/' + encodeURIComponent(articleId) + '?at=' + span.start + '-' + span.end;
}

function storyHash(id) {
  return '#/story/' + encodeURIComponent(id);
}

function incidentHash(id) {
  return '#/incident/' + encodeURIComponent(id);
}

// Each navigation has a number: an answer that arrives after the reader went elsewhere is dropped,
// not drawn over the page they went to (a story takes about a second to load on a large store).
let navigation = 0;
class Stale extends Error {}

async function api(path, params) {
  const asked = navigation;
  const url = API + path + (params && params.toString() ? '?' + params.toString() : '');
  const res = await fetch(url, { headers: { Accept: 'application/json' } });
  const body = await res.json().catch(() => ({}));
  if (asked !== navigation) throw new Stale('the reader went elsewhere');
  if (!res.ok) throw new Error(body.detail || body.title || ('HTTP ' + res.status));
  return body;
}

const view = () => document.getElementById('view');

// A part a page leaves out is null: left out, not shown as the text "null" (replaceChildren would).
function show(...nodes) {
  view().replaceChildren(...nodes.flat().filter(n => n !== null && n !== undefined));
}

// A refused search keeps its filters' chips, so the one refused can be taken back from here.
function failure(err, r) {
  show(el('p', { class: 'warn', role: 'alert' }, 'Could not load: ', err.message),
    r && r.name === 'search' ? filterChips(r.params) : null,
    el('p', {}, el('a', { href: '#/search' }, 'Start a new search')));
}

// Where the reader left each page: Back and Forward return there; a page not seen before opens at its
// top (an article asked to show evidence scrolls to it itself).
const leftAt = new Map();
let shownHash = null;
history.scrollRestoration = 'manual'; // the browser's own would scroll before the page is drawn

async function route() {
  const mine = ++navigation;
  if (shownHash !== null) leftAt.set(shownHash, window.scrollY);
  const r = parseHash();
  try {
    if (r.name === 'article' && r.arg) await showArticle(r.arg, r.params.get('hl'), r.params.get('at'));
    else if (r.name === 'entity' && r.arg) await showEntity(r.arg);
    else if (r.name === 'stories') await showStories(r.params);
    else if (r.name === 'story' && r.arg) await showStory(r.arg);
    else if (r.name === 'incident' && r.arg) await showIncident(r.arg);
    else await showSearch(r.params);
  } catch (err) {
    if (mine !== navigation) return;
    failure(err, r);
  }
  if (mine !== navigation) return;
  shownHash = location.hash;
  if (leftAt.has(shownHash)) window.scrollTo(0, leftAt.get(shownHash));
  else if (!(r.name === 'article' && (r.params.get('hl') || r.params.get('at')))) window.scrollTo(0, 0);
}

// ---- search ----
async function showSearch(params) {
  document.getElementById('q').value = params.get('q') || '';
  const timelineParams = new URLSearchParams(params);
  timelineParams.delete('offset');
  if (!timelineParams.get('interval')) timelineParams.set('interval', 'auto');
  const [result, timeline] = await Promise.all([api('/search', params), api('/timeline', timelineParams)]);
  document.title = (params.get('q') ? params.get('q') + ' · ' : '') + 'Dateline';
  show(el('div', { class: 'layout' },
    facetPanel(result.facets || {}, params, result.estimated),
    el('section', { id: 'results' },
      timelineCard(timeline, params, 'Events over time'),
      filterChips(params),
      el('p', { class: 'summary', id: 'total', title: result.estimated ? 'estimated from a sample of the matches' : null },
        (result.estimated ? 'about ' : '') + result.total + (result.total === 1 ? ' article' : ' articles')),
      result.hits.length ? result.hits.map(hitCard) : el('p', { class: 'empty' }, 'Nothing matches.'),
      pager(result, params))));
}

function toggled(params, name, value) {
  const next = new URLSearchParams(params);
  const values = next.getAll(name);
  next.delete(name);
  next.delete('offset');
  const kept = values.includes(value) ? values.filter(v => v !== value) : values.concat(value);
  kept.forEach(v => next.append(name, v));
  return next;
}

// Estimated counts (a very common query on a large store: see the contract) are shown as "~N".
function facetPanel(facets, params, estimated) {
  const panel = el('aside', { class: 'facets', 'aria-label': 'Filters' });
  for (const name of MULTI) {
    const values = facets[name] || [];
    const chosen = params.getAll(name);
    panel.append(el('h3', {}, FACET_TITLES[name]));
    if (!values.length && !chosen.length) {
      panel.append(el('p', { class: 'empty' }, 'none'));
      continue;
    }
    const list = el('ul', { 'data-facet': name });
    for (const v of values) {
      const a = el('a', { href: searchHash(toggled(params, name, v.value)), class: chosen.includes(v.value) ? 'on' : null,
        title: v.value }, v.label || v.value);
      list.append(el('li', {}, a, el('span', { class: 'count' }, (estimated ? '~' : '') + String(v.count))));
    }
    panel.append(list);
  }
  panel.append(el('h3', {}, 'Dates'), dateRange(params, searchHash, 'search-dates'));
  return panel;
}

/**
 * From and To days and a button that narrows the page to them ({@code hashOf} of the new
 * parameters); a range that ends before it starts is refused here, not sent to be refused.
 */
function dateRange(params, hashOf, id) {
  const from = el('input', { type: 'date', name: 'from', value: params.get('from') || '' });
  const to = el('input', { type: 'date', name: 'to', value: params.get('to') || '' });
  const warn = el('p', { class: 'warn', 'aria-live': 'polite' });
  const apply = on(el('button', { type: 'button' }, 'Apply dates'), 'click', () => {
    if (from.value && to.value && to.value < from.value) {
      warn.textContent = 'The range ends before it starts.';
      return;
    }
    const next = new URLSearchParams(params);
    next.delete('offset');
    for (const [k, input] of [['from', from], ['to', to]]) {
      if (input.value) next.set(k, input.value); else next.delete(k);
    }
    location.hash = hashOf(next);
  });
  return el('div', { class: 'date-range', id }, el('label', {}, 'From ', from), el('label', {}, 'To ', to), apply, warn);
}

function filterChips(params) {
  const chips = el('div', { class: 'chips' });
  for (const name of MULTI.concat(['from', 'to'])) {
    for (const v of params.getAll(name)) {
      const next = MULTI.includes(name) ? toggled(params, name, v) : (() => { const n = new URLSearchParams(params); n.delete(name); return n; })();
      chips.append(el('a', { class: 'chip', href: searchHash(next), title: 'Remove this filter', 'data-filter': name },
        FACET_TITLES[name] + ': ' + v + ' ×'));
    }
  }
  return chips;
}

/**
 * A statement whose source names no one who can be asked ("Karabakh Armenian officials said",
 * "critics said") has no speaker; its source's words still say who spoke.
 */
function sourceWords(statement) {
  return statement.source && statement.source.text ? statement.source.text : 'Unnamed source';
}

/** An article without a title is named by its first words, as a reader would name it. */
function untitled(text) {
  const words = (text || '').trim().split(/\s+/).filter(Boolean);
  if (!words.length) return '(untitled)';
  return words.slice(0, 10).join(' ') + (words.length > 10 ? ' …' : '');
}

function hitCard(hit) {
  return el('article', { class: 'card hit' },
    el('h2', {}, el('a', { href: articleHash(hit.id), class: 'hit-title' }, hit.title || untitled(hit.snippet))),
    el('div', { class: 'meta' }, [hit.source, hit.published].filter(Boolean).join(' · '),
      hit.storyId ? [' · ', el('a', { href: storyHash(hit.storyId), class: 'story-link' }, 'Its story')] : null),
    el('p', { class: 'snippet' }, hit.snippet),
    (hit.statements || []).map(s => el('div', { class: 'said' },
      el('span', { class: 'who' }, s.speaker ? s.speaker.name : sourceWords(s.statement)), ' ',
      (s.statement.cue && s.statement.cue.text) || 'said', ': ',
      el('a', { href: articleHash(hit.id, s.statement.id) }, s.statement.content.text))));
}

function pager(result, params) {
  const offset = Number(params.get('offset') || 0);
  const limit = Number(params.get('limit') || 20);
  if (result.total <= offset + limit) return null;
  const next = new URLSearchParams(params);
  next.set('offset', String(offset + limit));
  return el('p', {}, el('a', { href: searchHash(next) }, 'More results'));
}

// ---- timeline: an inline SVG bar chart, bars stacked by event type ----
function timelineCard(timeline, params, heading) {
  const card = el('div', { class: 'timeline', id: 'timeline' });
  const interval = timeline.interval || 'day';
  // Links to the other bar widths; the server's answer names the width auto chose.
  const switcher = params ? ['day', 'week', 'month'].filter(i => i !== interval).flatMap(i => [' ',
    el('a', { href: searchHash((() => { const n = new URLSearchParams(params); n.set('interval', i); return n; })()) },
      'per ' + i)]) : null;
  card.append(el('h3', {}, heading + ' (', String(timeline.total), ' events, per ', interval, ')', switcher));
  if (!timeline.buckets.length) {
    card.append(el('p', { class: 'empty' }, 'No dated events.'));
    return card;
  }
  card.append(drawTimeline(timeline, params));
  // auto leaves out events dated far from the rest (one told in passing from decades before, a
  // day misread into another year): say how many and when, rather than drop them unsaid
  if (timeline.outside) {
    const when = timeline.outsideEarliest === timeline.outsideLatest ? 'on ' + timeline.outsideEarliest
      : 'between ' + timeline.outsideEarliest + ' and ' + timeline.outsideLatest;
    card.append(el('p', { class: 'meta', id: 'timeline-outside' }, plural(timeline.outside, 'event', 'events'),
      ' dated far from the rest (', when, ') not drawn', params ? '; pick a bar width to see every dated event.' : '.'));
  }
  const types = [...new Set(timeline.buckets.flatMap(b => Object.keys(b.types)))].sort();
  card.append(el('div', { class: 'legend' }, types.map(t =>
    el('span', {}, colorSwatch(t), t))));
  return card;
}

function colorSwatch(type) {
  const s = el('span', { class: 'swatch' });
  s.style.background = TYPE_COLORS[type] || '#888';
  return s;
}

function drawTimeline(timeline, params) {
  const W = 820, H = 170, left = 34, bottom = 22, top = 8;
  const buckets = timeline.buckets;
  const max = Math.max(1, ...buckets.map(b => b.count));
  const slot = (W - left - 6) / buckets.length;
  const barW = Math.max(1, slot * 0.8);
  const scale = (H - bottom - top) / max;
  // Bars that narrow the search are links (an SVG <a>: focusable, followed with Enter), so the chart
  // is a group of them, not an image.
  const chart = svg('svg', { viewBox: `0 0 ${W} ${H}`, role: params ? 'group' : 'img',
    'aria-label': 'Events per ' + timeline.interval });
  chart.append(svg('line', { x1: left, y1: H - bottom, x2: W - 4, y2: H - bottom, stroke: '#b8bfcc' }));
  chart.append(svg('text', { x: left - 6, y: top + 9, 'text-anchor': 'end', class: 'axis' }, String(max)));
  chart.append(svg('text', { x: left - 6, y: H - bottom, 'text-anchor': 'end', class: 'axis' }, '0'));
  buckets.forEach((b, i) => {
    const x = left + i * slot + (slot - barW) / 2;
    let y = H - bottom;
    const bar = params ? svg('a', { href: searchHash(rangeOf(params, b.start, timeline.interval)), class: 'bar-link',
      'aria-label': `${b.start}: ${plural(b.count, 'event', 'events')}; show the articles of this ${timeline.interval}` }) : chart;
    for (const [type, n] of Object.entries(b.types).sort()) {
      const h = n * scale;
      y -= h;
      bar.append(svg('rect', { x: x.toFixed(1), y: y.toFixed(1), width: barW.toFixed(1), height: h.toFixed(1),
        fill: TYPE_COLORS[type] || '#888', class: 'bar', 'data-start': b.start },
        svg('title', {}, `${b.start}: ${n} ${type}`)));
    }
    if (bar !== chart) chart.append(bar);
  });
  const labels = buckets.length > 1 ? [0, Math.floor((buckets.length - 1) / 2), buckets.length - 1] : [0];
  // First label starts at its bar and the last ends at its bar, so neither is cut off at the edge.
  [...new Set(labels)].forEach(i => chart.append(svg('text', {
    x: (left + i * slot + slot / 2).toFixed(1), y: H - 6, class: 'axis',
    'text-anchor': i === 0 ? 'start' : (i === buckets.length - 1 ? 'end' : 'middle') }, buckets[i].start)));
  return chart;
}

function rangeOf(params, start, interval) {
  const next = new URLSearchParams(params);
  next.delete('offset');
  const end = new Date(start + 'T00:00:00Z');
  if (interval === 'month') {
    end.setUTCMonth(end.getUTCMonth() + 1, 0); // day 0 of the next month: this month's last day
  } else {
    end.setUTCDate(end.getUTCDate() + (interval === 'week' ? 6 : 0));
  }
  next.set('from', start);
  next.set('to', end.toISOString().slice(0, 10));
  return next;
}

// ---- article view with evidence highlighting ----
async function showArticle(id, hl, at) {
  const record = await api('/articles/' + encodeURIComponent(id));
  document.title = (record.title || 'Article') + ' · Dateline';
  const byId = new Map(record.entities.map(e => [e.id, e]));
  const textBox = el('div', { class: 'article-text', id: 'article-text' });
  const note = el('p', { class: 'warn', id: 'span-note' });
  const buttons = [];
  const select = (button, primary, secondary) => {
    buttons.forEach(b => b.classList.toggle('active', b === button));
    renderText(textBox, record.text, primary, secondary, note);
    const mark = textBox.querySelector('mark.primary');
    if (mark) mark.scrollIntoView({ block: 'center', behavior: 'smooth' });
  };
  const fact = (id, label, detail, primary, secondary) => {
    const b = el('button', { type: 'button', class: 'fact', 'data-fact': id }, label, el('br'), detail);
    on(b, 'click', () => select(b, primary, secondary));
    buttons.push(b);
    return b;
  };
  const name = eid => (byId.get(eid) ? byId.get(eid).name : null);
  const casualty = (v, field, label) => {
    const count = v[field];
    if (!count || !count.evidence) return null;
    const number = count.value === null || count.value === undefined ? 'no number given' : String(count.value);
    const b = fact(v.id + '.' + field, el('span', {}, el('span', { class: 'tag casualty' }, label), number),
      '“' + count.evidence.text + '”', count.evidence, []);
    b.classList.add('count');
    b.setAttribute('data-count', field);
    b.setAttribute('title', label + ': ' + count.evidence.text);
    return b;
  };
  const statements = record.statements.map(s => fact(s.id,
    el('span', {}, el('span', { class: 'tag' }, s.kind || 'statement'), el('span', { class: 'who' }, name(s.speaker) || sourceWords(s)),
      ' ', s.cue ? s.cue.text : ''),
    s.content.text, s.content, [s.source, s.cue].filter(Boolean)));
  // An event card: the event's button (both taxonomies, who did what; it highlights the evidence
  // sentence and trigger) and one button per casualty count, which highlights the words the count
  // rests on. Buttons do not nest, so the counts sit beside the event's button, not inside it.
  const events = record.events.map(v => el('div', { class: 'event-card', 'data-event': v.id },
    fact(v.id,
      el('span', {}, el('span', { class: 'tag ' + (v.factuality || '') }, v.factuality || ''), (v.date && v.date.value) || ''),
      [taxonomies(v),
        el('span', { class: 'did' }, [v.actors.map(name).filter(Boolean).join(', ') || '?', ' → ',
          (v.trigger && v.trigger.text) || v.type,
          v.recipients.length ? ' → ' + v.recipients.map(name).filter(Boolean).join(', ') : '',
          v.claimedBy ? ' (according to ' + (name(v.claimedBy) || 'a source') + ')' : ''].join(''))],
      v.evidence, [v.trigger].filter(Boolean)),
    casualty(v, 'fatalities', 'Killed'),
    casualty(v, 'injured', 'Injured')));
  // The API hands each entity's cross-article key (org.dateline.table.EntityKey): names are folded
  // in Java only, so the page never has its own idea of which entity is which.
  const entityLinks = record.entities.map(e => el('li', {},
    el('a', { href: entityHash(record.entityKeys[e.id]) }, e.name), ' ', el('span', { class: 'count' }, [e.type, e.code].filter(Boolean).join(' · '))));
  show(el('p', {}, el('a', { href: '#/search' }, '← Search')),
    el('h1', { id: 'article-title' }, record.title || untitled(record.text)),
    el('div', { class: 'meta' }, [record.source && (record.source.name || record.source.domain), record.published,
      record.authors.map(a => a.name).join(', ')].filter(Boolean).join(' · '),
      record.storyId ? [' · ', el('a', { href: storyHash(record.storyId), id: 'article-story' }, 'Its story')] : null,
      // where it was published, for checking it there; only a web address is a link
      /^https?:\/\//i.test(record.url || '') ? [' · ', el('a', { href: record.url, id: 'article-url', rel: 'noopener noreferrer nofollow' }, 'original')] : null),
    note,
    el('div', { class: 'article' }, textBox,
      el('aside', { class: 'facts' },
        el('h3', {}, 'Statements (', String(statements.length), ')'), statements.length ? statements : el('p', { class: 'empty' }, 'none'),
        el('h3', {}, 'Events (', String(events.length), ')'), events.length ? events : el('p', { class: 'empty' }, 'none'),
        el('h3', {}, 'Entities'), el('ul', {}, entityLinks))));
  renderText(textBox, record.text, null, [], note);
  const chosen = hl && buttons.find(b => b.getAttribute('data-fact') === hl);
  if (chosen) chosen.click();
  else if (hl) note.textContent = 'This article has no statement, event or count ' + hl + '.';
  const range = !chosen && at && /^(\d+)-(\d+)$/.exec(at);
  if (range) {
    // A value of an incident's report links here with the stretch of text it rests on.
    renderText(textBox, record.text, { start: Number(range[1]), end: Number(range[2]) }, [], note);
    const mark = textBox.querySelector('mark.primary');
    if (mark) mark.scrollIntoView({ block: 'center' });
  }
}

/**
 * An event in both taxonomies: PLOVER's category and mode, and ACLED's disorder type, event type and
 * sub-event type when the event is an ACLED event (null otherwise, and then the line is left out).
 */
function taxonomies(v) {
  const plover = el('span', { class: 'taxonomy', 'data-taxonomy': 'plover' }, el('span', { class: 'scheme' }, 'PLOVER'),
    el('span', { class: 'tag' }, v.type), v.mode || '');
  const acled = v.acled ? el('span', { class: 'taxonomy', 'data-taxonomy': 'acled' }, el('span', { class: 'scheme' }, 'ACLED'),
    [v.acled.disorderType, v.acled.eventType, v.acled.subEventType].join(' › ')) : null;
  return [plover, acled];
}

// Draws the text with the primary span in <mark class="primary"> and the secondary spans (speaker,
// cue, trigger) in <mark class="secondary">, nested when inside the primary one. Offsets are code
// points: Array.from splits the text into code points, so emoji and flags count as the contract says.
function renderText(box, text, primary, secondary, note) {
  const cps = Array.from(text);
  const spans = (primary ? [primary] : []).concat(secondary || []).filter(s => s && s.end > s.start && s.end <= cps.length);
  const cuts = [...new Set([0, cps.length, ...spans.flatMap(s => [s.start, s.end])])].sort((a, b) => a - b);
  box.replaceChildren();
  let primaryMark = null;
  for (let i = 0; i + 1 < cuts.length; i++) {
    const a = cuts[i], b = cuts[i + 1];
    const piece = cps.slice(a, b).join('');
    const inPrimary = primary && a >= primary.start && b <= primary.end;
    const inSecondary = (secondary || []).some(s => s && a >= s.start && b <= s.end);
    const node = inSecondary ? el('mark', { class: 'secondary' }, piece) : document.createTextNode(piece);
    if (inPrimary) {
      if (!primaryMark) {
        primaryMark = el('mark', { class: 'primary', id: 'evidence' });
        box.append(primaryMark);
      }
      primaryMark.append(node);
    } else {
      box.append(node);
    }
  }
  note.textContent = primary && !spans.includes(primary)
    ? 'The words asked for (' + primary.start + '–' + primary.end + ') are not in this article\'s text.'
    : primary && primaryMark && primary.text !== undefined && primaryMark.textContent !== primary.text
      ? 'This span does not match its recorded text: the record may be damaged.' : '';
}

// ---- entity pages ----
// Every name the store joined into this entity, with the rule that decided (org.dateline.identity.JoinRule):
// a researcher must be able to see, and doubt, each join.
function joinsList(joins) {
  const shown = joins.filter(j => j.rule !== 'new' || joins.length > 1);
  if (!shown.length) return null;
  return el('details', { class: 'joins', id: 'entity-joins', open: shown.length <= 8 ? 'open' : null },
    el('summary', {}, 'How these names were joined (', String(shown.length), ')'),
    el('ul', {}, shown.map(j => el('li', { class: 'join', 'data-rule': j.rule },
      el('strong', {}, j.name), ' — ', el('span', { class: 'tag' }, j.rule), ' ', j.meaning,
      j.basis && j.basis !== j.key ? el('span', { class: 'count' }, ' (by ', j.basis, ')') : null,
      j.articles ? el('span', { class: 'count' }, ' · ' + j.articles + (j.articles === 1 ? ' article' : ' articles')) : null))));
}

async function showEntity(key) {
  const params = new URLSearchParams();
  params.set('actor', key);
  params.set('interval', 'auto');
  const [page, timeline] = await Promise.all([api('/entities/' + encodeURIComponent(key)), api('/timeline', params)]);
  document.title = page.name + ' · Dateline';
  const others = page.names.filter(n => n !== page.name);
  show(el('p', {}, el('a', { href: '#/search' }, '← Search')),
    el('div', { class: 'entity-head' },
      el('h1', { id: 'entity-name' }, page.name),
      el('div', { class: 'meta' }, [page.type, page.codes.join(', '), page.articles + (page.articles === 1 ? ' article' : ' articles')].filter(Boolean).join(' · ')),
      others.length ? el('p', { class: 'names' }, 'Also written: ', others.join('; ')) : null,
      page.titles.length ? el('p', { class: 'names' }, 'Titles: ', page.titles.join('; ')) : null,
      el('p', {}, el('a', { href: searchHash(new URLSearchParams([['actor', page.key]])) }, 'Articles with this actor'),
        ' · ', el('a', { href: '#/stories?' + new URLSearchParams([['entity', page.key]]).toString(), id: 'entity-stories' }, 'Stories naming it')),
      joinsList(page.joins || [])),
    timelineCard(timeline, null, 'Events involving ' + page.name),
    el('h2', {}, 'Statements (', String(page.statements.length), ')'),
    page.statements.length ? page.statements.map(s => el('div', { class: 'card' },
      el('div', { class: 'meta' }, [s.source, s.statement.date || s.published].filter(Boolean).join(' · ')),
      el('a', { href: articleHash(s.articleId, s.statement.id) }, s.statement.content.text))) : el('p', { class: 'empty' }, 'none'),
    el('h2', {}, 'Events (', String(page.events.length), ')'),
    page.events.length ? page.events.map(v => el('div', { class: 'card' },
      el('div', { class: 'meta' }, el('span', { class: 'tag' }, v.event.type),
        v.event.acled ? el('span', { class: 'tag acled', title: v.event.acled.eventType }, v.event.acled.subEventType) : null,
        el('span', { class: 'tag ' + v.event.factuality }, v.event.factuality),
        [v.day, v.source].filter(Boolean).join(' · ')),
      el('a', { href: articleHash(v.articleId, v.event.id) }, v.event.evidence ? v.event.evidence.text : v.event.type))) : el('p', { class: 'empty' }, 'none'));
}

// ---- stories: articles about one happening, their incidents and claims ----
/** An entity key's name part, as a label ("GROUP:azerbaijani troops" → "azerbaijani troops"). */
function keyLabel(key) {
  const i = key.indexOf(':');
  return i < 0 ? key : key.slice(i + 1);
}

/**
 * The names a story's reports write its parties' keys with ("Armenian armed groups" for the key
 * GROUP:armenian armed groups): a key is folded to lower case to match across articles.
 */
function partyNames(story) {
  const names = new Map();
  for (const incident of story.incidents) {
    for (const source of incident.sources) {
      for (const p of source.actors.concat(source.recipients)) {
        if (p.key && !names.has(p.key)) names.set(p.key, p.name);
      }
    }
  }
  return names;
}

function plural(n, one, many) {
  return n + ' ' + (n === 1 ? one : many);
}

async function showStories(params) {
  const entity = params.get('entity');
  const [list, named] = await Promise.all([api('/stories', params),
    entity ? api('/entities/' + encodeURIComponent(entity)).catch(() => null) : null]);
  document.title = 'Stories · Dateline';
  const without = name => { const n = new URLSearchParams(params); n.delete(name); n.delete('offset'); return '#/stories?' + n.toString(); };
  const offset = Number(params.get('offset') || 0);
  const limit = Number(params.get('limit') || 20);
  const next = new URLSearchParams(params);
  next.set('offset', String(offset + limit));
  show(el('p', {}, el('a', { href: '#/search' }, '← Search')),
    el('h1', {}, 'Stories'),
    dateRange(params, next => '#/stories?' + next.toString(), 'story-dates'),
    entity ? el('div', { class: 'chips' }, el('a', { class: 'chip', href: without('entity'), title: 'Remove this filter',
      'data-filter': 'entity' }, 'Naming: ' + (named ? named.name : entity) + ' ×')) : null,
    el('p', { class: 'summary', id: 'stories-total' }, plural(list.total, 'story', 'stories'), ', newest first'),
    list.stories.length ? list.stories.map(st => el('article', { class: 'card story-hit', 'data-story': st.storyId },
      el('h2', {}, el('a', { href: storyHash(st.storyId) }, st.title || '(untitled)')),
      el('div', { class: 'meta' }, [daySpan(st.firstPublished, st.lastPublished), plural(st.articles, 'article', 'articles'),
        st.sources.join(', ')].filter(Boolean).join(' · ')))) : el('p', { class: 'empty' }, 'No stories.'),
    list.total > offset + limit ? el('p', {}, el('a', { href: '#/stories?' + next.toString() }, 'More stories')) : null);
}

function daySpan(first, last) {
  if (!first) return null;
  return first === last ? first : first + ' – ' + last;
}

async function showStory(id) {
  const story = await api('/stories/' + encodeURIComponent(id));
  document.title = (story.title || 'Story') + ' · Dateline';
  const names = partyNames(story);
  show(el('p', {}, el('a', { href: '#/stories' }, '← Stories')),
    el('h1', { id: 'story-title' }, story.title || '(untitled)'),
    el('div', { class: 'meta' }, [daySpan(story.firstPublished, story.lastPublished),
      story.days ? plural(story.days, 'day', 'days') : null, plural(story.articles.length, 'article', 'articles'),
      plural(story.sources.length, 'outlet', 'outlets')].filter(Boolean).join(' · ')),
    el('p', { class: 'names' }, 'Title chosen as ', story.titleRule),
    story.storyId !== id ? el('p', { class: 'names', id: 'merged-note' },
      'Story ', id, ' was merged into this one by a later report that fits both.') : null,
    story.parties.length ? el('p', { class: 'names' }, 'Parties: ',
      story.parties.flatMap((k, i) => [i ? ', ' : '', el('a', { href: entityHash(k) }, names.get(k) || keyLabel(k))])) : null,
    el('h2', {}, 'Articles by published day'), storyTimeline(story),
    el('h2', {}, 'Incidents (', String(story.incidents.length), ')'),
    story.incidents.length ? story.incidents.map(incidentCard) : el('p', { class: 'empty' }, 'No event in these articles took place.'),
    el('h2', {}, 'Claims (', String(story.claims.length), ')'),
    story.claims.length ? story.claims.map(c => claimCard(c, story.claims)) : el('p', { class: 'empty' }, 'none'));
}

/**
 * The story's articles on a timeline: one row per published day from the first to the last (days
 * without an article are one gap mark), each article with its outlet, title and the link that put
 * it in the story (the evidence of the grouping).
 */
function storyTimeline(story) {
  const titles = new Map(story.articles.map(a => [a.articleId, a.title || (a.lead ? untitled(a.lead) : a.source || a.articleId)]));
  const byDay = new Map();
  for (const a of story.articles) {
    const day = a.published ? a.published.slice(0, 10) : 'undated';
    if (!byDay.has(day)) byDay.set(day, []);
    byDay.get(day).push(a);
  }
  const days = [...byDay.keys()].sort((x, y) => (x === 'undated') - (y === 'undated') || x.localeCompare(y));
  const box = el('ol', { class: 'story-timeline', id: 'story-timeline' });
  let previous = null;
  for (const day of days) {
    if (previous && day !== 'undated') {
      const gap = Math.round((Date.parse(day) - Date.parse(previous)) / 86400000) - 1;
      if (gap > 0) box.append(el('li', { class: 'gap' }, plural(gap, 'day', 'days'), ' without a report'));
    }
    previous = day === 'undated' ? previous : day;
    box.append(el('li', { class: 'day', 'data-day': day },
      el('div', { class: 'day-label' }, day),
      byDay.get(day).map(a => el('div', { class: 'card story-article', 'data-article': a.articleId },
        el('div', { class: 'meta' }, [a.source, a.published ? a.published.slice(11, 16) : null].filter(Boolean).join(' · ')),
        el('a', { href: articleHash(a.articleId) }, a.title || untitled(a.lead)),
        a.links.length ? el('ul', { class: 'links' }, a.links.map(l => el('li', {},
          'joined by its link to ', el('a', { href: articleHash(l.articleId) }, titles.get(l.articleId) || 'an earlier article'),
          el('span', { class: 'count' }, ' (score ', l.score.toFixed(2), '): ', l.shared.join('; ')))))
          // a story's id is the id of the article that began it; any other article without links
          // began a story that a later report merged into this one
          : el('div', { class: 'count start' }, a.articleId === story.storyId ? 'started the story' : 'started a story merged into this one'),
        (a.merged || []).length ? el('ul', { class: 'links merges' }, a.merged.map(l => el('li', {},
          'merged the story begun by ',
          titles.has(l.storyId) ? el('a', { href: articleHash(l.storyId) }, titles.get(l.storyId)) : 'story ' + l.storyId,
          ' into this one by its link to ',
          el('a', { href: articleHash(l.articleId) }, titles.get(l.articleId) || 'an article of it'),
          el('span', { class: 'count' }, ' (score ', l.score.toFixed(2), '): ', l.shared.join('; '))))) : null))));
  }
  return box;
}

const FIELDS = [['date', 'Date'], ['location', 'Place'], ['killed', 'Killed'], ['injured', 'Injured']];

// An incident told by headlines alone has no event type: its family names it ("violence").
const incidentKind = inc => inc.type || inc.family;

function incidentCard(inc) {
  const disagree = new Set(inc.disagreements.map(d => d.field));
  const sources = new Set(inc.sources.map(r => r.copyOf || r.articleId)).size;
  return el('article', { class: 'card incident', 'data-incident': inc.id },
    el('h3', {}, el('span', { class: 'tag' }, incidentKind(inc)), inc.mode || '', ' ',
      inc.acledSubEventType ? el('span', { class: 'tag acled' }, inc.acledSubEventType) : null),
    el('dl', { class: 'fused' }, FIELDS.map(([f, label]) => el('div', { class: disagree.has(f) ? 'disagree' : null, 'data-field': f },
      el('dt', {}, label), el('dd', {}, inc[f] === null || inc[f] === undefined ? '—' : String(inc[f]))))),
    el('p', { class: 'meta' }, plural(sources, 'independent source', 'independent sources'),
      disagree.size ? ' · sources disagree on ' + [...disagree].join(', ') : ' · sources agree'),
    el('a', { href: incidentHash(inc.id), class: 'compare' }, 'Compare the sources side by side'));
}

/** How a claim's proposition is shown: a framing term in quotes, other words as they are. */
const propositionText = claim => claim.framed ? '“' + claim.proposition + '”' : claim.proposition;

/**
 * A claim: the proposition, the other side's versions of the same act it counters (each a button
 * that brings that claim into view), and each statement's side, speaker, stance, words and framing.
 */
function claimCard(claim, claims) {
  const contested = claim.contested;
  const versions = claim.counters.map(id => claims.find(c => c.id === id)).filter(Boolean);
  const sidesOf = c => [...new Set(c.stances.map(st => st.side).filter(Boolean))].join(', ') || 'side unknown';
  return el('article', { class: 'card claim', 'data-claim': claim.id },
    el('h3', {}, propositionText(claim),
      contested && !versions.length ? el('span', { class: 'tag contested' }, 'contested across sides') : null,
      versions.length ? el('span', { class: 'tag countered' }, 'countered by another side') : null),
    versions.length ? el('p', { class: 'counters' }, 'The other side’s version: ', versions.flatMap((c, i) => [i ? '; ' : '',
      on(el('button', { type: 'button', class: 'link counter', 'data-counter': c.id }, propositionText(c)), 'click',
        () => document.querySelector(`[data-claim="${CSS.escape(c.id)}"]`).scrollIntoView({ block: 'center' })),
      ' (', sidesOf(c), ')'])) : null,
    el('ul', { class: 'stances' }, claim.stances.map(st => el('li', { class: 'stance ' + st.stance, 'data-stance': st.stance },
      el('span', { class: 'tag side' }, st.side || 'side unknown'),
      st.speakerKey ? el('a', { href: entityHash(st.speakerKey), class: 'who' }, st.speaker) : el('span', { class: 'who' }, st.speaker || 'Unnamed source'),
      ' ', el('span', { class: 'tag stance-tag' }, st.stance),
      st.evidence ? el('span', { class: 'count' }, ' (“', st.evidence.text, '”)') : null, ' ',
      el('a', { href: articleHash(st.articleId, st.statementId) }, st.content.text),
      el('span', { class: 'meta' }, ' — ', st.outlet || 'unknown outlet'),
      st.framing.length ? el('div', { class: 'framing' }, 'Framing: ',
        st.framing.flatMap((f, i) => [i ? ', ' : '', el('a', { href: evidenceHash(st.articleId, f) }, '“' + f.text + '”')])) : null))));
}

// ---- an incident: every report side by side, disagreements highlighted ----
async function showIncident(id) {
  const inc = await api('/incidents/' + encodeURIComponent(id));
  document.title = incidentKind(inc) + (inc.location ? ' in ' + inc.location : '') + ' · Dateline';
  const disagree = new Map(inc.disagreements.map(d => [d.field, d]));
  const reports = inc.sources;
  // A value with the words it rests on links to them in its article; one without (a published day,
  // an implied 0) says where it comes from instead.
  const value = (r, v, evidence, basis) => {
    if (v === null || v === undefined) return el('span', { class: 'empty' }, 'not given');
    const text = String(v);
    const shown = evidence ? el('a', { href: evidenceHash(r.articleId, evidence), class: 'evidence', title: '“' + evidence.text + '”' }, text)
      : el('span', {}, text);
    return [shown, basis && (!evidence || basis === 'less-killed') ? el('span', { class: 'count' }, ' (',
      basis === 'published' ? 'published day' : basis === 'less-killed' ? 'those hit less the dead' : basis, ')') : null];
  };
  // The vote may take a report's wounded less the incident's dead (the one shot in a first report is
  // the one dead in the next): a count it took so says what it was counted as.
  const votedAs = r => inc.injured !== null && r.injured !== null && r.injured !== inc.injured
    && (inc.basis.injured.articleIds || []).includes(r.articleId)
    ? el('span', { class: 'count voted' }, ' → counted as ', String(inc.injured), ', less the dead') : null;
  const parties = ps => ps.length ? ps.flatMap((p, i) => [i ? ', ' : '', p.key ? el('a', { href: entityHash(p.key) }, p.name) : p.name])
    : el('span', { class: 'empty' }, 'none named');
  const rows = [
    ['outlet', 'Outlet', r => el('a', { href: articleHash(r.articleId) }, r.outlet || 'unknown outlet')],
    // day and time as the outlet gave them, the zone in the tooltip: a full ISO time wrapped over three lines
    ['published', 'Published', r => r.published
      ? el('span', { title: r.published }, r.published.slice(0, 16).replace('T', ' ')) : el('span', { class: 'empty' }, 'unknown')],
    ['date', 'Date', r => value(r, r.date, r.dateEvidence, r.dateBasis)],
    ['location', 'Place', r => value(r, r.location, r.locationEvidence, r.locationBasis)],
    ['killed', 'Killed', r => value(r, r.killed, r.killedEvidence, r.killedBasis)],
    ['injured', 'Injured', r => [value(r, r.injured, r.injuredEvidence, r.injuredBasis), votedAs(r)]],
    ['actors', 'Acted', r => parties(r.actors)],
    ['recipients', 'Acted on', r => parties(r.recipients)],
    ['factuality', 'Factuality', r => r.factuality
      ? el('a', { href: articleHash(r.articleId, r.eventIds[0]) }, el('span', { class: 'tag ' + r.factuality }, r.factuality)) : '—'],
    ['claimedBy', 'Claimed by', r => r.claimedBy || '—'],
    ['copyOf', 'Copy of', r => r.copyOf ? el('a', { href: articleHash(r.copyOf) }, 'a wire original') : '—']];
  // The fused value of a field is the one most independent sources give: a cell whose report is not
  // among the articles giving it, as the fusion judged (a report writing "Stepanakert" gives a fused
  // "Khankendi"), stands out. Who acted has no fused value: a cell of any version but the one most
  // sources give stands out.
  const fused = { date: inc.date, location: inc.location, killed: inc.killed, injured: inc.injured };
  // A value no words state (a published day, a 0 the text implies) is in no version: it never stands out.
  const inVersion = (field, r, from) => disagree.get(field).versions.slice(from).some(v => v.articleIds.includes(r.articleId));
  const differs = (field, r) => disagree.has(field) && (field in fused
    ? inVersion(field, r, 0) && !(inc.basis[field].articleIds || []).includes(r.articleId)
    : inVersion(field, r, 1));
  const table = el('table', { class: 'sources', id: 'incident-sources' },
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Source'),
      reports.map((r, i) => el('th', { scope: 'col', 'data-article': r.articleId }, 'Report ', String(i + 1))))),
    el('tbody', {}, rows.map(([field, label, cell]) => el('tr', { 'data-field': field, class: disagree.has(field) ? 'disagree' : null },
      el('th', { scope: 'row' }, label, disagree.has(field) ? el('span', { class: 'tag casualty' }, 'sources differ') : null),
      reports.map(r => el('td', { class: differs(field, r) ? 'differs' : null }, cell(r)))))));
  show(el('p', {}, el('a', { href: storyHash(inc.storyId), id: 'incident-story' }, '← Story')),
    el('h1', { id: 'incident-title' }, incidentKind(inc), inc.location ? ' in ' + inc.location : '', inc.date ? ', ' + inc.date : ''),
    el('p', { class: 'meta' }, plural(reports.length, 'report', 'reports'), ' · ', inc.family,
      inc.acledSubEventType ? ' · ACLED ' + inc.acledSubEventType : ''),
    el('h2', {}, 'Fused'),
    el('dl', { class: 'fused' }, FIELDS.map(([f, label]) => el('div', { class: disagree.has(f) ? 'disagree' : null, 'data-field': f },
      el('dt', {}, label), el('dd', {}, fused[f] === null || fused[f] === undefined ? '—' : String(fused[f]),
        inc.basis[f] && inc.basis[f].rule ? el('span', { class: 'count' }, ' by ', inc.basis[f].rule) : null)))),
    el('h2', {}, 'The sources side by side'),
    el('div', { class: 'table-wrap' }, table),
    el('h2', {}, 'Disagreements (', String(inc.disagreements.length), ')'),
    inc.disagreements.length ? el('ul', { id: 'disagreements' }, inc.disagreements.map(d => el('li', { 'data-field': d.field },
      el('strong', {}, d.field), ': ', d.versions.flatMap((v, i) => [i ? ' · ' : '', el('span', { class: 'version' }, v.value), ' (',
        v.articleIds.map(a => (reports.find(r => r.articleId === a) || {}).outlet || 'an article').join(', '), ')']))))
      : el('p', { class: 'empty' }, 'The sources agree.'));
}

document.addEventListener('DOMContentLoaded', () => {
  on(document.getElementById('search-form'), 'submit', e => {
    e.preventDefault();
    const current = parseHash();
    const params = current.name === 'search' ? new URLSearchParams(current.params) : new URLSearchParams();
    params.delete('offset');
    params.set('q', document.getElementById('q').value.trim());
    location.hash = searchHash(params);
  });
  window.addEventListener('hashchange', route);
  route();
});
