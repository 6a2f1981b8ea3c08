/* Search worker for Material for MkDocs, speaking Material's worker protocol
 * (SETUP 0 -> READY 1, QUERY 2 -> RESULT 3), so Material's own search box and result list stay.
 *
 * Why: Material's lunr worker appends "*" to every query term, and lunr skips its pipeline (the
 * stemmer) for wildcard terms, so a Russian word typed in another form finds nothing. Here every
 * word of the index and of the query goes through the same Russian Snowball stemmer, and each
 * hit is one question, linked by its own anchor. The index (search/questions.json) is written at
 * build time by scripts/site/hooks.py: one entry per question with its plain text. */
"use strict"
importScripts("stemmer-ru.js")

const SETUP = 0, READY = 1, QUERY = 2, RESULT = 3
const MAX_HITS = 200          /* questions returned for one query */
const SNIPPET = 180           /* characters of text shown under a hit */
const TITLE_WEIGHT = 4        /* a word in the title counts this many times */
/* Words: Latin (with accents), Cyrillic, Greek letters and digits, after lowercasing. A plain
 * character class is twice as fast as \p{L} on a large index. */
const TOKEN = /[0-9a-zа-яё\u00b2\u00b3\u00b5\u00df-\u00ff\u0100-\u024f\u03b1-\u03c9]+/g
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
const tokens = text => normalize(text).match(TOKEN) || []

const escapeHTML = text => text.replace(/[&<>"']/g, ch => (
  { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;" }[ch]))

class Engine {
  constructor(docs) {
    this.docs = []
    this.pages = new Map()
    /* stem -> { docs: [doc index…], tf: [weighted frequency…] }; a doc is added in one go, so
     * its entry is always the last one of a list it appears in. */
    this.postings = new Map()
    for (const doc of docs) {
      if (!doc.location.includes("#")) { this.pages.set(doc.location, doc); continue }
      const index = this.docs.push(doc) - 1
      this.add(index, doc.title, TITLE_WEIGHT)
      this.add(index, doc.text || "", 1)
      for (const tag of doc.tags || []) this.add(index, tag, 2)
    }
    this.vocabulary = [...this.postings.keys()].sort()
  }

  add(index, text, weight) {
    for (const token of tokens(text)) {
      const stem = stemWord(token)
      let list = this.postings.get(stem)
      if (!list) this.postings.set(stem, list = { docs: [], tf: [] })
      const last = list.docs.length - 1
      if (last >= 0 && list.docs[last] === index) list.tf[last] += weight
      else { list.docs.push(index); list.tf.push(weight) }
    }
  }

  /* Stems a query word matches: its own stem, and while typing, longer words it begins. */
  expand(word, prefix) {
    const stem = stemWord(word)
    const found = new Map()
    if (this.postings.has(stem)) found.set(stem, 1)
    if (prefix && word.length >= 2) {
      for (const start of new Set([word, stem])) {
        let lo = 0, hi = this.vocabulary.length
        while (lo < hi) { const mid = (lo + hi) >> 1; if (this.vocabulary[mid] < start) lo = mid + 1; else hi = mid }
        for (let i = lo; i < this.vocabulary.length && this.vocabulary[i].startsWith(start); i++)
          if (!found.has(this.vocabulary[i])) found.set(this.vocabulary[i], 0.6)
      }
    }
    return found
  }

  search(query) {
    const words = [...new Set(tokens(query))]
    if (!words.length) return { items: [] }
    const typing = !/\s$/.test(query)
    const n = this.docs.length
    const scores = new Map()        /* doc -> score */
    const matched = new Map()       /* doc -> Set of query words found */
    const stemsOf = new Map()       /* word -> Set of matching stems */
    words.forEach((word, k) => {
      const prefix = (typing && k === words.length - 1) || word.length >= 4
      const stems = this.expand(word, prefix)
      stemsOf.set(word, new Set(stems.keys()))
      for (const [stem, factor] of stems) {
        const list = this.postings.get(stem)
        const idf = Math.log(1 + n / list.docs.length)
        for (let i = 0; i < list.docs.length; i++) {
          const doc = list.docs[i], tf = list.tf[i]
          scores.set(doc, (scores.get(doc) || 0) + factor * idf * (tf / (tf + 1.2)))
          let set = matched.get(doc)
          if (!set) matched.set(doc, set = new Set())
          set.add(word)
        }
      }
    })
    /* Every word must match; when no question has them all, show the best partial matches. */
    let hits = [...scores.keys()]
    const complete = hits.filter(doc => matched.get(doc).size === words.length)
    if (complete.length) hits = complete
    hits.sort((a, b) => (matched.get(b).size - matched.get(a).size) || (scores.get(b) - scores.get(a)) || (a - b))
    hits = hits.slice(0, MAX_HITS)

    const allStems = new Set([...stemsOf.values()].flatMap(s => [...s]))
    const groups = new Map()
    for (const doc of hits) {
      const d = this.docs[doc]
      const page = d.location.split("#")[0]
      const terms = Object.fromEntries(words.map(w => [w, matched.get(doc).has(w)]))
      const item = {
        location: d.location,
        title: highlight(d.title, allStems, Infinity),
        text: highlight(d.text || "", allStems, SNIPPET),
        tags: d.tags && d.tags.length ? d.tags : undefined,
        score: scores.get(doc),
        terms
      }
      if (!groups.has(page)) groups.set(page, [])
      groups.get(page).push(item)
    }
    const items = []
    for (const [page, list] of groups) {
      const parent = this.pages.get(page) || { location: page, title: page }
      list.push({ location: parent.location, title: escapeHTML(parent.title), text: "", score: 0, terms: {} })
      items.push(list)
    }
    return { items }
  }
}

/* Escape text and mark the words whose stems matched; cut a window around the first match. */
function highlight(text, stems, width) {
  const marks = []
  for (const m of normalize(text).matchAll(TOKEN))
    if (stems.has(stemWord(m[0]))) marks.push([m.index, m.index + m[0].length])
  let start = 0, end = text.length
  if (text.length > width) {
    const first = marks.length ? marks[0][0] : 0
    start = Math.max(0, first - Math.floor(width / 3))
    if (start > 0) { const space = text.indexOf(" ", start); if (space !== -1 && space < first) start = space + 1 }
    end = Math.min(text.length, start + width)
    const space = text.lastIndexOf(" ", end)
    if (end < text.length && space > start) end = space
  }
  let html = start > 0 ? "… " : ""
  let at = start
  for (const [a, b] of marks) {
    if (a < start || b > end) continue
    html += escapeHTML(text.slice(at, a)) + "<mark>" + escapeHTML(text.slice(a, b)) + "</mark>"
    at = b
  }
  html += escapeHTML(text.slice(at, end)) + (end < text.length ? " …" : "")
  return html
}

/* The questions' index lives next to Material's (search/questions.json, written by the build):
 * the worker fetches and parses it itself, off the main thread and without copying it across.
 * Material's own search_index.json is only a stub that starts the worker. */
const INDEX_URL = new URL("../../search/questions.json", self.location.href)
let engine = null
/* Start loading as soon as the worker starts, without waiting for Material's SETUP message. */
const loading = typeof fetch === "undefined" ? Promise.resolve(null) : fetch(INDEX_URL)
  .then(response => response.json())
  .then(index => { engine = new Engine(index.docs); return engine })
  .catch(err => { console.warn("search index could not be loaded", err); return null })

addEventListener("message", ev => {
  const message = ev.data
  if (message.type === SETUP) {
    loading.then(() => postMessage({ type: READY }))
  } else if (message.type === QUERY) {
    let data = { items: [] }
    try { if (engine) data = engine.search(message.data) } catch (err) { console.warn("search failed", err) }
    postMessage({ type: RESULT, data })
  }
})

if (typeof module !== "undefined") module.exports = { Engine, highlight }
