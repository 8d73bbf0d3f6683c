#!/usr/bin/env python3
"""Writes questions.jsonl for the held-out department store from the hand-written list below.

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
    ("where are the men's jeans", ["mens pants"], r"jeans"),
    ("women's leggings", ["womens activewear"], r"leggings"),
    ("do you carry levis", ["mens pants", "womens bottoms", "womens outerwear", "boys clothing",
                            "girls clothing", "mens shirts", "handbags wallets"], r"Levi's"),
    ("bath towels", ["bath"], r"bath towel|bath sheet"),
    ("where can I find a coffee maker", ["small appliances"], r"coffee ?maker|coffee and espresso"),
    ("air fryer", ["small appliances"], r"air fryer"),
    ("toasters", ["small appliances"], r"toaster"),
    ("cast iron skillet", ["cookware"], r"cast iron skillet"),
    ("knife set", ["kitchen tools"], r"knife block set"),
    ("water bottles", ["dinnerware drinkware"], r"water bottle"),
    ("where are the legos", ["building toys"], r"LEGO"),
    ("board games", ["games puzzles"], r"board game|Connect 4|Jenga|Guess Who|Hippos"),
    ("jigsaw puzzles", ["games puzzles"], r"puzzle"),
    ("barbie dolls", ["dolls playsets"], r"Barbie"),
    ("headphones", ["headphones"], None),
    ("hdmi cable", ["tv accessories"], r"HDMI"),
    ("I need a phone charger", ["chargers cables"], r"charger|power adapter"),
    ("bluetooth speaker", ["speakers"], r"bluetooth speaker"),
    ("suitcases", ["luggage"], r"suitcase|spinner|luggage set"),
    ("backpacks", ["backpacks bags"], r"backpack"),
    ("yoga mat", ["fitness"], r"yoga mat"),
    ("dumbbells", ["fitness"], r"dumbbell"),
    ("camping tent", ["camping outdoor"], r"tent"),
    ("basketball", ["team sports"], r"basketball(?! hoop)"),
    ("mascara", ["makeup"], r"mascara"),
    ("perfume", ["fragrance"], None),
    ("hair dryer", ["hair care"], r"hair dryer"),
    ("earrings", ["jewelry"], r"earring"),
    ("men's watches", ["watches"], r"men's"),
    ("notebooks", ["school supplies", "office supplies"], r"notebook"),
    ("printer paper", ["office supplies"], r"printer paper"),
    ("artificial christmas tree", ["holiday decor"], r"christmas tree"),
    ("wrapping paper", ["gift wrap"], r"wrapping paper"),
    ("christmas ornaments", ["holiday decor"], r"ornament"),
    ("throw pillows", ["home decor"], r"throw pillow"),
    ("curtains", ["home decor"], r"curtain panel"),
    ("storage bins", ["storage organization"], r"bin|storage box|tote"),
    ("hangers", ["storage organization"], r"hanger"),
    ("shower curtain", ["bath"], r"shower curtain(?! liner| hooks)"),
    ("comforters", ["bedding"], r"comforter"),
    ("men's polo shirts", ["mens shirts"], r"polo"),
    ("where are the bras", ["womens intimates"], r"\bbra\b|bralette"),
    ("men's underwear", ["mens underwear socks"], r"boxer|brief"),
    ("baby clothes", ["baby clothing"], None),
    ("sneakers", ["womens shoes", "mens shoes", "kids shoes"], r"sneaker|running shoe"),
    ("slippers", ["womens sleepwear", "mens shoes", "cold weather accessories"], r"slipper"),
    ("sunglasses", ["sunglasses"], None),
    ("wallets", ["handbags wallets"], r"wallet"),
    ("stuffed animals", ["stuffed animals"], None),
    ("calculator", ["school supplies"], r"calculator"),
    ("bike helmet", ["bikes scooters"], r"helmet"),
    ("do you have sleds", ["outdoor toys"], r"sled"),
]

# harder: misspellings, needs, chatty sentences, several qualifiers
HARD = [
    ("boys size 8 jeans", ["boys clothing"], r"jeans.*, 8$"),
    ("queen size sheets", ["bedding"], r"sheet set.*, queen$"),
    ("it's cold, I need gloves", ["cold weather accessories"], r"glove|mitten"),
    ("I need a gift for a 5 year old",
     ["building toys", "dolls playsets", "action figures vehicles", "games puzzles", "arts crafts",
      "outdoor toys", "stuffed animals"],
     r"^(?!.*(Technic|Icons|Harry Potter|Exploding Kittens|Codenames|Trading Card|Scrabble|Clue|Monopoly|1000-Piece))"),
    ("levis 505 in 34 by 32", ["mens pants"], r"505.*34x32$"),
    ("womens winter coat size medium", ["womens outerwear"], r"(puffer jacket|coat|sherpa jacket), .*\bM$"),
    ("snow boots for my son, he wears a 13", ["kids shoes"], r"snow boots.*, 13$"),
    ("headfones", ["headphones"], None),
    ("a hoodie for my husband, he's a large", ["mens activewear", "mens shirts"], r"hoodie.*, L$"),
    ("I just moved into my first apartment and need a set of pots and pans", ["cookware"], r"cookware set"),
    ("my daughter needs crayons for school", ["school supplies"], r"crayon"),
    ("something to keep my coffee hot on the drive to work", ["dinnerware drinkware", "camping outdoor"],
     r"travel mug|tumbler|vacuum"),
    ("a soft blanket for the couch", ["bedding"], r"throw blanket"),
    ("pijamas for my 6 year old girl", ["girls clothing"], r"pajama.*, 6$"),
    ("ear buds", ["headphones"], r"earbud|AirPods"),
    ("waffle iron", ["small appliances"], r"waffle"),
    ("my teenage son wants wireless earbuds with noise cancelling", ["headphones"],
     r"AirPods Pro|QuietComfort.*Earbuds"),
    ("sheets for a twin xl dorm bed", ["bedding"], r"sheet set.*twin xl$"),
    ("crockpot", ["small appliances"], r"slow cooker"),
    ("baby shower gift, onesies size 3 months", ["baby clothing"], r"bodysuits.*, (3M|0-3M|3-6M)$"),
]

# price: (question, [exact catalog names]) ; a "scan" question gives the first product's GTIN
PRICE = [
    ("how much is the cuisinart 12 cup coffee maker", ["Cuisinart 12-Cup Programmable Coffeemaker, Black/Stainless Steel"]),
    ("price of the ninja air fryer", ["Ninja 4 qt Air Fryer, AF101, Gray", "Ninja Foodi 6-in-1 8 qt 2-Basket Air Fryer with DualZone"]),
    ("how much are airpods pro", ["Apple AirPods Pro (2nd Generation) with MagSafe Case (USB-C)"]),
    ("what does the lego police station cost", ["LEGO City Police Station 60316"]),
    ("how much is monopoly", ["Hasbro Gaming Monopoly Classic Board Game"]),
    ("how much for the hanes 6 pack crew tees in large", [
        "Hanes Men's ComfortSoft Crew Neck T-Shirt 6-Pack, Assorted Grays, L",
        "Hanes Men's ComfortSoft Crew Neck T-Shirt 6-Pack, Black, L",
        "Hanes Men's ComfortSoft Crew Neck T-Shirt 6-Pack, White, L"]),
    ("kitchenaid stand mixer price", ["KitchenAid Artisan 5 qt Tilt-Head Stand Mixer, Empire Red",
                                      "KitchenAid Artisan 5 qt Tilt-Head Stand Mixer, Matte Black"]),
    ("how much is a jbl flip 6", ["JBL Flip 6 Portable Bluetooth Speaker, Black", "JBL Flip 6 Portable Bluetooth Speaker, Blue"]),
    ("how much is the open story 20 inch carry on", [
        "Open Story 20 in Hardside Carry-On Spinner Suitcase, Black",
        "Open Story 20 in Hardside Carry-On Spinner Suitcase, Navy",
        "Open Story 20 in Hardside Carry-On Spinner Suitcase, Sage Green"]),
    ("what do the 40 oz stanley cups cost", [
        "Stanley 40 oz Quencher H2.0 FlowState Tumbler, Charcoal",
        "Stanley 40 oz Quencher H2.0 FlowState Tumbler, Frost",
        "Stanley 40 oz Quencher H2.0 FlowState Tumbler, Rose Quartz"]),
    ("ti-84 calculator price", ["Texas Instruments TI-84 Plus CE Graphing Calculator, Black"]),
    ("price on the threshold 400 thread count queen sheets", [
        "Threshold 400 Thread Count Solid Performance Sheet Set, Gray, Queen",
        "Threshold 400 Thread Count Solid Performance Sheet Set, White, Queen"]),
    ("how much is the instant pot", ["Instant Pot Duo 7-in-1 Electric Pressure Cooker, 6 qt"]),
    ("scan", ["Mattel Games UNO Card Game"]),
]

# stock: (question, [exact catalog names]) - in and out of stock mixed
STOCK = [
    ("do you have levi's 505 in 30x30 in stock", ["Levi's Men's 505 Regular Fit Jeans, Dark Stonewash, 30x30"]),
    ("is the nutribullet in stock", ["NutriBullet Pro 900W Personal Blender, Gray"]),
    ("is jenga in stock", ["Hasbro Gaming Jenga Classic Game"]),
    ("do you have the hamilton beach hand mixer in stock", ["Hamilton Beach 6-Speed Electric Hand Mixer, White"]),
    ("are the skullcandy dime 3 earbuds in stock", ["Skullcandy Dime 3 True Wireless Earbuds, Black"]),
    ("girls levi's 710 jeans size 8, any in stock?", ["Levi's Girls' 710 Super Skinny Jeans, Dark Wash, 8"]),
    ("are the regular airpods in stock", ["Apple AirPods (2nd Generation)"]),
    ("do you have the lodge cast iron skillet in stock", ["Lodge 10.25 in Cast Iron Skillet"]),
    ("is the roku streaming stick 4k in stock", ["Roku Streaming Stick 4K"]),
    ("do you have the gaiam yoga mat in stock", ["Gaiam Essentials 10mm Thick Yoga Mat, Black"]),
    ("is the crock-pot slow cooker in stock", ["Crock-Pot 7 qt Manual Slow Cooker, Stainless Steel"]),
    ("is the carhartt sherpa jacket in large in stock", ["Carhartt Men's Loose Fit Washed Duck Sherpa-Lined Jacket, Brown, L"]),
]

# absent: plausible things this store does not carry (checked against the catalog), and a few
# out of scope questions
ABSENT = [
    "where's the milk",
    "do you sell bananas",
    "I need a gallon of paint for my bedroom",
    "motor oil",
    "ibuprofen",
    "toothpaste",
    "dog food",
    "cat litter",
    "2x4 lumber",
    "lawn mower",
    "car tires",
    "do you have 65 inch tvs",
    "refrigerators",
    "sofas",
    "wedding dresses",
    "acoustic guitar",
    "cigarettes",
    "beer",
    "fresh flowers",
    "what time do you close tonight",
    "where's the nearest starbucks",
    "can I return something without a receipt",
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
        qs.append(dict({'id': 'ds%03d' % n}, **d))

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
