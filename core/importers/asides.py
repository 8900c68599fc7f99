"""The one way an importer tells an aside in brackets from the words around it, so that every reader of a
sentence takes out (or weighs) the same words: a reader weighing a clause without its aside and another cutting
the sentence at the aside's commas would otherwise disagree on what the clause says."""

from __future__ import annotations

import re

ASIDE = re.compile("[\uff08(]([^\uff08(\uff09)]*)[\uff09)]")
"""(…) or （…） holding no bracket of its own (either width, either side): an aside, its words group 1. Taken out of a
sentence before it is cut at its commas (…44件(其中:网上申请42件,邮寄2件),上年度结转0件: the aside's 其中 is no part
of the sentence's), or weighed by what it says (含上年结转3件); a nested aside loses its inner pair first."""
