/* Study guide behaviour. Each setup function is idempotent and runs on every page Material
 * shows, including after instant navigation (document$). Marks and their schedule: store.js. */
"use strict"

const QUESTION = "h2.qa-question, h1.qa-question"  /* theme pages; a question's own page (q/<id>/) */
const LANDING_KEY = "qa-landing"   /* sessionStorage: the question a random pick or the review list opens */
const SITE_BASE = qaStore.BASE
const STUDY_SCRIPT = "assets/javascripts/study.js"
/* Material Design Icons "link-variant" (Apache 2.0), the icon Material's own theme ships. */
const LINK_ICON = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true"><path fill="currentColor" d="M10.59 13.41c.41.39.41 1.03 0 1.42-.39.39-1.03.39-1.42 0a5.003 5.003 0 0 1 0-7.07l3.54-3.54a5.003 5.003 0 0 1 7.07 0 5.003 5.003 0 0 1 0 7.07l-1.49 1.49c.01-.82-.12-1.64-.4-2.42l.47-.48a2.98 2.98 0 0 0 0-4.24 2.98 2.98 0 0 0-4.24 0l-3.53 3.53a2.98 2.98 0 0 0 0 4.24m2.82-4.24c.39-.39 1.03-.39 1.42 0a5.003 5.003 0 0 1 0 7.07l-3.54 3.54a5.003 5.003 0 0 1-7.07 0 5.003 5.003 0 0 1 0-7.07l1.49-1.49c-.01.82.12 1.64.4 2.43l-.47.47a2.98 2.98 0 0 0 0 4.24 2.98 2.98 0 0 0 4.24 0l3.53-3.53a2.98 2.98 0 0 0 0-4.24.973.973 0 0 1 0-1.42"/></svg>'

/* The answer block that belongs to a question heading: the next <details> before another heading. */
function answerOf(heading) {
  for (let el = heading.nextElementSibling; el && !/^H[1-6]$/.test(el.tagName); el = el.nextElementSibling)
    if (el.tagName === "DETAILS") return el
  return null
}

function studyBarOf(heading) {
  for (let el = heading.nextElementSibling; el && !/^H[1-6]$/.test(el.tagName); el = el.nextElementSibling)
    if (el.matches(".qa-study")) return el
  return null
}

function hashId() {
  return decodeURIComponent(location.hash.slice(1))
}

/* ---- deep links and landings ---------------------------------------------------------------- */

/* A question opened by «Случайный вопрос» or from the «Повторить» list: its answer stays closed (the
 * reader answers first), it is marked as the one picked, and «Следующий» sits by its answer. */
let landing = null

function takeLanding(id) {
  let stored = null
  try { stored = JSON.parse(sessionStorage.getItem(LANDING_KEY)) } catch (err) { stored = null }
  if (stored && stored.id === id) {
    sessionStorage.removeItem(LANDING_KEY)
    landing = stored
  } else if (landing && landing.id !== id) {
    landing = null
  }
  return landing && landing.id === id ? landing : null
}

function clearLandingMarks() {
  for (const el of document.querySelectorAll(".qa-badge, .qa-next, .qa-spacer")) el.remove()
  for (const el of document.querySelectorAll("[data-qa-landing]")) delete el.dataset.qaLanding
}

const LANDING_TEXT = {
  random: { badge: "Случайный вопрос", next: "Следующий случайный" },
  review: { badge: "Из списка «Повторить»", next: "Следующий из списка" },
}

/* Mark the question a landing picked; false when it is marked already (the landing is settled: its
 * answer was set once, and what the reader did with it since stays). */
function markLanding(target, how) {
  if (target.dataset.qaLanding === how.from) return false
  clearLandingMarks()
  target.dataset.qaLanding = how.from
  const text = LANDING_TEXT[how.from] || LANDING_TEXT.random
  const badge = document.createElement("span")
  badge.className = "qa-badge"
  badge.textContent = text.badge
  target.prepend(badge)
  const bar = studyBarOf(target)
  if (bar) {
    const next = document.createElement("button")
    next.type = "button"
    next.className = "qa-next"
    next.textContent = `${text.next} →`
    next.addEventListener("click", () => (how.from === "review" ? nextFromReview(target.id) : randomQuestion()))
    bar.appendChild(next)
  }
  return true
}

/* Room below the last questions of a page, so that the one picked can still scroll to the top. */
function makeRoomFor(target) {
  const article = target.closest("article")
  if (!article) return
  let spacer = article.querySelector(":scope > .qa-spacer")
  if (spacer) spacer.style.height = "0px"
  const margin = parseFloat(getComputedStyle(target).scrollMarginTop) || 0
  const want = target.getBoundingClientRect().top + scrollY - margin
  const room = document.documentElement.scrollHeight - innerHeight
  if (want <= room) return
  if (!spacer) {
    spacer = document.createElement("div")
    spacer.className = "qa-spacer"
    spacer.setAttribute("aria-hidden", "true")
    article.appendChild(spacer)
  }
  spacer.style.height = `${Math.ceil(want - room) + 1}px`
}

/* The page whose document is shown: instant navigation changes the address (pushState) before the
 * new document arrives, and a hash change then must not be read against the old document. */
let shownPath = location.pathname

/* Bring a question to the top, and keep it there until the page holds still. On a phone, Material
 * fixes the body in place while its search overlay is open and, when it closes (100 ms later),
 * scrolls back to where the reader was before searching; Chromium then scrolls the page only part
 * of the way while it lays the freed page out again. So the scroll is repeated, frame by frame,
 * until the question stays at the top (or the reader scrolls, or a second has passed). */
let settling = 0
function scrollToQuestion(id) {
  const run = ++settling
  const started = performance.now()
  let still = 0
  const step = () => {
    const target = document.getElementById(id)
    if (run !== settling || !target || hashId() !== id || performance.now() - started > 1500) return
    if (!document.body.hasAttribute("data-md-scrolllock") && !searchOpen()) {
      const margin = parseFloat(getComputedStyle(target).scrollMarginTop) || 0
      const off = target.getBoundingClientRect().top - margin
      if (Math.abs(off) > 2) { target.scrollIntoView({ block: "start" }); still = 0 }
      else if (++still >= 3) return
    }
    requestAnimationFrame(step)
  }
  step()
}
/* A reader who scrolls or taps takes over. */
for (const type of ["wheel", "touchstart", "keydown"])
  window.addEventListener(type, () => { settling++ }, { passive: true, capture: true })

/* Open the answer a link points at and bring its question to the top. */
function openTarget() {
  const id = hashId()
  if (!id || location.pathname !== shownPath) return   /* the new page is still on its way */
  const target = document.getElementById(id)
  if (!target) return followMovedQuestion(id)
  if (!target.matches(QUESTION)) return
  const how = takeLanding(id)
  const details = answerOf(target)
  if (how) {
    /* Once per landing: openTarget runs again as the page settles, and must not close an answer the
     * reader has opened in the meantime («a» pressed right after «r» on a slow phone). */
    if (markLanding(target, how) && details) details.open = false
  } else {
    clearLandingMarks()
    if (details) details.open = true
  }
  if (how) makeRoomFor(target)
  markSearchedWords(target)
  scrollToQuestion(id)
}

/* A link to a question this page no longer holds (it moved to another theme or part, merged into
 * another question, or was deleted): every id ever published has its own page, q/<id>/, which shows
 * the question, leads to the one it merged into, or says it was removed. */
let following = ""   /* the page a moved question is being followed to: asked for once, left once */
function followMovedQuestion(id) {
  if (!/^[a-z0-9-]+$/.test(id) || location.pathname.endsWith(`/q/${id}/`)) return
  const page = permalink(id)
  if (following === page) return   /* openTarget runs twice per landing: a second leave would abort the first */
  following = page
  fetch(page, { method: "HEAD" }).then(r => { if (r.ok) location.replace(page); else following = "" },
    () => { following = "" })
}

function setupDeepLinks() {
  shownPath = location.pathname
  restoreOpenAnswers()
  openTarget()
  /* Material may scroll to the anchor after us on instant navigation: do it once more then. */
  requestAnimationFrame(() => requestAnimationFrame(openTarget))
}

/* Answers the reader opened, per page (sessionStorage), put back when the reader comes back to the
 * page through the history (Material's instant navigation fetches the page afresh). */
const OPEN_KEY = "qa-open"
let traversing = performance.getEntriesByType("navigation")[0]?.type === "back_forward"
window.addEventListener("popstate", () => { traversing = true })
document.addEventListener("click", () => { traversing = false }, true)   /* a link followed: a fresh visit */

function openAnswers() {
  try { return JSON.parse(sessionStorage.getItem(OPEN_KEY)) || {} } catch (err) { return {} }
}

function rememberOpenAnswers() {
  const ids = [...document.querySelectorAll(QUESTION)].filter(h => answerOf(h)?.open).map(h => h.id)
  const all = openAnswers()
  if (ids.length) all[location.pathname] = ids
  else delete all[location.pathname]
  try { sessionStorage.setItem(OPEN_KEY, JSON.stringify(all)) } catch (err) { /* storage full or off */ }
}

function restoreOpenAnswers() {
  if (!traversing) return
  traversing = false
  for (const id of openAnswers()[location.pathname] || []) {
    const heading = document.getElementById(id)
    const details = heading && heading.matches(QUESTION) && answerOf(heading)
    if (details) details.open = true
  }
}

/* toggle does not bubble: listen in the capture phase. */
document.addEventListener("toggle", ev => {
  if (ev.target instanceof HTMLDetailsElement && ev.target.closest("article")) rememberOpenAnswers()
}, true)

/* Go to a question with its answer closed and the landing marks on (Material's instant navigation). */
function land(q, from) {
  sessionStorage.setItem(LANDING_KEY, JSON.stringify({ id: q.id, from }))
  const url = new URL(q.url, SITE_BASE)
  if (url.pathname === location.pathname && url.hash === location.hash) return openTarget()
  const link = document.createElement("a")
  link.href = url.href
  link.hidden = true
  document.body.appendChild(link)
  link.click()
  link.remove()
}

/* ---- questions: copy link, click to open ----------------------------------------------------- */

/* Copy text, also where the Clipboard API is missing (plain http on a LAN address). */
function copyText(text) {
  if (navigator.clipboard && window.isSecureContext)
    return navigator.clipboard.writeText(text)
  const area = document.createElement("textarea")
  area.value = text
  area.setAttribute("readonly", "")
  area.style.position = "fixed"
  area.style.opacity = "0"
  document.body.appendChild(area)
  area.select()
  const ok = document.execCommand("copy")
  area.remove()
  return ok ? Promise.resolve() : Promise.reject(new Error("copy failed"))
}

/* Each question's own page (the manifest's `permalink`). */
function permalink(id) {
  return new URL(`q/${id}/`, SITE_BASE).href
}

function setupQuestions() {
  for (const heading of document.querySelectorAll(QUESTION)) {
    if (heading.dataset.qaReady) continue
    heading.dataset.qaReady = "1"
    const button = document.createElement("button")
    button.type = "button"
    button.className = "qa-copy"
    button.innerHTML = LINK_ICON
    button.title = "Скопировать ссылку на ответ"
    button.setAttribute("aria-label", "Скопировать ссылку на ответ")
    button.addEventListener("click", ev => {
      ev.stopPropagation()
      copyText(permalink(heading.id)).then(
        () => { button.dataset.copied = "Ссылка скопирована" },
        () => { button.dataset.copied = "Не удалось скопировать" })
      setTimeout(() => delete button.dataset.copied, 2500)
    })
    heading.insertBefore(button, heading.querySelector(".headerlink"))
    /* Clicking the question itself shows or hides its answer. */
    heading.addEventListener("click", ev => {
      if (ev.target.closest("a, button")) return
      const details = answerOf(heading)
      if (details) details.open = !details.open
    })
  }
}

/* ---- study: random question, marks, progress ------------------------------------------------- */

let studyList = null

/* Theme titles and [id, url, theme, title] of every question, written by the build (scripts/site/study.py). */
function loadStudyList() {
  if (!studyList)
    studyList = fetch(new URL("assets/study.json", SITE_BASE))
      .then(r => r.json())
      .then(data => ({
        themes: data.themes.map(([slug, title]) => ({ slug, title })),
        questions: data.questions.map(([id, url, theme, title], index) => ({ id, url, theme, title, index })),
      }))
  return studyList
}

function pageTheme() {
  const count = document.querySelector(".qa-count[data-qa-theme]")
  return count ? count.dataset.qaTheme : null
}

/* Open a random question (of this page's theme, if any), preferring those not marked known. */
function randomQuestion() {
  return loadStudyList().then(({ questions }) => {
    const theme = pageTheme()
    const store = qaStore.load()
    const current = hashId()
    let pool = questions.filter(q => (!theme || q.theme === theme) && q.id !== current)
    const fresh = pool.filter(q => qaStore.mark(store.cards[q.id]) !== "known")
    if (fresh.length) pool = fresh
    if (pool.length) land(pool[Math.floor(Math.random() * pool.length)], "random")
  }, () => { studyList = null; sayOffline() })
}

/* A download failed (random, «Следующий»): say so by the button, «нет сети» when offline. */
function sayOffline() {
  const text = navigator.onLine === false ? "Нет сети: список вопросов ещё не сохранён на этом устройстве" : "Не удалось загрузить список вопросов"
  for (const button of document.querySelectorAll(".qa-random, .qa-next")) {
    let note = button.parentElement.querySelector(".qa-offline-note")
    if (!note) {
      note = document.createElement("span")
      note.className = "qa-offline-note"
      note.setAttribute("role", "status")
      button.after(note)
    }
    note.textContent = " " + text
  }
}

function reviewList(questions, store) {
  return questions.filter(q => qaStore.mark(store.cards[q.id]) === "repeat")
}

/* The «Повторить» list in the order its page shows: by theme (taxonomy order), then page order. */
function reviewOrder(themes) {
  const rank = Object.fromEntries(themes.map((t, k) => [t.slug, k]))
  return q => (rank[q.theme] ?? themes.length) * 1e6 + q.index
}

/* The next question of the «Повторить» list after this one. */
function nextFromReview(id) {
  return loadStudyList().then(({ themes, questions }) => {
    const key = reviewOrder(themes)
    const here = questions.find(q => q.id === id)
    const list = reviewList(questions, qaStore.load()).filter(q => q.id !== id).sort((a, b) => key(a) - key(b))
    const after = (here && list.find(q => key(q) > key(here))) || list[0]
    if (after) land(after, "review")
    else location.href = new URL("review/", SITE_BASE).href
  })
}

function setupRandomButtons() {
  for (const button of document.querySelectorAll(".qa-random:not([data-qa-ready])")) {
    button.dataset.qaReady = "1"
    button.addEventListener("click", randomQuestion)
  }
}

function setupMarkButtons() {
  for (const bar of document.querySelectorAll(".qa-study:not([data-qa-ready])")) {
    bar.dataset.qaReady = "1"
    for (const button of bar.querySelectorAll("button[data-qa-mark]"))
      button.addEventListener("click", () => {
        const store = qaStore.load()
        const mark = button.dataset.qaMark
        const what = qaStore.mark(store.cards[bar.dataset.qaId]) === mark ? "clear" : mark
        qaStore.rate(bar.dataset.qaId, what, pageTheme()).then(refreshStudy)
        refreshStudy()
      })
  }
}

function progressText(known, total) {
  return known ? `знаю ${known} из ${total}` : ""
}

/* "знаю N из M · к повторению: K", K linking to a study session on the theme. */
function fillProgress(span, known, total, due, theme) {
  span.replaceChildren()
  const parts = []
  if (known) parts.push(document.createTextNode(progressText(known, total)))
  if (due) {
    const link = document.createElement("a")
    link.href = new URL(theme ? `study/?theme=${theme}` : "study/", SITE_BASE).href
    link.textContent = `к повторению: ${due}`
    parts.push(link)
  }
  parts.forEach((part, k) => {
    if (k) span.append(" · ")
    span.append(part)
  })
}

/* Questions marked before the marks knew their theme (the first version's): look it up once. */
function fillThemes(store) {
  const unknown = Object.keys(store.cards).filter(id => !store.cards[id].t)
  if (!unknown.length) return Promise.resolve(false)
  return loadStudyList().then(({ questions }) => {
    const fresh = qaStore.load()
    let changed = false
    for (const q of questions)
      if (fresh.cards[q.id] && !fresh.cards[q.id].t) { fresh.cards[q.id].t = q.theme; changed = true }
    if (changed) qaStore.write(fresh)
    return changed
  })
}

/* Show the marks: buttons pressed, headings ticked, progress and due counts on theme pages and cards. */
function refreshStudy() {
  const store = qaStore.load()
  for (const bar of document.querySelectorAll(".qa-study")) {
    const mark = qaStore.mark(store.cards[bar.dataset.qaId])
    for (const button of bar.querySelectorAll("button[data-qa-mark]"))
      button.setAttribute("aria-pressed", String(mark === button.dataset.qaMark))
  }
  const headings = [...document.querySelectorAll(QUESTION)]
  for (const heading of headings) {
    const mark = qaStore.mark(store.cards[heading.id])
    if (mark) heading.dataset.qaMark = mark
    else delete heading.dataset.qaMark
  }
  const count = document.querySelector(".qa-count")
  if (count && !count.querySelector(".qa-progress")) {
    const span = document.createElement("span")
    span.className = "qa-progress"
    count.appendChild(span)
  }
  if (count) {
    const theme = count.dataset.qaTheme
    const ids = new Set(headings.map(h => h.id))
    /* On a split theme's overview the questions are on other pages: count them by theme. */
    const mine = headings.length ? (id => ids.has(id)) : ((id, card) => card.t === theme)
    const c = qaStore.counts(store, 0, mine)
    fillProgress(count.querySelector(".qa-progress"), c.known, Number(count.dataset.qaTotal), c.due, theme)
  }
  for (const card of document.querySelectorAll(".qa-progress[data-qa-theme]")) {
    const theme = card.dataset.qaTheme
    const c = qaStore.counts(store, 0, (id, item) => item.t === theme)
    fillProgress(card, c.known, Number(card.dataset.qaTotal), c.due, theme)
  }
  const total = document.querySelector(".qa-due-total")
  if (total) {
    const c = qaStore.counts(store)
    total.textContent = c.due ? `К повторению сейчас: ${c.due}.` : (c.known + c.repeat ? "Сейчас повторять нечего." : "")
  }
  const review = document.getElementById("qa-review")
  if (review) loadStudyList().then(data => renderReview(review, data, qaStore.load()))
}

/* Settle what the marks lack (a theme, a due time), then show them again. */
function setupMarks() {
  const store = qaStore.load()
  Promise.all([fillThemes(store), qaStore.settle()]).then(([a, b]) => { if (a || b) refreshStudy() })
}

function element(tag, className, text) {
  const el = document.createElement(tag)
  if (className) el.className = className
  if (text !== undefined) el.textContent = text
  return el
}

/* The «Повторить» page: the list by theme; each link opens its question with the answer closed. */
function renderReview(container, { themes, questions }, store) {
  const key = reviewOrder(themes)
  const repeat = reviewList(questions, store).sort((a, b) => key(a) - key(b))
  const c = qaStore.counts(store)
  container.replaceChildren()
  container.appendChild(element("p", "", `В списке «Повторить»: ${repeat.length}. Отмечено «Знаю»: ${c.known} из ${questions.length}.`))
  if (repeat.length) {
    const start = element("a", "qa-button qa-start", "Пройти список по одному")
    start.href = new URL("study/?list=repeat", SITE_BASE).href
    container.appendChild(start)
  }
  for (const theme of themes) {
    const mine = repeat.filter(q => q.theme === theme.slug)
    if (!mine.length) continue
    container.appendChild(element("h2", "qa-review-theme", `${theme.title} (${mine.length})`))
    const ul = element("ul", "qa-review-list")
    for (const q of mine) {
      const a = element("a", "", q.title)
      a.href = new URL(q.url, SITE_BASE).href
      a.addEventListener("click", () => sessionStorage.setItem(LANDING_KEY, JSON.stringify({ id: q.id, from: "review" })))
      const li = element("li")
      li.appendChild(a)
      ul.appendChild(li)
    }
    container.appendChild(ul)
  }
  if (!repeat.length)
    container.appendChild(element("p", "", "Пока пусто: отмечайте вопросы кнопкой «Повторить» под ответом или «Не знаю» на тренировке."))
  if (repeat.length || c.known) {
    const clear = element("button", "qa-clear", "Сбросить все отметки")
    clear.type = "button"
    clear.addEventListener("click", () => {
      if (confirm("Сбросить отметки «Знаю» и «Повторить» у всех вопросов?")) { qaStore.clearAll(); refreshStudy() }
    })
    container.appendChild(clear)
  }
}

/* ---- the study page: its script loads only there ---------------------------------------------- */

function setupSession() {
  const root = document.getElementById("qa-session")
  if (!root || root.dataset.qaReady) return
  root.dataset.qaReady = "1"
  /* The scheduler is not needed until the first answer is rated: study.js loads it then. */
  qaStore.loadScript(STUDY_SCRIPT).then(() => window.qaSession.mount(root))
}

/* ---- keyboard: physical keys, so that a Russian layout works too ------------------------------ */

function currentQuestion() {
  const id = hashId()
  const target = id && document.getElementById(id)
  if (target && target.matches(QUESTION)) return target
  return [...document.querySelectorAll(QUESTION)].find(h => h.getBoundingClientRect().top >= 0) || null
}

function toggleAnswer() {
  const heading = currentQuestion()
  const details = heading && answerOf(heading)
  if (!details) return false
  const how = takeLanding(heading.id)
  /* A landing whose own pass has not run yet (a slow phone): settle it now, answer open, so that the
   * pass, when it comes, finds it settled and does not close what the reader asked to see. */
  details.open = how && markLanding(heading, how) ? true : !details.open
  heading.scrollIntoView({ block: "start" })
}

/* What Material does for "/", "s" and "f" (by character, so not on a Russian layout, where "/" types
 * "." and Material would turn the page instead). */
function openSearch() {
  const input = document.querySelector(".md-search__input")
  if (!input) return false
  input.focus()
  input.select()
}

const KEYS = { KeyR: randomQuestion, KeyA: toggleAnswer, Slash: openSearch, KeyS: openSearch, KeyF: openSearch }

function typing(el) {
  return el instanceof HTMLElement && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName))
}

function searchOpen() {
  const toggle = document.querySelector("[data-md-toggle=search]")
  return Boolean(toggle && toggle.checked)
}

/* Runs before Material's own handler (capture on window); a key handled here never reaches it. */
function onKey(ev) {
  if (ev.ctrlKey || ev.metaKey || ev.altKey || ev.shiftKey || ev.isComposing || ev.defaultPrevented) return
  if (typing(ev.target) || typing(document.activeElement) || searchOpen()) return
  const session = window.qaSession
  let handled = Boolean(session && session.onKey(ev))
  if (!handled && KEYS[ev.code]) handled = KEYS[ev.code]() !== false
  if (handled) {
    ev.preventDefault()
    ev.stopImmediatePropagation()
  }
}

/* ---- print: answers open, controls hidden (qa.css), the page's address at the end -------------- */

function setupPrint() {
  const article = document.querySelector("article.md-content__inner")
  if (!article) return
  let line = article.querySelector(":scope > .qa-print-url")
  if (!line) {
    line = element("p", "qa-print-url")
    article.appendChild(line)
  }
  line.textContent = `Адрес страницы: ${decodeURI(location.origin + location.pathname)}`
}

let closedForPrint = []
window.addEventListener("beforeprint", () => {
  closedForPrint = [...document.querySelectorAll(".md-typeset details:not([open])")]
  for (const d of closedForPrint) d.open = true
})
window.addEventListener("afterprint", () => {
  for (const d of closedForPrint) d.open = false
  closedForPrint = []
})

/* ---- search: any input searches, the count in questions, the hit's words marked on landing ---- */

const SEARCH_INPUT = ".md-search__input"
const HIGHLIGHT_KEY = "qa-search-highlight"
const HIGHLIGHT_MS = 5000   /* the marks of a hit are put on the page it opens within this time */
const CONFIG = JSON.parse(document.getElementById("__config").textContent)
let searchMarks = new Map()   /* location of each hit shown -> words to mark there */

/* Russian plural of "вопрос": 1 вопрос, 2 вопроса, 5 вопросов, 21 вопрос. */
function questions(n) {
  const tens = n % 100, ones = n % 10
  const word = ones === 1 && tens !== 11 ? "вопрос"
    : ones >= 2 && ones <= 4 && (tens < 12 || tens > 14) ? "вопроса" : "вопросов"
  return `${n.toLocaleString("ru-RU")} ${word}`
}

function countText(total, shown) {
  return `Найдено ${questions(total)}` + (shown < total ? `, показаны первые ${shown}` : "")
}

/* Words of a query found in no question: «Слова «sql» нет ни в одном вопросе». */
function missingText(words) {
  const list = words.map(w => `«${w}»`).join(", ")
  return `${words.length === 1 ? "Слова" : "Слов"} ${list} нет ни в одном вопросе`
}

function setupSearch() {
  /* Material searches on keyup only: pasted, dictated or autocompleted text too. */
  document.addEventListener("input", ev => {
    if (ev.target instanceof HTMLInputElement && ev.target.matches(SEARCH_INPUT))
      ev.target.dispatchEvent(new KeyboardEvent("keyup"))
  })
  /* The worker fetches the dictionary when the reader starts a search (see overrides/main.html). */
  const token = String(CONFIG.search || "").split("#")[1]
  if (token && typeof BroadcastChannel !== "undefined") {
    const channel = new BroadcastChannel("qa-search-" + token)
    let warmed = false
    document.addEventListener("focusin", ev => {
      if (!warmed && ev.target instanceof Element && ev.target.matches(SEARCH_INPUT)) { warmed = true; channel.postMessage("warm") }
    })
  }
  /* The worker's result carries the number of questions found and, per hit, the words to mark. */
  component$.subscribe(component => {
    if (!(component.ref instanceof Element) || !component.ref.matches(".md-search-result") || !("total" in component)) return
    const hits = component.items.flatMap(group => group.filter(item => item.location.includes("#")))
    searchMarks = new Map(hits.map(item => [new URL(item.location, SITE_BASE).href, item.marks || []]))
    const meta = component.ref.querySelector(".md-search-result__meta")
    if (meta && component.failed)
      meta.textContent = navigator.onLine === false
        ? "Нет сети: поиск ещё не сохранён на этом устройстве"
        : "Поиск не загрузился: проверьте соединение"
    else if (meta && component.total) meta.textContent = countText(component.total, hits.length)
    else if (meta && component.missing && component.missing.length) meta.textContent = missingText(component.missing)
  })
  /* Clicking a hit: remember its words for the page it opens (the link itself stays as it is). */
  document.addEventListener("click", ev => {
    const link = ev.target instanceof Element && ev.target.closest(".md-search-result__link")
    const words = link && searchMarks.get(link.href)
    if (words && words.length)
      sessionStorage.setItem(HIGHLIGHT_KEY, JSON.stringify({ href: link.href, words, at: Date.now() }))
  }, true)
}

/* Mark the searched words in the question a search hit opened: its heading and its answer. */
function markSearchedWords(heading) {
  let saved = null
  try { saved = JSON.parse(sessionStorage.getItem(HIGHLIGHT_KEY)) } catch (err) { /* nothing saved */ }
  if (!saved || new URL(saved.href).hash !== location.hash || new URL(saved.href).pathname !== location.pathname) return
  /* Kept a few seconds, not taken at once: instant navigation may show the page twice (a hit on the
   * same page fetches it again), and the marks belong on the document that stays. */
  if (!(Date.now() - (saved.at || 0) < HIGHLIGHT_MS)) return sessionStorage.removeItem(HIGHLIGHT_KEY)
  if (heading.querySelector("mark.qa-mark")) return
  const letters = "0-9a-zа-яё\u00b2\u00b3\u00b5\u00df-\u00ff\u0100-\u024f\u03b1-\u03c9"
  const alternatives = saved.words
    .map(w => w.replace(/[.*+?^${}()|[\]\\-]/g, "\\$&").replace(/е/g, "[её]"))
    .sort((a, b) => b.length - a.length)
  const pattern = new RegExp(`(?<![${letters}])(?:${alternatives.join("|")})(?![${letters}])`, "gi")
  const details = answerOf(heading)
  for (const root of [heading, details]) {
    if (!root) continue
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode: node => node.parentElement.closest("button, .headerlink, mark, summary") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT
    })
    const nodes = []
    for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node)
    for (const node of nodes) markText(node, pattern)
  }
}

function markText(node, pattern) {
  const text = node.textContent
  const parts = []
  let at = 0
  for (const m of text.matchAll(pattern)) {
    parts.push(document.createTextNode(text.slice(at, m.index)))
    const mark = document.createElement("mark")
    mark.className = "qa-mark"
    mark.textContent = m[0]
    parts.push(mark)
    at = m.index + m[0].length
  }
  if (!parts.length) return
  parts.push(document.createTextNode(text.slice(at)))
  node.replaceWith(...parts)
}

/* Material's search dialog has no accessible name: give it one. */
function setupA11y() {
  const dialog = document.querySelector(".md-search[role=dialog]")
  if (dialog && !dialog.hasAttribute("aria-label")) dialog.setAttribute("aria-label", "Поиск")
}

/* Spoilers from Telegram posts stay hidden until clicked (or Enter / Space on the keyboard). */
function setupSpoilers() {
  for (const spoiler of document.querySelectorAll(".qa-spoiler:not([data-qa-ready])")) {
    spoiler.dataset.qaReady = "1"
    spoiler.setAttribute("role", "button")
    spoiler.setAttribute("aria-expanded", "false")
    const reveal = ev => {
      ev.preventDefault()
      ev.stopPropagation()
      spoiler.classList.add("qa-spoiler--shown")
      spoiler.setAttribute("aria-expanded", "true")
    }
    spoiler.addEventListener("click", reveal)
    spoiler.addEventListener("keydown", ev => { if (ev.key === "Enter" || ev.key === " ") reveal(ev) })
  }
}

function main() {
  setupA11y()
  setupQuestions()
  setupSpoilers()
  setupMarkButtons()
  setupRandomButtons()
  refreshStudy()
  setupMarks()
  setupDeepLinks()
  setupSession()
  setupPrint()
}

window.qa = { loadStudyList, copyText, permalink, SITE_BASE }
window.addEventListener("keydown", onKey, true)
setupSearch()
window.addEventListener("hashchange", openTarget)
/* Marks set in another tab. */
window.addEventListener("storage", ev => { if (ev.key === "qa-study/v2") refreshStudy() })
document$.subscribe(main)
/* Instant navigation to page#id: the location changes after the new document is shown. */
if (typeof location$ !== "undefined")
  location$.subscribe(() => requestAnimationFrame(openTarget))
