"""Named regular expressions shared by the stages. Each one says what it recognises."""

from __future__ import annotations

import re

# Characters that make up emoji: pictographs, dingbats, arrows and geometric shapes used as
# bullets, plus the joiners and modifiers that glue them into one symbol.
EMOJI_CHARS = (
    "\u00a9\u00ae\u203c\u2049\u2122\u2139\u2190-\u21ff\u2300-\u23ff\u24c2\u25a0-\u25ff"
    "\u2600-\u27bf\u2900-\u297f\u2b00-\u2bff\u3030\u303d\U0001f000-\U0001faff"
    "\ufe0f\ufe0e\u200d\u20e3"
)
EMOJI = f"[{EMOJI_CHARS}]"
# A keycap digit such as 1️⃣ (digit, optional variation selector, combining keycap).
KEYCAP = r"[0-9#*]\ufe0f?\u20e3"
# "🔟" is its own pictograph, covered by EMOJI.

# Leading decoration of a line: emoji (and keycaps) with the spaces after them.
LEADING_EMOJI = re.compile(rf"^(?:{KEYCAP}|{EMOJI})+\s*")

# A reactions line under a post: only emoji followed by counts, e.g. "❤5👍3🌚1", "🔥36🍌9".
REACTIONS = re.compile(rf"^(?:(?:{EMOJI}|[^\w\s%])+\d+(?:[.,]\d+)?[KkMm]?)+$")

# Telegram Web's own footer lines and header.
WEB_HEADER = re.compile(r"^Telegram Web$")
WEB_TIMESTAMP = re.compile(r"^(\d{4})/(\d{2})/(\d{2}) (\d{2}):(\d{2}):(\d{2})$")

# A forward header: "Forwarded from <channel>".
FORWARDED = re.compile(r"^Forwarded from (?P<channel>.+)$")

# Poll headers: the line before is the question, then "NN%" and option lines alternate.
POLL_HEADER = re.compile(r"^(?:Anonymous )?(?P<kind>Quiz|Poll)$")
POLL_SHARE = re.compile(r"^\d{1,3}(?:[.,]\d+)?%$")

# A line of hashtags only, with the emoji or the separators around them: "#машинное_обучение #статистика",
# "#собес_вторник 🧩", "📌 #ml | #interview". A hashtag has a letter ("#60" is a number) and is no HTML entity's
# ("&#60;" is a text's «<»).
HASHTAG_LINE = re.compile(r"^[^\w#]*(?:(?<!&)#\w*[^\W\d]\w*[^\w#]*)+$")
HASHTAG = re.compile(r"(?<!&)#(\w*[^\W\d]\w*)")

# A reference to an image that the dump does not carry: "Картинка 3".
IMAGE_REF = re.compile(r"^Картинк[аи]\s*\d+(?:\s*[-–,и]\s*\d+)*\.?$", re.IGNORECASE)

# List markers at the start of a line. Order matters: keycaps and numbers before emoji.
ORDERED_MARKER = re.compile(rf"^(?:(?P<key>{KEYCAP}|\U0001f51f)|(?P<num>\d{{1,2}})[.)](?=\s|[^\W\d_]))\s*")
# A hyphen-minus is a marker only before a space ("-t" is a command-line flag); a dash or bullet also
# before a letter, where a dump lost the space ("—Целевая метрика"), but not before another dash ("——•——").
BULLET_MARKER = re.compile(
    r"^(?:(?P<m>-)(?=\s)|(?P<d>[—–•·])(?=\s|[^\W\d_]|[«\"(])"
    r"|(?P<e>▪️?|▫️?|◽️?|◾️?|◻️?|◼️?|✔️?|✅|☑️?|🟠|🟢|🔴|🔵|🟡|🟣|⚫️?|⚪️?|⭐️?|🔹|🔸|🔷|🔶|➖|➡️?|👉|📌|💡|❗️?|❕|▶️?|►|✓|✗|❌))\s*"
)

# Python code lines that lost their indentation (a code sample pasted as plain lines).
CODE_LINE = re.compile(
    r"""^(?:
        \#\s.*                                   # a comment
      | (?:import|from)\s+[\w.]+.*               # an import
      | (?:def|class|with|for|while|if|elif|else|try|except|finally)\b.*:\s*$  # a block header
      | (?:return|yield|raise|pass|break|continue)\b.*
      | [A-Za-z_][\w.\[\]'"]*\s*(?:[+\-*/]?=)\s*[^=].*   # an assignment
      | [A-Za-z_][\w.]*\(.*\)\s*                  # a call
    )$""",
    re.VERBOSE,
)
BLOCK_HEADER = re.compile(r"^(?:def|class|with|for|while|if|elif|else|try|except|finally)\b.*:\s*$")
DEDENT_KEYWORD = re.compile(r"^(?:\#\s|import\s|from\s|def\s|class\s|with\s|for\s|while\s|if\s|try\b)")
CYRILLIC = re.compile(r"[А-Яа-яЁё]")

# Words that a complete Russian line does not end with: a line cut after one was truncated.
DANGLING_END = re.compile(
    r"(?:\s|^)(?:и|или|а|но|в|во|на|к|ко|с|со|по|о|об|от|до|из|за|для|между|что|как|чем|не|это|быть|у|при|через|—|–|-)$",
    re.IGNORECASE,
)
TERMINAL_PUNCT = re.compile(r"[.!?…»)\]\"]$")
WORD = re.compile(r"[\w\-]+")

# A URL scheme at the start of a link ("https:", "tg:", "javascript:").
SCHEME = re.compile(r"^([a-z][a-z0-9+.-]*):", re.IGNORECASE)
