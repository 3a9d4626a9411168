#!/usr/bin/env python3
"""Writes Sitrep's own labelled name-pair set (screen/src/main/resources/org/sitrep/screen/eval/name-pairs.tsv).

Every name is invented: given names, family names and company stems are recombined at random (seeded), so no pair
describes a real person or company. Each pair is labelled 1 (the same party written two ways) or 0 (two parties),
tagged with the phenomenon it exercises, and assigned to the tuning or held-out split by its group (an invented
identity or company stem), so that no identity is seen in both splits.

Run: python3 screen/data/make_name_pairs.py   (deterministic; rewrites the file)
"""
import random
import unicodedata

SEED = 14
SPLIT_SEED = 20261204
HELD_OUT_SHARE = 0.3

# Arabic names: Latin spellings, then the Arabic-script spelling
AR_GIVEN = {
    "khalid": (["Khalid", "Khaled"], "خالد"), "yusuf": (["Yusuf", "Youssef", "Yousef"], "يوسف"),
    "hamza": (["Hamza", "Hamzah"], "حمزة"), "tariq": (["Tariq", "Tarek", "Tareq"], "طارق"),
    "nabil": (["Nabil", "Nabeel"], "نبيل"), "walid": (["Walid", "Waleed"], "وليد"),
    "samir": (["Samir", "Sameer"], "سمير"), "bilal": (["Bilal", "Belal"], "بلال"),
    "faris": (["Faris", "Fares"], "فارس"), "rashid": (["Rashid", "Rasheed", "Rachid"], "رشيد"),
    "ziyad": (["Ziyad", "Ziad"], "زياد"), "anwar": (["Anwar", "Anouar"], "أنور"),
    "idris": (["Idris", "Idriss"], "إدريس"), "qasim": (["Qasim", "Kassem", "Qassem"], "قاسم"),
}
AR_COMMON_GIVEN = {
    "muhammad": (["Muhammad", "Mohammed", "Mohamed"], "محمد"), "ahmad": (["Ahmad", "Ahmed"], "أحمد"),
    "ali": (["Ali"], "علي"), "mahmud": (["Mahmoud", "Mahmud"], "محمود"), "hasan": (["Hasan", "Hassan"], "حسن"),
}
AR_FAMILY = {
    "tamimi": (["al-Tamimi", "Al Tamimi", "Altamimi", "el-Tamimi"], "التميمي"),
    "haddad": (["Haddad", "Hadad"], "حداد"), "mansour": (["Mansour", "Mansur", "Mansoor"], "منصور"),
    "qurashi": (["al-Qurashi", "Al Qurashi", "al-Qureshi"], "القرشي"),
    "masri": (["al-Masri", "el-Masry", "Al Masri"], "المصري"), "shaheen": (["Shaheen", "Shahin"], "شاهين"),
    "darwish": (["Darwish", "Darwiche"], "درويش"), "zubaidi": (["al-Zubaidi", "al-Zubaydi"], "الزبيدي"),
    "barakat": (["Barakat", "Barakaat"], "بركات"), "harbi": (["al-Harbi", "Al Harbi", "Alharbi"], "الحربي"),
    "khoury": (["Khoury", "Khouri", "el-Khoury"], "خوري"), "salih": (["Saleh", "Salih"], "صالح"),
    "ansari": (["al-Ansari", "Al Ansari"], "الأنصاري"), "qasimi": (["al-Qasimi", "Al Qasimi"], "القاسمي"),
    "rifai": (["al-Rifai", "Al Rifaie", "el-Refai"], "الرفاعي"), "nuaimi": (["al-Nuaimi", "Al Nuaimi"], "النعيمي"),
    "shammari": (["al-Shammari", "Al Shamari"], "الشمري"), "obeidi": (["al-Obeidi", "Al Ubaydi"], "العبيدي"),
}
# Slavic names: Latin spellings, Cyrillic spelling, patronymic (Latin, Cyrillic)
RU_GIVEN = {
    "sergei": (["Sergei", "Sergey"], "Сергей", ("Sergeyevich", "Сергеевич")),
    "dmitry": (["Dmitry", "Dmitri", "Dmitrii"], "Дмитрий", ("Dmitriyevich", "Дмитриевич")),
    "andrei": (["Andrei", "Andrey"], "Андрей", ("Andreyevich", "Андреевич")),
    "nikolai": (["Nikolai", "Nikolay"], "Николай", ("Nikolayevich", "Николаевич")),
    "yuri": (["Yuri", "Yury", "Iurii"], "Юрий", ("Yuryevich", "Юрьевич")),
    "oleg": (["Oleg"], "Олег", ("Olegovich", "Олегович")),
    "igor": (["Igor"], "Игорь", ("Igorevich", "Игоревич")),
    "vadim": (["Vadim"], "Вадим", ("Vadimovich", "Вадимович")),
    "konstantin": (["Konstantin", "Constantin"], "Константин", ("Konstantinovich", "Константинович")),
    "yevgeny": (["Yevgeny", "Evgeny", "Yevgeniy"], "Евгений", ("Yevgenyevich", "Евгеньевич")),
    "arkady": (["Arkady", "Arkadiy"], "Аркадий", ("Arkadyevich", "Аркадьевич")),
    "timur": (["Timur"], "Тимур", ("Timurovich", "Тимурович")),
    "fyodor": (["Fyodor", "Fedor"], "Фёдор", ("Fyodorovich", "Фёдорович")),
    "gennady": (["Gennady", "Gennadiy"], "Геннадий", ("Gennadyevich", "Геннадьевич")),
}
RU_FAMILY = {
    "volkov": (["Volkov"], "Волков"), "kuznetsov": (["Kuznetsov", "Kouznetsov"], "Кузнецов"),
    "orlov": (["Orlov"], "Орлов"), "zhukov": (["Zhukov", "Joukov"], "Жуков"),
    "belyaev": (["Belyaev", "Belyayev", "Beliaev"], "Беляев"), "tkachenko": (["Tkachenko"], "Ткаченко"),
    "shcherbakov": (["Shcherbakov", "Shtcherbakov", "Scherbakov"], "Щербаков"),
    "kharitonov": (["Kharitonov", "Haritonov"], "Харитонов"), "gusev": (["Gusev", "Gousev"], "Гусев"),
    "yakovlev": (["Yakovlev", "Iakovlev"], "Яковлев"), "zaitsev": (["Zaitsev", "Zaytsev"], "Зайцев"),
    "lebedev": (["Lebedev"], "Лебедев"), "morozov": (["Morozov"], "Морозов"),
    "grachev": (["Grachev", "Grachyov"], "Грачёв"), "ryabov": (["Ryabov", "Riabov"], "Рябов"),
    "sukhorukov": (["Sukhorukov", "Suhorukov"], "Сухоруков"), "chernyshev": (["Chernyshev", "Tchernyshev"], "Чернышёв"),
}
RU_NEAR = {"orlov": "Orlovsky", "gusev": "Gusarov", "volkov": "Volkovich", "morozov": "Morozovsky",
           "lebedev": "Lebedinsky", "zaitsev": "Zaichenko", "ryabov": "Ryabinin", "zhukov": "Zhukovsky"}
# Chinese names: family, given, Han spelling of the whole name
CN = [("Wang", "Jian|guo", "王建国"), ("Li", "Xiao|ming", "李晓明"), ("Zhang", "Wei|dong", "张卫东"),
      ("Liu", "Hai|yan", "刘海燕"), ("Chen", "Li|hua", "陈丽华"), ("Zhao", "Zhi|qiang", "赵志强"),
      ("Huang", "Guo|feng", "黄国峰"), ("Wang", "Yu|xin", "王宇新"), ("Zhou", "Ming|yuan", "周明远"),
      ("Sun", "Jia|hui", "孙佳慧"), ("Xu", "Tian|yu", "徐天宇"), ("Lin", "Zhen|hua", "林振华")]
CN_OTHER_GIVEN = ["Jianhua", "Xiaoping", "Weiguo", "Haitao", "Lijun", "Zhiwei", "Guoqing", "Yuming", "Mingjie"]
# Western names
WE_MALE = ["John", "James", "Michael", "David", "Robert", "Carlos", "Luis", "Pierre", "Hans", "Thomas", "Mateus"]
WE_FEMALE = ["Maria", "Anna", "Elena", "Sofia", "Ingrid", "Claire", "Astrid", "Lucia"]
WE_GIVEN = WE_MALE + WE_FEMALE
WE_FAMILY = {"smith": ["Smith"], "garcia": ["Garcia", "García"], "muller": ["Muller", "Müller", "Mueller"],
             "dubois": ["Dubois"], "fernandez": ["Fernandez", "Fernández"], "kowalski": ["Kowalski"],
             "novak": ["Novak", "Nowak"], "petersen": ["Petersen"], "lindqvist": ["Lindqvist", "Lindquist"],
             "okafor": ["Okafor"], "adeyemi": ["Adeyemi"], "mensah": ["Mensah"], "schroeder": ["Schroeder", "Schröder"],
             "oconnell": ["O'Connell", "OConnell"], "vandenberg": ["van den Berg", "Van Den Berg", "Vandenberg"]}
WE_NEAR = {"smith": "Smithson", "garcia": "Garza", "fernandez": "Hernandez", "muller": "Moller", "novak": "Novotny",
           "petersen": "Pedersen", "dubois": "Dupuis", "kowalski": "Kowalczyk", "okafor": "Okoro", "mensah": "Mensa-Bonsu",
           "lindqvist": "Lindgren", "adeyemi": "Adeyinka", "schroeder": "Schneider", "oconnell": "O'Donnell",
           "vandenberg": "van den Broek"}
# Companies
STEMS = ["Northwind", "Kestrel", "Sahel", "Volga", "Baltic Star", "Crescent Moon", "Amber Coast", "Silverline",
         "Tigris", "Caspian Horizon", "Golden Falcon", "Red Sea", "Altai", "Andes Pacific", "Meridian", "Blue Lotus",
         "Cedar Valley", "Zagros", "Orion", "Pamir", "Saffron", "Evergreen Delta", "Harbourlight", "Kilimanjaro",
         "Black Pearl", "Nile Crown", "Tundra", "Marigold", "Sirocco", "Aurora Borealis"]
ACTIVITIES = ["Maritime", "Shipping", "Trading", "Logistics", "Petroleum", "Mining", "Aviation", "Construction",
              "Engineering", "Investment", "Industries", "Chemicals", "Energy", "Exchange", "Textiles", "Pharmaceuticals"]
FORMS = [("LLC", "Limited Liability Company"), ("Ltd", "Limited"), ("Co.", "Company"), ("S.A.", "Sociedad Anonima"),
         ("JSC", "Joint Stock Company"), ("Inc.", "Incorporated"), ("Corp.", "Corporation"), ("GmbH", "GmbH"),
         ("FZE", "FZE"), ("PJSC", "Public Joint Stock Company")]
SIBLING_WORDS = ["Holding", "Services", "International", "Group", "Overseas", "General Trading"]


def main():
    rnd = random.Random(SEED)
    pairs = []

    def add(group, phenomenon, schema, a, b, label):
        if a != b or label == 1:
            pairs.append((group, phenomenon, schema, a, b, label))

    # Arabic-name people
    givens = list(AR_GIVEN)
    families = list(AR_FAMILY)
    for n in range(70):
        g, f, fam = rnd.choice(givens), rnd.choice(givens + list(AR_COMMON_GIVEN)), rnd.choice(families)
        if f == g:
            continue
        group = f"ar{n}"
        gl, ga = AR_GIVEN[g]
        fl, fa = (AR_GIVEN | AR_COMMON_GIVEN)[f]
        faml, fama = AR_FAMILY[fam]
        full = f"{rnd.choice(gl)} {rnd.choice(fl)} {rnd.choice(faml)}"
        kind = n % 7
        if kind == 0:
            add(group, "transliteration", "Person", full, f"{rnd.choice(gl)} {rnd.choice(fl)} {rnd.choice(faml)}", 1)
        elif kind == 1:
            add(group, "reordering", "Person", f"{rnd.choice(faml).upper()}, {rnd.choice(gl)} {rnd.choice(fl)}", full, 1)
        elif kind == 2:
            add(group, "arabic-script", "Person", f"{ga} {fa} {fama}", full, 1)
        elif kind == 3:
            kunya = AR_GIVEN[rnd.choice(givens)][0][0]
            add(group, "kunya", "Person", f"Abu {kunya} {rnd.choice(gl)} {rnd.choice(faml)}", full, 1)
        elif kind == 4:
            add(group, "middle-name-left-out", "Person", f"{rnd.choice(gl)} {rnd.choice(faml)}", full, 1)
        elif kind == 5:
            add(group, "initials", "Person", f"{gl[0][0]}. {fl[0][0]}. {rnd.choice(faml)}", full, 1)
        else:
            add(group, "typo", "Person", typo(rnd, full), full, 1)
        # the false pairs of the same identity
        other_g = rnd.choice([x for x in givens if x != g])
        other_fam = rnd.choice([x for x in families if x != fam])
        falsekind = n % 6
        if falsekind == 0:
            add(group, "same-given-other-family", "Person", f"{rnd.choice(gl)} {rnd.choice(AR_FAMILY[other_fam][0])}",
                f"{gl[0]} {faml[0]}", 0)
        elif falsekind == 1:
            add(group, "same-family-other-given", "Person", f"{AR_GIVEN[other_g][0][0]} {rnd.choice(fl)} {faml[0]}",
                full, 0)
        elif falsekind == 2:
            common = rnd.choice(list(AR_COMMON_GIVEN))
            other_common = rnd.choice([c for c in AR_COMMON_GIVEN if c != common])
            add(group, "shared-common-names", "Person", f"{AR_COMMON_GIVEN[common][0][0]} {AR_COMMON_GIVEN[other_common][0][0]} {faml[0]}",
                f"{AR_COMMON_GIVEN[common][0][-1]} {rnd.choice(list(AR_COMMON_GIVEN.values()))[0][0]} {rnd.choice(AR_FAMILY[other_fam][0])}", 0)
        elif falsekind == 3:
            add(group, "fragment", "Person", rnd.choice(gl), full, 0)
        elif falsekind == 4:
            kunya = AR_GIVEN[rnd.choice(givens)][0][0]
            add(group, "kunya-other-family", "Person", f"Abu {kunya} {AR_FAMILY[other_fam][0][0]}",
                f"Abu {kunya} {faml[0]}", 0)
        else:
            add(group, "arabic-script-other-person", "Person", f"{AR_GIVEN[other_g][1]} {fama}", full, 0)

    # Slavic-name people
    rgivens = list(RU_GIVEN)
    rfams = list(RU_FAMILY)
    for n in range(60):
        g, p, fam = rnd.choice(rgivens), rnd.choice(rgivens), rnd.choice(rfams)
        group = f"ru{n}"
        gl, gc, _ = RU_GIVEN[g]
        _, _, (pl, pc) = RU_GIVEN[p]
        faml, famc = RU_FAMILY[fam]
        full = f"{rnd.choice(gl)} {pl} {rnd.choice(faml)}"
        kind = n % 6
        if kind == 0:
            add(group, "cyrillic", "Person", f"{gc} {famc}", f"{rnd.choice(gl)} {rnd.choice(faml)}", 1)
        elif kind == 1:
            add(group, "cyrillic", "Person", f"{famc} {gc} {pc}", full, 1)
        elif kind == 2:
            add(group, "reordering", "Person", f"{rnd.choice(faml).upper()}, {rnd.choice(gl)} {pl}", f"{gl[0]} {faml[0]}", 1)
        elif kind == 3:
            add(group, "initials", "Person", f"{gl[0][0]}. {pl[0]}. {faml[0]}", full, 1)
        elif kind == 4:
            add(group, "transliteration", "Person", f"{rnd.choice(gl)} {rnd.choice(faml)}", f"{gl[-1]} {pl} {faml[-1]}", 1)
        else:
            add(group, "typo", "Person", typo(rnd, f"{gl[0]} {faml[0]}"), full, 1)
        other_g = rnd.choice([x for x in rgivens if x != g])
        falsekind = n % 5
        if falsekind == 0:
            other_fam = rnd.choice([x for x in rfams if x != fam])
            add(group, "same-given-other-family", "Person", f"{gl[0]} {RU_FAMILY[other_fam][0][0]}", full, 0)
        elif falsekind == 1:
            add(group, "siblings", "Person", f"{RU_GIVEN[other_g][0][0]} {pl} {faml[0]}", full, 0)
        elif falsekind == 2:
            near = RU_NEAR.get(fam)
            if near:
                add(group, "similar-family-name", "Person", f"{gl[0]} {near}", f"{gl[0]} {faml[0]}", 0)
            else:
                add(group, "fragment", "Person", faml[0], full, 0)
        elif falsekind == 3:
            add(group, "cyrillic-other-person", "Person", f"{RU_GIVEN[other_g][1]} {famc}", f"{gl[0]} {faml[0]}", 0)
        else:
            add(group, "fragment", "Person", rnd.choice(gl), f"{gl[0]} {faml[0]}", 0)

    # Chinese names
    for n, (fam, parts, han) in enumerate(CN):
        group = f"cn{n}"
        given = parts.replace("|", "")
        syllables = [parts.split("|")[0], parts.split("|")[1].capitalize()]
        add(group, "reordering", "Person", f"{given} {fam}", f"{fam.upper()}, {given}", 1)
        add(group, "han-script", "Person", han, f"{fam} {given}", 1)
        add(group, "syllables", "Person", f"{fam} {syllables[0]}-{syllables[1].lower()}", f"{fam} {given}", 1)
        add(group, "syllables", "Person", f"{fam} {syllables[0]} {syllables[1]}", f"{given} {fam}", 1)
        other = rnd.choice([g for g in CN_OTHER_GIVEN if g != given])
        add(group, "shared-common-family", "Person", f"{fam} {other}", f"{fam} {given}", 0)
        add(group, "shared-common-family", "Person", f"{other} {fam}", f"{fam.upper()}, {given}", 0)
        add(group, "fragment", "Person", fam, f"{fam} {given}", 0)

    # Western names
    wfams = list(WE_FAMILY)
    for n in range(50):
        sex = WE_MALE if n % 2 == 0 else WE_FEMALE
        g, m, fam = rnd.choice(sex), rnd.choice(sex), rnd.choice(wfams)
        if g == m:
            continue
        group = f"we{n}"
        forms = WE_FAMILY[fam]
        full = f"{g} {m} {rnd.choice(forms)}"
        kind = n % 5
        if kind == 0:
            add(group, "reordering", "Person", f"{rnd.choice(forms).upper()}, {g} {m}", full, 1)
        elif kind == 1:
            add(group, "initials", "Person", f"{g} {m[0]}. {rnd.choice(forms)}", full, 1)
        elif kind == 2:
            add(group, "accents-and-case", "Person", f"{g.upper()} {strip_accents(rnd.choice(forms)).upper()}", full, 1)
        elif kind == 3:
            add(group, "middle-name-left-out", "Person", f"{g} {rnd.choice(forms)}", full, 1)
        else:
            add(group, "typo", "Person", typo(rnd, f"{g} {forms[0]}"), full, 1)
        falsekind = n % 4
        if falsekind == 0:
            add(group, "similar-family-name", "Person", f"{g} {WE_NEAR[fam]}", f"{g} {forms[0]}", 0)
        elif falsekind == 1:
            other_g = rnd.choice([x for x in WE_GIVEN if x not in (g, m)])
            add(group, "same-family-other-given", "Person", f"{other_g} {forms[0]}", f"{g} {forms[0]}", 0)
        elif falsekind == 2:
            add(group, "fragment", "Person", g, f"{g} {forms[0]}", 0)
        else:
            other_fam = rnd.choice([x for x in wfams if x != fam])
            add(group, "same-given-other-family", "Person", f"{g} {m} {WE_FAMILY[other_fam][0]}", full, 0)

    # Companies
    for n, stem in enumerate(STEMS):
        group = f"org{n}"
        act, act2 = rnd.sample(ACTIVITIES, 2)
        short, long_ = rnd.choice(FORMS)
        add(group, "legal-form", "Company", f"{stem} {act} {short}", f"{stem.upper()} {act.upper()} {long_.upper()}", 1)
        add(group, "legal-form-left-out", "Company", f"{stem} {act}", f"{stem} {act} {long_}", 1)
        add(group, "punctuation-and-case", "Company", f"{stem.upper().replace(' ', '-')} {act.upper()} {short.upper()}",
            f"{stem} {act} {short}", 1)
        add(group, "and-ampersand", "Company", f"{stem} {act} & {act2} {short}", f"{stem} {act} and {act2} {long_}", 1)
        add(group, "sibling-company", "Company", f"{stem} {act2} {short}", f"{stem} {act} {short}", 0)
        add(group, "sibling-company", "Company", f"{stem} {act} {rnd.choice(SIBLING_WORDS)} {short}",
            f"{stem} {act} {short}", 0)
        other = rnd.choice([s for s in STEMS if s != stem])
        add(group, "same-activity-other-name", "Company", f"{other} {act} {short}", f"{stem} {act} {short}", 0)

    # split by group, fixed seed
    groups = sorted({p[0] for p in pairs})
    random.Random(SPLIT_SEED).shuffle(groups)
    held = set(groups[:int(len(groups) * HELD_OUT_SHARE)])
    seen = set()
    out = ["# Sitrep's labelled name pairs: invented names only (see screen/data/make_name_pairs.py, which writes this"
           " file).", "# label 1: the same party written two ways; 0: two parties. split: by group, fixed seed.",
           "group\tsplit\tphenomenon\tschema\tname1\tname2\tlabel"]
    for group, phenomenon, schema, a, b, label in pairs:
        key = (a, b)
        if key in seen:
            continue
        seen.add(key)
        out.append("\t".join([group, "heldout" if group in held else "tuning", phenomenon, schema, a, b, str(label)]))
    path = "screen/src/main/resources/org/sitrep/screen/eval/name-pairs.tsv"
    import os
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print(len(out) - 3, "pairs;", sum(1 for p in out[3:] if p.endswith("\t1")), "true")


def typo(rnd, name):
    """One slip in the longest word: a doubled, dropped or swapped letter."""
    words = name.split(" ")
    i = max(range(len(words)), key=lambda k: len(words[k]))
    w = words[i]
    j = rnd.randrange(1, len(w) - 1)
    kind = rnd.randrange(3)
    if kind == 0:
        w = w[:j] + w[j] + w[j:]
    elif kind == 1:
        w = w[:j] + w[j + 1:]
    else:
        w = w[:j - 1] + w[j] + w[j - 1] + w[j + 1:]
    words[i] = w
    return " ".join(words)


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


if __name__ == "__main__":
    main()
