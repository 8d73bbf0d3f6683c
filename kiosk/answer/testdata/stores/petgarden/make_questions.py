#!/usr/bin/env python3
"""Writes questions.jsonl for the held-out pet supply & garden centre store from the hand-written
list below.

usage: make_questions.py [CATALOG.csv] [OUT.jsonl]   (defaults: files beside this script)

The questions are written by hand, as shoppers say or type them. Price / stock questions name their
product(s) by exact catalog name here and this script looks the skus up (so a changed catalog
fails loudly instead of silently pointing at the wrong sku); "scan" questions use the product's
GTIN. Run ../validate.py afterwards.
"""
import csv, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))

DOG_FOOD = ["dry dog food", "wet dog food", "fresh dog food"]
CAT_FOOD = ["dry cat food", "wet cat food"]

# locate: (question, cats, name regex or None)
LOCATE = [
    ("where is the cat litter", ["cat litter"], None),
    ("do you have dog beds", ["dog beds"], r"Dog Bed(?! Cover)"),
    ("bird seed", ["wild bird seed", "bird food"],
     r"Seed|Wild Bird Feed|Wild Bird Food|Sunflower|No Waste|Forti-Diet|Fiesta|Nutri-Berries|Spray Millet"),
    ("where's the dog food", DOG_FOOD, r"Dog Food"),
    ("cat food", CAT_FOOD, r"Cat Food"),
    ("puppy food", ["dry dog food", "wet dog food"], r"Puppy"),
    ("kitten food", CAT_FOOD, r"Kitten.*Cat Food"),
    ("dog treats", ["dog treats chews", "fresh dog food"], r"^(?!.*Dog Food)"),
    ("cat treats", ["cat treats"], None),
    ("where are the dog toys", ["dog toys"], r"^(?!.*Treat Paste)"),
    ("cat toys", ["cat toys"], None),
    ("leashes", ["collars leashes"], r"Leash|\bLead\b"),
    ("dog collars", ["collars leashes"], r"Dog Collar|Headcollar"),
    ("I need a crate for my dog", ["crates gates"], r"Crate|Kennel"),
    ("fish tanks", ["aquariums"], r"^(?!.*(Aquarium Stand|Canopy))"),
    ("fish food", ["fish food"], None),
    ("where are your goldfish", ["live fish"], r"Goldfish"),
    ("betta fish", ["live fish"], r"Betta"),
    ("aquarium filter", ["aquarium equipment"], r"Filter(?! Cartridges| Inserts)"),
    ("hamster cage", ["small animal habitats"], r"Hamster"),
    ("guinea pig food", ["small animal food"], r"Guinea Pig|Timothy Hay|Orchard Grass Hay"),
    ("do you carry kong toys", ["dog toys", "cat toys"], r"KONG"),
    ("flea and tick stuff", ["flea tick"], None),
    ("where are the bird feeders", ["bird feeders"], r"Feeder"),
    ("hummingbird feeder", ["bird feeders"], r"Hummingbird Feeder"),
    ("potting soil", ["soil potting mix"], r"Potting"),
    ("mulch", ["mulch stone"], r"Mulch|Bark Nuggets"),
    ("grass seed", ["lawn care"], r"Seed"),
    ("fertilizer", ["fertilizer", "lawn care"],
     r"Fertilizer|Plant Food|Lawn Food|Starter Food|-tone|Meal|Spikes|Milorganite|Weed & Feed|Ironite"),
    ("weed killer", ["weed control", "lawn care"], r"Killer|Weed & Feed"),
    ("garden hose", ["hoses"], r"Garden Hose|Soaker Hose"),
    ("sprinklers", ["sprinklers nozzles"], r"Sprinkler"),
    ("pruning shears", ["pruning tools"], r"(?<!Tree )Pruner|Pruning Shears|Snips"),
    ("garden gloves", ["garden gloves"], None),
    ("shovels", ["long handled tools"], r"Shovel|Spade"),
    ("where are the rakes", ["long handled tools"], r"Rake"),
    ("flower pots", ["pots planters"], r"\bPots?\b|Planter(?! Liner)|Hanging Basket|Window Box"),
    ("tomato plants", ["vegetable herb plants"], r"Tomato Plant"),
    ("houseplants", ["houseplants"], None),
    ("rose bushes", ["shrubs trees"], r"\bRose\b"),
    ("hanging baskets", ["annuals", "houseplants", "pots planters"], r"Hanging (Basket|Pot)"),
    ("bird houses", ["birdbaths birdhouses"], r"House"),
    ("garden gnomes", ["garden decor"], r"Gnome"),
    ("solar lights", ["garden decor"], r"Solar.*Lights?\b"),
    ("poop bags", ["pet cleanup"], r"Poop Bag|Waste Bag"),
    ("dog shampoo", ["grooming", "flea tick"], r"Shampoo"),
    ("litter box", ["litter boxes"], r"Litter (Box|Pan)"),
    ("cat tree", ["cat furniture"], r"Cat Tree"),
    ("heat lamp for a reptile tank", ["reptile heating lighting"], r"Basking|Heat Emitter|Nightlight|Dome Lamp"),
    ("crickets", ["reptile food"], r"Crickets"),
]

# harder: needs and symptoms, brands used generically, typos, sizes written differently,
# chatty sentences, Spanish
HARD = [
    ("my dog has fleas", ["flea tick"], r"^(?!.*for Cats)(?!.*Tick Remover)"),
    ("something to kill aphids on my roses", ["garden pest control"],
     r"^(?!.*(Granules|Trap|Sticky|Backyard)).*(Insect|Neem|Bug B Gon|Deadbug)"),
    ("my cat keeps scratching the couch", ["cat furniture", "cat toys", "pet training", "grooming"],
     r"Scratch|Cat Tree|Tree Condo|Sticky Paws|SSSCAT|Cat Nail Trimmer"),
    ("the lawn has brown patches", ["lawn care", "garden pest control"],
     r"Patch|DiseaseEx|GrubEx|Grass Seed|Smart Seed|One Step"),
    ("something for my dog's itchy skin", ["pet health", "grooming", "dry dog food", "wet dog food"],
     r"Allergy|Oatmeal (&|Formula|Shampoo)|Sensitive Skin|Stomach & Skin|Skin Care"),
    ("hi there, we just adopted a rescue pup and she's chewing everything in sight, the couch, my shoes, what should I get",
     ["pet training", "dog toys", "dog treats chews"],
     r"Bitter Apple|Chew|KONG (Puppy|Classic|Extreme)|Teething|Bully|Yak|Rawhide|Pig Ears|Trachea|Dogwood|Wishbone"),
    ("the fireworks are tonight and my dog gets so anxious", ["pet health", "dog beds"],
     r"^(?!.*for Cats).*(Calm|Anxiety|Composure)"),
    ("kity litter", ["cat litter"], None),
    ("blue buffalo puppy food the big 30 pound bag", ["dry dog food"], r"Blue Buffalo.*Puppy.*30 lb"),
    ("a fish tank for my son's room, like 5 or 10 gallons", ["aquariums"], r"\b(5|9|10)[- ]?(gal\b|Gallon)"),
    ("red mulch, the two cubic foot bags", ["mulch stone"], r"Red.*2 cu ft"),
    ("round up", ["weed control"], r"Roundup|Weed & Grass Killer|Vegetation Killer"),
    ("miracle grow", ["fertilizer", "soil potting mix"], r"Miracle-Gro"),
    ("my husky sheds everywhere, need a good brush", ["grooming"], r"deShedding|Slicker"),
    ("something to keep the deer from eating my hostas", ["garden pest control"], r"Deer"),
    ("there are these little gnats flying around my houseplants", ["garden pest control"],
     r"Sticky Stakes|Mosquito Bits|Houseplant & Garden Insect Killer|Insecticidal Soap|Neem"),
    ("my fish has little white spots on it", ["aquarium water care"], r"Ick|Aquarium Salt"),
    ("which houseplants are safe for cats", ["houseplants", "vegetable herb plants"],
     r"Spider Plant|Boston Fern|Parlor Palm|Calathea|Ponytail Palm|Money Tree|Peperomia|Haworthia|Orchid|Air Plants|Catnip"),
    ("my dog got sprayed by a skunk", ["pet cleanup", "grooming"], r"Skunk"),
    ("my old lab can't jump into the car anymore", ["pet travel"], r"Ramp"),
    ("¿dónde está la comida para perros?", DOG_FOOD, r"Dog Food"),
    ("arena para gatos", ["cat litter"], None),
]

# price: (question, [exact catalog names]) ; a "scan" question gives the first product's GTIN
PRICE = [
    ("how much is the 35 lb bag of pro plan chicken and rice",
     ["Purina Pro Plan Adult Chicken & Rice Formula Dry Dog Food, 35 lb"]),
    ("price of a large kong classic", ["KONG Classic Dog Toy, Red, Large"]),
    ("what does the fluval flex 15 gallon cost", ["Fluval Flex Aquarium Kit, Black, 15 gal"]),
    ("how much is the thirty five pound tidy cats",
     ["Purina Tidy Cats Clumping Cat Litter, 24/7 Performance Multi-Cat, 35 lb"]),
    ("how much is a knockout rose", ["Knock Out Double Red Shrub Rose, 2 gal", "Knock Out Pink Shrub Rose, 2 gal"]),
    ("miracle gro potting mix 1 cubic foot price", ["Miracle-Gro Potting Mix, 1 cu ft"]),
    ("how much is the large furminator for dogs", ["FURminator deShedding Tool for Dogs, Short Hair, Large"]),
    ("price of frontline plus for cats", ["Frontline Plus Flea & Tick Treatment for Cats, 1.5 lb and Over, 3 doses",
                                          "Frontline Plus Flea & Tick Treatment for Cats, 1.5 lb and Over, 6 doses"]),
    ("how much for 20 pounds of black oil sunflower seed", ["Lyric Black Oil Sunflower Seed Wild Bird Food, 20 lb"]),
    ("what's the price on the thundershirt in large", ["ThunderShirt Classic Dog Anxiety Jacket, Heather Gray, L"]),
    ("how much is the big tub of regular greenies", ["Greenies Original Regular Natural Dental Dog Treats, 36 oz"]),
    ("scotts turf builder lawn food for 5000 square feet, how much",
     ["Scotts Turf Builder Lawn Food, 5,000 sq ft"]),
    ("how much is a snake plant", ["Costa Farms Snake Plant (Sansevieria Laurentii), 6 in Pot",
                                   "Costa Farms Snake Plant (Sansevieria Laurentii), 10 in Pot"]),
    ("scan", ["Temptations Classic Tasty Chicken Flavor Cat Treats, 3 oz"]),
]

# stock: (question, [exact catalog names]) - in and out of stock mixed
STOCK = [
    ("do you have the 18 lb pro plan chicken and rice in stock",
     ["Purina Pro Plan Adult Chicken & Rice Formula Dry Dog Food, 18 lb"]),
    ("is the fluval flex 9 gallon in stock", ["Fluval Flex Aquarium Kit, Black, 9 gal"]),
    ("any knock out double red roses left", ["Knock Out Double Red Shrub Rose, 2 gal"]),
    ("is the easy walk harness in small in stock", ["PetSafe Easy Walk No-Pull Dog Harness, Black/Silver, Small",
                                                    "PetSafe Easy Walk No-Pull Dog Harness, Red/Black, Small"]),
    ("do you have tidy cats lightweight 17 pound in stock",
     ["Purina Tidy Cats Lightweight Free & Clean Unscented Clumping Cat Litter, 17 lb"]),
    ("is the furminator for cats in stock", ["FURminator deShedding Tool for Cats, Long Hair, Large"]),
    ("is the squirrel buster feeder in stock", ["Brome Squirrel Buster Standard Wild Bird Feeder"]),
    ("do you have the flexzilla 50 foot hose in stock", ["Flexzilla Garden Hose, 5/8 in, 50 ft"]),
    ("is the ssscat spray deterrent in stock", ["PetSafe SSSCAT Motion Activated Spray Pet Deterrent"]),
    ("got any big boy tomato plants", ["Bonnie Plants Big Boy Tomato Plant, 4.5 in Pot"]),
    ("is the taste of the wild high prairie 28 lb in stock",
     ["Taste of the Wild High Prairie Grain-Free Roasted Bison & Venison Dry Dog Food, 28 lb"]),
    ("do you have the zoo med bearded dragon food in stock", ["Zoo Med Bearded Dragon Food, Adult Formula, 10 oz"]),
]

# absent: things a shopper could expect at a pet & garden store that this one does not carry
# (checked against the catalog, synonyms included), and a few out of scope questions
ABSENT = [
    "do you sell puppies",
    "can my dog get his rabies shot here",
    "riding lawn mower",
    "firewood",
    "do you sell hot tubs",
    "do you sell pet snakes",
    "heartworm pills for my dog",
    "chicken coop",
    "do you carry horse feed",
    "charcoal grill",
    "propane tank exchange",
    "chlorine tablets for my pool",
    "chainsaw",
    "rototiller",
    "patio umbrella",
    "concrete pavers",
    "do you have christmas trees",
    "leaf blower",
    "¿venden cortadoras de césped?",
    "what time do you close on sunday",
    "can I bring my dog inside the store",
    "is there a vet clinic near here",
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
        qs.append(dict({'id': 'pg%03d' % n}, **d))

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
