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

/* Open the answer a link points at and bring its question into view. */
function openTarget() {
  const id = decodeURIComponent(location.hash.slice(1))
  if (!id) return
  const target = document.getElementById(id)
  if (!target || !target.matches(QUESTION)) return
  const details = answerOf(target)
  if (details) details.open = true
  target.scrollIntoView({ block: "start" })
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

function main() {
  setupQuestions()
  setupDeepLinks()
}

window.addEventListener("hashchange", openTarget)
document$.subscribe(main)
/* Instant navigation to page#id: the location changes after the new document is shown. */
if (typeof location$ !== "undefined")
  location$.subscribe(() => requestAnimationFrame(openTarget))
