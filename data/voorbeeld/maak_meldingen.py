#!/usr/bin/env python3
"""Generates data/voorbeeld/meldingen.json: a plausible SAMPLE of meldingen for the intake services.

Run from anywhere: python3 data/voorbeeld/maak_meldingen.py. Output is deterministic: meldingIds are
uuid5 of a fixed namespace and a readable key, so posting the file twice stores every melding once.
The JSON is what the loader uses; this script only documents how it was made.
"""
import json
import random
import uuid
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
REGISTER = json.loads((HERE.parent / "referentiedata.json").read_text(encoding="utf-8"))
NAMESPACE = uuid.UUID("5d0c3f2e-7a41-4b8e-9c55-0e2a6b1d22a1")
LAATSTE_DATUM = date(2026, 11, 20)  # nothing after 2026-11-25; intake refuses future dates

ASSEN, AA_EN_HUNZE, MIDDEN_DRENTHE, TYNAARLO = "GM0106", "GM1680", "GM1731", "GM1730"

meldingen = []

# The demo organisations' clients of Identity.Api (services/Identity.Api/Demo/DemoSeed.cs): a municipality's holds
# leerplicht, inkoop and OOGO rights; an SWV's school staff and OOGO; the school's only school staff.
GEMEENTE_CLIENT = {gm: "script-" + gm.lower() for gm in (ASSEN, AA_EN_HUNZE, MIDDEN_DRENTHE, TYNAARLO)}
SWV_CLIENT = {"PO2201": "script-po2201", "VO2201": "script-vo2201"}
SCHOOL_CLIENT = {"19SL": "script-19sl"}
SUBREGIO_CLIENT = "script-subregio"
CLIENTS = {*GEMEENTE_CLIENT.values(), *SWV_CLIENT.values(), *SCHOOL_CLIENT.values(), SUBREGIO_CLIENT}
SWV_VAN_SCHOOL = {s["brin"]: s["swv"] for s in REGISTER["scholen"]}


def school_client(brin):
    """A school's own client if it has one, else its SWV's (SWV staff write for every school in it)."""
    return SCHOOL_CLIENT.get(brin) or SWV_CLIENT[SWV_VAN_SCHOOL[brin]]


def contractant_client(contractant):
    return SUBREGIO_CLIENT if contractant == "subregio" else GEMEENTE_CLIENT[contractant]


def melding_id(key):
    return str(uuid.uuid5(NAMESPACE, key))


def add(service, pad, key, body, als=None, namens=None):
    """namens: the organisation's client (demo-accounts.txt) whose token sends the melding; it must hold the right."""
    assert namens in CLIENTS, (key, namens)
    entry = {"service": service, "pad": pad, "namens": namens}
    if als:
        entry["als"] = als
    entry["body"] = {"meldingId": melding_id(key), **body}
    meldingen.append(entry)


def iso(d):
    assert d <= LAATSTE_DATUM, d
    return d.isoformat()


# --- Aanbieders: the providers domain.md names, plus invented ones marked "(voorbeeld)". No KvK numbers.
AANBIEDERS = {
    "accare": "Accare",
    "enopsy": "Enopsy",
    "yorneo": "Yorneo",
    "buro-einstein": "Buro Einstein",
    "mee": "MEE Drenthe",
    "vaart": "Vaart Welzijn",
    "yoop": "YOOP",
    "handen": "Handen in één",
    "de-brug": "Orthopedagogenpraktijk De Brug (voorbeeld)",
    "leestalent": "Dyslexiepraktijk Leestalent (voorbeeld)",
    "taalkracht": "Dyslexiezorg Taalkracht Noord (voorbeeld)",
    "welzijn-ah": "Welzijn Aa en Hunze (voorbeeld)",
    "welzijn-md": "Jeugdwerk Midden-Drenthe (voorbeeld)",
    "welzijn-ty": "Welzijn Tynaarlo (voorbeeld)",
}
for key, naam in AANBIEDERS.items():
    add("inkoop-api", "/v1/aanbieders", f"aanbieder/{key}", {"naam": naam}, als=key, namens=SUBREGIO_CLIENT)

# --- Contracten
def contract(key, aanbieder, contractant, soort, soort_zorg, kader, start, hele_gemeente=True, scholen=(), als=None):
    add("inkoop-api", "/v1/contracten", f"contract/{key}", {
        "aanbiederId": "{{" + aanbieder + "}}",
        "contractant": contractant,
        "soort": soort,
        "soortZorg": soort_zorg,
        "kader": kader,
        "startdatum": iso(start),
        "heleGemeente": hele_gemeente,
        "scholen": list(scholen),
    }, als=als, namens=contractant_client(contractant))


JAN_2025 = date(2025, 1, 1)
# Jeugdhulp: bought by the subregion for all its municipalities.
for aanbieder, zorg in [
    ("accare", "Jeugd-GGZ: diagnostiek en behandeling"),
    ("yorneo", "Jeugd- en opvoedhulp, ambulant en met verblijf"),
    ("yoop", "Ambulante jeugdhulp en gezinsbegeleiding"),
    ("mee", "Begeleiding en cliëntondersteuning bij een beperking"),
    ("enopsy", "Basis-GGZ jeugd en psychodiagnostiek"),
    ("buro-einstein", "Orthopedagogische begeleiding en behandeling"),
    ("handen", "Ambulante begeleiding en dagbesteding jeugd"),
    ("de-brug", "Orthopedagogische diagnostiek en behandeling"),
]:
    contract(f"subregio/{aanbieder}", aanbieder, "subregio", "jeugdhulp", zorg, "jeugdwet", JAN_2025)

# Light support under the Wmo: each municipality arranges its own.
contract("assen/vaart", "vaart", ASSEN, "jeugdhulp", "Jeugdmaatschappelijk werk en preventieve ondersteuning", "wmo", JAN_2025)
contract("assen/handen", "handen", ASSEN, "jeugdhulp", "Schoolmaatschappelijk werk", "wmo", date(2025, 8, 1))
contract("aa-en-hunze/welzijn", "welzijn-ah", AA_EN_HUNZE, "jeugdhulp", "Jongerenwerk en preventieve ondersteuning", "wmo", JAN_2025)
contract("midden-drenthe/welzijn", "welzijn-md", MIDDEN_DRENTHE, "jeugdhulp", "Jongerenwerk en preventieve ondersteuning", "wmo", JAN_2025)
contract("tynaarlo/welzijn", "welzijn-ty", TYNAARLO, "jeugdhulp", "Jongerenwerk en preventieve ondersteuning", "wmo", JAN_2025)

# EED dyslexia care: per municipality. Midden-Drenthe's whole-municipality contract ends on 2026-08-01;
# the new one lists only 17 of its 20 primary schools, so coverage there falls below 100%.
EED_ZORG = "Diagnostiek en behandeling ernstige enkelvoudige dyslexie (EED)"
contract("assen/eed", "leestalent", ASSEN, "eed", EED_ZORG, "jeugdwet", JAN_2025)
contract("tynaarlo/eed", "leestalent", TYNAARLO, "eed", EED_ZORG, "jeugdwet", JAN_2025)
contract("aa-en-hunze/eed", "taalkracht", AA_EN_HUNZE, "eed", EED_ZORG, "jeugdwet", JAN_2025)
contract("midden-drenthe/eed-oud", "taalkracht", MIDDEN_DRENTHE, "eed", EED_ZORG, "jeugdwet", JAN_2025, als="contract-eed-md-oud")

scholen = REGISTER["scholen"]
md_primair = [s["brin"] for s in scholen if s["gemeente"] == MIDDEN_DRENTHE and s["soort"] in ("BAO", "SBO", "SO")]
EED_MD_NIET_BEDIEND = ["47EE", "75GU", "30JC"]  # Hijken, Mantinge, Drijber: outside the new contract
assert all(b in md_primair for b in EED_MD_NIET_BEDIEND)
contract("midden-drenthe/eed-nieuw", "leestalent", MIDDEN_DRENTHE, "eed", EED_ZORG, "jeugdwet", date(2026, 8, 1),
         hele_gemeente=False, scholen=[b for b in md_primair if b not in EED_MD_NIET_BEDIEND])
add("inkoop-api", "/v1/contracten/{{contract-eed-md-oud}}/beeindiging", "contract/midden-drenthe/eed-oud/einde",
    {"einddatum": iso(date(2026, 8, 1))}, namens=contractant_client(MIDDEN_DRENTHE))

# --- Trajecten: light (Wmo) and heavy (Jeugdwet etc.) care at schools.
WMO_VAN = {ASSEN: "vaart", AA_EN_HUNZE: "welzijn-ah", MIDDEN_DRENTHE: "welzijn-md", TYNAARLO: "welzijn-ty"}
trajecten = []  # (brin, aanbieder, zwaarte, kader, start)


def traject(brin, aanbieder, zwaarte, kader, start):
    trajecten.append((brin, aanbieder, zwaarte, kader, start))


# Special schools: many providers. De Aventurijn, De Atlas and SBO De Meander are above the norm of 6;
# SBO De Boei has exactly 6 (the script prints the counts at 2026-11-25).
for aanbieder, zwaarte, kader, start in [
    ("accare", "zwaar", "jeugdwet", date(2025, 9, 8)), ("accare", "zwaar", "jeugdwet", date(2026, 1, 12)),
    ("yorneo", "zwaar", "jeugdwet", date(2025, 9, 15)), ("yorneo", "zwaar", "jeugdwet", date(2026, 3, 2)),
    ("yoop", "zwaar", "jeugdwet", date(2025, 10, 6)), ("mee", "zwaar", "jeugdwet", date(2025, 11, 3)),
    ("enopsy", "zwaar", "jeugdwet", date(2026, 2, 2)), ("buro-einstein", "zwaar", "jeugdwet", date(2026, 4, 13)),
    ("handen", "zwaar", "pgb", date(2025, 9, 1)), ("de-brug", "zwaar", "jeugdwet", date(2026, 5, 11)),
    ("vaart", "licht", "wmo", date(2026, 9, 7)),
]:
    traject("51GD", aanbieder, zwaarte, kader, start)  # De Aventurijn
for aanbieder, zwaarte, kader, start in [
    ("accare", "zwaar", "jeugdwet", date(2025, 9, 1)), ("accare", "zwaar", "zvw-wlz", date(2025, 10, 20)),
    ("yorneo", "zwaar", "jeugdwet", date(2025, 11, 17)), ("yoop", "zwaar", "jeugdwet", date(2026, 1, 19)),
    ("mee", "zwaar", "jeugdwet", date(2026, 2, 9)), ("enopsy", "zwaar", "jeugdwet", date(2026, 3, 16)),
    ("de-brug", "zwaar", "jeugdwet", date(2026, 6, 1)), ("handen", "licht", "wmo", date(2026, 9, 14)),
    ("vaart", "licht", "wmo", date(2026, 10, 5)),
]:
    traject("50LC", aanbieder, zwaarte, kader, start)  # De Atlas
for aanbieder, zwaarte, kader, start in [
    ("accare", "zwaar", "jeugdwet", date(2025, 10, 13)), ("yoop", "zwaar", "jeugdwet", date(2025, 11, 10)),
    ("mee", "zwaar", "jeugdwet", date(2026, 1, 26)), ("buro-einstein", "zwaar", "jeugdwet", date(2026, 3, 9)),
    ("enopsy", "zwaar", "jeugdwet", date(2026, 5, 18)), ("yorneo", "zwaar", "jeugdwet", date(2026, 6, 15)),
    ("vaart", "licht", "wmo", date(2025, 9, 22)), ("handen", "licht", "wmo", date(2026, 9, 21)),
]:
    traject("31NK", aanbieder, zwaarte, kader, start)  # SBO De Meander
for aanbieder, zwaarte, kader, start in [
    ("accare", "zwaar", "jeugdwet", date(2025, 11, 24)), ("yoop", "zwaar", "jeugdwet", date(2026, 2, 16)),
    ("buro-einstein", "zwaar", "jeugdwet", date(2026, 4, 20)), ("vaart", "licht", "wmo", date(2025, 10, 6)),
    ("vaart", "licht", "wmo", date(2026, 9, 28)), ("handen", "licht", "wmo", date(2026, 1, 12)),
    ("mee", "licht", "wmo", date(2026, 6, 8)),
]:
    traject("65WY", aanbieder, zwaarte, kader, start)  # SBO De Boei
for aanbieder, zwaarte, kader, start in [
    ("mee", "zwaar", "zvw-wlz", date(2025, 9, 29)), ("yoop", "zwaar", "jeugdwet", date(2026, 2, 23)),
    ("handen", "licht", "wmo", date(2026, 3, 23)), ("vaart", "licht", "wmo", date(2026, 10, 12)),
]:
    traject("95CG", aanbieder, zwaarte, kader, start)  # W.A. van Liefland SO

# Regular schools: a few trajectories each, mostly light support from the municipality's own Wmo provider.
rnd = random.Random(22_01)
regulier = [s for s in scholen if s["soort"] in ("BAO", "VO", "PrO")]
ZWAAR_AANBIEDERS = ["accare", "yorneo", "yoop", "enopsy", "buro-einstein", "mee", "de-brug"]
gekozen = rnd.sample(regulier, 36)
for s in gekozen:
    for _ in range(rnd.choice([1, 1, 2, 2, 3])):
        start = date(2025, 9, 1) + timedelta(days=rnd.randrange(0, 440))
        if rnd.random() < 0.72:
            traject(s["brin"], WMO_VAN[s["gemeente"]], "licht", "wmo", start)
        else:
            traject(s["brin"], rnd.choice(ZWAAR_AANBIEDERS), "zwaar", rnd.choice(["jeugdwet", "jeugdwet", "jeugdwet", "pgb"]), start)

te_beeindigen = {}
for i, (brin, aanbieder, zwaarte, kader, start) in enumerate(trajecten, start=1):
    key = f"traject/{i:03d}"
    # Some of the older trajectories have ended (each after at least 8 weeks).
    eindigt = start < date(2026, 3, 1) and (i % 9 == 4)
    als = f"traject-{i:03d}" if eindigt else None
    add("ondersteuning-api", "/v1/trajecten", key, {
        "brin": brin,
        "aanbiederId": "{{" + aanbieder + "}}",
        "aanbiederNaam": AANBIEDERS[aanbieder],
        "zwaarte": zwaarte,
        "kader": kader,
        "startdatum": iso(start),
    }, als=als, namens=school_client(brin))
    if eindigt:
        te_beeindigen[key] = (als, start + timedelta(weeks=8 + (i % 5) * 4), brin)
for key, (als, einde, brin) in te_beeindigen.items():
    add("ondersteuning-api", "/v1/trajecten/{{" + als + "}}/beeindiging", key + "/einde", {"einddatum": iso(einde)},
        namens=school_client(brin))

# --- EED-verwijzingen: pseudonymous references; most have started treatment.
EED = [
    ("EED-ASN-2025-031", "19SL", date(2025, 10, 14), date(2025, 12, 8)),
    ("EED-ASN-2026-004", "51AS", date(2026, 1, 20), date(2026, 3, 16)),
    ("EED-ASN-2026-017", "46US", date(2026, 5, 12), date(2026, 6, 22)),
    ("EED-ASN-2026-029", "97CR", date(2026, 10, 6), None),
    ("EED-AEH-2025-012", "33CV", date(2025, 11, 4), date(2026, 1, 19)),
    ("EED-AEH-2026-009", "17JX", date(2026, 9, 15), None),
    ("EED-MD-2026-003", "98KN", date(2026, 2, 3), date(2026, 4, 13)),
    ("EED-MD-2026-011", "12EC", date(2026, 6, 9), date(2026, 9, 7)),
    ("EED-MD-2026-015", "47EE", date(2026, 10, 13), None),
    ("EED-TYN-2025-021", "25LL", date(2025, 12, 2), date(2026, 2, 9)),
    ("EED-TYN-2026-006", "28HJ", date(2026, 3, 10), date(2026, 5, 4)),
    ("EED-TYN-2026-019", "57CY", date(2026, 11, 3), None),
]
for referentie, brin, verwezen, _ in EED:
    add("ondersteuning-api", "/v1/eed-verwijzingen", f"eed/{referentie}",
        {"referentie": referentie, "brin": brin, "verwijsdatum": iso(verwezen)}, als=f"eed-{referentie}",
        namens=school_client(brin))
for referentie, brin, _, gestart in EED:
    if gestart:
        add("ondersteuning-api", "/v1/eed-verwijzingen/{{eed-" + referentie + "}}/behandelstart",
            f"eed/{referentie}/start", {"startdatum": iso(gestart)}, namens=school_client(brin))

# --- Complexe casussen (no thuiszitter cases: the end-to-end tests count those from zero).
def regisseur(rol, organisatie):
    return {"rol": rol, "organisatie": organisatie}


CASUSSEN = [
    ("CC-ASN-2026-002", ASSEN, "51GD", date(2026, 3, 2), regisseur("Casusregisseur onderwijs en zorg", "SWV PO 22.01")),
    ("CC-ASN-2026-011", ASSEN, "50LC", date(2026, 6, 15), None),  # gets one on 2026-07-20
    ("CC-MD-2026-004", MIDDEN_DRENTHE, "93UK", date(2026, 5, 11), None),  # no regisseur, past twelve weeks
    ("CC-AEH-2026-007", AA_EN_HUNZE, None, date(2026, 10, 5), regisseur("Jeugdconsulent", "Gemeente Aa en Hunze")),
    ("CC-TYN-2025-014", TYNAARLO, "28HJ", date(2025, 11, 3), regisseur("Casusregisseur", "Sociaal team Tynaarlo")),  # closed
    ("CC-MD-2026-009", MIDDEN_DRENTHE, "55HB", date(2026, 8, 24), regisseur("Casusregisseur", "Sociaal team Midden-Drenthe")),
    ("CC-TYN-2026-018", TYNAARLO, "95FB", date(2026, 9, 7), None),
    ("CC-ASN-2026-001", ASSEN, "58WB", date(2026, 2, 9), regisseur("Trajectbegeleider", "SWV VO 22.01")),
    ("CC-AEH-2026-010", AA_EN_HUNZE, "21XG", date(2026, 9, 28), regisseur("Zorgcoördinator", "SWV VO 22.01")),
    ("CC-ASN-2026-023", ASSEN, "31NK", date(2026, 10, 19), regisseur("Orthopedagoog en casusregisseur", "SBO De Meander")),
    ("CC-TYN-2026-012", TYNAARLO, None, date(2026, 7, 6), regisseur("Leerplichtambtenaar", "Gemeente Tynaarlo")),
]
def casus_client(brin):
    """A case without a school belongs to the region's SWVs; the primary one reports it."""
    return school_client(brin) if brin else SWV_CLIENT["PO2201"]


for referentie, gemeente, brin, start, rg in CASUSSEN:
    body = {"referentie": referentie, "gemeente": gemeente}
    if brin:
        body["brin"] = brin
    body["startdatum"] = iso(start)
    if rg:
        body["casusregisseur"] = rg
    add("ondersteuning-api", "/v1/complexe-casussen", f"casus/{referentie}", body, als=f"casus-{referentie}",
        namens=casus_client(brin))
add("ondersteuning-api", "/v1/complexe-casussen/{{casus-CC-ASN-2026-011}}/casusregisseur", "casus/CC-ASN-2026-011/regisseur",
    {"rol": "Gezinscoach", "organisatie": "Sociaal team Assen", "datum": iso(date(2026, 7, 20))}, namens=casus_client("50LC"))
add("ondersteuning-api", "/v1/complexe-casussen/{{casus-CC-TYN-2025-014}}/afsluiting", "casus/CC-TYN-2025-014/einde",
    {"einddatum": iso(date(2026, 4, 20))}, namens=casus_client("28HJ"))

# --- Voortgangsrapportages per goal, by fictional professionals, between the sample OOGO meetings
# (2025-10-09, 2026-04-09, 2026-10-08; see data/agenda.json).
MENSEN = {
    "bosma": ("Hendrik Bosma (fictief)", "directeur", "SWV PO 22.01"),
    "mulder": ("Ingrid Mulder (fictief)", "directeur", "SWV VO 22.01"),
    "dekker": ("Marloes Dekker (fictief)", "beleidsadviseur onderwijs en jeugd", "Gemeente Assen"),
    # The subregion only buys; its inkoopadviseur reports for Assen, which buys for the subregion.
    "wiersma": ("Sander Wiersma (fictief)", "inkoopadviseur jeugdhulp subregio", "Gemeente Assen"),
    "hoekstra": ("Femke Hoekstra (fictief)", "leerplichtambtenaar", "Gemeente Tynaarlo"),
    "kuipers": ("Roelof Kuipers (fictief)", "beleidsmedewerker jeugd", "Gemeente Midden-Drenthe"),
    "smit": ("Anja Smit (fictief)", "beleidsadviseur sociaal domein", "Gemeente Aa en Hunze"),
    "veenstra": ("Jeroen Veenstra (fictief)", "orthopedagoog, coördinator dyslexiezorg", "SWV PO 22.01"),
}
RAPPORTEN = [
    (1, "op-koers", date(2025, 11, 20), "bosma", "Ontwikkelagenda 2025-2027 in het OOGO van oktober vastgesteld; werkgroep met beide samenwerkingsverbanden en de vier gemeenten gestart."),
    (1, "aandacht-nodig", date(2026, 3, 12), "dekker", "Afstemming ondersteuningsplan en plan jeugdbeleid loopt, maar de planning van het nieuwe ondersteuningsplan vo loopt achter op die van de gemeenten."),
    (1, "op-koers", date(2026, 9, 17), "mulder", "Gezamenlijke planning ondersteuningsplannen en jeugdbeleid vastgesteld; bestuurlijk overleg per kwartaal staat."),
    (2, "aandacht-nodig", date(2025, 12, 4), "smit", "Inzet jongerenwerk op scholen in Aa en Hunze uitgebreid; aandeel lichte trajecten nog onder de streefwaarde."),
    (2, "op-koers", date(2026, 6, 11), "kuipers", "Laagdrempelige ondersteuning via het jongerenwerk in Midden-Drenthe op alle vo-locaties beschikbaar."),
    (2, "op-koers", date(2026, 10, 29), "dekker", "Schoolmaatschappelijk werk in Assen sinds augustus 2025 op alle basisscholen; lichte trajecten nemen toe."),
    (3, "achter", date(2026, 1, 22), "wiersma", "Scholen voor speciaal (basis)onderwijs werken nog met veel aanbieders; gesprek met de subregio over preferente aanbieders gestart."),
    (3, "aandacht-nodig", date(2026, 7, 2), "wiersma", "Afspraken over vaste contactpersonen per school in voorbereiding; De Aventurijn en De Atlas blijven boven de norm."),
    (3, "aandacht-nodig", date(2026, 11, 12), "bosma", "Eerste scholen werken met een vaste aanbieder per ondersteuningsvraag; effect op het aantal aanbieders nog beperkt."),
    (4, "aandacht-nodig", date(2026, 2, 26), "mulder", "Rol van de casusregisseur onderwijs en zorg beschreven; nog niet in elke gemeente belegd."),
    (4, "aandacht-nodig", date(2026, 8, 27), "kuipers", "Casusregie in Midden-Drenthe belegd bij het sociaal team; een casus wacht nog op een regisseur."),
    (5, "op-koers", date(2025, 12, 11), "hoekstra", "Geen thuiszitters langer dan drie maanden in Tynaarlo; thuiszittersoverleg met het samenwerkingsverband maandelijks."),
    (5, "op-koers", date(2026, 5, 21), "hoekstra", "Werkwijze van het thuiszitterspact regionaal afgestemd met de leerplichtambtenaren van de vier gemeenten."),
    (6, "op-koers", date(2026, 1, 15), "veenstra", "Alle basisscholen bediend door een EED-aanbieder; verwijsroute via ouders, huisarts of jeugdarts opnieuw toegelicht aan de intern begeleiders."),
    (6, "aandacht-nodig", date(2026, 10, 15), "kuipers", "Nieuw EED-contract in Midden-Drenthe sinds 1 augustus 2026 bedient drie kleine scholen nog niet; aanvulling in voorbereiding."),
]
# An OOGO partner reports with its organisation's client; the report is stored under that organisation (the token's).
OOGO_CLIENT = {
    **{f"Gemeente {g['naam']}": GEMEENTE_CLIENT[g["code"]] for g in REGISTER["gemeenten"] if g["code"] in GEMEENTE_CLIENT},
    **{s["naam"]: SWV_CLIENT[s["code"]] for s in REGISTER["samenwerkingsverbanden"]},
}
for i, (doel, status, datum, wie, toelichting) in enumerate(RAPPORTEN, start=1):
    naam, rol, organisatie = MENSEN[wie]
    add("ondersteuning-api", "/v1/voortgangsrapportages", f"rapport/{i:02d}", {
        "doel": doel,
        "status": status,
        "toelichting": toelichting,
        "datum": iso(datum),
        "naamRapporteur": naam,
        "rolRapporteur": rol,
    }, namens=OOGO_CLIENT[organisatie])

ids = [m["body"]["meldingId"] for m in meldingen]
assert len(ids) == len(set(ids))

bestand = {
    "opmerking": "VOORBEELDDATA (sample data), geen echte gegevens. Aanbieders: de namen uit het onderzoeksrapport en de presentatie (Accare, Enopsy, Yorneo, Buro Einstein, MEE Drenthe, Vaart Welzijn, YOOP, Handen in één) en verzonnen aanbieders met '(voorbeeld)' in de naam; geen KvK-nummers. Alle contracten, trajecten, EED-verwijzingen, complexe casussen en voortgangsrapportages zijn verzonnen; de rapporteurs zijn fictieve personen ('(fictief)'). Geen thuiszittercasussen. Gemaakt met data/voorbeeld/maak_meldingen.py; vaste meldingIds, dus twee keer versturen slaat alles één keer op. '{{naam}}' staat voor het id dat een eerdere melding met \"als\": \"naam\" terugkreeg; \"namens\" is de demo-client van Identity.Api (demo-accounts.txt) met wiens token de melding wordt verstuurd.",
    "meldingen": meldingen,
}
(HERE / "meldingen.json").write_text(json.dumps(bestand, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


# --- Figures for the report (by hand, at 2026-11-25).
def actief(start, einde, p):
    return start <= p and (einde is None or einde > p)


P = date(2026, 11, 25)
eind_van = {}
for key, (als, einde, _) in te_beeindigen.items():
    eind_van[int(key.split("/")[1])] = einde
per_school = {}
licht = zwaar = 0
for i, (brin, aanbieder, zwaarte, kader, start) in enumerate(trajecten, start=1):
    if actief(start, eind_van.get(i), P):
        per_school.setdefault(brin, set()).add(aanbieder)
        licht += zwaarte == "licht"
        zwaar += zwaarte == "zwaar"
print(f"meldingen {len(meldingen)}; aanbieders {len(AANBIEDERS)}; trajecten {len(trajecten)}, beeindigd {len(te_beeindigen)}")
print(f"actief op {P}: licht {licht}, zwaar {zwaar}, aandeel licht {licht * 100 / (licht + zwaar):.1f}%")
print("scholen boven 6:", {b: len(a) for b, a in per_school.items() if len(a) > 6})
print("scholen met 6:", [b for b, a in per_school.items() if len(a) == 6])
namen = {g["code"]: g["naam"] for g in REGISTER["gemeenten"]}
# The register may keep pupil counts per school or per school year (tellingen); take what is there.
telling = (REGISTER.get("tellingen") or [{}])[-1].get("leerlingen", {})
for s in scholen:
    s.setdefault("leerlingen", telling.get(s["brin"], 0))
totaal = [0, 0, 0, 0]
for gm in (AA_EN_HUNZE, ASSEN, MIDDEN_DRENTHE, TYNAARLO):
    primair = [s for s in scholen if s["gemeente"] == gm and s["soort"] in ("BAO", "SBO", "SO")]
    gedekt = [s for s in primair if gm != MIDDEN_DRENTHE or s["brin"] not in EED_MD_NIET_BEDIEND]
    n, d = len(gedekt), len(primair)
    ln, ld = sum(s["leerlingen"] for s in gedekt), sum(s["leerlingen"] for s in primair)
    totaal = [totaal[0] + n, totaal[1] + d, totaal[2] + ln, totaal[3] + ld]
    print(f"EED {namen[gm]}: {n}/{d} scholen = {n * 100 / d:.1f}%, leerlingen {ln}/{ld} = {ln * 100 / ld:.1f}%")
print(f"EED regio: {totaal[0]}/{totaal[1]} = {totaal[0] * 100 / totaal[1]:.1f}%, leerlingen {totaal[2]}/{totaal[3]} = {totaal[2] * 100 / totaal[3]:.1f}%")
