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
 * of that theme), by words written solid or hyphenated («kmeans», «k-means», «k means»), and by the
 * other terms of its group in the field's dictionary (scripts/site/terms.toml: «лосс» finds «функция
 * потерь» and «loss»). A question whose title holds a query word ranks above one whose answer does.
 * A query with a word found nowhere in the corpus (no term, typo or group) finds nothing, and says
 * which words: questions sharing only its generic words («функции», «сети») are not an answer. */
"use strict"
/* The stemmer (stemmer-ru.js) is read when the reader starts a search, not when the page starts the worker. */
function loadStemmer() {
  if (typeof self.stemRu !== "function") importScripts("stemmer-ru.js")
}

const SETUP = 0, READY = 1, QUERY = 2, RESULT = 3
const SHOWN = 10              /* questions returned with their text; the rest are only counted */
const SNIPPET = 180           /* characters of text shown under a hit */
const PREFIX_TERMS = 5        /* a prefix expands to at most this many terms, the most frequent */
const PREFIX_MIN = 3          /* shorter words match whole terms only: «мо» would match half the corpus */
const TYPO_MIN = 5            /* shorter words are not corrected: too many words lie one letter away */
const PREFIX = 0.6, TYPO = 0.5, THEME = 0.5, SOLID = 1, GROUP = 0.9, ROOT = 0.3   /* weights of the ways a word matches */
const ROOT_MIN = 5            /* a word's root: the longest term of at least this many letters its stem begins with */
/* A posting's weight (search_index.py): the term's frequency normalised by the question's length,
 * in eighths (TF_MASK bits); where the title holds the term, its level (the bonus in eighths:
 * all of it in a title of average length or shorter, less in a longer one, as one listing many
 * things), and a flag where the title begins with it. */
const TF_MASK = 255, TF_SCALE = 8, TITLE_SHIFT = 8, TITLE_LEVELS = 15, TITLE_SCALE = 8, HEAD_FLAG = 1 << 12
const TITLE_BONUS = 1.5, HEAD_BONUS = 2  /* a word in a title of average length counts this much more than one in the answer */
/* Words: Latin (with accents), Cyrillic, Greek letters and digits, after lowercasing. */
const LETTERS = "0-9a-zа-яё\u00b2\u00b3\u00b5\u00df-\u00ff\u0100-\u024f\u03b1-\u03c9"
const TOKEN = new RegExp(`[${LETTERS}]+`, "g")
const CHAIN = new RegExp(`[${LETTERS}]+(?:-[${LETTERS}]+)*`, "g")   /* a word, or words joined by hyphens */
const CYRILLIC = /[а-я]/

const stemCache = new Map()
function stemWord(word) {
  let s = stemCache.get(word)
  if (s === undefined) {
    s = CYRILLIC.test(word) ? (loadStemmer(), self.stemRu(word)) : word
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
  const solid = []   /* { text: the words written solid, words: their indexes } */
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
    this.lines = meta.terms.split("\n")   /* stem|ending|ending…: a term and its word forms */
    this.terms = this.lines.map(line => line.slice(0, (line + "|").indexOf("|")))
    this.termIndex = new Map(this.terms.map((t, k) => [t, k]))
    this.df = meta.df
    /* The dictionary's groups: a phrase (stems joined by spaces) -> its group's term, when any
     * question holds the group (a group the corpus never mentions has no term). */
    this.groupOf = new Map()
    this.longestPhrase = 0
    ;(meta.groups || []).forEach((phrases, k) => {
      const term = this.termIndex.get("~" + k)
      for (const phrase of phrases) {
        this.groupOf.set(phrase, { term, phrases })
        this.longestPhrase = Math.max(this.longestPhrase, phrase.split(" ").length)
      }
    })
    this.shardStarts = meta.shards
    this.shards = new Map()
    this.decoded = new Map()
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

  /* Postings of a term: { docs: question numbers, tf: weights }, decoded once. */
  postings(term) {
    if (this.decoded.has(term)) return this.decoded.get(term)
    const k = this.shardOf(term)
    if (!this.shards.has(k)) this.shards.set(k, this.fetchJSON(`p/${k}.json`))
    const list = this.shards.get(k).then(lists => {
      const docs = [], tf = [], title = []
      let doc = 0
      for (const x of lists[term - this.shardStarts[k]]) {
        if (x < 0) {
          const w = -x
          const level = (w >> TITLE_SHIFT) & TITLE_LEVELS
          title[title.length - 1] = level ? (w & HEAD_FLAG ? HEAD_BONUS : TITLE_BONUS) * level / TITLE_SCALE : 0
          tf[tf.length - 1] = (w & TF_MASK) / TF_SCALE
        } else { doc += x; docs.push(doc); tf.push(1 / TF_SCALE); title.push(0) }
      }
      return { docs, tf, title }
    })
    list.catch(() => { this.decoded.delete(term); this.shards.delete(k) })
    this.decoded.set(term, list)
    return list
  }

  doc(n) {
    if (!this.docs.has(n)) {
      const doc = this.fetchJSON(`d/${n}.json`)
      doc.catch(() => this.docs.delete(n))
      this.docs.set(n, doc)
    }
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
      const stem = this.terms[k]
      if (stem.length > word.length + 1) continue
      const forms = this.lines[k].split("|").slice(1).map(e => e[0] === "=" ? e.slice(1) : stem + e)
      if (forms.some(form => oneEditApart(word, form))) found.push(k)
    }
    return found
  }

  /* The root of a Russian word: the longest shorter term (ROOT_MIN letters or more, 40 % of
   * the stem) that its stem begins with: «классификации» -> «класс». A derived word then meets its
   * root's forms («метрики классификации» and an answer about «классы»), at a low weight. */
  root(stem) {
    if (!CYRILLIC.test(stem)) return undefined
    for (let n = stem.length - 1; n >= Math.max(ROOT_MIN, Math.ceil(stem.length * 0.4)); n--) {
      const k = this.termIndex.get(stem.slice(0, n))
      if (k !== undefined) return k
    }
    return undefined
  }

  /* Terms a query word matches, with their weights. */
  expand(word, prefix) {
    const found = new Map()
    const stem = stemWord(word)
    const exact = this.termIndex.get(stem)
    if (exact !== undefined) found.set(exact, 1)
    const root = exact !== undefined ? this.root(stem) : undefined
    if (root !== undefined) found.set(root, ROOT)
    if (prefix && word.length >= PREFIX_MIN)
      for (const start of new Set([word, stem]))
        for (const k of this.withPrefix(start)) if (!found.has(k)) found.set(k, PREFIX)
    if (!found.size && !this.themeTerms.has(stem) && word.length >= TYPO_MIN)
      for (const k of this.typos(word)) found.set(k, TYPO)
    return found
  }

  /* Results of a query, or null when `stale()` says a newer query came while postings loaded. */
  async search(query, stale = () => false) {
    const { words, solid, typing } = parseQuery(query)
    if (!words.length) return { items: [], total: 0 }
    words.length = Math.min(words.length, 31)
    const scores = new Float64Array(this.count)   /* question -> score */
    const found = new Uint32Array(this.count)     /* question -> bit k set when query word k matched */
    const used = new Set()                        /* terms that matched, for highlighting */
    const lookups = []                            /* [term, weight, bits of the words it matches] */
    words.forEach((word, k) => {
      const prefix = (typing && k === words.length - 1) || word.length >= 4
      for (const [term, weight] of this.expand(word, prefix)) lookups.push([term, weight, 1 << k])
      for (const [first, end] of this.themeTerms.get(stemWord(word)) || [])
        for (let doc = first; doc < end; doc++) { scores[doc] += THEME / (1 + 1.2); found[doc] |= 1 << k }
    })
    for (const { text, words: at } of solid) {
      const term = this.termIndex.get(stemWord(text))
      if (term !== undefined) lookups.push([term, SOLID, at.reduce((bits, k) => k < 31 ? bits | (1 << k) : bits, 0)])
    }
    /* Phrases of the dictionary among the query's words (a word being typed counts once its stem is whole). */
    const stems = words.map(stemWord)
    const W0 = words.length
    const complete = words.length
    const groupStems = new Set()   /* words of the group's terms, to mark them where they occur */
    for (let i = 0; i < complete; i++)
      for (let n = 1; n <= this.longestPhrase && i + n <= complete; n++) {
        const group = this.groupOf.get(stems.slice(i, i + n).join(" "))
        if (!group || group.term === undefined) continue
        let bits = 0
        for (let k = i; k < i + n; k++) bits |= 1 << k
        lookups.push([group.term, GROUP, bits])
        for (const p of group.phrases) for (const s of p.split(" ")) groupStems.add(s)
      }
    /* A word that matches nothing at all: the corpus does not speak of it. */
    let matchedBits = 0
    for (const [, , bits] of lookups) matchedBits |= bits
    words.forEach((word, k) => { if (this.themeTerms.has(stemWord(word))) matchedBits |= 1 << k })
    /* (A word still being typed and too short to match by its prefix is not called absent.) */
    const missing = words.filter((word, k) => !(matchedBits & (1 << k)) && !(typing && k === W0 - 1 && word.length < PREFIX_MIN))
    if (missing.length) return { items: [], total: 0, missing }
    const lists = await Promise.all(lookups.map(([term]) => this.postings(term)))
    if (stale()) return null   /* a newer query came: do not fetch questions nobody will see */
    for (const s of groupStems) if (this.termIndex.has(s)) used.add(s)
    /* Each query word counts once, by the best of the ways it matched (its term, a prefix, the
     * words written solid, its group): a question is not ranked up for saying one thing three ways. */
    const W = words.length
    const best = new Float64Array(this.count * W)   /* question, word -> the word's best match */
    const touched = new Set()
    lookups.forEach(([term, weight, bits], i) => {
      if (!this.terms[term].startsWith("~")) used.add(this.terms[term])
      const { docs, tf, title } = lists[i]
      const idf = Math.log(1 + this.count / docs.length)
      for (let j = 0; j < docs.length; j++) {
        const doc = docs[j]
        const value = weight * idf * (tf[j] / (tf[j] + 1.2) + title[j])
        for (let k = 0; k < W; k++)
          if (bits & (1 << k) && best[doc * W + k] < value) best[doc * W + k] = value
        found[doc] |= bits
        touched.add(doc)
      }
    })
    for (const doc of touched) for (let k = 0; k < W; k++) scores[doc] += best[doc * W + k]
    /* Every word must match; when no question has them all, show the best partial matches. */
    const all = words.length === 31 ? 0x7fffffff : (1 << words.length) - 1
    const matchedCount = bits => { let c = 0; for (; bits; bits &= bits - 1) c++; return c }
    let hits = []
    for (let doc = 0; doc < this.count; doc++) if (found[doc]) hits.push(doc)
    const whole = hits.filter(doc => found[doc] === all)
    if (whole.length) hits = whole
    const matched = whole.length ? null : new Map(hits.map(doc => [doc, matchedCount(found[doc])]))
    const before = (a, b) => ((matched ? matched.get(b) - matched.get(a) : 0) || (scores[b] - scores[a]) || (a - b)) < 0
    const total = hits.length
    const shown = []       /* the best SHOWN, in order, without sorting every hit */
    for (const doc of hits) {
      if (shown.length === SHOWN && !before(doc, shown[SHOWN - 1])) continue
      let at = Math.min(shown.length, SHOWN - 1)
      shown[at] = doc
      while (at > 0 && before(doc, shown[at - 1])) { shown[at] = shown[at - 1]; shown[--at] = doc }
    }
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
        score: scores[n],
        terms: Object.fromEntries(words.map((w, k) => [w, (found[n] & (1 << k)) !== 0])),
        marks: marked
      }
      if (!groups.has(page)) groups.set(page, [])
      groups.get(page).push(item)
    })
    const items = []
    for (const [page, list] of groups) {
      /* Material folds a page's hits scored below its first under «Ещё N на этой странице»: the
       * order is ours already, so every hit of a page shows, in that order. */
      for (const item of list) item.score = list[0].score
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
 * is fetched before the reader searches. Every query (one a keystroke) runs at once; when one
 * finishes, it answers itself and every older query still waiting, in order, so a keystroke never
 * waits behind an older one. A query overtaken before its questions are fetched stops there. */
let indexBase = null
let index = null
let sent = 0          /* queries received */
let answered = 0      /* queries answered, oldest first */

function loadIndex() {
  if (!index) {
    loadStemmer()
    const base = new URL(indexBase, new URL("../../", self.location.href))
    index = fetch(new URL("meta.json", base)).then(r => r.json()).then(meta => new Index(base, meta))
    index.catch(() => { index = null })   /* try again on the next query */
  }
  return index
}

async function answer(query, n) {
  if (!query.trim() || !indexBase) return { items: [], total: 0 }
  try {
    return await (await loadIndex()).search(query, () => sent > n)
  } catch (err) {
    console.warn("search failed", err)
    return { items: [], total: 0, failed: true }   /* the page says «нет сети», not «nothing found» (qa.js) */
  }
}

addEventListener("message", ev => {
  const message = ev.data
  if (message.type === SETUP) {
    indexBase = message.data.config.index
    postMessage({ type: READY })
  } else if (message.type === QUERY) {
    const n = ++sent
    answer(message.data, n).then(data => {
      if (data === null || n <= answered) return   /* a newer query answers it */
      for (; answered < n; answered++) postMessage({ type: RESULT, data })
    })
  }
})

/* The page asks for the dictionary when the search box gets focus (qa.js, setupSearch). */
if (typeof BroadcastChannel !== "undefined" && self.location.hash.length > 1)
  new BroadcastChannel("qa-search-" + self.location.hash.slice(1)).onmessage = () => {
    try { if (indexBase) loadIndex() } catch (err) { /* offline: the query will say so */ }
  }

if (typeof module !== "undefined") module.exports = { Index, parseQuery, oneEditApart, highlight, marks }
