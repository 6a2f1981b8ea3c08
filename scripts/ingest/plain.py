"""Plain text of lines and blocks: for matching, classifying, search and flashcards."""

from __future__ import annotations

from .models import Block, Code, Media, Paragraph, Post, Quote, line_text


def block_lines(block: Block) -> list[str]:
    if isinstance(block, Paragraph):
        return [line_text(x).strip() for x in block.lines]
    if isinstance(block, Code):
        return block.text.split("\n")
    if isinstance(block, Quote):
        return [x for b in block.blocks for x in block_lines(b)]
    if isinstance(block, Media):
        return []
    out: list[str] = []
    for item in block.items:
        out.append(line_text(item.line).strip())
        for child in item.children:
            out.extend(block_lines(child))
    return out


def answer_lines(post: Post) -> list[str]:
    lines = [x for b in post.blocks for x in block_lines(b)]
    if post.poll:
        lines += [f"{text} {share or ''}".strip() for text, share in post.poll.options]
    return lines


def title_text(post: Post) -> str:
    return line_text(post.title).strip()


def answer_text(post: Post) -> str:
    return "\n".join(answer_lines(post))


def full_text(post: Post) -> str:
    return title_text(post) + "\n" + answer_text(post)
