"""Out-of-office notices in Afrikaans, Korean, Russian, Arabic, Hebrew, Polish, Swedish, Icelandic, Japanese, Chinese
and Turkish: the words saying the writer is away, and the day back they name."""
from __future__ import annotations

import re
from datetime import date

from followup.text.dates import next_day_of_month
from followup.text.day_words import next_working
from followup.text.prefilter import prefilter_patterns

# the day back in the languages whose month names the shared date table does not hold (Polish, Czech, Finnish,
# Turkish, Romanian, Hungarian, Nordic, Indonesian): "Wracam 23 listopada", "tillbaka i tjänst den 24 november"
MORE_MONTHS = {
    **{m: i + 1 for i, m in enumerate(("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
                                        "września", "października", "listopada", "grudnia"))},
    **{m: i + 1 for i, m in enumerate(("ledna", "února", "března", "dubna", "května", "června", "července", "srpna",
                                        "září", "října", "listopadu", "prosince"))},
    **{m + "kuuta": i + 1 for i, m in enumerate(("tammi", "helmi", "maalis", "huhti", "touko", "kesä", "heinä", "elo",
                                                  "syys", "loka", "marras", "joulu"))},
    **{m: i + 1 for i, m in enumerate(("ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos",
                                        "eylül", "ekim", "kasım", "aralık"))},
    **{m: i + 1 for i, m in enumerate(("ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august",
                                        "septembrie", "octombrie", "noiembrie", "decembrie"))},
    **{m: i + 1 for i, m in enumerate(("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
                                        "september", "oktober", "november", "december"))},
    **{m: i + 1 for i, m in enumerate(("januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus",
                                        "september", "oktober", "november", "desember"))},
    "mai": 5, "januar": 1, "februar": 2, "marts": 3,
    # Russian, Ukrainian and Greek, in the genitive a date takes ("20 ноября", "16 листопада", "16 Νοεμβρίου")
    **{m: i + 1 for i, m in enumerate(("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                                        "сентября", "октября", "ноября", "декабря"))},
    **{m: i + 1 for i, m in enumerate(("січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня",
                                        "вересня", "жовтня", "листопада", "грудня"))},
    **{m: i + 1 for i, m in enumerate(("ιανουαρίου", "φεβρουαρίου", "μαρτίου", "απριλίου", "μαΐου", "ιουνίου",
                                        "ιουλίου", "αυγούστου", "σεπτεμβρίου", "οκτωβρίου", "νοεμβρίου", "δεκεμβρίου"))},
}
# the auto-reply's own title in those languages (the others are in auto_reply._AUTO_TITLE)
TITLES = (r"автоответ|رد\s+(?:تلقائي|آلي)|الرد\s+(?:التلقائي|الآلي)|תשובה\s+אוטומטית|מענה\s+אוטומטי|자동\s*(?:응답|회신)|"
          r"(?:o|ou)tomatiese\s+(?:antwoord|boodskap|e-?pos)|automatiskt\s+svar|otomatik\s+cevap|sjálfvirkt\s+svar")
# "I am away" (out of the office, on leave, on a trip) in each language; said with a day back or an urgent cue, it is
# a notice (a person writing "I'm on leave until the 20th" is as good as one: that day becomes the quiet period)
_AWAY = re.compile(
    r"\bek\s+is\s+(?:tans\s+|tydelik\s+|nou\s+)?(?:nie\s+op\s+kantoor\s+nie|met\s+verlof|op\s+vakansie|afwesig|"
    r"uit\s+die\s+kantoor|weg\s+van\s+die\s+kantoor)|"
    r"부재\s*중|휴가\s*중|출장\s*중|사무실에\s*(?:있지\s*않|없)|"
    r"\b(?:нахожусь|я)\s+(?:сейчас\s+|в\s+данный\s+момент\s+)?(?:в\s+отпуске|в\s+командировке|вне\s+офиса|на\s+больничном)|"
    r"\bменя\s+(?:сейчас\s+)?нет\s+в\s+офисе|\bотсутствую\b|"
    r"خارج\s+المكتب|في\s+إجازة|"
    r"מחוץ\s+למשרד|\bבחופשה\b|\bלא\s+(?:נמצא|נמצאת)\s+במשרד|"
    r"\bjag\s+är\s+(?:för\s+närvarande\s+|just\s+nu\s+)?(?:frånvarande|på\s+tjänsteresa|bortrest|på\s+resa)|"
    r"不在にして|休暇を(?:いただいて|取って|頂いて)|出張のため|休暇中|"
    r"正在休假|不在办公室|不在辦公室|出差|休假|"
    r"\b(?:yıllık\s+)?izindeyim|seyahatteyim|yurt\s+dışındayım|fuar\w*dayım|"
    # Icelandic: "Ég er í fríi", "ég er fjarverandi", "ég er ekki við", "ég er utan skrifstofu"
    r"\bég\s+er\s+(?:nú\s+)?(?:í\s+(?:fríi|sumarfríi|leyfi)|fjarverandi|ekki\s+við|utan\s+skrifstofu)", re.I)
# a cue only notices give: urgent matters sent elsewhere
_URGENT = re.compile(r"\bdringend\w*|급한|긴급|\bсрочн\w*|عاجل|العاجلة|\bדחו[ףפ]\w*|お急ぎ|至急|緊急|急事|紧急|\bacil\b|"
                     r"\bbrådskande\b|\bpiln\w*|\báríðandi\b", re.I)

# month names: the day first ("23 ноября", "23 نوفمبر", "23 בנובמבר", "23 November")
_MONTHS = {
    **{m: i + 1 for i, m in enumerate(("januarie", "februarie", "maart", "april", "mei", "junie", "julie", "augustus",
                                        "september", "oktober", "november", "desember"))},
    **{m: i + 1 for i, m in enumerate(("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                                        "сентября", "октября", "ноября", "декабря"))},
    **{m: i + 1 for i, m in enumerate(("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
                                        "أكتوبر", "نوفمبر", "ديسمبر"))},
    # the Levant's names of the same months
    **{m: i + 1 for i, m in enumerate(("كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
                                        "تشرين الأول", "تشرين الثاني", "كانون الأول"))},
    **{m: i + 1 for i, m in enumerate(("ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos",
                                        "eylül", "ekim", "kasım", "aralık"))},
    **{m: i + 1 for i, m in enumerate(("janúar", "febrúar", "mars", "apríl", "maí", "júní", "júlí", "ágúst", "september",
                                        "október", "nóvember", "desember"))},
    **{m: i + 1 for i, m in enumerate(("ינואר", "פברואר", "מרץ", "אפריל", "מאי", "יוני", "יולי", "אוגוסט", "ספטמבר",
                                        "אוקטובר", "נובמבר", "דצמבר"))},
}
_MONTH_RE = "|".join(sorted((m.replace(" ", r"\s+") for m in _MONTHS), key=len, reverse=True))
# a date: "23 ноября", "23 בנובמבר", "23 Kasım'da", "23/11", "23.11.2026", "11월 23일", "11月23日", "2026年11月23日"
_DATE = (rf"(?:(?P<d>[0-3]?\d)(?!\d)\.?\s*(?:ב-?|de\s+)?(?P<m>{_MONTH_RE})(?:['’][^\W\d_]{{1,4}})?(?![^\W\d_])|"
         rf"(?<![\d/.])(?P<nd>[0-3]?\d)[./](?P<nm>[01]?\d)(?:[./](?:20)?\d\d)?(?![\d/.])|"
         rf"(?:\d{{4}}\s*[年년]\s*)?(?P<cm>[01]?\d)\s*[月월]\s*(?P<cd>[0-3]?\d)\s*[日일号號])")
_GAP = r"[^.!?。\n\d]{0,40}?"
# the return said before the date: "вернусь в офис в понедельник, 23 ноября", "سأعود إلى العمل يوم الاثنين 30 نوفمبر",
# "אחזור ב-23 בנובמבר", "weer op Maandag 16 November op kantoor", "terug op 23 November"
_BACK_BEFORE = re.compile(
    r"(?:\bвернусь|\bвыйду\s+на\s+работу|\bбуду\s+(?:в\s+офисе|на\s+месте|на\s+связи)\s+(?:с|со)|\bприступлю|"
    r"سأعود|سأكون\s+(?:في\s+المكتب|متواجد)|العودة|أعود|"
    r"\bו?(?:אחזור|אשוב|חוזרת?\b|אהיה\s+(?:זמין|זמינה|במשרד))|"
    r"\b(?:sal\s+)?(?:weer|terug)\b|"
    r"\btillbaka|\båter\s+(?:på|i)\s+(?:kontoret|tjänst|jobbet)|"
    r"\bkem\s+aftur|\baftur\s+til\s+vinnu|\bverð\s+(?:aftur\s+)?(?:við|á\s+skrifstofunni))" + _GAP + _DATE, re.I)
# the date, then the return: "sal op 23 November terug wees", "12월 1일 화요일에 사무실로 복귀", "12月2日（星期三）返回办公室",
# "11月23日より対応", "23 Kasım'da döneceğim"
_BACK_AFTER = re.compile(
    _DATE + r"[^.!?。\n\d]{0,24}?(?:\bterug\b|\bweer\s+op\s+kantoor|복귀|출근|돌아|부터|返回|回到|上班|恢复|回来|回來|起|より|"
                            r"から|以降|戻|出社|出勤|復帰|d[öo]nece\w*|d[öo]n[üu]yorum|ofiste\s+olaca\w*|"
                            r"вернусь|سأعود|אחזור)", re.I)
# "until" said before the date names the day back, as in English ("до 20 ноября", "حتى 20 نوفمبر", "עד 20 בנובמבר",
# "tot 20 Desember"); "까지" and "まで" after it name the last day away ("11월 20일까지 부재중": back the day after)
_UNTIL_BEFORE = re.compile(rf"(?:\bдо|حتى|لغاية|\bעד|\btot(?!\s+en\s+met))\s*(?:ה-?|יום\s+)?"
                           rf"(?:[^\W\d_]+,?\s+)?{_DATE}", re.I)
_THROUGH_AFTER = re.compile(_DATE + r"\s*(?:\([^)]{1,6}\)|（[^）]{1,6}）)?\s*(?:까지|まで)")
# "11月20日前不在办公室": not in before that day, back on it
_BEFORE_AFTER = re.compile(_DATE + r"\s*(?:\([^)]{1,6}\)|（[^）]{1,6}）)?\s*之?前")


def _day(m: re.Match[str], today: date) -> date | None:
    """The next calendar day a date match names."""
    g = m.groupdict()
    if g.get("m"):
        day, month = int(g["d"]), _MONTHS.get(re.sub(r"\s+", " ", g["m"].lower()))
    elif g.get("nm"):
        day, month = int(g["nd"]), int(g["nm"])
    else:
        day, month = int(g["cd"]), int(g["cm"])
    return next_day_of_month(today, day, month) if month and 1 <= month <= 12 else None


_WORDS = re.compile(r"\b(?:ek\s+is|verlof|kantoor|izindeyim|seyahat|dışında|fuar|jag\s+är|outomatiese|otomatik)\b", re.I)


def may_be_abroad(text: str) -> bool:
    """Whether a text may be a notice in one of these languages: any letter beyond ASCII, or one of their words."""
    return not text.isascii() or bool(_WORDS.search(text))


def away_abroad(text: str) -> re.Match[str] | None:
    """The words saying the writer is away, in one of these languages, when a day back or an urgent cue is said too."""
    m = _AWAY.search(text)
    return m if m and (_URGENT.search(text) or _BACK_BEFORE.search(text) or _BACK_AFTER.search(text)
                       or _UNTIL_BEFORE.search(text) or _BEFORE_AFTER.search(text) or _THROUGH_AFTER.search(text)) \
        else None


def day_back_abroad(text: str, today: date) -> tuple[date, str] | None:
    """The day back a notice in one of these languages names, with its quote: the return said, else an "until"."""
    for rx, after in ((_BACK_BEFORE, 0), (_BACK_AFTER, 0), (_UNTIL_BEFORE, 0), (_BEFORE_AFTER, 0), (_THROUGH_AFTER, 1)):
        for m in rx.finditer(text):
            day = _day(m, today)
            if day is not None:
                return (next_working(day) if after else day), m.group()  # through that day: the next working one
    return None


prefilter_patterns(globals())  # the needle test in front of every pattern above (text/prefilter.py)
