/* Russian Snowball stemmer (snowballstem.org/algorithms/russian), written for this site.
 * It must stem exactly as Python's snowballstemmer does: tests/test_search_stemmer.py compares
 * the two on every word of the sources. Loaded by the search worker with importScripts. */
;(function (root) {
  "use strict"
  const VOWELS = "аеиоуыэюя"
  const isVowel = ch => VOWELS.includes(ch)

  const byLength = list => list.slice().sort((a, b) => b.length - a.length)
  const GERUND_AYA = byLength(["в", "вши", "вшись"])
  const GERUND = byLength(["ив", "ивши", "ившись", "ыв", "ывши", "ывшись"])
  const ADJECTIVE = byLength(["ее", "ие", "ые", "ое", "ими", "ыми", "ей", "ий", "ый", "ой", "ем", "им", "ым", "ом",
    "его", "ого", "ему", "ому", "их", "ых", "ую", "юю", "ая", "яя", "ою", "ею"])
  const PARTICIPLE_AYA = byLength(["ем", "нн", "вш", "ющ", "щ"])
  const PARTICIPLE = byLength(["ивш", "ывш", "ующ"])
  const REFLEXIVE = byLength(["ся", "сь"])
  const VERB_AYA = byLength(["ла", "на", "ете", "йте", "ли", "й", "л", "ем", "н", "ло", "но", "ет", "ют", "ны", "ть",
    "ешь", "нно"])
  const VERB = byLength(["ила", "ыла", "ена", "ейте", "уйте", "ите", "или", "ыли", "ей", "уй", "ил", "ыл", "им", "ым",
    "ен", "ило", "ыло", "ено", "ят", "ует", "уют", "ит", "ыт", "ены", "ить", "ыть", "ишь", "ую", "ю"])
  const NOUN = byLength(["а", "ев", "ов", "ие", "ье", "е", "иями", "ями", "ами", "еи", "ии", "и", "ией", "ей", "ой",
    "ий", "й", "иям", "ям", "ием", "ем", "ам", "ом", "о", "у", "ах", "иях", "ях", "ы", "ь", "ию", "ью", "ю", "ия",
    "ья", "я"])
  const DERIVATIONAL = byLength(["ост", "ость"])

  /* Longest ending of `word` (not before `limit`) among the two groups; the first group also
   * needs "а" or "я" before the ending. Returns the new word, or null when nothing matched. */
  function among(word, limit, withAYa, plain) {
    let best = null
    let needsAYa = false
    for (const e of withAYa || []) {
      if (word.endsWith(e) && word.length - e.length >= limit) { best = e; needsAYa = true; break }
    }
    for (const e of plain || []) {
      if (word.endsWith(e) && word.length - e.length >= limit) {
        if (best === null || e.length > best.length) { best = e; needsAYa = false }
        break
      }
    }
    if (best === null) return null
    const at = word.length - best.length
    if (needsAYa) {
      if (at - 1 < limit || !"ая".includes(word[at - 1])) return null
    }
    return word.slice(0, at)
  }

  function regions(word) {
    let pV = word.length
    let p2 = word.length
    let i = 0
    while (i < word.length && !isVowel(word[i])) i++
    if (i < word.length) {
      pV = i + 1
      let j = pV
      const skip = vowel => { while (j < word.length && isVowel(word[j]) !== vowel) j++; j++ }
      skip(false) /* past a non-vowel: p1 */
      if (j <= word.length) { skip(true); if (j <= word.length) { skip(false); if (j <= word.length) p2 = j } }
    }
    return [pV, p2]
  }

  function stem(input) {
    let word = input.toLowerCase().replace(/ё/g, "е")
    const [pV, p2] = regions(word)
    if (pV >= word.length) return word

    /* Step 1 */
    let next = among(word, pV, GERUND_AYA, GERUND)
    if (next !== null) {
      word = next
    } else {
      next = among(word, pV, null, REFLEXIVE)
      if (next !== null) word = next
      next = among(word, pV, null, ADJECTIVE)
      if (next !== null) {
        word = next
        const participle = among(word, pV, PARTICIPLE_AYA, PARTICIPLE)
        if (participle !== null) word = participle
      } else {
        next = among(word, pV, VERB_AYA, VERB)
        if (next === null) next = among(word, pV, null, NOUN)
        if (next !== null) word = next
      }
    }

    /* Step 2 */
    if (word.endsWith("и") && word.length - 1 >= pV) word = word.slice(0, -1)

    /* Step 3 */
    const derivational = among(word, Math.max(pV, p2), null, DERIVATIONAL)
    if (derivational !== null) word = derivational

    /* Step 4 */
    if (word.endsWith("ейше") && word.length - 4 >= pV) word = word.slice(0, -4)
    else if (word.endsWith("ейш") && word.length - 3 >= pV) word = word.slice(0, -3)
    else if (word.endsWith("ь") && word.length - 1 >= pV) return word.slice(0, -1)
    if (word.endsWith("нн") && word.length - 2 >= pV) word = word.slice(0, -1)
    return word
  }

  root.stemRu = stem
  if (typeof module !== "undefined") module.exports = { stem }
})(typeof self !== "undefined" ? self : this)
