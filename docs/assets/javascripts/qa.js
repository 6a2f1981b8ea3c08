/* Study guide behaviour. Each setup function is idempotent and runs on every page Material
 * shows, including after instant navigation (document$). */
"use strict"

const QUESTION = "h2.qa-question"
/* Material Design Icons "link-variant" (Apache 2.0), the icon Material's own theme ships. */
const LINK_ICON = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true"><path fill="currentColor" d="M10.59 13.41c.41.39.41 1.03 0 1.42-.39.39-1.03.39-1.42 0a5.003 5.003 0 0 1 0-7.07l3.54-3.54a5.003 5.003 0 0 1 7.07 0 5.003 5.003 0 0 1 0 7.07l-1.49 1.49c.01-.82-.12-1.64-.4-2.42l.47-.48a2.98 2.98 0 0 0 0-4.24 2.98 2.98 0 0 0-4.24 0l-3.53 3.53a2.98 2.98 0 0 0 0 4.24m2.82-4.24c.39-.39 1.03-.39 1.42 0a5.003 5.003 0 0 1 0 7.07l-3.54 3.54a5.003 5.003 0 0 1-7.07 0 5.003 5.003 0 0 1 0-7.07l1.49-1.49c-.01.82.12 1.64.4 2.43l-.47.47a2.98 2.98 0 0 0 0 4.24 2.98 2.98 0 0 0 4.24 0l3.53-3.53a2.98 2.98 0 0 0 0-4.24.973.973 0 0 1 0-1.42"/></svg>'

/* The answer block that belongs to a question heading: the next <details> before another heading. */
function answerOf(heading) {
  for (let el = heading.nextElementSibling; el && !/^H[1-6]$/.test(el.tagName); el = el.nextElementSibling)
    if (el.tagName === "DETAILS") return el
  return null
}

let collapsedTarget = null /* the random question on show, whose answer stays closed */

/* Open the answer a link points at and bring its question into view. */
function openTarget() {
  const id = decodeURIComponent(location.hash.slice(1))
  if (!id) return
  const target = document.getElementById(id)
  if (!target) return followMovedQuestion(id)
  if (!target.matches(QUESTION)) return
  const details = answerOf(target)
  /* A random question keeps its answer collapsed: the reader answers first. */
  if (sessionStorage.getItem(RANDOM_KEY) === id) {
    collapsedTarget = id
    sessionStorage.removeItem(RANDOM_KEY)
  }
  if (details && collapsedTarget !== id) details.open = true
  markSearchedWords(target)
  target.scrollIntoView({ block: "start" })
}

/* A link to a question that now lives on another page (its theme changed or was split): go there. */
function followMovedQuestion(id) {
  if (!/^[a-z0-9-]+$/.test(id)) return
  loadStudyList().then(list => {
    const q = list.find(item => item.id === id)
    if (!q) return
    const url = new URL(q.url, SITE_BASE)
    if (url.pathname !== location.pathname) location.replace(url.href)
  })
}

function setupDeepLinks() {
  openTarget()
  /* Material may scroll to the anchor after us on instant navigation: do it once more then. */
  requestAnimationFrame(() => requestAnimationFrame(openTarget))
}

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
      const url = new URL(location.href)
      url.hash = heading.id
      copyText(url.href).then(
        () => { button.dataset.copied = "Ссылка скопирована" },
        () => { button.dataset.copied = "Не удалось скопировать" })
      setTimeout(() => delete button.dataset.copied, 2500)
    })
    const permalink = heading.querySelector(".headerlink")
    heading.insertBefore(button, permalink)
    /* Clicking the question itself shows or hides its answer. */
    heading.addEventListener("click", ev => {
      if (ev.target.closest("a, button")) return
      const details = answerOf(heading)
      if (details) details.open = !details.open
    })
  }
}

/* ---- study mode: random question, "know / repeat" marks, progress --------------------------- */

const MARKS_KEY = "qa-marks/v1"
const RANDOM_KEY = "qa-random-target"
const SITE_BASE = new URL(JSON.parse(document.getElementById("__config").textContent).base, location.href)
let studyList = null

function loadMarks() {
  try { return JSON.parse(localStorage.getItem(MARKS_KEY)) || {} } catch (err) { return {} }
}

function saveMarks(marks) {
  try { localStorage.setItem(MARKS_KEY, JSON.stringify(marks)) } catch (err) { /* private mode: marks last this page */ }
}

function setMark(id, mark) {
  const marks = loadMarks()
  if (marks[id] === mark) delete marks[id]
  else marks[id] = mark
  saveMarks(marks)
  refreshStudy()
}

/* [id, url, theme, title] of every question, written by the build (scripts/site/hooks.py). */
function loadStudyList() {
  if (!studyList)
    studyList = fetch(new URL("assets/study.json", SITE_BASE))
      .then(r => r.json())
      .then(data => data.questions.map(([id, url, theme, title]) => ({ id, url, theme, title })))
  return studyList
}

function pageTheme() {
  const count = document.querySelector(".qa-count[data-qa-theme]")
  return count ? count.dataset.qaTheme : null
}

/* Open a random question (of this page's theme, if any), preferring those not marked known.
 * Its answer stays collapsed, so the reader answers first. */
function randomQuestion() {
  return loadStudyList().then(list => {
    const theme = pageTheme()
    const marks = loadMarks()
    const current = decodeURIComponent(location.hash.slice(1))
    let pool = list.filter(q => (!theme || q.theme === theme) && q.id !== current)
    const fresh = pool.filter(q => marks[q.id] !== "known")
    if (fresh.length) pool = fresh
    if (!pool.length) return
    const pick = pool[Math.floor(Math.random() * pool.length)]
    sessionStorage.setItem(RANDOM_KEY, pick.id)
    const link = document.createElement("a")
    link.href = new URL(pick.url, SITE_BASE).href
    link.hidden = true
    document.body.appendChild(link)
    link.click()   /* Material's instant navigation takes it from here */
    link.remove()
  })
}

/* The controls are in the page's HTML (no layout shift); here they get their behaviour. */
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
      button.addEventListener("click", () => setMark(bar.dataset.qaId, button.dataset.qaMark))
  }
}

function progressText(known, total) {
  return known ? `знаю ${known} из ${total}` : ""
}

/* Show the marks: buttons pressed, headings ticked, "N из M" on theme pages and cards. */
function refreshStudy() {
  const marks = loadMarks()
  for (const bar of document.querySelectorAll(".qa-study"))
    for (const button of bar.querySelectorAll("button"))
      button.setAttribute("aria-pressed", String(marks[bar.dataset.qaId] === button.dataset.qaMark))
  const headings = [...document.querySelectorAll(QUESTION)]
  for (const heading of headings) {
    if (marks[heading.id]) heading.dataset.qaMark = marks[heading.id]
    else delete heading.dataset.qaMark
  }
  const count = document.querySelector(".qa-count")
  if (count && !count.querySelector(".qa-progress")) {
    const span = document.createElement("span")
    span.className = "qa-progress"
    /* On a split theme's overview the questions are on other pages: count them by theme. */
    if (!headings.length) span.dataset.qaTheme = count.dataset.qaTheme
    count.appendChild(span)
  }
  if (count && headings.length)
    count.querySelector(".qa-progress").textContent =
      progressText(headings.filter(h => marks[h.id] === "known").length, headings.length)
  const cards = document.querySelectorAll(".qa-progress[data-qa-theme]")
  const review = document.getElementById("qa-review")
  if (review || (cards.length && Object.keys(marks).length))  /* no marks: nothing to fetch */
    loadStudyList().then(list => {
      for (const card of cards) {
        const ids = list.filter(q => q.theme === card.dataset.qaTheme)
        card.textContent = progressText(ids.filter(q => marks[q.id] === "known").length, ids.length)
      }
      if (review) renderReview(review, list, marks)
    })
}

function renderReview(container, list, marks) {
  const repeat = list.filter(q => marks[q.id] === "repeat")
  const known = list.filter(q => marks[q.id] === "known").length
  container.replaceChildren()
  const summary = document.createElement("p")
  summary.textContent = `Отмечено «Повторить»: ${repeat.length}. Отмечено «Знаю»: ${known} из ${list.length}.`
  container.appendChild(summary)
  if (repeat.length) {
    const ul = document.createElement("ul")
    ul.className = "qa-review-list"
    for (const q of repeat) {
      const li = document.createElement("li")
      const a = document.createElement("a")
      a.href = new URL(q.url, SITE_BASE).href
      a.textContent = q.title
      li.appendChild(a)
      ul.appendChild(li)
    }
    container.appendChild(ul)
  } else {
    const empty = document.createElement("p")
    empty.textContent = "Пока пусто: отмечайте вопросы кнопкой «Повторить» под ответом."
    container.appendChild(empty)
  }
  if (repeat.length || known) {
    const clear = document.createElement("button")
    clear.type = "button"
    clear.className = "qa-clear"
    clear.textContent = "Сбросить все отметки"
    clear.addEventListener("click", () => {
      if (confirm("Сбросить отметки «Знаю» и «Повторить» у всех вопросов?")) { saveMarks({}); refreshStudy() }
    })
    container.appendChild(clear)
  }
}

/* Keyboard: R — a random question, A — show or hide the answer (Cyrillic К and Ф on the same keys). */
function currentQuestion() {
  const id = decodeURIComponent(location.hash.slice(1))
  const target = id && document.getElementById(id)
  if (target && target.matches(QUESTION)) return target
  return [...document.querySelectorAll(QUESTION)].find(h => h.getBoundingClientRect().top >= 0) || null
}

function onKey(ev) {
  if (ev.ctrlKey || ev.metaKey || ev.altKey || ev.defaultPrevented) return
  const el = ev.target
  if (el instanceof HTMLElement && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName))) return
  const key = ev.key.toLowerCase()
  if (key === "r" || key === "к") {
    ev.preventDefault()
    randomQuestion()
  } else if (key === "a" || key === "ф") {
    const heading = currentQuestion()
    const details = heading && answerOf(heading)
    if (details) { ev.preventDefault(); details.open = !details.open; heading.scrollIntoView({ block: "start" }) }
  }
}

/* ---- search: any input searches, the count in questions, the hit's words marked on landing ---- */

const SEARCH_INPUT = ".md-search__input"
const HIGHLIGHT_KEY = "qa-search-highlight"
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
    if (meta && component.total) meta.textContent = countText(component.total, hits.length)
  })
  /* Clicking a hit: remember its words for the page it opens (the link itself stays as it is). */
  document.addEventListener("click", ev => {
    const link = ev.target instanceof Element && ev.target.closest(".md-search-result__link")
    const words = link && searchMarks.get(link.href)
    if (words && words.length)
      sessionStorage.setItem(HIGHLIGHT_KEY, JSON.stringify({ href: link.href, words }))
  }, true)
}

/* Mark the searched words in the question a search hit opened: its heading and its answer. */
function markSearchedWords(heading) {
  let saved = null
  try { saved = JSON.parse(sessionStorage.getItem(HIGHLIGHT_KEY)) } catch (err) { /* nothing saved */ }
  if (!saved || new URL(saved.href).hash !== location.hash || new URL(saved.href).pathname !== location.pathname) return
  sessionStorage.removeItem(HIGHLIGHT_KEY)
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

function main() {
  setupA11y()
  setupQuestions()
  setupMarkButtons()
  setupRandomButtons()
  refreshStudy()
  setupDeepLinks()
}

document.addEventListener("keydown", onKey)
setupSearch()

window.addEventListener("hashchange", openTarget)
document$.subscribe(main)
/* Instant navigation to page#id: the location changes after the new document is shown. */
if (typeof location$ !== "undefined")
  location$.subscribe(() => requestAnimationFrame(openTarget))
