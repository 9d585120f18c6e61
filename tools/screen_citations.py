#!/usr/bin/env python3
"""Counts the texts of her screens (per language) that carry ⚠️, cite a news
site or name a decree/law number: the measure of issue 23 item 11 (SOURCES.md,
"Rule for wording"). Not run by CI.  python3 tools/screen_citations.py"""
import re, glob, pathlib
ROOT = pathlib.Path(__file__).resolve().parent.parent
NEWS=r"\b(24\.kg|24-kg\.com|vb\.kg|kaktus|Kaktus|akchabar|Akchabar|open\.kg|kloop|Kloop|t-media\.kg|today\.kg|im\.kg|economist\.kg|topnews|Sputnik|super\.kg|Азаттык|Azattyk|Азаттыктын|mts\.kg|eltr\.kg|koom\.kg|CABAR|prosud\.kz|medical-pharm\.kg|forfamilieskg\.org|UNODC|ПРООН|Kant|report\.kg|for\.kg|knews)"
DECREE=r"(№\s?\d+|No\.?\s?\d+|\d+-sonli|постановлени|токтому|qarori)"
def msgs(lang):
    out={}
    for f in sorted(glob.glob(f"{ROOT}/locales/{lang}/*.ftl")):
        cur=None
        for l in open(f,encoding="utf-8"):
            m=re.match(r"^([a-z0-9-]+) =(.*)",l)
            if m: cur=m.group(1); out[cur]=m.group(2); continue
            if l.startswith(" ") and cur and not l.strip().startswith("."): out[cur]+="\n"+l
            elif not l.startswith(" "): cur=None
    return out
def main():
  for lang in ["ru","ky","uz"]:
    m={k:v for k,v in msgs(lang).items() if v.strip() and not k.startswith(("ui-","consult-staff","webinar-admin"))}
    w=sum(1 for v in m.values() if "⚠️" in v); n=sum(1 for v in m.values() if re.search(NEWS,v)); d=sum(1 for v in m.values() if re.search(DECREE,v))
    print(lang, len(m), "texts;", w, "with ⚠️;", n, "cite a news site;", d, "name a decree/law number")


if __name__ == "__main__":
    main()
