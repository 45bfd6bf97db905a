"""Names for bylines, sign-offs and columns, drawn per region from the seeded generator.

Staff names make bylines realistic and give each outlet a stable roster; they also put the same
names on unrelated stories of one outlet, as real bylines do.
"""

from __future__ import annotations

import random

__all__ = ["initials", "person", "roster"]

_FIRST = {
    "en": "James Sarah Michael Emily David Laura Daniel Rachel Thomas Hannah Robert Claire Mark Jessica Peter "
          "Olivia Andrew Karen Steven Megan Paul Grace Simon Alice Chris Helen Brian Natalie Kevin Lucy".split(),
    "in": "Rahul Priya Amit Sneha Vikram Ananya Arjun Kavita Sanjay Neha Rohit Pooja Suresh Divya Anil Meera "
          "Karthik Lakshmi Nikhil Shreya".split(),
    "es": "Carlos Lucia Javier Marta Alejandro Elena Pablo Sofia Diego Carmen".split(),
    "de": "Jonas Anna Lukas Katrin Felix Julia Tobias Miriam Stefan Lena".split(),
    "cn": "Wei Li Jing Chen Hui Yan Ming Xiao Lei Fang".split(),
    "jp": "Hiroshi Yuki Takashi Aiko Kenji Mika Satoshi Naoko Daisuke Emi".split(),
    "kr": "Min-jun Ji-woo Seo-yeon Do-hyun Ha-eun Joon-ho Soo-min Hyun-woo".split(),
}
_LAST = {
    "en": "Smith Walker Hughes Bennett Carter Morgan Foster Reynolds Hayes Price Palmer Sullivan Doyle Fletcher "
          "Harper Lawson Marsh Quinn Russell Shaw Turner Wallace Webb Young Ellis Griffin Holt Kerr Lynch Nash".split(),
    "in": "Sharma Iyer Nair Gupta Reddy Mehta Singh Rao Kulkarni Banerjee Menon Joshi Patil Chatterjee Das".split(),
    "es": "Garcia Fernandez Lopez Martinez Sanchez Romero Navarro Torres Ruiz Moreno".split(),
    "de": "Mueller Schmidt Weber Fischer Becker Hoffmann Wagner Keller Braun Richter".split(),
    "cn": "Wang Zhang Liu Chen Yang Zhao Huang Zhou Wu Xu".split(),
    "jp": "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato".split(),
    "kr": "Kim Lee Park Choi Jung Kang Cho Yoon".split(),
}
_REGION_NAMES = {"in": "in", "es": "es", "de": "de", "cn": "cn", "jp": "jp", "kr": "kr"}


def person(rng: random.Random, region: str = "en") -> str:
    """A full name typical of a region ("en" for the English-speaking outlets)."""
    key = _REGION_NAMES.get(region, "en")
    first, last = rng.choice(_FIRST[key]), rng.choice(_LAST[key])
    if key in ("cn", "kr"):
        return f"{first} {last}" if rng.random() < 0.3 else f"{last} {first}"
    return f"{first} {last}"


def roster(rng: random.Random, region: str, size: int = 6) -> list[str]:
    """An outlet's staff: ``size`` distinct names."""
    names: list[str] = []
    while len(names) < size:
        name = person(rng, region)
        if name not in names:
            names.append(name)
    return names


def initials(rng: random.Random, count: int = 2, length: int = 3) -> str:
    """Desk sign-off initials as wire services print them ("ABC DEF")."""
    letters = "ABCDEFGHJKLMNPRSTVWY"
    return " ".join("".join(rng.choice(letters) for _ in range(length)) for _ in range(count))
