/* The study session (study/): one question at a time, its answer hidden until asked, then «Знаю» /
 * «Не знаю» and the next question. qa.js loads this file on the study page only; the scheduler
 * (store.js) comes when the first answer is shown, as it is needed only to rate one.
 *
 * What comes next, among the chosen questions (all, one theme, or the «Повторить» list):
 *   1. a question due for repeating (store.js schedules with FSRS), the most overdue first;
 *   2. else a new one, from the chunk of questions already loaded while it has any left;
 *   3. else one due within the next 20 minutes (learning ahead, as Anki does);
 *   4. else «На сегодня всё», with the time of the next repetition.
 * The «Повторить» list goes through every question on it, the soonest due first.
 *
 * Questions come in chunks written by the build (scripts/site/study.py): a question's chunk is the
 * FNV-1a hash of its id modulo its theme's number of chunks, which the page's theme list gives.
 *
 * Session state, localStorage "qa-session/v1": {scope, id, theme, revealed, chunk, undo, day, done}.
 * Transfer to another device: a file (the store's cards and the session) or a code, the same data
 * as compact JSON, deflated and base64url-encoded, also as a link study/#import=<code>.
 */
"use strict"

;(() => {
  const SESSION_KEY = "qa-session/v1"
  const LEARN_AHEAD = qaStore.AHEAD
  const ID = /^[a-z0-9-]{1,200}$/
  const chunks = new Map()  /* "theme/k" -> Promise of the chunk's cards */
  const missing = new Set() /* ids no longer on the site */
  let ui = null
  let state = null
  let current = null        /* the question on screen */
  let busy = false

  const utf8 = new TextEncoder()
  function fnv1a(text) {
    let h = 0x811c9dc5
    for (const byte of utf8.encode(text)) h = Math.imul(h ^ byte, 0x01000193)
    return h >>> 0
  }

  const today = () => new Date().toISOString().slice(0, 10)

  function loadSession() {
    let s = null
    try { s = JSON.parse(localStorage.getItem(SESSION_KEY)) } catch (err) { s = null }
    return Object.assign({ scope: "all", id: null, theme: null, revealed: false, chunk: null, undo: null, day: today(), done: 0 }, s || {})
  }

  function saveSession() {
    try { localStorage.setItem(SESSION_KEY, JSON.stringify(state)) } catch (err) { /* private mode: this tab only */ }
  }

  /* ---- the site's themes and chunks, from the page's own theme list ---------------------------- */

  /* Read once per page: the list is the page's own HTML, and every choice of a question asks it. */
  function themes() {
    if (!ui.themes)
      ui.themes = [...ui.scope.querySelectorAll("option[data-qa-chunks]")].map(o => ({
        slug: o.value.slice("theme:".length),
        title: o.textContent.replace(/\s*\(\d+\)$/, ""),
        sizes: o.dataset.qaChunks.split(",").map(Number),
      }))
    return ui.themes
  }

  function theme(slug) {
    return themes().find(t => t.slug === slug) || null
  }

  function chunkKey(id, slug) {
    const t = theme(slug)
    return t ? `${slug}/${fnv1a(id) % t.sizes.length}` : null
  }

  function loadChunk(key) {
    if (!chunks.has(key)) {
      const [slug, k] = key.split("/")
      chunks.set(key, fetch(new URL(`assets/study/${slug}/${k}.json`, qaStore.BASE))
        .then(r => { if (!r.ok) throw new Error(`${r.status}`); return r.json() })
        .then(data => data.cards.map(([id, title, html, url, kind]) => ({ id, title, html, url, kind, theme: data.theme })))
        .catch(err => { chunks.delete(key); throw err }))
    }
    return chunks.get(key)
  }

  async function findCard(id, slug, looked) {
    const key = slug && chunkKey(id, slug)
    if (key) {
      const hit = (await loadChunk(key)).find(c => c.id === id)
      if (hit) return hit
    }
    if (looked) return null
    /* Not where the marks say: the question moved to another theme, or left the site. */
    const { questions } = await qa.loadStudyList()
    const q = questions.find(x => x.id === id)
    if (!q || q.theme === slug) return null
    const store = qaStore.load()
    if (store.cards[id]) { store.cards[id].t = q.theme; qaStore.write(store) }
    return findCard(id, q.theme, true)
  }

  /* ---- choosing the next question -------------------------------------------------------------- */

  function inScope(id, card) {
    const mark = qaStore.mark(card)
    if (!mark || missing.has(id)) return false
    if (state.scope === "repeat") return mark === "repeat"
    if (state.scope.startsWith("theme:")) return card.t === state.scope.slice(6)
    return true
  }

  /* Whether a question belongs to the chosen ones: marked ones by their marks, new ones by theme. */
  function fits(id, slug) {
    const card = qaStore.load().cards[id]
    if (qaStore.mark(card)) return inScope(id, card)
    if (state.scope === "repeat") return false
    return !state.scope.startsWith("theme:") || slug === state.scope.slice(6)
  }

  function scopeThemes() {
    const all = themes()
    return state.scope.startsWith("theme:") ? all.filter(t => `theme:${t.slug}` === state.scope) : all
  }

  function scheduled() {
    const store = qaStore.load()
    return Object.entries(store.cards)
      .filter(([id, card]) => inScope(id, card))
      .map(([id, card]) => ({ id, theme: card.t, due: typeof card.due === "number" ? card.due : 0 }))
      .sort((a, b) => a.due - b.due)
  }

  function shuffle(list) {
    for (let k = list.length - 1; k > 0; k--) {
      const j = Math.floor(Math.random() * (k + 1));
      [list[k], list[j]] = [list[j], list[k]]
    }
    return list
  }

  /* Chunks of the scope that still hold questions never answered, the one in use first. */
  function openChunks() {
    const store = qaStore.load()
    const seen = new Map()
    for (const [id, card] of Object.entries(store.cards)) {
      const key = qaStore.mark(card) && card.t && chunkKey(id, card.t)
      if (key) seen.set(key, (seen.get(key) || 0) + 1)
    }
    const open = []
    for (const t of scopeThemes())
      t.sizes.forEach((size, k) => { if (size > (seen.get(`${t.slug}/${k}`) || 0)) open.push(`${t.slug}/${k}`) })
    shuffle(open)
    const k = open.indexOf(state.chunk)
    if (k > 0) open.unshift(...open.splice(k, 1))
    return open
  }

  async function pickNew(exclude) {
    for (const key of openChunks().slice(0, 6)) {
      const store = qaStore.load()
      const fresh = (await loadChunk(key)).filter(c => !qaStore.mark(store.cards[c.id]) && c.id !== exclude)
      if (fresh.length) {
        state.chunk = key
        return shuffle(fresh)[0]
      }
    }
    return null
  }

  async function pickNext(exclude) {
    const now = qaStore.now()
    const list = scheduled()
    const others = list.filter(q => q.id !== exclude)
    if (state.scope === "repeat") return others[0] || list[0] || null
    const due = others.find(q => q.due <= now)
    if (due) return due
    const fresh = await pickNew(exclude)
    if (fresh) return fresh
    return others.find(q => q.due <= now + LEARN_AHEAD) || list.find(q => q.due <= now + LEARN_AHEAD) || null
  }

  /* ---- showing it ------------------------------------------------------------------------------ */

  function plural(n, one, few, many) {
    const a = n % 10, b = n % 100
    return a === 1 && b !== 11 ? one : a >= 2 && a <= 4 && (b < 12 || b > 14) ? few : many
  }

  function scopeSize() {
    return scopeThemes().reduce((sum, t) => sum + t.sizes.reduce((a, b) => a + b, 0), 0)
  }

  function renderStatus() {
    const list = scheduled()
    const now = qaStore.now()
    const answered = state.day === today() ? state.done : 0
    let text
    if (state.scope === "repeat") text = `В списке «Повторить»: ${list.length}`
    else text = `К повторению: ${list.filter(q => q.due <= now + LEARN_AHEAD).length} · новых: ${Math.max(0, scopeSize() - list.length)}`
    ui.status.textContent = `${text} · ответов сегодня: ${answered}`
  }

  function when(seconds) {
    const minutes = Math.max(1, Math.round((seconds - qaStore.now()) / 60))
    if (minutes < 60) return `через ${minutes} мин`
    const hours = Math.round(minutes / 60)
    if (hours < 24) return `через ${hours} ${plural(hours, "час", "часа", "часов")}`
    const days = Math.round(hours / 24)
    return `через ${days} ${plural(days, "день", "дня", "дней")}`
  }

  function setButtons(mode) {
    ui.reveal.hidden = mode !== "question"
    ui.know.hidden = ui.dont.hidden = mode !== "answer"
    ui.undo.hidden = !state.undo
  }

  function renderCard(card) {
    const store = qaStore.load()
    const mark = qaStore.mark(store.cards[card.id])
    const t = theme(card.theme)
    const label = mark === "repeat" ? "вы отмечали «Не знаю»" : mark === "known" ? "повторение" : "новый вопрос"
    ui.card.dataset.qaId = card.id
    ui.meta.textContent = `${t ? t.title : ""} · ${label}`
    ui.title.textContent = card.title
    /* The answer is parsed when it is shown, not with the question: the first screen does not need it. */
    if (!state.revealed) ui.answer.replaceChildren()
    else {
      let note = ""
      if (card.kind === "partial") note = '<p class="qa-card-note">Ответ — текст неполный: источник сохранил только часть поста.</p>'
      if (card.kind === "quiz") note = '<p class="qa-card-note">Варианты ответа и голоса читателей:</p>'
      ui.answer.innerHTML = note + card.html  /* built from escaped post text by the site's build */
    }
    ui.page.href = new URL(card.url, qaStore.BASE).href
    ui.answer.hidden = ui.pageLine.hidden = !state.revealed
    setButtons(state.revealed ? "answer" : "question")
    renderStatus()
  }

  function renderDone() {
    current = null
    delete ui.card.dataset.qaId
    const next = scheduled()[0]
    ui.meta.textContent = ""
    ui.title.textContent = state.scope === "repeat" && !next ? "Список «Повторить» пуст" : "На сегодня всё"
    ui.answer.replaceChildren()
    const p = document.createElement("p")
    p.textContent = next
      ? `Новых вопросов здесь не осталось. Следующее повторение — ${when(next.due)}.`
      : "Выберите другие вопросы в списке выше."
    ui.answer.appendChild(p)
    ui.answer.hidden = false
    ui.pageLine.hidden = true
    setButtons("done")
    renderStatus()
  }

  async function show(pick) {
    state.id = pick.id
    state.theme = pick.theme
    saveSession()
    const card = await findCard(pick.id, pick.theme)
    if (!card) {
      missing.add(pick.id)
      return advance(pick.id)
    }
    current = card
    state.theme = card.theme
    saveSession()
    renderCard(card)
  }

  async function advance(exclude) {
    const pick = await pickNext(exclude)
    state.revealed = false
    if (!pick) {
      state.id = state.theme = null
      saveSession()
      return renderDone()
    }
    return show(pick)
  }

  /* Run one step at a time; a failed download leaves a message, not a broken page: the card and
   * its buttons go (no answer given to a question no longer on screen), and the step is tried again
   * when the network is back. */
  let retry = null
  function step(fn, focus) {
    if (busy) return
    busy = true
    Promise.resolve().then(fn).then(() => {
      ui.card.hidden = false
      if (focus && ui.card.getBoundingClientRect().top < 0) ui.card.scrollIntoView({ block: "start" })
      if (focus) ui.title.focus({ preventScroll: true })
    }, () => {
      current = null
      ui.card.hidden = true
      ui.reveal.hidden = ui.know.hidden = ui.dont.hidden = true
      ui.status.textContent = window.qaOffline && qaOffline()
        ? "Нет сети: следующий вопрос не сохранён на этом устройстве. Тренировка продолжится, когда сеть появится."
        : "Не удалось загрузить вопрос: проверьте соединение и обновите страницу."
      retry = () => advance(null)
    }).finally(() => { busy = false })
  }
  addEventListener("online", () => { if (retry) { const fn = retry; retry = null; step(fn, true) } })

  function reveal() {
    if (!current || state.revealed) return false
    /* The scheduler is needed once the reader rates this answer: fetched now, not with the page. */
    qaStore.loadScheduler().catch(() => { /* rate() tries again and says what failed */ })
    state.revealed = true
    saveSession()
    renderCard(current)
    return true
  }

  function rate(what) {
    if (!current || !state.revealed) return false
    const { id, theme: slug } = current
    step(async () => {
      const event = await qaStore.rate(id, what, slug)
      if (state.day !== today()) { state.day = today(); state.done = 0 }
      state.done++
      state.undo = { id, theme: slug, event }
      await advance(id)
    }, true)
    return true
  }

  function undo() {
    const last = state.undo
    if (!last) return false
    step(async () => {
      await qaStore.unrate(last.id, last.event)
      state.undo = null
      if (state.day === today() && state.done) state.done--
      state.revealed = true
      await show(last)
    }, true)
    return true
  }

  /* ---- input: buttons, keys, swipes ------------------------------------------------------------ */

  /* Keys by physical position (KeyboardEvent.code): the same keys on a Russian layout. */
  function onKey(ev) {
    if (!ui || !document.contains(ui.root)) return false
    const onControl = document.activeElement && document.activeElement.closest("button, a, summary, label")
    switch (ev.code) {
      case "Space": case "Enter":
        return !onControl && reveal()
      case "KeyA":
        return reveal()
      case "ArrowRight": case "Digit2": case "Numpad2":
        return rate("known")
      case "ArrowLeft": case "Digit1": case "Numpad1":
        return rate("repeat")
      case "KeyU":
        return undo()
      default:
        return false
    }
  }

  /* A swipe across the answer: right «Знаю», left «Не знаю» (touch and pen; the mouse selects text). */
  function setupSwipe(card) {
    let start = null
    card.addEventListener("pointerdown", ev => {
      if (ev.pointerType === "mouse" || !state.revealed || ev.target.closest("pre, a, button, input, textarea")) return
      start = { x: ev.clientX, y: ev.clientY, id: ev.pointerId }
    })
    card.addEventListener("pointermove", ev => {
      if (!start || ev.pointerId !== start.id) return
      const dx = ev.clientX - start.x
      card.style.transform = `translateX(${dx}px)`
      card.dataset.qaSwipe = dx > 0 ? "known" : "repeat"
    })
    const end = ev => {
      if (!start || ev.pointerId !== start.id) return
      const dx = ev.clientX - start.x
      start = null
      card.style.transform = ""
      delete card.dataset.qaSwipe
      if (ev.type === "pointerup" && Math.abs(dx) >= Math.min(120, card.clientWidth / 3)) rate(dx > 0 ? "known" : "repeat")
    }
    card.addEventListener("pointerup", end)
    card.addEventListener("pointercancel", end)
  }

  /* ---- transfer: file, code, link -------------------------------------------------------------- */

  function exportData() {
    const store = qaStore.load()
    const cards = {}
    for (const [id, card] of Object.entries(store.cards)) cards[id] = card.t ? { t: card.t, log: card.log } : { log: card.log }
    return { format: "sobes-progress", v: 2, exported: new Date().toISOString(), cards, session: { scope: state.scope, id: state.id, theme: state.theme } }
  }

  function download() {
    const data = exportData()
    const blob = new Blob([JSON.stringify(data, null, 1)], { type: "application/json" })
    const a = document.createElement("a")
    a.href = URL.createObjectURL(blob)
    a.download = `sobes-progress-${today()}.json`
    document.body.appendChild(a)
    a.click()
    a.remove()
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000)
    const n = Object.keys(data.cards).length
    say(`Файл сохранён: отметки ${n} ${plural(n, "вопроса", "вопросов", "вопросов")}.`)
  }

  /* The code: {"v":2,"b":base,"c":{id:[theme, dt, rating, dt, rating, …]},"s":session}, times as
   * seconds after base, then deflate-raw and base64url; "1" before it (or "0" for plain JSON where the
   * browser cannot compress). */
  function compact(data) {
    const times = Object.values(data.cards).flatMap(c => c.log.map(e => e[0]))
    const base = times.length ? Math.min(...times) : 0
    const c = {}
    for (const [id, card] of Object.entries(data.cards)) c[id] = [card.t || "", ...card.log.flatMap(([at, r]) => [at - base, r])]
    return { v: 2, b: base, c, s: data.session }
  }

  function expand(data) {
    const cards = {}
    for (const [id, row] of Object.entries(data.c || {})) {
      const log = []
      for (let k = 1; k + 1 < row.length; k += 2) log.push([row[k] + data.b, row[k + 1]])
      cards[id] = { t: row[0] || undefined, log }
    }
    return { cards, session: data.s }
  }

  function toBase64url(bytes) {
    let text = ""
    for (let k = 0; k < bytes.length; k += 0x8000) text += String.fromCharCode(...bytes.subarray(k, k + 0x8000))
    return btoa(text).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "")
  }

  function fromBase64url(text) {
    const raw = atob(text.replace(/-/g, "+").replace(/_/g, "/"))
    return Uint8Array.from(raw, ch => ch.charCodeAt(0))
  }

  async function pipe(bytes, stream) {
    return new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(stream)).arrayBuffer())
  }

  async function encode(data) {
    const json = new TextEncoder().encode(JSON.stringify(compact(data)))
    if (typeof CompressionStream === "undefined") return "0" + toBase64url(json)
    return "1" + toBase64url(await pipe(json, new CompressionStream("deflate-raw")))
  }

  async function decode(text) {
    const code = text.trim().replace(/^(.*#)?import=/, "")
    let bytes = fromBase64url(code.slice(1))
    if (code[0] === "1") bytes = await pipe(bytes, new DecompressionStream("deflate-raw"))
    else if (code[0] !== "0") throw new Error("unknown code")
    return expand(JSON.parse(new TextDecoder().decode(bytes)))
  }

  /* Keep only well-formed marks: known ids' shape, known ratings, times from 2020 to tomorrow. */
  function clean(cards) {
    const out = {}
    const latest = qaStore.now() + 86_400
    for (const [id, card] of Object.entries(cards || {})) {
      if (!ID.test(id) || !card || !Array.isArray(card.log)) continue
      const log = card.log.filter(e => Array.isArray(e) && Number.isInteger(e[0]) && e[0] > 1_577_836_800 && e[0] <= latest && [0, 1, 3].includes(e[1]))
      if (!log.length) continue
      out[id] = { log: log.map(e => [e[0], e[1]]) }
      if (typeof card.t === "string" && ID.test(card.t)) out[id].t = card.t
    }
    return out
  }

  async function importData(data) {
    const cards = clean(data.cards)
    const fsrs = await qaStore.loadScheduler()
    const store = qaStore.load()
    const result = qaStore.merge(store, cards)
    qaStore.reschedule(store, fsrs, result.changed)
    qaStore.write(store)
    const s = data.session
    if (!state.id && s && typeof s.scope === "string" && (s.scope === "all" || s.scope === "repeat" || ui.scope.querySelector(`option[value="${CSS.escape(s.scope)}"]`))) {
      state.scope = s.scope
      ui.scope.value = s.scope
      saveSession()
    }
    say(`Перенесено: ${result.added} ${plural(result.added, "новый вопрос", "новых вопроса", "новых вопросов")}, ` +
      `обновлено: ${result.updated}. Всего с отметками: ${Object.keys(store.cards).length}.`)
    if (!current) step(() => advance(null))
    else renderStatus()
    return result
  }

  function say(text) {
    ui.transferStatus.textContent = text
  }

  function failed() {
    say("Не удалось прочитать: это не файл и не код отметок с этого сайта.")
  }

  async function copyLink() {
    const code = await encode(exportData())
    const link = new URL(`study/#import=${code}`, qaStore.BASE).href
    ui.code.value = link
    try {
      await qa.copyText(link)
      say(`Ссылка скопирована (${link.length} символов). Откройте её на другом устройстве — отметки объединятся.`)
    } catch (err) {
      ui.code.select()
      say("Скопируйте ссылку из поля ниже и откройте её на другом устройстве.")
    }
  }

  /* Arriving by a link with #import=…: ask before merging, then tidy the address. */
  async function offerImport() {
    if (!location.hash.startsWith("#import=")) return
    const code = location.hash.slice(1)
    history.replaceState(history.state, "", location.pathname + location.search)
    let data
    try { data = await decode(code) } catch (err) { return failed() }
    const n = Object.keys(clean(data.cards)).length
    ui.offerText.textContent = `Ссылка переносит отметки ${n} ${plural(n, "вопроса", "вопросов", "вопросов")} с другого устройства. Объединить их с отметками в этом браузере?`
    ui.offer.hidden = false
    ui.offerYes.onclick = () => { ui.offer.hidden = true; importData(data) }
    ui.offerNo.onclick = () => { ui.offer.hidden = true }
  }

  function setupTransfer(root) {
    const box = document.getElementById("qa-transfer")
    if (!box) return
    ui.code = box.querySelector(".qa-code")
    ui.transferStatus = box.querySelector(".qa-transfer-status")
    box.querySelector(".qa-export-file").addEventListener("click", download)
    box.querySelector(".qa-export-link").addEventListener("click", copyLink)
    box.querySelector(".qa-import-file").addEventListener("change", ev => {
      const file = ev.target.files[0]
      if (!file) return
      file.text().then(text => {
        const data = JSON.parse(text)
        if (data.format !== "sobes-progress") throw new Error("not ours")
        return importData(data)
      }).catch(failed).finally(() => { ev.target.value = "" })
    })
    box.querySelector(".qa-import-code").addEventListener("click", () => {
      if (ui.code.value.trim()) decode(ui.code.value).then(importData).catch(failed)
    })
    ui.offer = root.querySelector(".qa-import-offer")
    ui.offerText = ui.offer.querySelector("p")
    ui.offerYes = ui.offer.querySelector(".qa-import-yes")
    ui.offerNo = ui.offer.querySelector(".qa-import-no")
  }

  /* ---- mounting --------------------------------------------------------------------------------- */

  function scopeFromUrl() {
    const params = new URLSearchParams(location.search)
    if (params.get("list") === "repeat") return "repeat"
    if (params.get("theme")) return `theme:${params.get("theme")}`
    if (params.has("all")) return "all"
    return null
  }

  function scopeUrl(scope) {
    if (scope === "repeat") return "?list=repeat"
    if (scope.startsWith("theme:")) return `?theme=${scope.slice(6)}`
    return location.pathname
  }

  function setScope(scope) {
    if (![...ui.scope.options].some(o => o.value === scope)) scope = "all"
    const changed = state.scope !== scope
    state.scope = scope
    ui.scope.value = scope
    const url = scopeUrl(scope) + location.hash
    if (url !== location.pathname + location.search + location.hash) history.replaceState(history.state, "", url)
    saveSession()
    return changed
  }

  function mount(root) {
    const q = sel => root.querySelector(sel)
    ui = {
      root, scope: q(".qa-scope"), status: q(".qa-session-status"), card: q(".qa-card"), meta: q(".qa-card-meta"),
      title: q(".qa-card-title"), answer: q(".qa-card-answer"), pageLine: q(".qa-card-page"), page: q(".qa-card-page a"),
      reveal: q(".qa-reveal"), know: q(".qa-know"), dont: q(".qa-dont"), undo: q(".qa-undo"),
    }
    state = loadSession()
    current = null
    busy = false
    setupTransfer(root)
    setScope(scopeFromUrl() || state.scope)
    ui.scope.addEventListener("change", () => {
      setScope(ui.scope.value)
      if (!current || !fits(current.id, current.theme)) step(() => advance(null))
      else renderStatus()
    })
    ui.reveal.addEventListener("click", reveal)
    ui.know.addEventListener("click", () => rate("known"))
    ui.dont.addEventListener("click", () => rate("repeat"))
    ui.undo.addEventListener("click", undo)
    setupSwipe(ui.card)
    offerImport()
    /* Back where the reader left: the same question, its answer as it was. */
    step(() => (state.id && fits(state.id, state.theme) ? show({ id: state.id, theme: state.theme }) : advance(null)))
  }

  window.qaSession = { mount, onKey, fnv1a, encode, decode }
})()
