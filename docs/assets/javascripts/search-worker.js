/* Search worker for Material for MkDocs, speaking Material's worker protocol
 * (SETUP 0 -> READY 1, QUERY 2 -> RESULT 3), so Material's own search box and result list stay.
 *
 * Why ours: Material's lunr worker appends "*" to every query term, which skips the stemmer, so
 * Russian word forms never match; and it fetches the whole index on every page load. Here every
 * word of the index and of the query goes through the same Russian Snowball stemmer, each hit is
 * one question linked by its own anchor, and nothing of the index is fetched until the reader
 * searches. Then only what the query needs: the dictionary (meta.json), the postings shards of
 * the query's terms, and the questions shown. The index is written by scripts/site/search_index.py.
 *
 * A query word matches a term by its stem, by a prefix while it is being typed, by a one-letter
 * typo of a word form in the corpus when nothing else matches, by a theme's title (every question
 * of that theme), and by words written solid or hyphenated («kmeans», «k-means», «k means»). */
"use strict"
importScripts("stemmer-ru.js")

const SETUP = 0, READY = 1, QUERY = 2, RESULT = 3
const SHOWN = 20              /* questions returned with their text; the rest are only counted */
const SNIPPET = 180           /* characters of text shown under a hit */
const PREFIX_TERMS = 12       /* a prefix expands to at most this many terms, the most frequent */
const TYPO_MIN = 5            /* shorter words are not corrected: too many words lie one letter away */
const PREFIX = 0.6, TYPO = 0.5, THEME = 0.5, SOLID = 1   /* weights of the ways a word matches */
/* Words: Latin (with accents), Cyrillic, Greek letters and digits, after lowercasing. */
const LETTERS = "0-9a-zа-яё\u00b2\u00b3\u00b5\u00df-\u00ff\u0100-\u024f\u03b1-\u03c9"
const TOKEN = new RegExp(`[${LETTERS}]+`, "g")
const CHAIN = new RegExp(`[${LETTERS}]+(?:-[${LETTERS}]+)*`, "g")   /* a word, or words joined by hyphens */
const CYRILLIC = /[а-я]/

const stemCache = new Map()
function stemWord(word) {
  let s = stemCache.get(word)
  if (s === undefined) {
    s = CYRILLIC.test(word) ? self.stemRu(word) : word
    stemCache.set(word, s)
  }
  return s
}
const normalize = text => text.toLowerCase().replace(/ё/g, "е")

const escapeHTML = text => text.replace(/[&<>"']/g, ch => (
  { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;" }[ch]))

/* Is b one insertion, deletion, substitution or swap of neighbours away from a (or equal)? */
function oneEditApart(a, b) {
  if (Math.abs(a.length - b.length) > 1) return false
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  if (a.length === b.length)
    return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2))
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1)
}

/* A query: its words, and the pairs or hyphen chains of words that may be written solid. */
function parseQuery(query) {
  const norm = normalize(query)
  const words = []
  const solid = []   /* { term, words: [indexes] } */
  let previous = null
  for (const m of norm.matchAll(CHAIN)) {
    const parts = m[0].split("-")
    for (const part of parts) if (!words.includes(part)) words.push(part)
    const at = parts.map(p => words.indexOf(p))
    if (parts.length > 1) solid.push({ text: parts.join(""), words: at })
    if (previous !== null)
      solid.push({ text: previous + parts[0], words: [words.indexOf(previous), at[0]] })
    previous = parts[parts.length - 1]
  }
  return { words, solid, typing: !/\s$/.test(query) }
}

class Index {
  constructor(base, meta) {
    this.base = base
    this.count = meta.questions
    this.pages = meta.pages.map(([url, title, theme, first]) => ({ url, title, theme, first }))
    this.terms = []
    this.forms = []    /* word forms of each term, for typos */
    for (const line of meta.terms.split("\n")) {
      const [stem, ...endings] = line.split("|")
      this.terms.push(stem)
      this.forms.push(endings.map(e => e[0] === "=" ? e.slice(1) : stem + e))
    }
    this.termIndex = new Map(this.terms.map((t, k) => [t, k]))
    this.df = meta.df
    this.shardStarts = meta.shards
    this.shards = new Map()
    this.docs = new Map()
    /* Theme titles: stem -> [[first question, end], …] of that theme's pages. */
    this.themeTerms = new Map()
    meta.themes.forEach((title, theme) => {
      const ranges = this.pages.map((p, k) => [p, k]).filter(([p]) => p.theme === theme)
        .map(([p, k]) => [p.first, k + 1 < this.pages.length ? this.pages[k + 1].first : this.count])
      for (const word of normalize(title).match(TOKEN) || []) {
        const stem = stemWord(word)
        if (!this.themeTerms.has(stem)) this.themeTerms.set(stem, [])
        this.themeTerms.get(stem).push(...ranges)
      }
    })
  }

  fetchJSON(path) {
    return fetch(new URL(path, this.base)).then(r => {
      if (!r.ok) throw new Error(`${path}: ${r.status}`)
      return r.json()
    })
  }

  shardOf(term) {
    let lo = 0, hi = this.shardStarts.length - 1
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (this.shardStarts[mid] <= term) lo = mid; else hi = mid - 1 }
    return lo
  }

  /* Postings of a term: [question numbers…] and [weights…]. */
  postings(term) {
    const k = this.shardOf(term)
    if (!this.shards.has(k)) this.shards.set(k, this.fetchJSON(`p/${k}.json`))
    return this.shards.get(k).then(lists => {
      const list = lists[term - this.shardStarts[k]]
      const docs = [], tf = []
      let doc = 0
      for (const x of list) {
        if (x < 0) tf[tf.length - 1] = -x
        else { doc += x; docs.push(doc); tf.push(1) }
      }
      return { docs, tf }
    })
  }

  doc(n) {
    if (!this.docs.has(n)) this.docs.set(n, this.fetchJSON(`d/${n}.json`))
    return this.docs.get(n)
  }

  pageOf(n) {
    let lo = 0, hi = this.pages.length - 1
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (this.pages[mid].first <= n) lo = mid; else hi = mid - 1 }
    return this.pages[lo]
  }

  /* Terms beginning with a prefix, the most frequent first. */
  withPrefix(prefix) {
    let lo = 0, hi = this.terms.length
    while (lo < hi) { const mid = (lo + hi) >> 1; if (this.terms[mid] < prefix) lo = mid + 1; else hi = mid }
    const found = []
    for (let k = lo; k < this.terms.length && this.terms[k].startsWith(prefix); k++) found.push(k)
    return found.sort((a, b) => this.df[b] - this.df[a]).slice(0, PREFIX_TERMS)
  }

  /* Terms with a word form one letter away from the word. */
  typos(word) {
    const found = []
    for (let k = 0; k < this.terms.length; k++) {
      if (this.terms[k].length > word.length + 1) continue
      if (this.forms[k].some(form => oneEditApart(word, form))) found.push(k)
    }
    return found
  }

  /* Terms a query word matches, with their weights. */
  expand(word, prefix) {
    const found = new Map()
    const stem = stemWord(word)
    const exact = this.termIndex.get(stem)
    if (exact !== undefined) found.set(exact, 1)
    if (prefix && word.length >= 2)
      for (const start of new Set([word, stem]))
        for (const k of this.withPrefix(start)) if (!found.has(k)) found.set(k, PREFIX)
    if (!found.size && !this.themeTerms.has(stem) && word.length >= TYPO_MIN)
      for (const k of this.typos(word)) found.set(k, TYPO)
    return found
  }

  async search(query) {
    const { words, solid, typing } = parseQuery(query)
    if (!words.length) return { items: [], total: 0 }
    const scores = new Map()        /* question -> score */
    const matched = new Map()       /* question -> Set of query words found */
    const hit = (doc, score, wordIndexes) => {
      scores.set(doc, (scores.get(doc) || 0) + score)
      let set = matched.get(doc)
      if (!set) matched.set(doc, set = new Set())
      for (const w of wordIndexes) set.add(w)
    }
    const used = new Set()          /* terms that matched, for highlighting */
    const lookups = []              /* [term, weight, word indexes] */
    words.forEach((word, k) => {
      const prefix = (typing && k === words.length - 1) || word.length >= 4
      for (const [term, weight] of this.expand(word, prefix)) lookups.push([term, weight, [k]])
      for (const [first, end] of this.themeTerms.get(stemWord(word)) || [])
        for (let doc = first; doc < end; doc++) hit(doc, THEME / (1 + 1.2), [k])
    })
    for (const { text, words: at } of solid) {
      const term = this.termIndex.get(stemWord(text))
      if (term !== undefined) lookups.push([term, SOLID, at])
    }
    const lists = await Promise.all(lookups.map(([term]) => this.postings(term)))
    lookups.forEach(([term, weight, at], i) => {
      used.add(this.terms[term])
      const { docs, tf } = lists[i]
      const idf = Math.log(1 + this.count / docs.length)
      for (let j = 0; j < docs.length; j++) hit(docs[j], weight * idf * (tf[j] / (tf[j] + 1.2)), at)
    })
    /* Every word must match; when no question has them all, show the best partial matches. */
    let hits = [...scores.keys()]
    const complete = hits.filter(doc => matched.get(doc).size === words.length)
    if (complete.length) hits = complete
    hits.sort((a, b) => (matched.get(b).size - matched.get(a).size) || (scores.get(b) - scores.get(a)) || (a - b))
    const total = hits.length
    const shown = hits.slice(0, SHOWN)
    const docs = await Promise.all(shown.map(n => this.doc(n)))
    const groups = new Map()
    shown.forEach((n, i) => {
      const [id, title, text, tags] = docs[i]
      const page = this.pageOf(n)
      const marked = marks(title + "\n" + text, used)
      const item = {
        location: `${page.url}#${id}`,
        title: highlight(title, used, Infinity),
        text: highlight(text, used, SNIPPET),
        tags: tags && tags.length ? tags : undefined,
        score: scores.get(n),
        terms: Object.fromEntries(words.map((w, k) => [w, matched.get(n).has(k)])),
        marks: marked
      }
      if (!groups.has(page)) groups.set(page, [])
      groups.get(page).push(item)
    })
    const items = []
    for (const [page, list] of groups) {
      list.push({ location: page.url, title: escapeHTML(page.title), text: "", score: 0, terms: {} })
      items.push(list)
    }
    return { items, total }
  }
}

/* Spans of a text whose words (or hyphen chains written solid) stem to a matched term. */
function spans(text, terms) {
  const found = []
  for (const m of normalize(text).matchAll(CHAIN)) {
    if (m[0].includes("-") && terms.has(stemWord(m[0].replace(/-/g, "")))) {
      found.push([m.index, m.index + m[0].length])
      continue
    }
    let at = m.index
    for (const part of m[0].split("-")) {
      if (terms.has(stemWord(part))) found.push([at, at + part.length])
      at += part.length + 1
    }
  }
  return found
}

/* The distinct words to mark on the page the hit opens. */
function marks(text, terms) {
  return [...new Set(spans(text, terms).map(([a, b]) => normalize(text.slice(a, b))))]
}

/* Escape text and mark the matched words; cut a window around the first match. */
function highlight(text, terms, width) {
  const found = spans(text, terms)
  let start = 0, end = text.length
  if (text.length > width) {
    const first = found.length ? found[0][0] : 0
    start = Math.max(0, first - Math.floor(width / 3))
    if (start > 0) { const space = text.indexOf(" ", start); if (space !== -1 && space < first) start = space + 1 }
    end = Math.min(text.length, start + width)
    const space = text.lastIndexOf(" ", end)
    if (end < text.length && space > start) end = space
  }
  let html = start > 0 ? "… " : ""
  let at = start
  for (const [a, b] of found) {
    if (a < start || b > end) continue
    html += escapeHTML(text.slice(at, a)) + "<mark>" + escapeHTML(text.slice(a, b)) + "</mark>"
    at = b
  }
  html += escapeHTML(text.slice(at, end)) + (end < text.length ? " …" : "")
  return html
}

/* The index folder is named in Material's search_index.json, which arrives with SETUP. Nothing
 * is fetched before the first query; queries are answered in order, each once its files are in. */
let indexBase = null
let index = null
let queue = Promise.resolve()

function loadIndex() {
  if (!index) {
    const base = new URL(indexBase, new URL("../../", self.location.href))
    index = fetch(new URL("meta.json", base)).then(r => r.json()).then(meta => new Index(base, meta))
  }
  return index
}

async function answer(query) {
  if (!query.trim() || !indexBase) return { items: [], total: 0 }
  try {
    return await (await loadIndex()).search(query)
  } catch (err) {
    console.warn("search failed", err)
    index = null     /* try again on the next query */
    return { items: [], total: 0 }
  }
}

addEventListener("message", ev => {
  const message = ev.data
  if (message.type === SETUP) {
    indexBase = message.data.config.index
    postMessage({ type: READY })
  } else if (message.type === QUERY) {
    queue = queue.then(() => answer(message.data)).then(data => postMessage({ type: RESULT, data }))
  }
})

/* The page asks for the dictionary when the search box gets focus (qa.js, setupSearch). */
if (typeof BroadcastChannel !== "undefined" && self.location.hash.length > 1)
  new BroadcastChannel("qa-search-" + self.location.hash.slice(1)).onmessage = () => {
    if (indexBase) loadIndex().catch(() => { index = null })
  }

if (typeof module !== "undefined") module.exports = { Index, parseQuery, oneEditApart, highlight, marks }
