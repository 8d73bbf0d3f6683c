#!/usr/bin/env python3
"""Builds catalog.csv for the held-out pet supply & garden centre test store (a PetSmart/Petco-like
pet store joined to a garden centre / nursery): dog, cat, fish, bird, small animal, reptile, pet
care (flea & tick, health, grooming, cleanup, bowls, travel, training), garden (seeds, bulbs, live
plants, houseplants, soil, mulch, fertilizer, weed and pest control, lawn, pots, watering, tools),
wild birds and outdoor decor. Season: spring (live bedding plants, vegetable starts, summer bulbs).

usage: make_catalog.py [OUT.csv]      (default: catalog.csv beside this script)

The products are written by hand below (SPEC), one product line per row:

    Brand | product template | sizes | variants | options

  - brand: "-" = no brand (generic item, live plants and fish sold by common name); PetSmart-style
    house brands (Top Paw, Grreat Choice, Simply Nourish, Authority, Whisker City, Top Fin,
    All Living Things) are written out.
  - template: the rest of the label. "{v}" marks where the variant goes and "{s}" where the size
    goes; without them the variant / size are appended after a comma.
  - sizes: "label=price; label=price" (a label may be empty: "=5.99").
  - variants: "a; b; c" (optional) - colours, flavours, weight ranges, plant varieties ...
  - options: "pick=N" keeps N of the variant x size combinations (seeded random choice);
    "@Zone" / "@Aisle 9 left" puts this line somewhere else than its section (last option).

Sections start with "## department / category @ place; place", where a place is
"Aisle N left|right" or a zone ("Garden Center", "Greenhouse", "Bulk Yard", "Aquatics",
"Pet food cooler", "Front end"). Bays are numbered along each aisle side in the order the
products appear.

sku is a 7-digit number (unique); GTIN is an EAN-13 with a valid check digit and one company
prefix per brand; quantity is 0 for exactly 7% of products. Everything is drawn from a fixed seed,
so the output is deterministic.
"""
import csv, math, os, random, re, sys

SEED = 20260415
HOUSE = {}
OUT_OF_STOCK = 0.07
DROP_EXTRA = 0.35     # share of extra sizes/variants of a line that this store does not stock
SKU_DIGITS = 7

SPEC = r"""
## dog / dry dog food @ Aisle 1 left; Aisle 1 right
Purina Pro Plan | Adult Chicken & Rice Formula Dry Dog Food | 6 lb=22.99; 18 lb=54.99; 35 lb=79.99; 47 lb=96.99
Purina Pro Plan | Adult Sensitive Skin & Stomach Salmon & Rice Formula Dry Dog Food | 4 lb=21.99; 16 lb=59.99; 30 lb=87.99
Purina Pro Plan | Puppy Chicken & Rice Formula Dry Dog Food | 6 lb=23.99; 18 lb=56.99; 34 lb=82.99
Purina Pro Plan | Large Breed Puppy Chicken & Rice Formula Dry Dog Food | 18 lb=56.99; 34 lb=82.99
Purina Pro Plan | Adult 7+ Complete Essentials Chicken & Rice Formula Dry Dog Food | 6 lb=22.99; 34 lb=82.99
Purina Pro Plan | Small Breed Adult Chicken & Rice Formula Dry Dog Food | 5 lb=19.99; 18 lb=54.99
Purina ONE | +Plus Lamb & Rice Formula Adult Dry Dog Food | 8 lb=17.99; 16.5 lb=31.99; 31.1 lb=49.99
Purina ONE | +Plus Healthy Puppy Formula Dry Dog Food | 8 lb=18.99; 16.5 lb=32.99
Purina Dog Chow | Complete Adult with Real Chicken Dry Dog Food | 18.5 lb=19.99; 44 lb=39.99
Purina Beneful | Originals with Farm-Raised Beef Dry Dog Food | 14 lb=22.99; 28 lb=38.99
Blue Buffalo | Life Protection Formula Adult Chicken & Brown Rice Dry Dog Food | 6 lb=19.99; 15 lb=44.99; 30 lb=69.99
Blue Buffalo | Life Protection Formula Puppy Chicken & Brown Rice Dry Dog Food | 6 lb=20.99; 15 lb=46.99; 30 lb=72.99
Blue Buffalo | Life Protection Formula Small Breed Adult Chicken & Brown Rice Dry Dog Food | 5 lb=19.99; 15 lb=46.99
Blue Buffalo | Life Protection Formula Senior Chicken & Brown Rice Dry Dog Food | 6 lb=20.99; 15 lb=46.99; 30 lb=72.99
Blue Buffalo | Wilderness High Protein Grain-Free Adult Chicken Dry Dog Food | 4.5 lb=21.99; 11 lb=44.99; 24 lb=74.99
Hill's Science Diet | Adult 1-6 Chicken & Barley Recipe Dry Dog Food | 5 lb=22.99; 15 lb=52.99; 35 lb=89.99
Hill's Science Diet | Puppy Chicken Meal & Barley Recipe Dry Dog Food | 4.5 lb=21.99; 15.5 lb=55.99
Hill's Science Diet | Adult 7+ Chicken Meal, Barley & Brown Rice Recipe Dry Dog Food | 5 lb=23.99; 15 lb=54.99
Hill's Science Diet | Adult Sensitive Stomach & Skin Chicken & Barley Recipe Dry Dog Food | 4 lb=22.99; 15.5 lb=59.99; 30 lb=94.99
Hill's Science Diet | Adult Perfect Weight Chicken & Barley Recipe Dry Dog Food | 4 lb=23.99; 15 lb=59.99
Royal Canin | Size Health Nutrition Small Adult Dry Dog Food | 2.5 lb=17.99; 14 lb=61.99
Royal Canin | Size Health Nutrition Medium Adult Dry Dog Food | 6 lb=32.99; 30 lb=84.99
Royal Canin | Size Health Nutrition Large Adult Dry Dog Food | 6 lb=32.99; 30 lb=89.99
Royal Canin | Size Health Nutrition Small Puppy Dry Dog Food | 2.5 lb=18.99; 13 lb=59.99
Royal Canin | Breed Health Nutrition German Shepherd Adult Dry Dog Food | 30 lb=96.99
Royal Canin | Breed Health Nutrition Labrador Retriever Adult Dry Dog Food | 30 lb=96.99
Royal Canin | Breed Health Nutrition French Bulldog Adult Dry Dog Food | 6 lb=39.99; 17 lb=84.99
Iams | Proactive Health Adult Minichunks Chicken & Whole Grains Dry Dog Food | 7 lb=15.99; 15 lb=27.99; 30 lb=44.99
Iams | Proactive Health Smart Puppy Large Breed Chicken Dry Dog Food | 15 lb=29.99; 30.6 lb=46.99
Pedigree | Complete Nutrition Adult Roasted Chicken, Rice & Vegetable Flavor Dry Dog Food | 14 lb=16.99; 30 lb=28.99; 44 lb=37.99
Pedigree | Puppy Growth & Protection Chicken & Vegetable Flavor Dry Dog Food | 14 lb=17.99
Rachael Ray Nutrish | Real Chicken & Veggies Recipe Dry Dog Food | 6 lb=11.99; 14 lb=22.99; 28 lb=37.99
Taste of the Wild | High Prairie Grain-Free Roasted Bison & Venison Dry Dog Food | 5 lb=21.99; 14 lb=49.99; 28 lb=64.99
Taste of the Wild | Pacific Stream Grain-Free Smoked Salmon Dry Dog Food | 5 lb=21.99; 14 lb=49.99; 28 lb=64.99
Merrick | Grain-Free Texas Beef & Sweet Potato Recipe Dry Dog Food | 4 lb=21.99; 10 lb=44.99; 22 lb=74.99
Wellness | CORE Grain-Free Original Turkey & Chicken Recipe Dry Dog Food | 4 lb=22.99; 12 lb=52.99; 22 lb=77.99
Nutro | Ultra Adult Dry Dog Food with Chicken, Lamb & Salmon | 15 lb=54.99; 30 lb=84.99
Diamond Naturals | Adult Beef Meal & Rice Formula Dry Dog Food | 6 lb=14.99; 40 lb=52.99
Canidae | All Life Stages Multi-Protein Chicken, Turkey & Lamb Dry Dog Food | 5 lb=19.99; 27 lb=64.99
Simply Nourish | Original Adult Dry Dog Food, Chicken & Brown Rice | 5 lb=14.99; 14 lb=32.99; 28 lb=52.99
Simply Nourish | Original Puppy Dry Dog Food, Chicken & Oatmeal | 5 lb=15.99; 14 lb=33.99
Authority | Everyday Health Adult Dry Dog Food, Chicken & Rice | 6 lb=11.99; 16 lb=24.99; 34 lb=39.99
Authority | Everyday Health Puppy Dry Dog Food, Chicken & Rice | 6 lb=12.99; 16 lb=26.99
Authority | Grain Free Adult Dry Dog Food, Salmon & Pea | 4 lb=12.99; 24 lb=49.99
Grreat Choice | Adult Dry Dog Food, Chicken & Rice | 15 lb=14.99; 40 lb=29.99

## dog / wet dog food @ Aisle 2 left
Purina Pro Plan | Adult Chicken & Rice Entrée Classic Wet Dog Food | 13 oz can=3.49; 13 oz, 12 ct=39.99
Purina Pro Plan | Adult Sensitive Skin & Stomach Salmon & Rice Entrée Wet Dog Food | 13 oz can=3.79
Pedigree | Chopped Ground Dinner with Chicken, Beef & Liver Wet Dog Food | 13.2 oz can=1.79; 13.2 oz, 12 ct=19.99
Cesar | Classic Loaf in Sauce Filet Mignon Flavor Wet Dog Food | 3.5 oz tray=1.29
Cesar | Classic Loaf in Sauce Poultry Variety Pack Wet Dog Food | 3.5 oz, 12 ct=15.49; 3.5 oz, 24 ct=28.99
Blue Buffalo | Homestyle Recipe Adult Chicken Dinner Wet Dog Food | 12.5 oz can=3.79; 12.5 oz, 12 ct=43.99
Blue Buffalo | Blue's Stew Hearty Beef Stew Wet Dog Food | 12.5 oz can=3.99
Blue Buffalo | Homestyle Recipe Senior Chicken Dinner Wet Dog Food | 12.5 oz can=3.79
Hill's Science Diet | Adult Chicken & Barley Entrée Wet Dog Food | 13 oz can=3.99
Hill's Science Diet | Puppy Chicken & Rice Savory Stew Wet Dog Food | 12.8 oz can=3.99
Iams | Proactive Health Adult Classic Ground with Chicken & Whole Grain Rice Wet Dog Food | 13 oz can=2.29
Rachael Ray Nutrish | Savory Favorites Chicken Paw Pie Wet Dog Food | 8 oz tub=2.49
Merrick | Grain-Free Texas Hold'em Stew Wet Dog Food | 12.7 oz can=3.99
Simply Nourish | Original Adult Wet Dog Food, Chicken & Rice Stew | 12.5 oz can=2.49
Authority | Everyday Health Adult Wet Dog Food, Beef & Rice Loaf | 13.2 oz can=1.69
Grreat Choice | Adult Wet Dog Food, Chicken & Rice Dinner | 13.2 oz can=1.19
Stella & Chewy's | Freeze-Dried Raw Chewy's Chicken Dinner Patties Dog Food | 14 oz=32.99

## dog / fresh dog food @ Pet food cooler
Freshpet | Select Fresh From the Kitchen Home Cooked Chicken Recipe Refrigerated Dog Food | 1.75 lb=11.99; 4.5 lb=26.99
Freshpet | Vital Balanced Nutrition Grain-Free Beef Roll Refrigerated Dog Food | 2 lb=9.99
Freshpet | Select Small Dog Bite Size Chicken Recipe Refrigerated Dog Food | 1 lb=7.99
Freshpet | Dog Nation Chicken Recipe Refrigerated Dog Food | 1.5 lb=7.49
Freshpet | Dog Joy Turkey Bacon Dog Treats | 3 oz=4.99

## dog / dog treats chews @ Aisle 2 right
Milk-Bone | Original Dog Biscuits, Medium | 24 oz=5.99; 10 lb=17.99
Milk-Bone | Soft & Chewy Chicken Recipe Dog Treats | 25 oz=14.99
Milk-Bone | MaroSnacks Small Dog Treats | 15 oz=6.49
Greenies | Original Regular Natural Dental Dog Treats | 12 oz=16.99; 27 oz=32.99; 36 oz=41.99
Greenies | Original Teenie Natural Dental Dog Treats | 12 oz=16.99; 27 oz=32.99
Greenies | Original Petite Natural Dental Dog Treats | 12 oz=16.99; 27 oz=32.99
Greenies | Original Large Natural Dental Dog Treats | 12 oz=16.99; 36 oz=41.99
Greenies | Pill Pockets for Dogs, Chicken Flavor, {v} | 30 ct=9.99 | Capsule Size; Tablet Size
Pedigree | Dentastix Original Large Dog Treats | 18 ct=9.99; 32 ct=16.99
Pedigree | Marrobone Real Beef Flavor Dog Treats | 24 oz=6.99
Pup-Peroni | Original Beef Flavor Dog Treats | 5.6 oz=5.49; 22.5 oz=14.99
Beggin' | Strips Bacon Flavor Dog Treats | 6 oz=5.49; 25 oz=15.99
Blue Buffalo | Blue Bits Tender Chicken Recipe Training Dog Treats | 4 oz=5.99; 11 oz=12.99
Zuke's | Mini Naturals Chicken Recipe Training Dog Treats | 6 oz=8.99; 16 oz=17.99
Old Mother Hubbard | Classic Crunchy P-Nuttier Mini Oven-Baked Dog Biscuits | 20 oz=7.99
Hill's | Natural Soft Savories with Peanut Butter & Banana Dog Treats | 8 oz=7.99
Wellness | Soft Puppy Bites Lamb & Salmon Recipe Dog Treats | 3 oz=6.99
Purina Busy | Bone Small/Medium Dog Treats | 6 ct=9.99
Nylabone | Healthy Edibles Natural Long Lasting Dog Chew Treats, Bacon | 8 ct=9.99
Himalayan Dog Chew | Original Yak Cheese Dog Chew, {s} | Medium=7.99; Large=11.99; X-Large=14.99
Top Paw | Bully Sticks Natural Dog Chews, 6 in | 3 ct=9.99; 12 ct=29.99
Top Paw | Pig Ears Natural Dog Chews | 10 ct=14.99
Top Paw | Beef Rawhide Retriever Rolls Dog Chews, 10 in | 5 ct=12.99
Top Paw | Chicken Jerky Dog Treats | 16 oz=14.99
Top Paw | Beef Trachea Natural Dog Chews | 6 ct=12.99
Top Paw | Frozen Yogurt Dog Treats, Peanut Butter | 4 ct=5.99 | | @Pet food cooler
Grreat Choice | Basted Rawhide Bones Dog Chews, 6 in | 8 ct=8.99
Greenies | Original Regular Natural Dental Dog Treat, Single | 1 ct=1.49 | | @Front end
Top Paw | Bully Stick Natural Dog Chew, Single, 6 in | 1 ct=3.99 | | @Front end

## dog / dog toys @ Aisle 3 left; Aisle 3 right
KONG | Classic Dog Toy, Red, {s} | Small=9.99; Medium=12.99; Large=14.99; X-Large=19.99
KONG | Extreme Dog Toy, Black, {s} | Medium=15.99; Large=17.99; X-Large=22.99
KONG | Puppy Dog Toy, {s} | Small=9.49; Medium=11.99
KONG | Wild Knots Bear Dog Toy, {s} | Small/Medium=9.99; Medium/Large=12.99
KONG | Squeezz Ball Dog Toy, Medium | =6.99
KONG | Easy Treat Peanut Butter Dog Treat Paste | 8 oz=9.99
Chuckit! | Ultra Ball Dog Toy, {s} | Medium, 2 pk=8.99; Large, 2 pk=10.99
Chuckit! | Classic Ball Launcher, {s} | 18 in=9.99; 26 in=13.99
Nylabone | Power Chew Textured Dog Chew Toy, Original Flavor, {s} | Regular=8.99; Large=12.99; X-Large=15.99
Nylabone | Puppy Chew Teething Ring, Chicken Flavor | Small=6.99
Benebone | Wishbone Durable Dog Chew Toy, Bacon Flavor, {s} | Small=9.99; Medium=13.99; Large=17.99
Outward Hound | Hide-A-Squirrel Puzzle Plush Dog Toy, {s} | Junior=12.99; Large=19.99
Outward Hound | Nina Ottosson Dog Brick Interactive Treat Puzzle Dog Toy | =17.99
ZippyPaws | Skinny Peltz No Stuffing Squeaky Plush Dog Toys, 3 pk | =12.99
Multipet | Lamb Chop Plush Squeaky Dog Toy, {s} | 6 in=6.99; 10 in=9.99
West Paw | Zogoflex Hurley Dog Bone Chew Toy, {s} | Small=15.95; Large=19.95
Petstages | Dogwood Stick Dog Chew Toy, {s} | Medium=10.99; Large=14.99
Hartz | Dura Play Ball Squeaky Latex Dog Toy, Medium | =4.99
Top Paw | Rope Tug Dog Toy, 3 Knot | =7.99
Top Paw | Tennis Balls Dog Toy | 3 pk=4.99; 12 pk=14.99
Top Paw | Rubber Flying Disc Dog Toy, 9 in | =7.99
Top Paw | Plush Squeaky Dog Toy, {v} | =8.99 | Duck; Hedgehog; Alligator; Sloth
Top Paw | Flirt Pole Dog Toy, 36 in | =12.99

## dog / dog beds @ Aisle 4 left
Top Paw | Orthopedic Memory Foam Dog Bed, Gray, {s} | 27 x 36 in=59.99; 36 x 45 in=89.99
Top Paw | Cuddler Dog Bed, Gray, {s} | Small=24.99; Medium=34.99; Large=49.99
Top Paw | Round Plush Donut Dog Bed, {v}, {s} | 23 in=29.99; 30 in=39.99; 36 in=54.99 | Taupe; Gray | pick=4
Best Friends by Sheri | The Original Calming Shag Donut Cuddler Dog Bed, {v}, {s} | 23 in=44.99; 30 in=59.99; 36 in=79.99 | Taupe; Frost | pick=4
Furhaven | Plush & Suede Orthopedic Sofa Dog Bed, Espresso, {s} | Medium=44.99; Large=59.99; Jumbo=79.99
K&H Pet Products | Original Elevated Pet Cot Dog Bed, {s} | Medium=39.99; Large=49.99
K&H Pet Products | Lectro-Soft Heated Outdoor Dog Bed, Medium | =79.99
Top Paw | Crate Mat Dog Bed, {s} | 24 in=19.99; 30 in=24.99; 36 in=29.99; 42 in=34.99; 48 in=44.99
Top Paw | Sherpa Fleece Dog Blanket, Gray, 30 x 40 in | =14.99
Top Paw | Waterproof Dog Bed Cover, Gray, Large | =24.99

## dog / crates gates @ Aisle 4 left
MidWest | iCrate Single Door Folding Metal Dog Crate, {s} | 24 in=39.99; 30 in=49.99; 36 in=64.99; 42 in=79.99; 48 in=99.99
MidWest | iCrate Double Door Folding Metal Dog Crate, {s} | 30 in=54.99; 36 in=69.99; 42 in=89.99
Petmate | Ultra Vari Kennel Plastic Dog Crate, {s} | 28 in=64.99; 32 in=84.99; 36 in=109.99
MidWest | Exercise Pen with Door, Black, 8 Panels, {s} | 24 in=54.99; 36 in=69.99
IRIS USA | Exercise Pet Playpen, 8 Panels, 24 in | =59.99
Carlson | Extra Wide Walk-Through Pet Gate with Pet Door, White | =49.99
Regalo | Easy Step Walk Thru Gate, White | =34.99
PetSafe | Freedom Aluminum Pet Door, {s} | Small=39.95; Medium=49.95; Large=59.95
PetSafe | Interior/Exterior Cat Flap Door | =24.95

## dog / collars leashes @ Aisle 4 right
Top Paw | Adjustable Nylon Dog Collar, {v}, {s} | Small=7.99; Medium=8.99; Large=9.99 | Black; Red; Blue; Pink | pick=9
Top Paw | Martingale Dog Collar, Black, {s} | Medium=12.99; Large=13.99
Top Paw | Reflective Nylon Dog Leash, {v}, 6 ft | =12.99 | Black; Red; Blue
Top Paw | Rope Slip Lead Dog Leash, 5 ft | =14.99
Top Paw | Step-In Mesh Dog Harness, {v}, {s} | X-Small=16.99; Small=16.99; Medium=18.99 | Pink; Blue | pick=4
Flexi | New Classic Retractable Dog Leash, Tape, 16 ft, {s} | Small=19.99; Medium=24.99; Large=29.99
PetSafe | Easy Walk No-Pull Dog Harness, {v}, {s} | Small=24.95; Medium=24.95; Large=27.95 | Black/Silver; Red/Black | pick=5
PetSafe | Gentle Leader Headcollar, Black, {s} | Medium=20.95; Large=20.95
Rabbitgoo | No-Pull Dog Harness, Black, {s} | Medium=24.99; Large=26.99
Ruffwear | Front Range Dog Harness, Blue Moon, {s} | S=49.95; M=49.95; L/XL=49.95
Whisker City | Breakaway Cat Collar with Bell, {v} | =5.99 | Black; Pink; Teal
Whisker City | Adjustable Cat Harness & Leash Set, Gray | =14.99
Boss Pet | Tie-Out Cable for Dogs, 20 ft, Medium | =14.99
Boss Pet | Spiral Tie-Out Stake, 16 in | =9.99
Nite Ize | NiteHowl LED Safety Necklace for Dogs, Red | =17.99
Quick-Tag | Bone Shaped Personalized Pet ID Tag, {v} | =7.99 | Silver; Red; Blue

## dog / dog apparel @ Aisle 15 right
Top Paw | Puffer Dog Jacket, Black, {s} | XS=24.99; S=24.99; M=29.99; L=34.99
Top Paw | Dog Raincoat, Yellow, {s} | XS=19.99; S=19.99; M=22.99; L=24.99
Top Paw | Cable Knit Dog Sweater, Red, {s} | XS=16.99; S=16.99; M=19.99
Top Paw | Cooling Dog Vest, Blue, {s} | S=24.99; M=27.99; L=29.99
Outward Hound | Granby Splash Dog Life Jacket, Orange, {s} | S=24.99; M=29.99; L=34.99
Ruffwear | Grip Trex Dog Boots, Obsidian Black, 4 ct, {s} | S=74.95; M=74.95; L=74.95
Pawz | Disposable Rubber Dog Boots, 12 ct, {s} | Small=18.99; Medium=19.99; Large=21.99
Top Paw | Dog Bandana, {v} | =6.99 | Red Paisley; Blue Plaid

## cat / dry cat food @ Aisle 5 left
Purina Cat Chow | Complete Dry Cat Food | 3.15 lb=8.99; 15 lb=24.99; 20 lb=29.99
Purina Cat Chow | Indoor Hairball & Healthy Weight Dry Cat Food | 3.15 lb=9.49; 15 lb=26.99
Purina Cat Chow | Kitten Chow Nurture Dry Cat Food | 3.15 lb=9.49; 14 lb=25.99
Purina Friskies | Seafood Sensations Dry Cat Food | 3.15 lb=6.99; 16 lb=19.99
Purina Friskies | Surfin' & Turfin' Favorites Dry Cat Food | 3.15 lb=6.99; 16 lb=19.99
Meow Mix | Original Choice Dry Cat Food | 3.15 lb=6.49; 6.3 lb=11.49; 16 lb=21.99
Meow Mix | Indoor Health Dry Cat Food | 3.15 lb=6.49; 14.2 lb=20.99
Iams | Proactive Health Adult Indoor Weight & Hairball Care Dry Cat Food | 3.5 lb=12.99; 7 lb=22.99; 16 lb=39.99
Iams | Proactive Health Healthy Kitten Chicken Dry Cat Food | 3.5 lb=13.49; 7 lb=23.99
Purina ONE | Tender Selects Blend with Real Salmon Dry Cat Food | 3.5 lb=10.99; 7 lb=19.99; 16 lb=36.99
Purina ONE | Indoor Advantage Adult Dry Cat Food | 3.5 lb=10.99; 7 lb=19.99; 16 lb=36.99
Purina Pro Plan | Adult Indoor Care Turkey & Rice Formula Dry Cat Food | 3.5 lb=19.99; 7 lb=34.99; 16 lb=59.99
Purina Pro Plan | Adult Sensitive Skin & Stomach Lamb & Rice Formula Dry Cat Food | 3.5 lb=21.99; 7 lb=36.99
Purina Pro Plan | Kitten Chicken & Rice Formula Dry Cat Food | 3.5 lb=20.99; 7 lb=35.99
Blue Buffalo | Indoor Health Adult Chicken & Brown Rice Dry Cat Food | 3 lb=17.99; 7 lb=33.99; 15 lb=56.99
Blue Buffalo | Wilderness High Protein Grain-Free Indoor Chicken Dry Cat Food | 4 lb=26.99; 11 lb=52.99
Blue Buffalo | Healthy Growth Kitten Chicken & Brown Rice Dry Cat Food | 3 lb=18.99; 7 lb=34.99
Hill's Science Diet | Adult Indoor Chicken Recipe Dry Cat Food | 3.5 lb=22.99; 7 lb=38.99; 15.5 lb=64.99
Hill's Science Diet | Kitten Chicken Recipe Dry Cat Food | 3.5 lb=23.99; 7 lb=39.99
Hill's Science Diet | Adult 7+ Senior Chicken Recipe Dry Cat Food | 3.5 lb=23.99; 7 lb=39.99
Hill's Science Diet | Adult Hairball Control Chicken Recipe Dry Cat Food | 3.5 lb=23.99; 7 lb=39.99
Royal Canin | Feline Health Nutrition Indoor Adult Dry Cat Food | 3 lb=24.99; 7 lb=44.99; 15 lb=76.99
Royal Canin | Feline Health Nutrition Kitten Dry Cat Food | 3 lb=25.99; 7 lb=46.99
Royal Canin | Breed Health Nutrition Maine Coon Adult Dry Cat Food | 6 lb=42.99
Rachael Ray Nutrish | Indoor Complete Chicken with Lentils & Salmon Recipe Dry Cat Food | 3 lb=8.99; 6 lb=15.99; 14 lb=29.99
Wellness | CORE Grain-Free Indoor Chicken & Turkey Recipe Dry Cat Food | 2 lb=15.99; 5 lb=31.99; 11 lb=56.99
Simply Nourish | Original Indoor Adult Dry Cat Food, Chicken & Brown Rice | 3 lb=12.99; 7 lb=24.99
Authority | Everyday Health Indoor Adult Dry Cat Food, Chicken & Rice | 3.5 lb=9.99; 7 lb=16.99; 16 lb=29.99
Authority | Everyday Health Kitten Dry Cat Food, Chicken & Rice | 3.5 lb=10.99
Grreat Choice | Adult Dry Cat Food, Ocean Fish Flavor | 15 lb=14.99

## cat / wet cat food @ Aisle 5 right
Purina Fancy Feast | Classic Paté Chicken Feast Wet Cat Food | 3 oz can=1.19; 3 oz, 24 ct=24.99
Purina Fancy Feast | Gravy Lovers Poultry & Beef Feast Variety Pack Wet Cat Food | 3 oz, 24 ct=26.99
Purina Fancy Feast | Medleys Primavera Collection Variety Pack Wet Cat Food | 3 oz, 12 ct=17.99
Purina Fancy Feast | Kitten Tender Ocean Whitefish Feast Wet Cat Food | 3 oz can=1.19
Purina Friskies | Paté Variety Pack Wet Cat Food | 5.5 oz, 32 ct=29.99
Purina Friskies | Shreds Chicken in Gravy Wet Cat Food | 5.5 oz can=0.98
Sheba | Perfect Portions Cuts in Gravy Chicken & Turkey Entrée Wet Cat Food | 2.6 oz twin pack=1.29; 2.6 oz, 12 ct=12.99
Purina Pro Plan | Adult Chicken & Rice Entrée Classic Wet Cat Food | 3 oz can=1.59
Hill's Science Diet | Adult Savory Chicken Entrée Minced Wet Cat Food | 5.5 oz can=2.69
Hill's Science Diet | Kitten Liver & Chicken Entrée Minced Wet Cat Food | 5.5 oz can=2.69
Blue Buffalo | Tastefuls Adult Chicken Entrée Paté Wet Cat Food | 3 oz can=1.49; 5.5 oz can=2.29
Blue Buffalo | Wilderness Grain-Free Chicken Paté Wet Cat Food | 3 oz can=1.89
Royal Canin | Feline Health Nutrition Adult Instinctive Thin Slices in Gravy Wet Cat Food | 3 oz pouch=1.99
Weruva | Paw Lickin' Chicken Wet Cat Food | 3 oz can=1.79
Tiki Cat | After Dark Chicken Wet Cat Food | 2.8 oz can=2.29
Authority | Everyday Health Adult Wet Cat Food, Chicken Paté | 3 oz can=0.89
PetAg | KMR Kitten Milk Replacer Powder | 5 oz=18.99; 12 oz=36.99
PetAg | KMR Kitten Nursing Bottle Kit, 2 oz | =6.49

## cat / cat treats @ Aisle 6 left
Temptations | Classic Tasty Chicken Flavor Cat Treats | 3 oz=2.99; 6.3 oz=5.49; 16 oz=10.99; 30 oz=17.99
Temptations | MixUps Catnip Fever Flavor Cat Treats | 3 oz=2.99; 16 oz=10.99
Temptations | Classic Seafood Medley Flavor Cat Treats | 3 oz=2.99; 16 oz=10.99
Greenies | Feline Oven Roasted Chicken Flavor Dental Cat Treats | 2.1 oz=3.99; 5.5 oz=8.49; 11 oz=14.99
Greenies | Pill Pockets for Cats, Chicken Flavor | 45 ct=8.99
Inaba | Churu Tuna Recipe Lickable Cat Treats, 0.5 oz | 4 ct=3.49; 20 ct=12.99
Inaba | Churu Chicken Variety Lickable Cat Treats, 0.5 oz, 20 ct | =12.99
Purina Friskies | Party Mix Original Crunch Cat Treats | 2.1 oz=2.49; 20 oz=11.99
PureBites | Chicken Breast Freeze-Dried Cat Treats | 0.95 oz=5.99; 3 oz=14.99
Hartz | Delectables Squeeze Up Chicken & Tuna Lickable Cat Treats, 0.5 oz, 32 ct | =14.99
Temptations | Classic Tasty Chicken Flavor Cat Treats | 1.7 oz=1.79 | | @Front end

## cat / cat litter @ Aisle 6 right
Purina Tidy Cats | Clumping Cat Litter, Instant Action Multi-Cat | 20 lb=12.99; 35 lb=19.99
Purina Tidy Cats | Clumping Cat Litter, 24/7 Performance Multi-Cat | 20 lb=12.99; 35 lb=19.99
Purina Tidy Cats | Lightweight Free & Clean Unscented Clumping Cat Litter | 8.5 lb=9.99; 17 lb=17.99
Purina Tidy Cats | Non-Clumping Cat Litter, 24/7 Performance | 10 lb=6.99; 20 lb=11.49
Fresh Step | Clumping Cat Litter, Multi-Cat Extra Strength with Febreze | 14 lb=10.99; 25 lb=17.99
Fresh Step | Outstretch Concentrated Clumping Cat Litter | 10 lb=13.99; 19 lb=22.99
Arm & Hammer | Clump & Seal Platinum Multi-Cat Clumping Cat Litter | 14 lb=11.99; 28 lb=19.99; 40 lb=26.99
Arm & Hammer | Slide Easy Clean-Up Clumping Cat Litter | 20 lb=15.99
Dr. Elsey's | Precious Cat Ultra Unscented Clumping Clay Cat Litter | 40 lb=21.99
Dr. Elsey's | Cat Attract Clumping Clay Cat Litter | 20 lb=19.99
World's Best | Original Unscented Clumping Corn Cat Litter | 8 lb=16.99; 15 lb=27.99; 28 lb=42.99
Fresh News | Recycled Paper Original Pellet Cat Litter | 12 lb=12.99; 25 lb=22.99
sWheat Scoop | Multi-Cat Clumping Wheat Cat Litter | 25 lb=29.99
Scoop Away | Complete Performance Scented Clumping Cat Litter | 25 lb=15.99
Grreat Choice | Unscented Clumping Clay Cat Litter | 20 lb=7.99; 40 lb=13.99
Whisker City | Silica Crystal Cat Litter, Unscented | 8 lb=14.99

## cat / litter boxes @ Aisle 7 left
Petmate | Booda Dome Clean Step Cat Litter Box | =44.99
Petmate | Jumbo Hooded Cat Litter Pan | =24.99
Van Ness | Enclosed Cat Litter Pan, Large | =21.99
Whisker City | Open Cat Litter Pan with Rim, {s} | Standard=9.99; Large=13.99
Nature's Miracle | High-Sided Cat Litter Box, Oval | =24.99
PetSafe | ScoopFree Self-Cleaning Cat Litter Box | =169.95
PetSafe | ScoopFree Premium Crystal Litter Tray Refills, 3 pk | =49.95
Litter Genie | Plus Cat Litter Disposal System | =17.99
Litter Genie | Standard Refill, 3 pk | =19.99
Whisker City | Cat Litter Scoop | =4.99
Whisker City | Cat Litter Mat, Gray, 24 x 35 in | =19.99
Arm & Hammer | Cat Litter Deodorizer Powder | 30 oz=4.99
Van Ness | Cat Pan Liners, Large, 8 ct | =4.49

## cat / cat toys @ Aisle 7 right
SmartyKat | Organic Catnip | 1 oz=4.99; 2 oz=7.99
Yeowww! | Catnip Banana Cat Toy | =6.99
Go Cat | Da Bird Feather Wand Cat Toy | =10.99
Whisker City | Feather Wand Teaser Cat Toy | =4.99
Whisker City | Catnip Mice Cat Toys, 10 ct | =4.99
Whisker City | Crinkle Ball Cat Toys, 6 ct | =3.99
SmartyKat | Hot Pursuit Electronic Concealed Motion Cat Toy | =24.99
PetSafe | Bolt Interactive Laser Cat Toy | =24.95
Petstages | Tower of Tracks Cat Toy | =14.99
Bergan | Turbo Scratcher Cat Toy | =19.99
KONG | Kickeroo Catnip Cat Toy | =7.99
Whisker City | 3-Way Crinkle Cat Tunnel, Gray | =16.99

## cat / cat furniture @ Aisle 7 right
Whisker City | Cat Tree with Condo and Scratching Posts, Gray, {s} | 34 in=69.99; 52 in=119.99; 72 in=179.99
Go Pet Club | Cat Tree Condo, Beige, 62 in | =99.99
Whisker City | Sisal Cat Scratching Post, {s} | 26 in=19.99; 32 in=29.99
Whisker City | Corrugated Cardboard Cat Scratcher with Catnip | =9.99
PetFusion | Ultimate Cat Scratcher Lounge, {s} | Medium=34.99; Large=44.99
SmartyKat | Scratch Up Hanging Door Cat Scratcher | =14.99
Whisker City | Round Cat Bed, Gray | =19.99
K&H Pet Products | Thermo-Kitty Heated Cat Bed | =39.99
K&H Pet Products | EZ Mount Window Cat Perch | =29.99
Whisker City | Cat Cave Bed, Felt | =24.99

## fish / aquariums @ Aisle 10 left
Fluval | Flex Aquarium Kit, Black, {s} | 9 gal=139.99; 15 gal=189.99; 32.5 gal=299.99
Fluval | Spec V 5-Gallon Glass Aquarium Kit, Black | =109.99
Fluval | Spec III 2.6-Gallon Glass Aquarium Kit, Black | =79.99
Tetra | Aquarium Kit with LED Lighting, {s} | 10 gal=69.99; 20 gal long=119.99; 29 gal=159.99
Tetra | Cube Aquarium Kit, 3 Gallon | =34.99
Marineland | Portrait Glass LED Aquarium Kit, 5 Gallon | =79.99
Top Fin | Essentials Aquarium Starter Kit, {s} | 5 gal=49.99; 10 gal=59.99; 20 gal=99.99; 29 gal=149.99
Top Fin | Betta Starter Kit, 1 Gallon | =24.99
Aqueon | Standard Glass Rectangle Aquarium, {s} | 10 gal=21.99; 20 gal long=54.99; 29 gal=99.99; 40 gal breeder=149.99; 55 gal=239.99
Aqueon | Betta Bowl Kit, Black, 0.5 Gallon | =19.99
Aqueon | Forge Aquarium Stand, 20/29 Gallon | =169.99
Aqueon | Glass Aquarium Canopy, {s} | 20 in=29.99; 30 in=39.99

## fish / aquarium equipment @ Aisle 10 right
Tetra | Whisper EX Silent Multi-Stage Power Filter, {s} | 20 gal=24.99; 30 gal=29.99; 45 gal=39.99; 70 gal=49.99
Tetra | Whisper Bio-Bag Filter Cartridges, Medium | 3 ct=7.99; 8 ct=15.99
AquaClear | Power Filter, {s} | 20 gal=39.99; 30 gal=49.99; 50 gal=59.99; 70 gal=79.99
AquaClear | Foam Filter Inserts, {s} | 20 gal=5.99; 50 gal=7.99
Fluval | 307 Performance Canister Filter | =189.99
Marineland | Penguin 150 Bio-Wheel Power Filter | =39.99
Aqueon | QuietFlow LED Pro Power Filter 10 | =24.99
Aqueon | Pro Adjustable Submersible Aquarium Heater, {s} | 50 W=24.99; 100 W=29.99; 200 W=34.99; 300 W=39.99
Fluval | M Submersible Aquarium Heater, {s} | 100 W=39.99; 200 W=44.99
Tetra | Whisper Air Pump, {s} | 10 gal=12.99; 40 gal=19.99; 100 gal=29.99
Top Fin | Aquarium Air Stone Cylinder, 2 in | =2.99
Top Fin | Aquarium Airline Tubing, 25 ft | =4.99
Python | No Spill Clean and Fill Aquarium Maintenance System, {s} | 25 ft=49.99; 50 ft=69.99
Aqueon | Aquarium Siphon Vacuum Gravel Cleaner, {s} | Medium=12.99; Large=16.99
Marina | Algae Magnet Cleaner, Medium | =9.99
Tetra | Aquarium Fish Net, {s} | 3 in=2.99; 5 in=3.99
Top Fin | Digital Aquarium Thermometer | =9.99
Aqueon | Modular LED Aquarium Light Fixture, 18-24 in | =49.99
Fluval | Plant 3.0 LED Aquarium Light, 24-34 in | =169.99

## fish / fish food @ Aisle 11 left
Tetra | TetraMin Tropical Flakes Fish Food | 1 oz=4.99; 2.2 oz=8.99; 7.06 oz=19.99
Tetra | TetraFin Goldfish Flakes Fish Food | 1 oz=4.49; 2.2 oz=7.99
Tetra | BettaMin Tropical Medley Fish Food | 0.81 oz=4.99
Omega One | Betta Buffet Pellets Fish Food | 0.49 oz=4.99
Hikari | Bio-Pure Freeze Dried Bloodworms Fish Food | 0.42 oz=6.99
Hikari | Algae Wafers Fish Food | 1.23 oz=5.99; 2.89 oz=10.99
Hikari | Sinking Wafers Fish Food | 0.88 oz=4.99
Fluval | Bug Bites Tropical Formula Granules Fish Food | 1.59 oz=8.99
TetraPond | Pond Sticks Koi & Goldfish Food | 3.7 oz=7.99; 2.25 lb=24.99
Top Fin | 7-Day Vacation Fish Feeder | =4.99

## fish / aquarium water care @ Aisle 11 left
API | Stress Coat Aquarium Water Conditioner | 4 oz=7.99; 16 oz=17.99
API | Quick Start Nitrifying Bacteria | 4 oz=9.99
API | Freshwater Master Test Kit | =34.99
Tetra | EasyStrips 6-in-1 Aquarium Test Strips, 25 ct | =14.99
Seachem | Prime Fresh & Saltwater Conditioner | 100 mL=7.99; 250 mL=13.99; 500 mL=21.99
Seachem | Stability Aquarium Bacteria | 100 mL=9.99
Tetra | AquaSafe Plus Water Conditioner | 3.38 oz=5.99
API | Aquarium Salt | 16 oz=6.99
API | MelaFix Fish Remedy | 4 oz=9.99
API | Super Ick Cure Fish Remedy Powder | 10 ct=9.99
API | AlgaeFix Algae Control | 4 oz=9.49
API | pH Down Aquarium Water Adjuster | 1 oz=6.49

## fish / aquarium decor @ Aisle 11 right
Top Fin | Aquarium Gravel, {v}, {s} | 5 lb=5.99; 25 lb=19.99 | Natural; Black; Blue | pick=5
CaribSea | Eco-Complete Planted Aquarium Substrate, Black | 20 lb=34.99
Top Fin | Artificial Aquarium Plant, Green, {s} | 6 in=3.99; 12 in=6.99
Top Fin | Resin Sunken Ship Aquarium Ornament | =14.99
Penn-Plax | SpongeBob Pineapple House Aquarium Ornament | =14.99
Top Fin | Aquarium Background, Ocean Scene, 24 in | =7.99
Zoo Med | Mopani Wood, Medium | =16.99
- | Live Aquarium Plant, {v} | =6.99 | Java Fern; Anubias Nana; Amazon Sword; Marimo Moss Ball | @Aquatics

## fish / live fish @ Aquatics
- | Betta Fish, Male Veiltail | =4.99
- | Halfmoon Betta Fish, Male | =14.99
- | Comet Goldfish, Small | =0.39
- | Fancy Goldfish, Oranda | =9.99
- | Fancy Goldfish, Black Moor | =7.99
- | Neon Tetra | =2.49
- | Zebra Danio | =1.99
- | Fancy Guppy, Male, Assorted | =3.99
- | Mickey Mouse Platy, Assorted | =3.49
- | Black Molly | =3.99
- | Bronze Corydoras Catfish | =4.99
- | Common Pleco | =4.99
- | Dwarf Gourami, Powder Blue | =6.99
- | Silver Angelfish | =7.99
- | Cherry Barb | =2.99
- | Mystery Snail | =2.99
- | Ghost Shrimp | =0.49
- | Red Cherry Shrimp | =3.99

## bird / bird food @ Aisle 12 left
Kaytee | Forti-Diet Pro Health Parakeet Food | 2 lb=6.99; 5 lb=12.99
Kaytee | Forti-Diet Pro Health Cockatiel Food | 3 lb=9.99; 5 lb=14.99
Kaytee | Forti-Diet Pro Health Canary & Finch Food | 2 lb=6.49
Kaytee | Fiesta Parrot Food | 4.5 lb=19.99
ZuPreem | FruitBlend Flavor Pellets Bird Food, Medium | 2 lb=14.99; 3.5 lb=22.99
Lafeber | Classic Nutri-Berries Parrot Food | 10 oz=14.99
Kaytee | Spray Millet for Birds | 7 ct=6.99
Vitakraft | Crunch Sticks Honey & Sesame Parakeet Treats, 2 ct | =3.99
Kaytee | Cuttlebone for Birds, 2 ct | =3.49
Kaytee | Mineral Treat Bird Block | =3.99

## bird / bird supplies @ Aisle 12 right
Prevue Pet Products | Parakeet Cage, Black Hammertone, 18 x 14 x 18 in | =69.99
Prevue Pet Products | Flight Cage for Small Birds, Black, 31 x 20 x 53 in | =169.99
Vision | Bird Cage Model M02, Medium | =99.99
All Living Things | Bird Cage Starter Kit, Small | =49.99
JW Pet | Insight Clean Cup Bird Feeder & Water Cup | =5.99
JW Pet | Activitoy Birdie Bell Bird Toy | =4.99
Super Bird Creations | Flying Trapeze Bird Toy, Small | =9.99
Prevue Pet Products | Sand Perch Covers, 4 ct | =3.99
All Living Things | Natural Wood Bird Perch, 8 in | =5.99
Kaytee | Bird Bath for Cages | =6.99
All Living Things | Bird Cage Liners, 18 x 18 in, 30 ct | =6.99

## small animal / small animal food @ Aisle 13 left
Oxbow | Essentials Adult Rabbit Food | 5 lb=14.99; 10 lb=24.99
Oxbow | Essentials Young Rabbit Food | 5 lb=15.99
Oxbow | Essentials Adult Guinea Pig Food | 5 lb=15.99; 10 lb=25.99
Oxbow | Western Timothy Hay | 40 oz=12.99; 90 oz=22.99
Oxbow | Orchard Grass Hay | 40 oz=13.99
Kaytee | Timothy Hay | 24 oz=8.99; 96 oz=21.99
Kaytee | Fiesta Hamster & Gerbil Food | 2 lb=6.99
Kaytee | Forti-Diet Pro Health Hamster & Gerbil Food | 3 lb=8.99
Kaytee | Forti-Diet Pro Health Adult Rat & Mouse Food | 2 lb=7.49
Marshall | Premium Ferret Diet | 4 lb=19.99
Kaytee | Yogurt Dips Small Animal Treats, Strawberry | 3.5 oz=3.99
Oxbow | Simple Rewards Baked Small Animal Treats with Apple & Banana | 3 oz=4.99
Kaytee | Apple Orchard Sticks Small Animal Chews | 1.5 oz=3.99

## small animal / small animal bedding @ Aisle 13 left
Kaytee | Clean & Cozy Small Animal Bedding, White | 24.6 L=9.99; 85 L=24.99
Carefresh | Complete Natural Paper Small Animal Bedding | 30 L=12.99; 60 L=21.99
Kaytee | Aspen Small Animal Bedding | 1200 cu in=9.99; 4 cu ft=21.99
All Living Things | Pine Shavings Small Animal Bedding | 8 cu ft=9.99
Kaytee | Chinchilla Dust Bath | 2.5 lb=6.99

## small animal / small animal habitats @ Aisle 13 right
MidWest | Guinea Habitat Plus Guinea Pig Cage, 47 in | =69.99
Kaytee | CritterTrail Hamster Habitat | =39.99
Prevue Pet Products | Hamster Haven Cage, Black | =49.99
Living World | Deluxe Rabbit Habitat, Large | =89.99
Kaytee | Silent Spinner Exercise Wheel, {s} | Mini=11.99; Regular=15.99; Giant=21.99
Kaytee | Run-About Exercise Ball, {s} | Mini=6.99; Original=8.99; Giant=11.99
Lixit | Small Animal Water Bottle, {s} | 8 oz=5.99; 16 oz=7.99
Living World | Small Animal Hay Feeder | =8.99
Kaytee | Hideout for Small Animals, {s} | Small=7.99; Large=12.99
Oxbow | Enriched Life Timothy Hay Tunnel | =9.99
Living World | Small Animal Litter Pan, Corner | =7.99

## reptile / reptile habitats @ Aisle 14 left
Exo Terra | Glass Terrarium, {s} | 12 x 12 x 12 in=99.99; 18 x 18 x 24 in=189.99; 36 x 18 x 18 in=259.99
Zoo Med | ReptiBreeze Open Air Screen Cage, Medium | =89.99
Zoo Med | Turtle Tub Kit | =44.99
Zoo Med | Eco Earth Coconut Fiber Reptile Substrate | 8 qt=9.99; 24 qt=19.99
Zoo Med | ReptiSand Reptile Substrate, Natural Red | 10 lb=12.99
Zoo Med | Forest Floor Cypress Mulch Reptile Bedding | 8 qt=9.99
Zoo Med | Repti Shelter 3-in-1 Reptile Cave, Medium | =16.99
Exo Terra | Water Dish, Medium | =9.99
Zoo Med | Reptile Hammock, Large | =9.99
Zoo Med | Wipe Out 1 Terrarium Cleaner | 8.75 oz=8.99

## reptile / reptile heating lighting @ Aisle 14 left
Zoo Med | Repti Basking Spot Lamp, {s} | 50 W=12.99; 75 W=13.99; 100 W=14.99
Zoo Med | ReptiSun 10.0 UVB Compact Fluorescent Lamp, {s} | 13 W=24.99; 26 W=29.99
Zoo Med | Nightlight Red Reptile Bulb, 60 W | =11.99
Zoo Med | Deep Dome Lamp Fixture, 8.5 in | =24.99
Zoo Med | ReptiTherm Under Tank Heater, {s} | Small=21.99; Medium=27.99; Large=34.99
Zoo Med | Digital Terrarium Thermometer & Hygrometer | =13.99
Exo Terra | Ceramic Heat Emitter, 100 W | =27.99

## reptile / reptile food @ Aisle 14 right
- | Live Crickets, {s} | Small, 25 ct=2.99; Medium, 25 ct=2.99; Large, 25 ct=2.99
- | Live Mealworms, 50 ct | =3.99
- | Live Superworms, 25 ct | =5.99
Fluker's | Freeze-Dried Mealworms | 3.4 oz=9.99
Zoo Med | Can O' Crickets | 1.2 oz=6.99
Tetra | ReptoMin Floating Food Sticks for Turtles | 3.7 oz=7.99; 10.59 oz=15.99
Zoo Med | Bearded Dragon Food, Adult Formula | 10 oz=11.99
Zoo Med | Grassland Tortoise Food | 8.5 oz=9.99
Repashy | Crested Gecko Diet | 2 oz=11.99
Zoo Med | Repti Calcium with D3 Reptile Supplement | 3 oz=6.99

## pet care / flea tick @ Aisle 8 left
Frontline Plus | Flea & Tick Treatment for Dogs, {v}, {s} | 3 doses=54.99; 6 doses=89.99 | Small Dogs 5-22 lb; Medium Dogs 23-44 lb; Large Dogs 45-88 lb; X-Large Dogs 89-132 lb | pick=6
Frontline Plus | Flea & Tick Treatment for Cats, 1.5 lb and Over, {s} | 3 doses=54.99; 6 doses=89.99
Advantage II | Flea Treatment for Dogs, {v}, 4 doses | =64.99 | Small Dogs 3-10 lb; Medium Dogs 11-20 lb; Large Dogs 21-55 lb; Extra Large Dogs over 55 lb
Advantage II | Flea Treatment for Cats, {v}, 4 doses | =62.99 | Small Cats 5-9 lb; Large Cats over 9 lb
K9 Advantix II | Flea, Tick & Mosquito Prevention for Dogs, {v}, 4 doses | =69.99 | Small Dogs 4-10 lb; Medium Dogs 11-20 lb; Large Dogs 21-55 lb; X-Large Dogs over 55 lb
Seresto | Flea & Tick Collar for Dogs, {v} | =69.99 | Small Dogs up to 18 lb; Large Dogs over 18 lb
Seresto | Flea & Tick Collar for Cats | =64.99
Capstar | Fast-Acting Oral Flea Treatment, {v}, 6 ct | =39.99 | Dogs 25.1-125 lb; Cats & Small Dogs 2-25 lb
Adams | Plus Flea & Tick Shampoo with Precor for Dogs & Cats | 12 oz=9.99
Adams | Plus Flea & Tick Home Spray | 16 oz=14.99
Adams | Plus Flea & Tick Indoor Fogger, 3 ct | =19.99
Hartz | UltraGuard Flea & Tick Collar for Dogs | =6.99
Vet's Best | Flea & Tick Home Spray, Natural | 32 oz=12.99
Wondercide | Flea & Tick Spray for Pets + Home, Cedarwood | 16 oz=29.99
Safari | Dual-Sided Flea Comb | =5.99
TickEase | Tick Remover Tweezers | =9.99

## pet care / pet health @ Aisle 8 right
Zesty Paws | Allergy Immune Bites for Dogs, Lamb | 90 ct=26.97
Zesty Paws | Mobility Bites Hip & Joint Supplement for Dogs, Duck | 90 ct=26.97
Zesty Paws | Probiotic Bites for Dogs, Pumpkin | 90 ct=26.97
Cosequin | Maximum Strength Joint Health Supplement for Dogs, Chewable Tablets | 60 ct=29.99; 132 ct=49.99
Dasuquin | with MSM Soft Chews for Large Dogs | 84 ct=69.99
Purina Pro Plan Veterinary Supplements | FortiFlora Probiotic Powder for Dogs | 30 ct=33.99
Purina Pro Plan Veterinary Supplements | FortiFlora Probiotic Powder for Cats | 30 ct=33.99
VetriScience | Composure Calming Chews for Dogs | 30 ct=19.99
ThunderShirt | Classic Dog Anxiety Jacket, Heather Gray, {s} | XS=44.95; S=44.95; M=44.95; L=44.95; XL=49.95
Adaptil | Calm Home Diffuser Starter Kit for Dogs | =36.99
Feliway | Classic Calming Diffuser Starter Kit for Cats | =34.99
Zymox | Otic Enzymatic Ear Solution with 1% Hydrocortisone | 1.25 oz=24.99
Virbac | Epi-Otic Advanced Ear Cleanser for Dogs & Cats | 4 oz=16.99
Petrodex | Enzymatic Toothpaste for Dogs, Poultry Flavor | 2.5 oz=9.99
Nylabone | Advanced Oral Care Dog Dental Kit | =6.99
TropiClean | Fresh Breath Oral Care Water Additive for Dogs | 16 oz=10.99; 33.8 oz=16.99
Vetericyn | Plus Antimicrobial Wound & Skin Care Spray for All Animals | 3 oz=15.99; 8 oz=24.99
Nutri-Vet | Anti-Diarrhea Liquid for Dogs | 8 oz=9.99
Fruitables | Pumpkin Digestive Supplement for Dogs & Cats | 15 oz=4.99
Laxatone | Hairball Remedy Gel for Cats, Tuna Flavor | 4.25 oz=9.99
Vet's Best | Hairball Relief Digestive Aid Chewable Tablets for Cats | 60 ct=9.99
Nutri-Vet | Multi-Vite Chewables for Dogs | 60 ct=10.99
KONG | Cloud Inflatable Recovery E-Collar, {s} | Small=24.99; Medium=29.99; Large=34.99
Top Paw | Pet Recovery Cone, Clear, {s} | Small=12.99; Medium=14.99; Large=16.99
Adventure Medical Kits | Me & My Dog First Aid Kit | =29.99
Musher's Secret | Dog Paw Protection Wax | 60 g=15.99

## pet care / grooming @ Aisle 9 left
FURminator | deShedding Tool for Dogs, Long Hair, {s} | Small=34.99; Medium=44.99; Large=49.99
FURminator | deShedding Tool for Dogs, Short Hair, {s} | Medium=44.99; Large=49.99
FURminator | deShedding Tool for Cats, Long Hair, Large | =39.99
Hertzko | Self-Cleaning Slicker Brush for Dogs & Cats | =15.99
Safari | Self-Cleaning Slicker Brush for Dogs, {s} | Small=9.99; Large=12.99
Safari | Professional Nail Trimmer for Dogs, {s} | Small/Medium=9.99; Large=12.99
Safari | Cat Nail Trimmer | =7.99
Dremel | PawControl 7760-PGK Cordless Pet Nail Grooming Kit | =59.99
Wahl | Pro Series Rechargeable Cordless Pet Clipper Kit | =69.99
Kwik Stop | Styptic Powder | 0.5 oz=8.99
Wahl | Oatmeal Formula Pet Shampoo, Coconut Lime Verbena | 24 oz=8.99
Earthbath | Oatmeal & Aloe Dog & Cat Shampoo | 16 oz=13.99
TropiClean | Papaya & Coconut Luxury 2-in-1 Pet Shampoo & Conditioner | 20 oz=12.99
Burt's Bees | for Dogs Oatmeal Shampoo with Colloidal Oat Flour & Honey | 16 oz=9.99
Burt's Bees | for Dogs Tearless Puppy Shampoo with Buttermilk | 16 oz=9.99
Earthbath | Hypo-Allergenic Grooming Wipes for Dogs & Cats | 100 ct=11.99
TropiClean | Berry & Coconut Deodorizing Pet Spray | 8 oz=9.99
TropiClean | Tear Stain Remover for Dogs | 8 oz=11.99

## pet care / pet cleanup @ Aisle 9 right
Nature's Miracle | Stain & Odor Remover Spray | 24 oz=9.99; 32 oz=12.99; 1 gal=29.99
Nature's Miracle | Advanced Platinum Dog Stain & Odor Remover | 32 oz=14.99
Nature's Miracle | Cat Urine Destroyer Enzyme Spray | 32 oz=14.99
Nature's Miracle | Skunk Odor Remover | 32 oz=12.99
Rocco & Roxie | Professional Strength Stain & Odor Eliminator | 32 oz=19.99
Simple Solution | Extreme Pet Stain & Odor Remover | 32 oz=11.99
Four Paws | Wee-Wee Dog Training Pads, Standard, 22 x 23 in | 50 ct=19.99; 100 ct=34.99
Top Paw | Dog Training Pads, Extra Large, 28 x 34 in | 30 ct=24.99
Simple Solution | Disposable Female Dog Diapers, {s}, 12 ct | Small=12.99; Medium=14.99; Large=16.99
Simple Solution | Washable Male Dog Wrap, {s} | Small=14.99; Medium=16.99
Earth Rated | Dog Poop Bags, {v} | 120 ct=7.99; 315 ct=14.99 | Lavender Scented; Unscented | pick=3
Top Paw | Waste Bag Dispenser with 15 Bags | =4.99
Petmate | Arm & Hammer Swivel Bin & Rake Pooper Scooper | =24.99
Four Paws | Allen's Rake Pooper Scooper, Large | =19.99
ChomChom | Roller Pet Hair Remover | =24.99
Evercare | Pet Plus Extreme Stick Lint Roller | =6.99
Simple Green | Outdoor Odor Eliminator for Pets | 32 oz=14.99
Earth Rated | Dog Poop Bag Refill Rolls, Unscented | 60 ct=3.99 | | @Front end

## pet care / pet bowls feeders @ Aisle 15 left
Top Paw | Stainless Steel Dog Bowl, {s} | 2 cup=4.99; 4 cup=6.99; 8 cup=9.99; 12 cup=12.99
Top Paw | Elevated Double Diner Dog Bowls, {s} | Medium=29.99; Large=39.99
Outward Hound | Fun Feeder Slo Bowl Slow Feeder Dog Bowl, {v}, {s} | Mini=9.99; Regular=13.99; Large=16.99 | Blue; Orange | pick=4
PetSafe | Drinkwell Platinum Pet Fountain, 168 oz | =49.95
Catit | Flower Fountain Cat Water Fountain, 3 L | =29.99
Petlibro | Granary Automatic Pet Feeder, 4 L | =59.99
Aspen Pet | Lebistro Gravity Pet Waterer, {s} | 1 gal=12.99; 2.5 gal=19.99
Aspen Pet | Lebistro Gravity Pet Feeder, 5 lb | =14.99
Whisker City | Ceramic Cat Dish, Fish Print | =5.99
Gamma2 | Vittles Vault Airtight Pet Food Storage Container, {s} | 15 lb=24.99; 25 lb=29.99; 50 lb=39.99
Top Paw | Silicone Pet Food Mat, Gray | =9.99
Top Paw | Collapsible Silicone Travel Dog Bowl | =6.99
Top Paw | Travel Dog Water Bottle, 20 oz | =14.99

## pet care / pet travel @ Aisle 15 left
Sherpa | Original Deluxe Airline Approved Pet Carrier, Black, {s} | Medium=59.99; Large=69.99
Petmate | Two Door Top Load Pet Kennel, 19 in | =34.99
Whisker City | Soft-Sided Pet Carrier, Gray | =39.99
Kurgo | Tru-Fit Smart Dog Car Harness, {s} | Small=29.99; Medium=34.99; Large=39.99
Kurgo | Wander Hammock Dog Car Seat Cover, Black | =69.99
Solvit | Deluxe Telescoping Pet Ramp | =129.99
Top Paw | Pet Booster Car Seat, Gray | =49.99
Pet Gear | No-Zip Pet Stroller, Sage | =149.99

## pet care / pet training @ Aisle 15 right
Grannick's | Bitter Apple Spray for Dogs | 8 oz=9.99
PetSafe | Clik-R Dog Training Clicker | =4.95
PetSafe | Pet Corrector Dog Trainer Spray | 50 ml=12.99
PetSafe | SSSCAT Motion Activated Spray Pet Deterrent | =54.95
PetSafe | Elite Little Dog Bark Control Collar | =59.95
Sticky Paws | Furniture Strips Cat Scratch Deterrent, 10 ct | =12.99
Pet Organics | No Scratch Cat Deterrent Spray | 16 oz=9.99
Simple Solution | Puppy Potty Training Aid Spray | 8 oz=8.99
Top Paw | Treat Training Pouch, Black | =12.99
Top Paw | Long Line Training Leash, 30 ft | =19.99

## garden / seeds @ Aisle 16 left
Burpee | {v} Seeds, 1 Packet | =4.29 | Big Boy Hybrid Tomato; Better Boy Hybrid Tomato; Sweet Million Cherry Tomato; San Marzano Paste Tomato; California Wonder Sweet Pepper; Early Jalapeño Hot Pepper; Straight Eight Cucumber; Black Beauty Zucchini Squash; Genovese Basil; Mammoth Grey Stripe Sunflower; Cut & Come Again Zinnia; Sensation Mix Cosmos; Sparky Mix French Marigold; Black-Eyed Susan; Bright Lights Swiss Chard
Ferry-Morse | {v} Seeds, 1 Packet | =2.49 | Bush Blue Lake 274 Green Bean; Sugar Snap Pea; Scarlet Nantes Carrot; Buttercrunch Lettuce; Black Seeded Simpson Lettuce; Cherry Belle Radish; Bloomsdale Long Standing Spinach; Golden Bantam Sweet Corn; Connecticut Field Pumpkin; Sugar Baby Watermelon; Hales Best Cantaloupe; Italian Large Leaf Basil; Slow Bolt Cilantro; Bouquet Dill; Moss Curled Parsley; Chives; Detroit Dark Red Beet; Waltham 29 Broccoli; Dwarf Blue Curled Kale; Giant Zinnia Mix; Morning Glory Heavenly Blue; Sweet Pea Mix; Nasturtium Jewel Mix; Lemon Queen Sunflower
Botanical Interests | Organic {v} Seeds, 1 Packet | =3.69 | Lacinato Kale; Cherokee Purple Heirloom Tomato; Genovese Basil; Calendula Resina; Borage; Sungold Cherry Tomato; Marketmore 76 Cucumber
Burpee | Wildflower Pollinator Mix Seeds | 1 oz=12.99
Ferry-Morse | Butterfly & Hummingbird Wildflower Seed Mix | 2 oz=9.99
Burpee | Sprouting Seed Mix, Organic | 2 oz=6.99

## garden / seed starting @ Aisle 16 left
Jiffy | Peat Pellets, 36 mm | 25 ct=4.99; 50 ct=8.99
Jiffy | Greenhouse Seed Starting Kit, 72 Cells | =9.99
Jiffy | Peat Pots, 3 in, 22 ct | =4.99
Burpee | Seed Starting Mix | 8 qt=7.99
Espoma | Organic Seed Starter Premium Potting Mix | 8 qt=9.99
Hydrofarm | Seedling Heat Mat, 10 x 20.75 in | =29.99
Hydrofarm | Jump Start T5 Grow Light System, 2 ft | =64.99
Bootstrap Farmer | 1020 Seed Starting Trays with Humidity Dome, 3 pk | =24.99
Bond | Plant Labels, White, 4 in, 50 ct | =3.99

## garden / bulbs @ Aisle 16 right
Van Zyverden | Dahlia {v} Tubers, 2 ct | =11.99 | Café au Lait; Bishop of Llandaff; Karma Choc; Kelvin Floodlight
Van Zyverden | Gladiolus Bulbs, Mixed Colors | 20 ct=9.99; 50 ct=19.99
Van Zyverden | Asiatic Lily Bulbs, Mixed Colors | 6 ct=11.99
Van Zyverden | Oriental Lily Stargazer Bulbs | 3 ct=9.99
Van Zyverden | Calla Lily Bulbs, Mixed Colors | 3 ct=12.99
Van Zyverden | Canna Lily Tropicanna Rhizome | 1 ct=8.99
Van Zyverden | Caladium Bulbs, Mixed Colors | 3 ct=11.99
Van Zyverden | Elephant Ears Colocasia Esculenta Bulb, Jumbo | 1 ct=7.99
Van Zyverden | Tuberous Begonia Bulbs, Mixed Colors | 3 ct=9.99
Van Zyverden | Anemone De Caen Bulbs, Mixed | 15 ct=7.99
Ferry-Morse | Onion Sets, Yellow | 8 oz=3.49
Ferry-Morse | Seed Potatoes, Yukon Gold | 2.5 lb=5.99
Van Zyverden | Bare Root Asparagus Crowns, Jersey Knight, 10 ct | =14.99
Van Zyverden | Bare Root Strawberry Plants, Ozark Beauty, 25 ct | =14.99

## garden / annuals @ Garden Center
- | Petunia, {v}, 6-Pack | =4.99 | Red; Purple; White; Pink
- | French Marigold, {v}, 6-Pack | =4.99 | Yellow; Orange
- | Impatiens, {v}, 6-Pack | =4.99 | Mixed Colors; White; Red
- | Wax Begonia, {v}, 6-Pack | =4.99 | Pink; Red
- | Vinca, Mixed Colors, 6-Pack | =4.99
- | Snapdragon, Mixed Colors, 6-Pack | =4.99
- | Zinnia, Mixed Colors, 6-Pack | =4.99
- | Geranium, {v}, 4.5 in Pot | =5.99 | Red; Pink; White
- | Coleus, {v}, 4.5 in Pot | =4.99 | Kong Red; Wizard Mix
- | Lantana, {v}, 1 gal | =9.99 | Bandana Cherry; Luscious Lemonade
- | Sweet Potato Vine, Lime Green, 4.5 in Pot | =4.99
- | New Guinea Impatiens, {v}, 4.5 in Pot | =5.99 | Orange; Lavender
- | Dragon Wing Begonia, Red, 1 gal | =12.99
Proven Winners | Supertunia Vista Bubblegum Petunia, {s} | 4.25 in Pot=7.99; 12 in Hanging Basket=34.99
Proven Winners | Superbells Calibrachoa, {v}, 4.25 in Pot | =7.99 | Lemon Slice; Cherry Star; Blue
- | Hanging Basket, {v}, 12 in | =29.99 | Mixed Annuals; Fuchsia; Boston Fern
- | Mixed Annual Porch Planter, 14 in | =39.99

## garden / perennials @ Garden Center
- | Daylily 'Stella de Oro', 1 gal | =12.99
- | Black-Eyed Susan 'Goldsturm', 1 gal | =12.99
- | Purple Coneflower (Echinacea purpurea), 1 gal | =12.99
- | Lavender 'Phenomenal', 1 gal | =14.99
- | Salvia 'May Night', 1 gal | =12.99
- | Shasta Daisy 'Becky', 1 gal | =12.99
- | Creeping Phlox, {v}, 1 qt | =7.99 | Emerald Blue; Candy Stripe
- | Hosta, {v}, 1 gal | =14.99 | 'Patriot'; 'Frances Williams'; 'Guacamole'
- | Astilbe 'Visions', 1 gal | =14.99
- | Coral Bells (Heuchera) 'Palace Purple', 1 gal | =14.99
- | Catmint (Nepeta) 'Walker's Low', 1 gal | =14.99
- | Sedum 'Autumn Joy', 1 gal | =12.99
- | Feather Reed Grass 'Karl Foerster', 1 gal | =14.99
- | Bee Balm (Monarda) 'Jacob Cline', 1 gal | =14.99
- | Russian Sage 'Denim 'n Lace', 1 gal | =14.99
- | Butterfly Weed Milkweed (Asclepias tuberosa), 1 gal | =12.99
- | Garden Mum, {v}, 1 gal | =9.99 | Yellow; Bronze
- | Bleeding Heart, Pink, 1 gal | =16.99
- | Peony 'Sarah Bernhardt', 2 gal | =29.99
- | Hardy Hibiscus 'Lord Baltimore', 2 gal | =29.99
- | Creeping Thyme, 4 in Pot | =5.99
- | Pachysandra Ground Cover, 18-Pack Flat | =29.99
- | English Ivy, 4 in Pot | =4.99

## garden / shrubs trees @ Garden Center
- | Knock Out Double Red Shrub Rose, 2 gal | =34.99
- | Knock Out Pink Shrub Rose, 2 gal | =34.99
- | Mister Lincoln Hybrid Tea Rose, Red, 3 gal | =39.99
- | Peace Hybrid Tea Rose, Yellow/Pink, 3 gal | =39.99
- | Climbing Rose 'Don Juan', Red, 3 gal | =44.99
Proven Winners | At Last Sunset Orange Rose, 2 gal | =44.99
- | Hydrangea Endless Summer BloomStruck, 2 gal | =44.99
Proven Winners | Limelight Panicle Hydrangea, 3 gal | =54.99
- | Boxwood 'Green Velvet', 2 gal | =29.99
- | Emerald Green Arborvitae, 3 gal | =34.99
- | Green Giant Arborvitae, 3 gal | =39.99
- | Encore Azalea 'Autumn Twist', 2 gal | =39.99
Proven Winners | Bloomerang Dark Purple Reblooming Lilac, 2 gal | =49.99
Proven Winners | Lo & Behold Blue Chip Butterfly Bush, 2 gal | =39.99
- | Spirea 'Goldflame', 2 gal | =24.99
- | Japanese Maple 'Bloodgood', 5 gal | =89.99
- | Crape Myrtle 'Natchez' White, 3 gal | =39.99
- | Honeycrisp Apple Tree, 5 gal | =59.99
- | Bluecrop Blueberry Bush, 2 gal | =24.99
- | Meyer Lemon Tree, 3 gal | =49.99
- | Clematis 'Jackmanii', 1 gal | =19.99

## garden / vegetable herb plants @ Garden Center
Bonnie Plants | {v} Tomato Plant, 4.5 in Pot | =4.98 | Better Boy; Big Boy; Early Girl; Celebrity; Sweet 100 Cherry; Roma; Cherokee Purple; Husky Cherry Red
Bonnie Plants | {v} Tomato Plant, 1 gal | =8.98 | Better Boy; Early Girl; Sungold Cherry
Bonnie Plants | {v} Pepper Plant, 4.5 in Pot | =4.98 | California Wonder Bell; Jalapeño; Habanero; Banana; Poblano
Bonnie Plants | {v} Plant, 4.5 in Pot | =4.98 | Burpless Cucumber; Zucchini Squash; Yellow Crookneck Squash; Black Beauty Eggplant; Broccoli; Buttercrunch Lettuce; Collards; Okra; Cantaloupe; Watermelon
Bonnie Plants | {v} Herb Plant, 4.5 in Pot | =4.98 | Sweet Basil; Rosemary; Spearmint; Thyme; Oregano; Italian Parsley; Cilantro; Chives; Dill; Sage; Lemon Balm; Catnip
Bonnie Plants | Eversweet Strawberry Plant, 4.5 in Pot | =5.98

## garden / houseplants @ Greenhouse
Costa Farms | Snake Plant (Sansevieria Laurentii), {s} | 6 in Pot=19.99; 10 in Pot=39.99
Costa Farms | Golden Pothos, 6 in Hanging Pot | =16.99
Costa Farms | Monstera Deliciosa, {s} | 6 in Pot=24.99; 10 in Pot=49.99
Costa Farms | Peace Lily (Spathiphyllum), 6 in Pot | =17.99
Costa Farms | ZZ Plant (Zamioculcas), 6 in Pot | =24.99
Costa Farms | Fiddle Leaf Fig (Ficus Lyrata), 10 in Pot | =59.99
Costa Farms | Rubber Plant (Ficus Elastica) 'Burgundy', 6 in Pot | =19.99
Costa Farms | Spider Plant (Chlorophytum), 6 in Hanging Pot | =14.99
Costa Farms | Boston Fern, 10 in Hanging Basket | =24.99
Costa Farms | Parlor Palm (Chamaedorea), 6 in Pot | =16.99
Costa Farms | Calathea 'Medallion', 6 in Pot | =19.99
Costa Farms | Ponytail Palm, 6 in Pot | =22.99
Costa Farms | Money Tree (Pachira), 6 in Pot | =24.99
Costa Farms | Peperomia 'Ripple', 4 in Pot | =9.99
Costa Farms | Heartleaf Philodendron, 6 in Hanging Pot | =16.99
Costa Farms | Chinese Evergreen (Aglaonema) 'Silver Bay', 6 in Pot | =19.99
Costa Farms | Dracaena 'Lemon Lime', 6 in Pot | =17.99
Costa Farms | Bird of Paradise (Strelitzia), 10 in Pot | =49.99
Costa Farms | Aloe Vera, 4 in Pot | =7.99
Costa Farms | Jade Plant, 4 in Pot | =8.99
Costa Farms | Succulent Assortment, 2.5 in Pot | =4.99
Costa Farms | Cactus Assortment, 2.5 in Pot | =4.99
Costa Farms | Haworthia Zebra Plant, 4 in Pot | =7.99
Just Add Ice | Phalaenopsis Orchid, White, 5 in Pot | =29.99
Just Add Ice | Phalaenopsis Orchid, Purple, 5 in Pot | =29.99
- | Air Plants (Tillandsia) Assortment, 3 ct | =12.99
- | Lucky Bamboo Arrangement, 3 Tier | =19.99
- | Venus Flytrap, 3 in Pot | =9.99

## garden / soil potting mix @ Bulk Yard
Miracle-Gro | Potting Mix | 8 qt=6.97; 1 cu ft=12.97; 2 cu ft=21.97
Miracle-Gro | Moisture Control Potting Mix | 8 qt=7.97; 1 cu ft=14.97; 2 cu ft=24.97
Miracle-Gro | Indoor Potting Mix | 6 qt=7.97; 16 qt=14.97 | | @Aisle 17 left
Miracle-Gro | Cactus, Palm & Citrus Potting Mix | 8 qt=7.97 | | @Aisle 17 left
Miracle-Gro | Orchid Potting Mix | 8 qt=8.97 | | @Aisle 17 left
Miracle-Gro | All Purpose Garden Soil for In-Ground Use | 1 cu ft=8.97; 2 cu ft=14.97
Miracle-Gro | Raised Bed Soil | 1.5 cu ft=14.97
FoxFarm | Ocean Forest Potting Soil | 12 qt=15.99; 1.5 cu ft=27.99
FoxFarm | Happy Frog Potting Soil | 2 cu ft=24.99
Espoma | Organic Potting Mix | 8 qt=9.99; 16 qt=15.99
Espoma | Organic Cactus Mix | 4 qt=6.99 | | @Aisle 17 left
Kellogg Garden | Organics Raised Bed & Potting Mix | 2 cu ft=17.99
Scotts | Premium Topsoil | 0.75 cu ft=3.47
Black Kow | Composted Cow Manure | 50 lb=8.99
Coast of Maine | Quoddy Blend Lobster Compost | 1 cu ft=14.99
Premier | Sphagnum Peat Moss | 3.8 cu ft=19.99
Espoma | Organic Perlite | 8 qt=8.99 | | @Aisle 17 left
Espoma | Organic Vermiculite | 8 qt=8.99 | | @Aisle 17 left
Hoffman | Horticultural Charcoal | 10 qt=14.99 | | @Aisle 17 left

## garden / mulch stone @ Bulk Yard
Scotts | Nature Scapes Color Enhanced Mulch, {v} | 2 cu ft=4.47 | Deep Forest Brown; Sierra Red; Classic Black
- | Cypress Mulch | 2 cu ft=4.97
- | Pine Bark Nuggets | 2 cu ft=5.47
- | Hardwood Mulch, Natural | 2 cu ft=4.27
GroundSmart | Rubber Mulch, Mocha | 0.8 cu ft=9.97
- | Pea Gravel | 0.5 cu ft=4.97
- | River Rock, 1-3 in | 0.5 cu ft=6.97
- | White Marble Chips | 0.5 cu ft=7.97
- | Lava Rock, Red | 0.5 cu ft=7.97
- | Decorative Polished Black Pebbles | 20 lb=14.99

## garden / fertilizer @ Aisle 18 left
Miracle-Gro | Water Soluble All Purpose Plant Food | 1.5 lb=7.97; 4 lb=15.97; 10 lb=31.97
Miracle-Gro | Shake 'n Feed All Purpose Continuous Release Plant Food | 4.5 lb=14.97; 8 lb=22.97
Miracle-Gro | Water Soluble Rose Plant Food | 1.5 lb=8.47
Miracle-Gro | Water Soluble Tomato Plant Food | 1.5 lb=8.47
Miracle-Gro | Water Soluble Azalea, Camellia, Rhododendron Plant Food | 1.5 lb=8.47
Miracle-Gro | Indoor Plant Food Spikes | 48 ct=5.97
Miracle-Gro | Liquid Indoor Plant Food | 8 oz=5.47
Osmocote | Smart-Release Plant Food Plus Outdoor & Indoor | 1 lb=10.97; 2 lb=16.97; 8 lb=39.97
Jobe's | Fertilizer Spikes for Trees & Shrubs, 5 ct | =9.97
Jobe's | Organics Tomato & Vegetable Fertilizer | 4 lb=10.97
Espoma | Tomato-tone Organic Fertilizer | 4 lb=10.99; 8 lb=18.99
Espoma | Holly-tone Organic Fertilizer | 4 lb=10.99; 8 lb=18.99
Espoma | Rose-tone Organic Fertilizer | 4 lb=10.99
Espoma | Plant-tone Organic Fertilizer | 4 lb=10.99; 8 lb=18.99
Espoma | Organic Garden Lime | 6.75 lb=9.99
Espoma | Organic Soil Acidifier | 6 lb=11.99
Espoma | Organic Bone Meal | 4 lb=11.99
Espoma | Organic Blood Meal | 3 lb=12.99
Dr. Earth | Organic Home Grown Tomato, Vegetable & Herb Fertilizer | 4 lb=13.99
Schultz | African Violet Plus Liquid Plant Food | 4 oz=5.99
FoxFarm | Grow Big Liquid Concentrate Fertilizer | 1 qt=17.99
Alaska | Fish Fertilizer 5-1-1 | 1 qt=11.99
Ironite | Mineral Supplement 1-0-1 | 15 lb=24.97

## garden / weed control @ Aisle 18 right
Roundup | Weed & Grass Killer III Ready-to-Use with Comfort Wand | 1.33 gal=19.97
Roundup | Weed & Grass Killer Super Concentrate | 32 oz=49.97
Roundup | Extended Control Weed & Grass Killer Plus Weed Preventer Ready-to-Use | 1.33 gal=29.97
Roundup | For Lawns Weed Killer Ready-to-Use | 1.33 gal=19.97
Ortho | GroundClear Vegetation Killer Ready-to-Use | 1 gal=19.97
Ortho | WeedClear Lawn Weed Killer Ready-to-Spray | 32 oz=14.97
Ortho | MAX Poison Ivy & Tough Brush Killer Ready-to-Use | 1 gal=19.97
Spectracide | Weed & Grass Killer Concentrate | 32 oz=12.97
Spectracide | Weed Stop for Lawns Plus Crabgrass Killer Ready-to-Use | 32 oz=9.97
Green Gobbler | 20% Vinegar Weed & Grass Killer | 1 gal=24.99
Preen | Garden Weed Preventer | 5.625 lb=19.97; 13 lb=34.97
Preen | Natural Vegetable Garden Weed Preventer | 5 lb=22.97
Scotts | Halts Crabgrass & Grassy Weed Preventer | 5,000 sq ft=24.97
Dewitt | Pro-5 Weed Barrier Landscape Fabric, {s} | 3 x 50 ft=24.99; 4 x 100 ft=49.99
- | Landscape Fabric Staples, 6 in, 75 ct | =9.99

## garden / garden pest control @ Aisle 19 left
Garden Safe | Insecticidal Soap Insect Killer Ready-to-Use | 24 oz=7.97
Garden Safe | Neem Oil Extract Concentrate | 16 oz=12.97
Garden Safe | Houseplant & Garden Insect Killer Ready-to-Use | 24 oz=7.97
Bonide | Captain Jack's Deadbug Brew Garden Insect Spray Ready-to-Use | 32 oz=12.97
Bonide | Neem Oil Fungicide, Miticide & Insecticide Ready-to-Use | 32 oz=12.97
Bonide | Copper Fungicide Ready-to-Use | 32 oz=12.97
Daconil | Fungicide Concentrate | 16 oz=14.97
Sevin | Insect Killer Ready-to-Use | 32 oz=11.97
Sevin | Insect Killer Concentrate | 32 oz=19.97
Sevin | Insect Killer Lawn Granules | 10 lb=17.97
Ortho | Bug B Gon Insect Killer for Lawns & Gardens Ready-to-Spray | 32 oz=14.97
Ortho | Rose & Flower Insect Killer Ready-to-Use | 24 oz=9.97
BioAdvanced | 3-in-1 Insect, Disease & Mite Control for Roses, Flowers & Shrubs Concentrate | 32 oz=19.97
Spectracide | Triazicide Insect Killer for Lawns & Landscapes Granules | 10 lb=14.97
Spectracide | Bag-A-Bug Japanese Beetle Trap | =9.97
Scotts | GrubEx1 Season-Long Grub Killer | 5,000 sq ft=29.97
Sluggo | Wildlife & Pet Safe Slug & Snail Killer | 2 lb=16.97
Liquid Fence | Deer & Rabbit Repellent Ready-to-Use | 32 oz=14.97
Havahart | Critter Ridder Animal Repellent Granules | 2.2 lb=19.97
Bonide | Mole Max Mole & Vole Repellent Granules | 10 lb=24.97
Havahart | Large 1-Door Live Animal Trap | =59.97
Summit | Mosquito Dunks, 6 ct | =12.97
Summit | Mosquito Bits | 8 oz=12.97
Safer Brand | Houseplant Sticky Stakes Insect Trap, 7 ct | =6.97
Amdro | Fire Ant Bait | 12 oz=12.97
Terro | Liquid Ant Baits, 6 ct | =5.97
Harris | Diatomaceous Earth Food Grade | 4 lb=12.99
Cutter | Backyard Bug Control Spray Concentrate | 32 oz=14.97

## garden / lawn care @ Aisle 19 right
Scotts | Turf Builder Grass Seed Sun & Shade Mix | 3 lb=19.97; 7 lb=39.97; 20 lb=79.97
Scotts | Turf Builder Grass Seed Tall Fescue Mix | 7 lb=37.97; 20 lb=74.97
Scotts | Turf Builder Grass Seed Kentucky Bluegrass Mix | 3 lb=24.97
Scotts | EZ Seed Patch & Repair Sun and Shade | 3.75 lb=19.97; 10 lb=39.97
Pennington | Smart Seed Sun & Shade Grass Seed Mix | 3 lb=19.97; 7 lb=36.97
Pennington | Smart Seed Dense Shade Grass Seed Mix | 3 lb=19.97
Pennington | Bermudagrass Bare Grass Seed | 5 lb=29.97
Pennington | One Step Complete Sun & Shade Seed, Mulch & Fertilizer | 2.5 lb=17.97
Jonathan Green | Black Beauty Ultra Grass Seed | 7 lb=49.99
Scotts | Turf Builder Lawn Food | 5,000 sq ft=29.97; 12,500 sq ft=54.97
Scotts | Turf Builder Starter Food for New Grass | 5,000 sq ft=24.97
Scotts | Turf Builder Weed & Feed3 | 5,000 sq ft=32.97; 12,000 sq ft=64.97
Scotts | DiseaseEx Lawn Fungicide | 5,000 sq ft=24.97
Milorganite | Organic Nitrogen Fertilizer | 32 lb=17.97
Scotts | Whirl Hand-Powered Spreader | =19.97
Scotts | EdgeGuard Mini Broadcast Spreader | =49.97
Scotts | Turf Builder EdgeGuard DLX Broadcast Spreader | =69.97
Yard Butler | Lawn Coring Aerator | =39.99

## garden / pots planters @ Aisle 17 left; Aisle 17 right
- | Terra Cotta Clay Pot, {s} | 4 in=1.49; 6 in=2.49; 8 in=4.49; 10 in=6.99; 12 in=9.99; 14 in=14.99
- | Terra Cotta Clay Saucer, {s} | 6 in=1.29; 8 in=1.99; 10 in=2.99; 12 in=3.99
Bloem | Ariana Self-Watering Planter, {v}, {s} | 6 in=7.99; 8 in=10.99; 10 in=14.99; 12 in=19.99 | Black; White; Charcoal | pick=8
Bloem | Dura Cotta Window Box Planter, Terra Cotta, 24 in | =12.99
Bloem | Saturn Hanging Basket, Black, 12 in | =9.99
Panacea | Coco Fiber Hanging Basket, Black Wire, {s} | 12 in=14.99; 14 in=17.99
Panacea | Coconut Fiber Planter Liner, {s} | 12 in=4.99; 14 in=5.99
Mayne | Fairfield Window Box, White, 3 ft | =79.99
- | Ceramic Glazed Pot, {v}, {s} | 6 in=12.99; 8 in=19.99; 10 in=29.99 | Cobalt Blue; Cream; Teal | pick=6
- | Ceramic Indoor Planter with Saucer, White, {s} | 4 in=9.99; 6 in=14.99
- | Macrame Plant Hanger, Cotton, 40 in | =9.99
Root Pouch | Fabric Grow Bag, Brown, {s} | 7 gal=6.99; 10 gal=8.99; 25 gal=14.99
Greenes Fence | Cedar Raised Garden Bed, 4 x 4 ft x 10.5 in | =69.99
Vego Garden | Metal Raised Garden Bed, Modern Gray, 17 in Tall, 2 x 8 ft | =119.99
Panacea | Plant Stand, Black, 3 Tier | =34.99
- | Rolling Plant Caddy, 14 in | =19.99
- | Black Plastic Nursery Pots, 1 gal, 10 pk | =9.99

## garden / plant supports @ Aisle 21 left
- | Galvanized Tomato Cage, {s} | 42 in=2.99; 54 in=3.99
Gardener's Blue Ribbon | Ultomato Heavy Duty Tomato Cage, 60 in | =14.99
Bond | Bamboo Plant Stakes, {s} | 4 ft, 25 ct=7.99; 6 ft, 25 ct=11.99
Gardener's Blue Ribbon | Sturdy Stake, Green, 6 ft | =4.99
- | Wooden Fan Trellis, 60 in | =19.99
- | Metal Arch Garden Trellis, Black, 7.5 ft | =49.99
Velcro | Plant Ties, Green, 45 ft | =4.99
Bond | Natural Jute Garden Twine, 200 ft | =4.99
- | Peony Support Ring, 18 in | =6.99

## garden / hoses @ Aisle 20 left
Flexzilla | Garden Hose, 5/8 in, {s} | 50 ft=49.97; 75 ft=64.97; 100 ft=79.97
Gilmour | Flexogen Super Duty Garden Hose, 5/8 in, {s} | 50 ft=39.97; 75 ft=54.97; 100 ft=69.97
Swan | Element Ultimate Heavy Duty Garden Hose, 5/8 in, {s} | 50 ft=34.97; 100 ft=54.97
Pocket Hose | Copper Bullet Expandable Garden Hose, {s} | 50 ft=39.99; 75 ft=49.99
Gilmour | Flat Weeper Soaker Hose, {s} | 25 ft=12.97; 50 ft=17.97
Swan | Soaker Hose, 3/8 in x 50 ft | =14.97
Suncast | Hose Reel Cart, 175 ft | =59.99
Liberty Garden | Decorative Wall-Mount Hose Butler, 125 ft | =49.99
Gilmour | Hose Mender Repair Kit, 5/8 in | =5.97
Orbit | Brass Dual Shut-Off Hose Y Splitter | =9.97
Orbit | Single-Outlet Digital Hose Faucet Timer | =39.99
Raindrip | Container & Hanging Basket Drip Watering Kit | =24.97
Good Ideas | Rain Wizard Rain Barrel, 50 gal | =99.99

## garden / sprinklers nozzles @ Aisle 20 right
Melnor | XT Metal Turbo Oscillating Sprinkler | =29.97
Orbit | Zinc Impact Sprinkler on Spike Base | =14.97
Orbit | Traveling Lawn Sprinkler | =49.97
Gilmour | Circular Spot Sprinkler | =9.97
Melnor | RelaxGrip 8-Pattern Hose Nozzle | =14.97
Gilmour | Heavy-Duty Metal Pistol Grip Nozzle | =9.97
Dramm | One Touch Rain Wand, 30 in, {v} | =24.99 | Green; Blue; Red
Bloem | Easy Pour Watering Can, {s} | 1 gal=9.99; 2 gal=12.99
Behrens | Galvanized Steel Watering Can, 2 gal | =29.99
- | Indoor Plant Watering Can, White, 0.5 gal | =11.99

## garden / hand tools @ Aisle 21 left
Fiskars | Ergo Garden Trowel | =9.99
Fiskars | Ergo Transplanter | =9.99
Fiskars | Ergo Hand Cultivator | =9.99
Fiskars | 3-Piece Garden Tool Set | =24.99
Fiskars | 4-Claw Stand-Up Weeder | =39.99
Fiskars | Ergo Hand Weeder | =9.99
Nisaku | Hori Hori Japanese Stainless Steel Garden Knife | =24.99
Fiskars | Bulb Planter with Depth Markings | =14.99
Fiskars | Garden Kneeler & Seat | =39.99
- | Foam Garden Kneeling Pad | =6.99
True Temper | 6 cu ft Steel Wheelbarrow | =99.97
Gorilla Carts | Poly Garden Dump Cart, 600 lb | =129.99
- | Garden Tool Tote Bag, Green | =19.99

## garden / pruning tools @ Aisle 21 left
Fiskars | Steel Bypass Pruning Shears | =14.99
Fiskars | PowerGear2 Bypass Pruner | =29.99
Felco | F-2 Classic Manual Hand Pruner | =64.95
Corona | ClassicCUT Bypass Hand Pruner | =24.99
Fiskars | Micro-Tip Pruning Snips | =14.99
Fiskars | PowerGear2 Bypass Lopper, 32 in | =49.99
Corona | ComfortGEL Bypass Lopper, 25 in | =34.99
Fiskars | Power-Lever Hedge Shears, 23 in | =39.99
Corona | RazorTOOTH Folding Pruning Saw, 10 in | =24.99
Fiskars | Extendable Tree Pruner, 7-16 ft | =79.99
Fiskars | Axe and Knife Sharpener | =14.99

## garden / garden gloves @ Aisle 21 left
Digz | Women's Garden Gloves, {s} | S=7.99; M=7.99; L=7.99
West County Gardener | Waterproof Garden Gloves, {s} | S=29.95; M=29.95; L=29.95
Magid | Rose Garden Gauntlet Gloves, Thorn Resistant, {s} | Women's M=19.99; Women's L=19.99
Wells Lamont | Men's Leather Work Gloves, {s} | L=14.99; XL=14.99
Atlas | Nitrile Tough 370 Garden Gloves, {s} | M=5.99; L=5.99; XL=5.99
Digz | Kids' Garden Gloves, Assorted Colors | =5.99

## garden / long handled tools @ Aisle 21 right
Fiskars | Long Handle Digging Shovel | =39.99
Ames | Round Point Shovel, Fiberglass Handle | =29.98
True Temper | Square Point Transfer Shovel | =27.98
Fiskars | Steel D-Handle Garden Spade | =44.99
Ames | 4-Tine Garden Fork | =36.98
Fiskars | Steel Bow Rake, 14-Tine | =29.99
Ames | 24 in Poly Lawn Rake | =19.98
Ames | Adjustable Shrub Rake | =17.98
Fiskars | Garden Hoe | =29.99
Ames | Action Hoe, Stirrup Style | =27.98
Fiskars | Steel Edger | =39.99
Fiskars | Steel Post Hole Digger | =49.99
Ames | Welded Steel Pick Mattock | =39.98

## wild bird / wild bird seed @ Aisle 22 left
Pennington | Classic Wild Bird Feed | 10 lb=8.97; 20 lb=14.97; 40 lb=24.97
Kaytee | Wild Bird Food Basic Blend | 10 lb=9.99; 20 lb=16.99
Lyric | Black Oil Sunflower Seed Wild Bird Food | 10 lb=14.99; 20 lb=26.99; 40 lb=44.99
Lyric | Fine Tunes No Waste Wild Bird Mix | 5 lb=16.99
Lyric | Finch Nyjer Seed Mix | 5 lb=12.99
Wagner's | Nyjer Seed Wild Bird Food | 10 lb=19.99
Cole's | Hot Meats Sunflower Meats with Habanero Chili | 5.8 lb=29.99
Cole's | Blue Ribbon Blend Wild Bird Seed | 10 lb=21.99
C&S | Peanut Delight Suet Cake, 11.75 oz | =1.49
C&S | Hi-Energy Suet Cake, 11.75 oz | =1.49
Pennington | Wild Bird Seed Cylinder, Fruit & Nut | 2 lb=9.97
Kaytee | Hummingbird Nectar Instant Powder | 8 oz=4.99
Perky-Pet | Clear Hummingbird Nectar Concentrate | 32 oz=6.99
Kaytee | Oriole Nectar Instant Powder | 8 oz=4.99
Songbird Essentials | Dried Mealworms for Wild Birds | 17.6 oz=14.99
Kaytee | Squirrel & Critter Corn on the Cob | 6.5 lb=9.99

## wild bird / bird feeders @ Aisle 22 right
Perky-Pet | Glass Hummingbird Feeder, 16 oz | =12.99
First Nature | Hummingbird Feeder, 32 oz | =8.99
Brome | Squirrel Buster Standard Wild Bird Feeder | =59.99
Droll Yankees | Onyx Tube Bird Feeder, 15 in | =39.99
Stokes Select | Finch Feeder with Metal Roof | =24.99
Perky-Pet | Panorama Wild Bird Feeder | =19.99
Woodlink | Single Suet Cage Feeder | =4.99
Woodlink | Platform Tray Bird Feeder | =29.99
Perky-Pet | Oriole Feeder, 32 oz | =19.99
Woodlink | Torpedo Squirrel Baffle | =29.99
Panacea | Shepherd's Hook, Black, 84 in | =14.99
Panacea | Double Shepherd's Hook, Black, 84 in | =19.99

## wild bird / birdbaths birdhouses @ Aisle 22 right
Nature's Way | Cedar Bluebird Box House | =24.99
Nature's Way | Cedar Wren House | =19.99
Audubon | Purple Martin House, 12 Room | =89.99
Allied Precision | Heated Bird Bath, 20 in | =49.99
- | Pedestal Bird Bath, Resin, Stone Finish, 24 in | =59.99
- | Hanging Glass Bird Bath, Blue, 12 in | =24.99
- | Solar Bird Bath Fountain Pump | =19.99

## outdoor decor / garden decor @ Aisle 23 left; Aisle 23 right
- | Garden Gnome Statue, {v}, 12 in | =19.99 | Fishing; Welcome Sign; Holding Lantern
- | Welcome Frog Garden Statue, 10 in | =16.99
- | Solar Owl Garden Statue with LED Eyes | =24.99
- | Sleeping Dog Garden Statue, 14 in | =29.99
- | Cat Garden Statue, Black, 12 in | =22.99
Moonrays | Solar Pathway Lights, Stainless Steel, 8 pk | =29.99
Moonrays | Solar Hummingbird Stake Light | =14.99
- | Solar Globe String Lights, Warm White, 20 ft | =19.99
Woodstock Chimes | Amazing Grace Wind Chime, Medium | =69.99
- | Bamboo Wind Chime, 24 in | =14.99
Evergreen | Welcome Spring Garden Flag, 12.5 x 18 in | =12.99
Evergreen | Dog Lovers Welcome Garden Flag, 12.5 x 18 in | =12.99
Evergreen | Garden Flag Stand, Black | =14.99
- | Gazing Ball, {v}, 10 in | =19.99 | Cobalt Blue; Silver
- | Metal Butterfly Garden Stakes, 3 pk | =14.99
- | Metal Kinetic Wind Spinner, 24 in | =29.99
- | Decorative Pinwheel Garden Spinner, 3 pk | =9.99
Taylor | Decorative Glass Rain Gauge with Stake | =12.99
- | Outdoor Wall Thermometer, 12 in | =14.99
- | Pet Memorial Garden Marker, Paw Prints | =19.99
"""

ZONES = ('Garden Center', 'Greenhouse', 'Bulk Yard', 'Aquatics', 'Pet food cooler', 'Front end')


def ean13(d12):
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(d12))
    return d12 + str((10 - s % 10) % 10)


def parse_place(p):
    p = p.strip()
    m = re.match(r'(Aisle \d+) (left|right)$', p)
    if m:
        return m.group(1), m.group(2)
    if p not in ZONES:
        raise ValueError('unknown place %r' % p)
    return p, ''


def expand(spec, rng):
    items, section = [], None
    for ln, raw in enumerate(spec.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith('#') and not line.startswith('##'):
            continue
        if line.startswith('##'):
            m = re.match(r'##\s*(.+?)\s*/\s*(.+?)\s*@\s*(.+)$', line)
            places = [parse_place(p) for p in m.group(3).split(';')]
            section = (m.group(1), m.group(2), places)
            continue
        f = [x.strip() for x in line.split('|')]
        f += [''] * (5 - len(f))
        brand, tmpl, sizes, variants, opts = f[:5]
        brand = HOUSE.get(brand, brand)
        sz = []
        for s in sizes.split(';'):
            label, price = s.rsplit('=', 1)
            sz.append((label.strip(), price.strip()))
        vs = [v.strip() for v in variants.split(';')] if variants else [None]
        pick, place = None, None
        m = re.search(r'pick=(\d+)', opts)
        if m:
            pick = int(m.group(1))
        m = re.search(r'@(.+)$', opts)
        if m:
            place = parse_place(m.group(1))
        combos = [(v, s) for v in vs for s in sz]
        if pick and pick < len(combos):
            keep = set(rng.sample(range(len(combos)), pick))
            combos = [c for i, c in enumerate(combos) if i in keep]
        for v, (label, price) in combos:
            t = tmpl
            if v is not None:
                t = t.replace('{v}', v) if '{v}' in t else t + ', ' + v
            if '{s}' in t:
                t = t.replace('{s}', label)
            elif label:
                t = t + ', ' + label
            name = t if brand == '-' else brand + ' ' + t
            name = re.sub(r'\s+', ' ', name).replace(' ,', ',').strip()
            items.append(dict(name=name, brand=brand, department=section[0], category=section[1],
                              price='%.2f' % float(price), places=[place] if place else section[2],
                              line=ln))
    return items


def thin(items, rng):
    """A store carries only part of each range: drop some of the extra sizes/variants of a
    product line (never its first one), about DROP_EXTRA of them."""
    seen, left = set(), []
    for it in items:
        if it['line'] in seen and rng.random() < DROP_EXTRA:
            continue
        seen.add(it['line'])
        left.append(it)
    return left


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), 'catalog.csv')
    rng = random.Random(SEED)
    items = expand(SPEC, rng)
    items = thin(items, rng)
    names = [it['name'] for it in items]
    dup = {n for n in names if names.count(n) > 1}
    if dup:
        sys.exit('duplicate names: %s' % sorted(dup))

    # places and bays: split each section's products evenly over its places, in order,
    # and number bays along each aisle side / zone in the order products appear (4-7 per bay)
    next_bay, fill = {}, {}
    groups = {}
    for it in items:
        groups.setdefault((it['category'], tuple(it['places'])), []).append(it)
    for (cat, places), group in groups.items():
        per = math.ceil(len(group) / len(places))
        for i, it in enumerate(group):
            place = places[min(i // per, len(places) - 1)]
            key = place
            if key not in next_bay:
                next_bay[key], fill[key] = 1, 0
            cap = rng.randint(4, 7)
            if fill[key] >= cap:
                next_bay[key] += 1
                fill[key] = 0
            fill[key] += 1
            it['aisle'], it['side'], it['bay'] = place[0], place[1], next_bay[key]
        # the next section on the same place starts on a new bay
        for place in set(places):
            if place in fill and fill[place]:
                next_bay[place] += 1
                fill[place] = 0

    # stock: exactly OUT_OF_STOCK (7%) out of stock, the rest 1..60 (cheap things deeper stocked)
    n = len(items)
    out_idx = set(rng.sample(range(n), round(OUT_OF_STOCK * n)))
    for i, it in enumerate(items):
        if i in out_idx:
            it['quantity'] = 0
        else:
            p = float(it['price'])
            top = 60 if p < 10 else 30 if p < 30 else 12
            it['quantity'] = rng.randint(1, top)

    # GTIN: one GS1-style company prefix per brand, item numbers unique
    prefixes, used_gtin, used_sku = {}, set(), set()
    for it in items:
        b = it['brand']
        if b not in prefixes:
            while True:
                p = '0' + '%06d' % rng.randint(10000, 999999)
                if p not in prefixes.values():
                    break
            prefixes[b] = p
        while True:
            g = ean13(prefixes[b] + '%05d' % rng.randint(0, 99999))
            if g not in used_gtin:
                used_gtin.add(g)
                break
        it['gtin'] = g
        while True:
            s = str(rng.randint(10 ** (SKU_DIGITS - 1), 10 ** SKU_DIGITS - 1))
            if s not in used_sku:
                used_sku.add(s)
                break
        it['sku'] = s

    items.sort(key=lambda it: it['sku'])
    cols = ['sku', 'gtin', 'name', 'department', 'category', 'price', 'quantity', 'aisle', 'side', 'bay']
    with open(out, 'w', newline='', encoding='utf-8') as fh:
        w = csv.writer(fh, lineterminator='\n')
        w.writerow(cols)
        for it in items:
            w.writerow([it[c] for c in cols])
    print('%d products -> %s' % (n, out))


if __name__ == '__main__':
    main()
