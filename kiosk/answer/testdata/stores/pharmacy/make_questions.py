#!/usr/bin/env python3
"""Writes questions.jsonl for the held-out pharmacy store from the hand-written list below.

usage: make_questions.py [CATALOG.csv] [OUT.jsonl]   (defaults: files beside this script)

The questions are written by hand, as shoppers say them. Price / stock questions name their
product(s) by exact catalog name here and this script looks the skus up (so a changed catalog
fails loudly instead of silently pointing at the wrong sku); "scan" questions use the product's
GTIN. Run validate.py afterwards.
"""
import csv, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))

# locate: (question, cats, name regex or None)
LOCATE = [
    ("where is the ibuprofen", ["pain relief"], r"ibuprofen"),
    ("which aisle is tylenol in", ["pain relief"], r"Tylenol"),
    ("do you carry claritin", ["allergy"], r"Claritin"),
    ("cough drops", ["cold flu"], r"cough drop|throat drop|lozenge"),
    ("where can i find bandaids", ["first aid", "foot care"], r"band-aid|bandage"),
    ("I need eye drops", ["eye ear care"], r"eye drops"),
    ("toothpaste", ["oral care"], r"toothpaste"),
    ("where are the condoms", ["sexual health"], r"condom"),
    ("pregnancy tests", ["sexual health"], r"pregnancy test"),
    ("diapers", ["diapers wipes"], r"diaper"),
    ("where's the baby formula", ["baby formula food"], r"formula"),
    ("reading glasses", ["eyewear"], r"reading glasses"),
    ("do you have AA batteries", ["batteries"], r"\bAA\b"),
    ("gift bags", ["gift wrap party", "holiday"], r"gift bag"),
    ("tampons", ["feminine care"], r"tampon"),
    ("where would I find a blood pressure cuff", ["home health"], r"blood pressure"),
    ("glucose test strips", ["diabetes care"], r"test strips"),
    ("thermometer", ["home health"], r"thermometer"),
    ("knee brace", ["home health"], r"knee"),
    ("do you sell canes", ["home health"], r"\bcane\b"),
    ("heating pad", ["home health"], r"heating pad"),
    ("melatonin", ["sleep aids"], r"melatonin"),
    ("fish oil pills", ["supplements"], r"fish oil"),
    ("where is the vitamin d", ["vitamins"], r"Vitamin D3 \d+ IU"),
    ("probiotics", ["digestive health", "supplements"], r"probiotic"),
    ("hydrocortisone cream", ["first aid"], r"hydrocortisone"),
    ("where would the neosporin be", ["first aid"], r"Neosporin"),
    ("razors", ["shaving"], r"razor"),
    ("shaving cream", ["shaving"], r"shav(e|ing) (cream|gel|foam)"),
    ("deodorant", ["deodorant"], r"deodorant|antiperspirant"),
    ("dandruff shampoo", ["hair care"], r"dandruff"),
    ("hair dye", ["hair color"], None),
    ("mascara", ["cosmetics"], r"mascara"),
    ("nail polish remover", ["nail care"], r"polish remover"),
    ("where is the sunscreen", ["sun care"], r"sunscreen"),
    ("face moisturizer", ["skin care"], r"face moisturizer|facial moisturizing"),
    ("mouthwash", ["oral care"], r"mouthwash|mouth rinse|oral rinse"),
    ("dental floss", ["oral care"], r"floss(?!er)"),
    ("electric toothbrush", ["oral care"], r"electric toothbrush(?! replacement)"),
    ("toilet paper", ["paper products"], r"toilet paper|bath tissue"),
    ("paper towels", ["paper products"], r"paper towel"),
    ("laundry detergent", ["laundry"], r"laundry detergent"),
    ("garbage bags", ["bags wraps"], r"trash bag"),
    ("where are the potato chips", ["snacks"], r"potato chips|potato crisps"),
    ("bottled water", ["beverages"], r"water"),
    ("candy bars", ["candy gum"], r"\bbar\b"),
    ("do you guys have milk", ["beverages"], r"milk"),
    ("sd card for my camera", ["photo"], r"SDHC|microSD|memory card"),
    ("wrapping paper", ["gift wrap party", "holiday"], r"wrapping paper|gift wrap,"),
    ("christmas lights", ["holiday"], r"lights"),
    ("contact lens solution", ["eye ear care"], r"solution"),
    ("where are the covid tests", ["home health"], r"covid"),
]

# harder: misspellings, needs and symptoms, chatty sentences, several qualifiers
HARD = [
    ("ibuprofin", ["pain relief"], r"ibuprofen"),
    ("diarea medicine", ["digestive health"], r"diarrh|Imodium|Loperamide|Pepto|Stomach Relief"),
    ("qtips", ["beauty tools"], r"swab"),
    ("kleenex", ["paper products"], r"facial tissue"),
    ("chapstick", ["skin care"], r"lip balm"),
    ("where's the acetaminophen, like tylenol but the cvs brand", ["pain relief"],
     r"CVS Health (Extra Strength|Arthritis).*Acetaminophen"),
    ("something for a sore throat", ["cold flu"], r"throat|lozenge|cough drop"),
    ("my kid has a fever what can I give her", ["pain relief"], r"Children's|Infants'"),
    ("non drowsy allergy pills", ["allergy"],
     r"^(?!.*(Spray|Liquid|Syrup|Oral Solution)).*(Non-Drowsy|Claritin|Allegra|Loratadine|Fexofenadine)"),
    ("I got stung by a bee and it itches like crazy", ["first aid", "allergy"],
     r"itch|sting|bite|hydrocortisone|calamine|Benadryl|Diphenhydramine|antihistamine"),
    ("my feet are killing me after standing all day at work", ["foot care"], r"insole|orthotic|heel cup"),
    ("I can't sleep at night", ["sleep aids"], r"sleep|melatonin"),
    ("I burned my hand on the stove", ["first aid"], r"burn"),
    ("I have really bad heartburn after dinner", ["digestive health"],
     r"antacid|acid reducer|Tums|Pepcid|Prilosec|Nexium|Famotidine|Omeprazole|Alka-Seltzer|Pepto|Stomach Relief"),
    ("my nose is so stuffy I can't breathe", ["cold flu", "allergy"],
     r"nasal|sinus|decongest|severe congestion|allergy & congestion|Sudafed|Afrin|saline|Breathe Right"),
    ("hi, my wife just had a baby and we ran out of those wipes, where would they be", ["diapers wipes"], r"wipe"),
    ("I need a birthday card for my mom", ["greeting cards"], r"\bmom\b"),
    ("it's freezing out and I left my gloves at home", ["winter essentials"], r"glove"),
    ("my dad needs something to check his blood sugar", ["diabetes care"], r"meter|monitoring system"),
    ("depends for my mother", ["incontinence"], r"for women"),
]

# price: (question, [exact catalog names]) ; a "scan" question gives the first product's GTIN
PRICE = [
    ("how much is the advil 100 count", ["Advil Ibuprofen 200 mg Coated Tablets, 100 ct"]),
    ("price of nyquil liquid", ["Vicks NyQuil Cold & Flu Nighttime Relief Liquid, Original, 12 fl oz"]),
    ("what does the zyrtec 14 count cost", ["Zyrtec 24 Hour Allergy Relief Tablets, 10 mg Cetirizine, 14 ct"]),
    ("how much is a 12 pack of trojan enz", ["Trojan ENZ Lubricated Latex Condoms, 12 ct"]),
    ("how much are pampers swaddlers size 3", ["Pampers Swaddlers Diapers, Size 3, 27 ct"]),
    ("how much is the cvs brand loratadine, the 30 count",
     ["CVS Health Non-Drowsy Allergy Relief Loratadine 10 mg Tablets, 30 ct"]),
    ("how much is the omron silver blood pressure monitor", ["Omron Silver Upper Arm Blood Pressure Monitor"]),
    ("nature made d3 2000 softgels price", ["Nature Made Vitamin D3 2000 IU Softgels 90 ct."]),
    ("what's the price of tide liquid detergent", ["Tide Original Liquid Laundry Detergent, 46 fl oz"]),
    ("what does plan b cost", ["Plan B One-Step Emergency Contraceptive, Levonorgestrel 1.5 mg, 1 ct"]),
    ("cerave moisturizing cream how much", ["CeraVe Moisturizing Cream, 16 oz"]),
    ("how much is the duracell double a 8 pack", ["Duracell Coppertop AA Alkaline Batteries, 8 pk"]),
    ("price of the big bottle of listerine cool mint", ["Listerine Cool Mint Antiseptic Mouthwash, 1.5 L"]),
    ("scan", ["Gatorade Thirst Quencher, Cool Blue, 28 fl oz"]),
]

# stock: (question, [exact catalog names]) - in and out of stock mixed
STOCK = [
    ("do you have vicks vaporub in stock", ["Vicks VapoRub Cough Suppressant Topical Ointment, 1.76 oz"]),
    ("is mucinex dm in stock", ["Mucinex DM 12 Hr Expectorant & Cough Suppressant Tablets, 20 ct"]),
    ("any of the zyrtec 90 count left", ["Zyrtec 24 Hour Allergy Relief Tablets, 10 mg Cetirizine, 90 ct"]),
    ("do you have a bathroom scale in stock", ["Taylor Digital Bathroom Scale"]),
    ("are the unisom sleeptabs in stock", ["Unisom SleepTabs Nighttime Sleep Aid, Doxylamine Succinate 25 mg, 32 ct"]),
    ("are tums ultra strength in stock", ["Tums Ultra Strength 1000 Antacid Chewable Tablets, Assorted Berries, 72 ct"]),
    ("is the braun ear thermometer in stock", ["Braun ThermoScan 5 Ear Thermometer IRT6020"]),
    ("do you have the omron wrist blood pressure monitor in stock", ["Omron 3 Series Wrist Blood Pressure Monitor"]),
    ("got any dramamine in stock", ["Dramamine Motion Sickness Relief Original Tablets, 12 ct"]),
    ("is there any nicorette 4 mg gum in stock", ["Nicorette Nicotine Gum, 4 mg, White Ice Mint, 20 ct"]),
    ("is children's motrin in stock", ["Children's Motrin Ibuprofen Oral Suspension, Berry, 4 fl oz"]),
    ("do you have narcan in stock", ["Narcan Naloxone HCl Nasal Spray, 4 mg, 2 ct"]),
]

# absent: plausible things a drugstore does not carry (checked against the catalog), and a few
# out of scope questions
ABSENT = [
    "do you sell cigarettes",
    "where's the beer",
    "do you have fresh bananas",
    "I need a lawn mower",
    "where do you keep the paint",
    "printer ink cartridges",
    "dog food",
    "cat litter",
    "fresh flowers for my girlfriend",
    "rotisserie chicken",
    "men's jeans",
    "do you have flat screen tvs",
    "bike helmets",
    "motor oil for my car",
    "where can I rent a wheelchair",
    "crutches",
    "frozen pizza",
    "a dozen eggs",
    "a bottle of red wine",
    "what time does the pharmacy close tonight",
    "tell me a joke",
    "is there a gas station near here",
]


def main():
    cat_path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, 'catalog.csv')
    out_path = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, 'questions.jsonl')
    rows = list(csv.DictReader(open(cat_path, encoding='utf-8')))
    by_name = {}
    for r in rows:
        by_name.setdefault(r['name'], []).append(r)

    def rows_for(names):
        out = []
        for n in names:
            if n not in by_name:
                sys.exit('not in catalog: %r' % n)
            out += by_name[n]
        return out

    qs = []
    n = 0

    def add(d):
        nonlocal n
        n += 1
        qs.append(dict({'id': 'ph%03d' % n}, **d))

    for q, cats, name in LOCATE + HARD:
        d = {'q': q, 'cats': cats}
        if name:
            d['name'] = name
        add(d)
    for check, items in (('price', PRICE), ('stock', STOCK)):
        for q, names in items:
            rs = rows_for(names)
            if q == 'scan':
                q = 'scan %s' % rs[0]['gtin']
            add({'q': q, 'sku': [r['sku'] for r in rs], 'check': check})
    for q in ABSENT:
        add({'q': q, 'absent': True})
    with open(out_path, 'w', encoding='utf-8') as fh:
        for d in qs:
            fh.write(json.dumps(d, ensure_ascii=False) + '\n')
    print('%d questions -> %s (locate %d, harder %d, price %d, stock %d, absent %d)' % (
        len(qs), out_path, len(LOCATE), len(HARD), len(PRICE), len(STOCK), len(ABSENT)))


if __name__ == '__main__':
    main()
