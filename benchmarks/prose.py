"""Dutch-like text for synthetic records, learnt from the seed records' own prose.

A word-pair (bigram) chain over the seed texts gives sentences whose words, word lengths and
word order look like the real content, so Markdown conversion, search indexing and page sizes
cost what they would with real records. No text is copied whole; it is reshuffled word by word.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import yaml

WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
SENTENCE_END = re.compile(r"[.!?]$")
START = "<start>"


class Prose:
    """Generates sentences, paragraphs and titles from a word chain; all randomness from ``rng``."""

    def __init__(self, chain: dict[str, list[str]], rng: random.Random):
        self.chain = chain
        self.rng = rng
        self.words = sorted({word for followers in chain.values() for word in followers})

    def sentence(self, low: int = 6, high: int = 20) -> tuple[str, int]:
        """One sentence and its word count; it ends where a seed sentence ended, or at ``high``."""
        words, word = [], START
        while len(words) < high:
            word = self.rng.choice(self.chain.get(word) or self.chain[START])
            if word == START:
                if len(words) >= low:
                    break
                continue
            words.append(word)
        text = " ".join(words)
        return text[0].upper() + text[1:] + ".", len(words)

    def paragraph(self, words: int) -> str:
        """About ``words`` words of running text."""
        sentences, count = [], 0
        while count < max(words, 1):
            text, size = self.sentence()
            sentences.append(text)
            count += size
        return " ".join(sentences)

    def text(self, words: int, paragraph_words: int = 70) -> str:
        """Running Markdown text of about ``words`` words, in paragraphs, as a block scalar wants it."""
        paragraphs = []
        while words > 0:
            size = min(words, self.rng.randint(paragraph_words // 2, paragraph_words * 3 // 2))
            paragraphs.append(self.paragraph(size))
            words -= size
        return "\n\n".join(paragraphs) + "\n"

    def bullets(self, count: int) -> str:
        return "".join(f"- {self.sentence(4, 14)[0]}\n" for _ in range(count))

    def line(self, low: int, high: int) -> str:
        """A title-like phrase: a few words, first one capitalised, no full stop."""
        words = [self.rng.choice(self.words) for _ in range(self.rng.randint(low, high))]
        text = " ".join(words)
        return text[0].upper() + text[1:]


def seed_texts(records_folder: Path) -> list[str]:
    """Every prose string in the seed records (strings with at least five words), in file order."""
    texts = []
    for path in sorted(records_folder.rglob("*.yaml")):
        stack = [yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)]
        while stack:
            value = stack.pop()
            if isinstance(value, str) and len(value.split()) >= 5 and "://" not in value:
                texts.append(value)
            elif isinstance(value, dict):
                stack.extend(reversed(list(value.values())))
            elif isinstance(value, list):
                stack.extend(reversed(value))
    return texts


def build_chain(texts: list[str]) -> dict[str, list[str]]:
    """Word -> the words that follow it in the seeds (repeats kept, so frequent pairs stay frequent)."""
    chain: dict[str, list[str]] = {START: []}
    for text in texts:
        for sentence in re.split(r"(?<=[.!?:;])\s+|\n\s*\n|\n\s*-\s+", text):
            words = WORD.findall(sentence)
            for before, after in zip([START, *words], [*words, START], strict=False):
                chain.setdefault(before, []).append(after)
    return chain


def load_prose(records_folder: Path, rng: random.Random) -> Prose:
    return Prose(build_chain(seed_texts(records_folder)), rng)
