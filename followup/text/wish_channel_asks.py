"""More requests for one channel that followup.text.wish_firm counts as asked in so many words, in the seven languages:
a call to the customer's own mobile ("Liga pra mim no celular", "llámeme al móvil", "bel me op mijn gsm"), and mail
asked to carry things on ("email them through", "can we continue through email?", "können wir per Mail
weitermachen?"). Neither reads a wish alone: wish_firm wants the other channel said to miss the customer too."""
from __future__ import annotations

# a call to the customer's own mobile, or a plain "call me" where the language says it one way only ("liga pra mim")
MOBILE_ASKED = (
    r"\bliga\s+(?:pra|para)\s+mim\b|\b(?:me\s+)?(?:liga|ligue|liguem)(?:-me)?\s+(?:pra\s+mim\s+)?(?:no|pro|para\s+o|ao)\s+"
    r"(?:meu\s+)?(?:celular|telem[óo]vel)\b|"
    r"\bll[áa]m(?:e|a|en)(?:me|nos)\s+al\s+(?:m[óo]vil|celular)\b|\bappel(?:ez|le)[- ]moi\s+sur\s+(?:mon|le)\s+portable\b|"
    r"\bmi\s+chiam\w*\s+(?:sul|al)\s+cellulare\b|\brufen\s+Sie\s+mich\s+(?:\w+\s+){0,2}?(?:auf\s+(?:dem|meinem)|am)\s+Handy\b|"
    r"\bbel\s+(?:me|mij)\s+(?:\w+\s+)?op\s+(?:mijn|de|m['\u2019]n)\s+(?:gsm|mobiel|mobieltje)\b")
# mail asked to carry on the talk or the papers: "email them through", "email it over", "can we continue through email",
# "können wir per E-Mail weitermachen", "on peut continuer par mail", "podemos seguir por correo", "possiamo continuare
# via mail", "podemos continuar por e-mail", "kunnen we per mail verder"
MAIL_ON = (
    r"\be-?mail\s+(?:them|it|those|these|that|this|everything|it\s+all)\s+(?:through|over|across)\b|"
    r"\b(?:can|could|shall)\s+we\s+(?:continue|carry\s+on|go\s+on|keep\s+(?:going|talking)|talk)\s+(?:this\s+)?"
    r"(?:through|by|via|over|on|per|in)\s+e-?mail\b|"
    r"\bk[öo]nnen\s+wir\s+(?:\w+\s+){0,2}?(?:per|via|über)\s+(?:E-?Mail|Mail)\s+(?:weitermachen|weiter\w*)\b|"
    r"\b(?:on\s+peut|pouvons-nous|peut-on|pourrait-on|pourrions-nous)\s+continuer\s+par\s+(?:e-?mail|mail|courriel)\b|"
    r"\bpodemos\s+(?:seguir|continuar)\s+(?:\w+\s+)?por\s+(?:e-?mail|correo|mail)\b|"
    r"\bpossiamo\s+(?:continuare|proseguire)\s+(?:\w+\s+)?(?:via|per)\s+(?:e-?mail|mail|posta)\b|"
    r"\bkunnen\s+we\s+(?:\w+\s+)?(?:per|via)\s+(?:e-?)?mail\s+verder\w*\b")
# what is asked to be put into a mail, in the seven languages: "pop the rates into an email", "drop it in a quick
# email", "packen Sie das in eine Mail", "mettez-moi ça dans un mail", "póngamelo en un correo", "me lo metta in una
# mail", "coloque isso num e-mail", "zet het even in een mail" (the verb asks: "I put it in an email" tells)
MAIL_INTO = (
    r"(?<!\bI\s)(?<!\bI'll\s)(?<!\bwe\s)(?<!\bwe'll\s)(?<!\bwill\s)\b(?:pop|drop|bung|stick|throw|jot|type|put)\s+(?:me\s+|us\s+)?"
    r"(?:[\w'-]+,?\s+){0,10}?in(?:to)?\s+(?:an?\s+|one\s+)?(?:quick\s+|short\s+|brief\s+|separate\s+)?e-?mail\b|"
    r"\b(?:packen|schreiben|fassen)\s+Sie\s+(?:mir\s+|uns\s+)?(?:[\w'-]+\s+){0,8}?in\s+eine\s+(?:kurze\s+)?(?:E-?Mail|Mail)\b|"
    r"\bmett(?:ez|re|s)[- ](?:moi|nous)?\s*(?:[\w'-]+\s+){0,8}?dans\s+un\s+(?:petit\s+)?(?:e-?mail|mail|courriel)\b|"
    r"\bp[óo]n(?:ga|gan|lo|melo|gamelo|ganmelo|mela|gamela)\w*\s+(?:[\w'-]+\s+){0,8}?en\s+un\s+(?:correo|e-?mail|mail)\b|"
    r"\bmett(?:a|ete|imi|etemi)\s+(?:[\w'-]+\s+){0,8}?in\s+una\s+(?:e-?mail|mail)\b|"
    r"\b(?:coloque|ponha|p[õo]e)\w*\s+(?:[\w'-]+\s+){0,8}?(?:num|em\s+um)\s+e-?mail\b|"
    r"\bzet\s+(?:[\w'-]+\s+){0,8}?in\s+een\s+(?:e-?)?mail\b")
