#!/usr/bin/env python3
"""Generates src/main/resources/fi/asiointipiste/routing/seed-routing.dmn from the rule list below.

The list is the single readable source of the workshop's intent; run `python3 tools/seed_rules.py` after editing.
"""
from xml.sax.saxutils import escape, quoteattr
import pathlib

INPUTS = [  # name, typeRef, allowed values
    ("profile", "string", '"SELF_DIRECTED","MULTI_UNSKILLED","CONTACT_SEEKING"'),
    ("task", "string", ",".join('"%s"' % t for t in [
        "RENTAL_APARTMENT", "KELA_HOUSING_ALLOWANCE", "KELA_SOCIAL_ASSISTANCE", "KELA_UNEMPLOYMENT_BENEFIT",
        "KELA_PENSIONER_HOUSING", "KELA_MEDICAL_REIMBURSEMENT", "TE_JOBSEEKER_REGISTRATION", "TE_EMPLOYMENT_PLAN",
        "MUNICIPAL_HOME_CARE", "MUNICIPAL_EARLY_EDUCATION", "DIGITAL_SUPPORT", "DVV_CHANGE_OF_ADDRESS",
        "DVV_SUOMIFI_AUTHORISATION", "TAX_CARD", "TAX_RETURN", "POLICE_PASSPORT", "POLICE_ID_CARD"])),
    ("taskAgency", "string", '"KELA","TE_SERVICES","MUNICIPALITY","DVV","TAX","POLICE"'),
    ("strongEid", "boolean", None),
    ("language", "string", '"fi","sv","en","other"'),
    ("age", "number", None),
    ("firstVisit", "boolean", None),
    ("needsInterpreter", "boolean", None),
    ("visitsLast90Days", "number", None),
]
OUTPUTS = [
    ("supportLevel", "string", '"SELF_SERVICE","GUIDED","FULL_ASSISTANCE"'),
    ("agency", "string", '"NONE","KELA","TE_SERVICES","MUNICIPALITY","DVV","TAX","POLICE"'),
    ("mode", "string", '"AT_DESK","ON_SITE_SPECIALIST","REMOTE_SPECIALIST"'),
    ("flow", "string", None),
    ("rationale", "string", None),
]
KELA_COMPLEX = '"KELA_SOCIAL_ASSISTANCE","KELA_UNEMPLOYMENT_BENEFIT","KELA_PENSIONER_HOUSING"'
S, G, F = "SELF_SERVICE", "GUIDED", "FULL_ASSISTANCE"

# id, conditions, (level, agency, mode, flow, rationale for the clerk), reasoning (rule description)
RULES = [
    ("housing-multi-unskilled", dict(profile='"MULTI_UNSKILLED"', task='"RENTAL_APARTMENT"'),
     (F, "MUNICIPALITY", "ON_SITE_SPECIALIST", "full-assistance-housing",
      "Fill in the rental apartment application together with municipal housing staff."),
     "Workshop: a multi-unskilled customer cannot complete the housing application alone; housing staff join."),
    ("housing-interpreter", dict(task='"RENTAL_APARTMENT"', needsInterpreter="true"),
     (F, "MUNICIPALITY", "ON_SITE_SPECIALIST", "full-assistance-housing",
      "Book an interpreter and fill in the rental apartment application with municipal housing staff."),
     "An interpreter need raises the housing errand to full assistance."),
    ("kela-multi-unskilled", dict(profile='"MULTI_UNSKILLED"', taskAgency='"KELA"'),
     (F, "KELA", "REMOTE_SPECIALIST", "kela-remote-specialist",
      "Connect a Kela specialist remotely and complete the Kela errand together."),
     "Any Kela errand of a multi-unskilled customer is a complex case: a Kela specialist joins remotely."),
    ("kela-complex-interpreter", dict(task=KELA_COMPLEX, needsInterpreter="true"),
     (F, "KELA", "REMOTE_SPECIALIST", "kela-remote-specialist",
      "Connect a Kela specialist remotely with an interpreter; complete the application together."),
     "Complex Kela benefit plus an interpreter need: raised from guided to full assistance."),
    ("kela-complex-elderly", dict(task=KELA_COMPLEX, age=">= 75", strongEid="false"),
     (F, "KELA", "REMOTE_SPECIALIST", "kela-remote-specialist",
      "Connect a Kela specialist remotely and complete the application for the customer."),
     "Elderly customer without e-ID and a complex Kela benefit: full assistance with the Kela specialist."),
    ("kela-complex", dict(task=KELA_COMPLEX),
     (G, "KELA", "REMOTE_SPECIALIST", "kela-remote-specialist",
      "Social assistance, unemployment benefit and pensioner housing need a Kela specialist: connect one remotely."),
     "Complex Kela benefits always involve a remote Kela specialist, even for self-directed customers."),
    ("kela-repeat-visits", dict(taskAgency='"KELA"', visitsLast90Days=">= 3"),
     (G, "KELA", "REMOTE_SPECIALIST", "kela-remote-specialist",
      "The customer has visited often about Kela matters: connect a Kela specialist to resolve the case."),
     "Many recent visits show the Kela case is not progressing: bring in a specialist."),
    ("elderly-without-eid", dict(age=">= 75", strongEid="false"),
     (F, "NONE", "AT_DESK", "full-assistance-at-desk",
      "Complete the errand together with the customer at the desk."),
     "Elderly (75+) without strong e-identification cannot use online services: full assistance."),
    ("te-multi-unskilled", dict(profile='"MULTI_UNSKILLED"', taskAgency='"TE_SERVICES"'),
     (F, "TE_SERVICES", "ON_SITE_SPECIALIST", "full-assistance-te",
      "Complete the TE errand together with TE staff."),
     "Multi-unskilled customers get full assistance; TE staff take part in employment errands."),
    ("digital-support-multi-unskilled", dict(profile='"MULTI_UNSKILLED"', task='"DIGITAL_SUPPORT"',
                                             needsInterpreter="false"),
     (G, "MUNICIPALITY", "ON_SITE_SPECIALIST", "guided-digital-support",
      "Book the municipal digital tutor: practise the basics step by step."),
     "Digital support is itself the errand: the aim is to learn, so guided rather than done for them."),
    ("multi-unskilled", dict(profile='"MULTI_UNSKILLED"'),
     (F, "NONE", "AT_DESK", "full-assistance-at-desk",
      "Complete the errand together with the customer at the desk."),
     "Catch-all for multi-unskilled customers: full assistance at the desk."),
    ("te-registration-without-eid", dict(task='"TE_JOBSEEKER_REGISTRATION"', strongEid="false"),
     (G, "TE_SERVICES", "ON_SITE_SPECIALIST", "te-registration-guided",
      "Register as a job seeker with TE staff, who verify identity on site."),
     "Job-seeker registration online needs strong e-ID; without it TE staff guide the registration."),
    ("te-registration-youth", dict(task='"TE_JOBSEEKER_REGISTRATION"', age="[15..24]"),
     (G, "TE_SERVICES", "REMOTE_SPECIALIST", "te-youth-guidance",
      "Register together and connect a TE youth advisor remotely (youth guarantee)."),
     "Under-25 job seekers are entitled to youth guidance: involve a TE advisor."),
    ("te-employment-plan", dict(task='"TE_EMPLOYMENT_PLAN"'),
     (G, "TE_SERVICES", "REMOTE_SPECIALIST", "te-employment-plan",
      "Set up a remote meeting with a TE advisor to draw up the employment plan."),
     "An employment plan is agreed with a TE advisor; the service point hosts the remote meeting."),
    ("police-without-eid", dict(taskAgency='"POLICE"', strongEid="false"),
     (G, "NONE", "AT_DESK", "guided-police-appointment",
      "Help the customer book a police appointment and list the documents to bring."),
     "Police permits cannot be applied for online without e-ID: guided at the desk."),
    ("dvv-without-eid", dict(taskAgency='"DVV"', strongEid="false"),
     (G, "NONE", "AT_DESK", "guided-dvv-at-desk",
      "Fill in the DVV form together after checking the customer's identity document."),
     "DVV errands without e-ID use paper forms and identity checks: guided at the desk."),
    ("tax-without-eid", dict(taskAgency='"TAX"', strongEid="false"),
     (G, "NONE", "AT_DESK", "guided-tax-at-desk",
      "Print the tax form and go through it with the customer."),
     "MyTax needs e-ID; without it the clerk guides the paper route."),
    ("contact-seeking-interpreter", dict(profile='"CONTACT_SEEKING"', needsInterpreter="true"),
     (F, "NONE", "AT_DESK", "full-assistance-with-interpreter",
      "Book an interpreter and complete the errand together."),
     "An interpreter need raises a contact-seeking customer from guided to full assistance."),
    ("contact-seeking-housing", dict(profile='"CONTACT_SEEKING"', task='"RENTAL_APARTMENT"'),
     (G, "MUNICIPALITY", "ON_SITE_SPECIALIST", "guided-housing",
      "Guide the application with municipal housing staff present."),
     "Contact-seeking customers value a person; housing staff are the natural contact."),
    ("contact-seeking-home-care", dict(profile='"CONTACT_SEEKING"', task='"MUNICIPAL_HOME_CARE"'),
     (G, "MUNICIPALITY", "ON_SITE_SPECIALIST", "guided-home-care",
      "Introduce the customer to the municipal home care coordinator."),
     "Home care is a personal service: a named municipal contact is part of the guidance."),
    ("contact-seeking-repeat-visits", dict(profile='"CONTACT_SEEKING"', visitsLast90Days=">= 5"),
     (G, "MUNICIPALITY", "REMOTE_SPECIALIST", "guided-social-counselling",
      "Offer a remote meeting with municipal social counselling."),
     "Frequent visits by a contact-seeking customer may signal a need beyond the errand."),
    ("contact-seeking-first-visit", dict(profile='"CONTACT_SEEKING"', firstVisit="true"),
     (G, "NONE", "AT_DESK", "guided-first-visit",
      "Take time to introduce the service point and then guide the errand personally."),
     "First visit: build the personal contact this customer seeks."),
    ("contact-seeking", dict(profile='"CONTACT_SEEKING"'),
     (G, "NONE", "AT_DESK", "guided-personal-contact",
      "Guide the errand personally at the desk."),
     "Workshop: contact-seeking customers get guided service with personal contact."),
    ("self-directed-interpreter", dict(profile='"SELF_DIRECTED"', needsInterpreter="true"),
     (G, "NONE", "AT_DESK", "guided-with-interpreter",
      "Book an interpreter and guide the errand."),
     "An interpreter need raises a self-directed customer from self-service to guided."),
    ("self-directed-digital-support", dict(profile='"SELF_DIRECTED"', task='"DIGITAL_SUPPORT"',
                                           strongEid="false"),
     (G, "MUNICIPALITY", "ON_SITE_SPECIALIST", "guided-digital-support",
      "Book the municipal digital tutor, starting with getting a strong e-identification."),
     "Digital support without e-ID starts from obtaining one; the digital tutor helps."),
    ("self-directed-without-eid", dict(profile='"SELF_DIRECTED"', strongEid="false"),
     (G, "NONE", "AT_DESK", "guided-eid-first",
      "Guide the errand at the desk and explain how to get bank credentials or a mobile certificate."),
     "Without strong e-ID even a self-directed customer cannot use online services yet."),
    ("self-directed-other-language", dict(profile='"SELF_DIRECTED"', strongEid="true", language='"other"'),
     (G, "NONE", "AT_DESK", "guided-at-desk",
      "Online services are in Finnish, Swedish and English: guide the errand at the desk."),
     "Online services are not available in the customer's language."),
    ("self-directed-repeat-visits", dict(profile='"SELF_DIRECTED"', visitsLast90Days=">= 5"),
     (G, "NONE", "AT_DESK", "guided-repeat-visit",
      "Self-service has not worked out: go through the errand together this time."),
     "Five or more visits in 90 days show self-service is not working for this errand."),
    ("self-directed-elderly-home-care", dict(profile='"SELF_DIRECTED"', task='"MUNICIPAL_HOME_CARE"',
                                             age=">= 75"),
     (G, "MUNICIPALITY", "REMOTE_SPECIALIST", "guided-home-care",
      "Connect the municipal home care coordinator remotely."),
     "Home care for the elderly needs an assessment by the coordinator even if the customer is capable."),
    ("self-directed-first-visit", dict(profile='"SELF_DIRECTED"', strongEid="true", firstVisit="true"),
     (S, "NONE", "AT_DESK", "online-with-pointer-intro",
      "Show the online service once on the customer terminal, then let the customer continue."),
     "First-time self-directed customers get a short introduction to the online service."),
    ("self-directed-with-eid", dict(profile='"SELF_DIRECTED"', strongEid="true"),
     (S, "NONE", "AT_DESK", "online-with-pointer",
      "Point the customer to the online service; they can complete it on their own."),
     "Workshop: a self-directed customer with strong e-ID gets self-service with a pointer."),
    ("self-directed-eid-unknown", dict(profile='"SELF_DIRECTED"'),
     (G, "NONE", "AT_DESK", "guided-at-desk",
      "Check whether the customer has strong e-identification; guide the errand meanwhile."),
     "Catch-all for self-directed customers whose e-ID status is unknown."),
]


def feel(s):
    return '"%s"' % s


def main():
    names = [i[0] for i in INPUTS]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="asiointipiste-routing" '
           'name="asiointipiste-routing" namespace="https://asiointipiste.fi/dmn/routing">']
    for n, t, _ in INPUTS:
        out.append('  <inputData id="inputData-%s" name="%s">\n    <variable name="%s" typeRef="%s"/>\n'
                   '  </inputData>' % (n, n, n, t))
    out.append('  <decision id="routing" name="routing">\n    <variable name="routing"/>')
    for n, _, _ in INPUTS:
        out.append('    <informationRequirement id="req-inputData-%s">\n      <requiredInput href="#inputData-%s"/>\n'
                   '    </informationRequirement>' % (n, n))
    out.append('    <decisionTable id="routing-table" hitPolicy="FIRST" outputLabel="routing">')
    for n, t, allowed in INPUTS:
        out.append('      <input id="input-%s" label="%s">' % (n, n))
        out.append('        <inputExpression id="input-%s-expr" typeRef="%s"><text>%s</text></inputExpression>'
                   % (n, t, n))
        if allowed:
            out.append('        <inputValues><text>%s</text></inputValues>' % escape(allowed))
        out.append('      </input>')
    for n, t, allowed in OUTPUTS:
        out.append('      <output id="output-%s" label="%s" name="%s" typeRef="%s">' % (n, n, n, t))
        if allowed:
            out.append('        <outputValues><text>%s</text></outputValues>' % escape(allowed))
        out.append('      </output>')
    for rid, cond, outputs, why in RULES:
        unknown = set(cond) - set(names)
        assert not unknown, (rid, unknown)
        out.append('      <rule id=%s>' % quoteattr(rid))
        out.append('        <description>%s</description>' % escape(why))
        for i, n in enumerate(names):
            out.append('        <inputEntry id="%s-i%d"><text>%s</text></inputEntry>' % (rid, i + 1, escape(cond.get(n, "-"))))
        for i, v in enumerate(outputs):
            out.append('        <outputEntry id="%s-o%d"><text>%s</text></outputEntry>' % (rid, i + 1, escape(feel(v))))
        out.append('      </rule>')
    out.append('    </decisionTable>\n  </decision>\n</definitions>\n')
    target = pathlib.Path(__file__).resolve().parent.parent / "src/main/resources/fi/asiointipiste/routing/seed-routing.dmn"
    target.write_text("\n".join(out), encoding="utf-8")
    print("wrote %d rules to %s" % (len(RULES), target))


if __name__ == "__main__":
    main()
