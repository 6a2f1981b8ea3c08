/* Study marks and their schedule, kept in this browser's localStorage; used by qa.js on every page
 * and by study.js on the study page (window.qaStore).
 *
 * Format, key "qa-study/v2":
 *   {"v": 2, "cards": {"<question id>": {"t": "<theme slug>", "log": [[seconds, rating], …], "due": seconds}}}
 *   log   every answer given to the question, oldest first: rating 1 = «Не знаю» (or «Повторить»),
 *         3 = «Знаю», 0 = mark cleared. It is the record; everything else is derived from it.
 *   due   when the question is next due (Unix seconds), kept so that any page counts what is due
 *         without loading the scheduler; absent while unknown or after a clear.
 *   t     the question's theme when last seen, so that counts per theme need no download.
 *
 * Schedule: FSRS (the ts-fsrs library, vendored in vendor/, loaded only when a mark is set or the study
 * session shows its first answer) replays
 * the log. «Не знаю» brings a question back in a minute (in 5 minutes once it was known), «Знаю» in
 * about two days the first time and in growing intervals after that (at most a year).
 *
 * Merge (import from another device): per question, the union of both logs, replayed. A clear is
 * an event like an answer, so the later of the two wins; nothing is lost on either side.
 *
 * Marks of the first version (key "qa-marks/v1", {id: "known" | "repeat"}) become one answer each,
 * dated at the migration.
 */
"use strict"

;(() => {
  const KEY = "qa-study/v2"
  const OLD_KEY = "qa-marks/v1"
  const RATING = { repeat: 1, known: 3, clear: 0 }
  const MARK = { 1: "repeat", 3: "known" }
  const FSRS_SCRIPT = "assets/javascripts/vendor/ts-fsrs-5.4.2.umd.js"
  const PARAMS = { learning_steps: ["1m"], relearning_steps: ["5m"], enable_fuzz: false, maximum_interval: 365 }
  const AHEAD = 20 * 60  /* "due" counts what comes within 20 minutes: a «Не знаю» of a minute ago is due */
  const BASE = new URL(JSON.parse(document.getElementById("__config").textContent).base, location.href)
  const scripts = {}

  const now = () => Math.floor(Date.now() / 1000)

  function loadScript(path) {
    if (!scripts[path])
      scripts[path] = new Promise((resolve, reject) => {
        const el = document.createElement("script")
        el.src = new URL(path, BASE).href
        el.onload = resolve
        el.onerror = () => { delete scripts[path]; reject(new Error(`cannot load ${path}`)) }
        document.head.appendChild(el)
      })
    return scripts[path]
  }

  let scheduler = null
  function loadScheduler() {
    if (!scheduler)
      scheduler = loadScript(FSRS_SCRIPT).then(
        () => window.FSRS.fsrs(window.FSRS.generatorParameters(PARAMS)),
        err => { scheduler = null; throw err })  /* tried again on the next mark, not failed for good */
    return scheduler
  }

  function migrate() {
    let old
    try { old = JSON.parse(localStorage.getItem(OLD_KEY)) } catch (err) { old = null }
    const store = { v: 2, cards: {} }
    if (!old || typeof old !== "object") return store
    const at = now()
    for (const [id, mark] of Object.entries(old))
      if (RATING[mark]) store.cards[id] = { log: [[at, RATING[mark]]] }
    /* Written before the old key goes, so that no mark is lost if writing fails. */
    if (write(store)) localStorage.removeItem(OLD_KEY)
    return store
  }

  function load() {
    let store
    try { store = JSON.parse(localStorage.getItem(KEY)) } catch (err) { store = null }
    if (!store || store.v !== 2 || typeof store.cards !== "object") store = migrate()
    return store
  }

  function write(store) {
    try { localStorage.setItem(KEY, JSON.stringify(store)); return true } catch (err) { return false }
  }

  /* "known", "repeat" or null: the question's last answer, unless cleared since. */
  function mark(card) {
    if (!card || !card.log || !card.log.length) return null
    return MARK[card.log[card.log.length - 1][1]] || null
  }

  function byTime(a, b) { return a[0] - b[0] || a[1] - b[1] }

  /* Replay a log with FSRS: the due time in seconds, or null when the last event is a clear. */
  function replay(log, fsrs) {
    let card = null
    for (const [at, rating] of log) {
      if (rating === RATING.clear) { card = null; continue }
      const when = new Date(at * 1000)
      card = fsrs.next(card || window.FSRS.createEmptyCard(when), when, rating).card
    }
    return card ? Math.round(card.due.getTime() / 1000) : null
  }

  /* Derive `due` of the given questions (all when ids is omitted); a cleared question keeps only its clear. */
  function reschedule(store, fsrs, ids) {
    for (const id of ids || Object.keys(store.cards)) {
      const card = store.cards[id]
      if (!card) continue
      card.log.sort(byTime)
      const due = replay(card.log, fsrs)
      if (due === null) { delete card.due; card.log = card.log.slice(-1) } else card.due = due
    }
  }

  /* Record an answer now: the mark shows at once, the due time follows when the scheduler is loaded. */
  function rate(id, what, theme) {
    const store = load()
    const card = store.cards[id] || (store.cards[id] = { log: [] })
    if (theme) card.t = theme
    const event = [Math.max(now(), ...card.log.map(e => e[0] + 1)), RATING[what]]  /* strictly after the last */
    card.log.push(event)
    if (what === "repeat") card.due = event[0]  /* due at once until FSRS says when */
    else delete card.due
    write(store)
    return loadScheduler().then(fsrs => {
      const fresh = load()
      if (fresh.cards[id]) { reschedule(fresh, fsrs, [id]); write(fresh) }
      return event
    })
  }

  /* Take back one answer (the session's undo). */
  function unrate(id, event) {
    const store = load()
    const card = store.cards[id]
    if (!card) return Promise.resolve()
    const k = card.log.findIndex(e => e[0] === event[0] && e[1] === event[1])
    if (k >= 0) card.log.splice(k, 1)
    if (!card.log.length) delete store.cards[id]
    write(store)
    return loadScheduler().then(fsrs => {
      const fresh = load()
      if (fresh.cards[id]) { reschedule(fresh, fsrs, [id]); write(fresh) }
    })
  }

  /* Questions whose due time is unknown (migrated marks): work it out once. */
  function settle() {
    const store = load()
    const open = Object.keys(store.cards).filter(id => mark(store.cards[id]) && typeof store.cards[id].due !== "number")
    if (!open.length) return Promise.resolve(false)
    return loadScheduler().then(fsrs => {
      const fresh = load()
      reschedule(fresh, fsrs, open)
      write(fresh)
      return true
    })
  }

  function clearAll() {
    const store = load()
    const at = now()
    for (const card of Object.values(store.cards))
      if (mark(card)) { card.log = [[Math.max(at, ...card.log.map(e => e[0] + 1)), RATING.clear]]; delete card.due }
    write(store)
  }

  /* Union of the incoming logs into the local store; counts what changed. */
  function merge(store, incoming) {
    let added = 0, updated = 0
    const changed = []
    for (const [id, card] of Object.entries(incoming)) {
      const mine = store.cards[id]
      if (!mine) {
        store.cards[id] = { log: card.log.slice().sort(byTime) }
        if (card.t) store.cards[id].t = card.t
        added++
        changed.push(id)
        continue
      }
      const seen = new Set(mine.log.map(e => e.join(":")))
      const extra = card.log.filter(e => !seen.has(e.join(":")))
      if (!mine.t && card.t) mine.t = card.t
      if (extra.length) {
        mine.log = mine.log.concat(extra).sort(byTime)
        updated++
        changed.push(id)
      }
    }
    return { added, updated, changed }
  }

  /* Known, to repeat, and due by `at` (default: now and the next 20 minutes), of the questions kept. */
  function counts(store, at, keep) {
    at = at || now() + AHEAD
    let known = 0, repeat = 0, due = 0
    for (const [id, card] of Object.entries(store.cards)) {
      const m = mark(card)
      if (!m || (keep && !keep(id, card))) continue
      if (m === "known") known++
      else repeat++
      if (typeof card.due === "number" && card.due <= at) due++
    }
    return { known, repeat, due }
  }

  window.qaStore = { load, write, mark, rate, unrate, settle, clearAll, merge, reschedule, counts, loadScheduler, loadScript, now, AHEAD, BASE }
})()
