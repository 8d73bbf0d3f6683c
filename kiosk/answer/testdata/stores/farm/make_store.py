#!/usr/bin/env python3
"""Generates the farm and ranch supply store (feed, poultry, horse, animal health, fencing, pet,
workwear, tools, trailer, lawn and garden, propane, truck and ATV, wild bird): catalog.csv,
questions.jsonl and questions-heldout-b.jsonl."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from blindcommon import run

CATALOG = r"""
DEPT livestock
CAT cattle feed @ Feed Room
Purina Accuration Range Supplement 25% Cattle Feed, 50 lb $21.99
+Purina Stocker Grower 14% Cattle Feed, 50 lb $17.49
+Dumor 14% Textured Cattle Feed, 50 lb $14.99
+Nutrena Country Feeds 14% All Stock Sweet Feed, 50 lb $15.49
+Producer's Pride Sweet 12 All Stock Feed, 50 lb $13.99
+Purina Honor Show Chow Fitting Edge Cattle Feed, 50 lb $29.99
+Dumor Whole Corn, 50 lb $11.99
+Dumor Cracked Corn, 50 lb $12.49
+Purina Cattle Breeder 20% Range Cubes, 50 lb $19.99
CAT goat & sheep feed @ Feed Room
Purina Goat Chow Goat Feed, {25 lb:13.99|50 lb:24.99} $13.99
+Dumor 16% Goat Feed Pellets, 50 lb $19.99
+Nutrena Country Feeds Meat Goat Grower 16%, 50 lb $20.99
+Purina Sheep Chow, 50 lb $21.49
+Purina Honor Show Chow Show Lamb Grower, 50 lb $26.99
+Manna Pro Goat Balancer Pellets, 8 lb $15.99
CAT pig feed @ Feed Room
Purina Pig & Sow Pellets, 50 lb $19.99
+Dumor 16% Hog Grower Pellets, 50 lb $18.49
+Purina Honor Show Chow Champion Drive Pig Feed, 50 lb $31.99
+Mazuri Mini Pig Active Adult Feed, 25 lb $36.99
CAT rabbit & small animal feed @ Aisle 2 left
Purina Rabbit Chow Complete Rabbit Feed, {5 lb:8.99|25 lb:19.99|50 lb:32.99} $8.99
+Dumor 16% Rabbit Pellets, 50 lb $24.99
+Oxbow Essentials Adult Rabbit Food, 10 lb $27.99
+Kaytee Forti-Diet Pro Health Guinea Pig Food, 5 lb $11.49
CAT milk replacers @ Aisle 2 left
Sav-A-Caf Ultra 24 Calf Milk Replacer, 25 lb $79.99
+Land O'Lakes Amplifier Max Calf Milk Replacer, 25 lb $94.99
+Sav-A-Kid Goat Milk Replacer, 8 lb $44.99
+Sav-A-Lam Lamb Milk Replacer, 8 lb $46.99
+Manna Pro Calf Manna Performance Supplement, 25 lb $34.99
Merrick's Bounce Back Calf Electrolytes, 4.4 oz $3.99
CAT minerals & salt @ Feed Room
Purina Wind and Rain Storm All Season 7.5 Complete Cattle Mineral, 50 lb $39.99
+Sweetlix Magnesium Mineral Tub, 125 lb $94.99
+Purina Rangeland 30-13 Protein Tub, 225 lb $139.99
+Manna Pro Goat Mineral, 8 lb $14.99
Morton White Salt Block, 50 lb $11.99
+Morton Trace Mineral Salt Block, 50 lb $12.99
+Champion's Choice Selenium 90 Salt Block, 50 lb $13.99
+Redmond Rock on a Rope Natural Mineral Lick, 3 lb $12.99
+Manna Pro Apple Flavored Salt Brick, 4 lb $7.99
CAT livestock equipment @ Outdoor Yard
Behlen Country Galvanized Round End Stock Tank, {100 gal:189.99|300 gal:299.99} $189.99
+Rubbermaid Structural Foam Stock Tank, 100 gal $169.99
Little Giant Automatic Stock Waterer, 10 gal $89.99
+Jobe Valves Stock Tank Float Valve $24.99
Behlen Country Galvanized Round Bale Feeder, 8 ft $499.99
+Tarter Hay Basket Feeder for Horses $289.99
Little Giant Rubber Feed Pan, 3 gal $12.99
+Fortiflex Flat Back Bucket, 20 qt $14.99
+Little Giant Over-the-Fence Feeder, 4.5 gal $21.99
Little Giant Calf Nursing Bottle with Nipple, 2 qt $9.99
+Peach Teats Lamb & Kid Nipples, 3 pk $8.99
CAT stall bedding @ Outdoor Yard
Producer's Pride Pine Shavings, 12 cu ft $7.99
+Woodland Fine Pine Flakes Bedding, 8 cu ft $6.49
+Sweet PDZ Stall Refresher Granules, 40 lb $19.99
+Little Giant Rubber Stall Mat, 4 ft x 6 ft $59.99

DEPT poultry
CAT poultry feed @ Feed Room
Purina Layena Layer Pellets, {25 lb:16.99|50 lb:24.99} $24.99
+Purina Layena Layer Crumbles, 50 lb $25.49
+Purina Layena Plus Omega-3 Layer Pellets, 50 lb $29.99
+Purina Start & Grow Non-Medicated Chick Feed Crumbles, 25 lb $16.49
+Purina Start & Grow Medicated Chick Feed Crumbles, 25 lb $17.99
+Purina Flock Raiser Crumbles, 50 lb $28.49
+Purina Scratch Grains Chicken Treat, 25 lb $14.99
+Producer's Pride Layer Pellets 16%, 40 lb $15.99
+Producer's Pride Chick Starter/Grower Medicated Crumbles, 40 lb $17.49
+Dumor Poultry Scratch Grains, 50 lb $16.99
+Nutrena NatureWise Layer Pellets, 50 lb $23.99
+Purina Duck Feed Pellets, 40 lb $27.99
+Purina Game Bird & Turkey Starter, 50 lb $30.99
CAT poultry treats & grit @ Aisle 3 left
Manna Pro Oyster Shell, {5 lb:6.99|25 lb:14.99} $6.99
+Manna Pro Poultry Grit, 5 lb $6.49
Happy Hen Treats Mealworm Frenzy, 10 oz $9.99
+Grubblies Black Soldier Fly Larvae Chicken Treats, 5 lb $24.99
+Kaytee Chicken Lickin' Sunflower Seed Treat Block $7.99
Rooster Booster Poultry Vitamins & Electrolytes, 4 oz $5.99
+Manna Pro Fresh Flakes Poultry Dust Bath, 10 lb $14.99
CAT poultry feeders & waterers @ Aisle 3 left
Harris Farms Plastic Poultry Fount, {1 gal:7.99|3 gal:14.99} $7.99
+Harris Farms Double Wall Galvanized Poultry Waterer, 5 gal $49.99
+Harris Farms Heated Poultry Drinker, 2 gal $54.99
+RentACoop Chicken Nipple Waterer, 2 gal $29.99
+Little Giant Quart Jar Chick Waterer Base $2.99
Little Giant Plastic Hanging Poultry Feeder, {7 lb:12.99|15 lb:19.99} $12.99
+Little Giant Galvanized Hanging Poultry Feeder, 30 lb $34.99
+Little Giant Quart Jar Chick Feeder Base $2.99
+RentACoop No-Waste Gravity Chicken Feeder, 20 lb $39.99
CAT chicken coops & nesting @ Outdoor Yard
Producer's Pride Sutton Chicken Coop, up to 6 Chickens $349.99
+Producer's Pride Defender Chicken Coop, up to 10 Chickens $599.99
+Ware Premium Chick-N-Hutch Chicken Coop $279.99
Little Giant Plastic Nesting Box, 1 Hole $34.99
+Rite Farm Products Galvanized Nesting Box, 4 Hole $89.99
+Producer's Pride Nesting Box Pads, 10 pk $9.99
CAT brooders & incubators @ Aisle 3 right
Premier 1 Prima Heat Lamp with Guard $39.99
+Little Giant Brooder Lamp with Clamp, 10.5 in. $16.99
Woods 250W Red Heat Lamp Bulb $9.99
+Woods 250W Clear Heat Lamp Bulb $9.49
Brinsea EcoGlow Safety 600 Chick Brooder Heat Plate $119.99
Little Giant Still Air Egg Incubator 9200 $64.99
+Brinsea Mini II Advance Egg Incubator $189.99
Little Giant Egg Candler $12.99
Little Giant Paper Egg Cartons, 12 ct, 25 pk $14.99

DEPT horse
CAT horse feed @ Feed Room
Purina Equine Senior Horse Feed, 50 lb $29.99
+Purina Strategy Professional Formula GX Horse Feed, 50 lb $25.99
+Purina Omolene #200 Horse Feed, 50 lb $27.49
+Nutrena SafeChoice Original Horse Feed, 50 lb $24.99
+Nutrena ProForce Fuel Horse Feed, 50 lb $28.99
+Dumor Sweet 10% Horse Feed, 50 lb $16.99
+Triple Crown Senior Horse Feed, 50 lb $32.99
+Purina Enrich Plus Ration Balancing Horse Feed, 50 lb $38.99
CAT horse treats & supplements @ Aisle 4 left
Manna Pro Bite-Size Nuggets Horse Treats, Apple, {4 lb:9.99|20 lb:34.99} $9.99
+Mrs. Pastures Cookies for Horses, 5 lb $19.99
Farnam Horseshoer's Secret Hoof Supplement, 3.75 lb $34.99
+Manna Pro Sho-Glo Complete Vitamin Supplement, 10 lb $39.99
+Cosequin ASU Joint Health Supplement for Horses, 1.3 lb $79.99
+Farnam Red Cell Vitamin-Iron Supplement, 1 gal $32.99
CAT tack @ Aisle 4 right
Weaver Leather Nylon Horse Halter, {Average Horse|Large Horse|Pony}, Black $19.99
+Weaver Leather Poly Rope Halter with 10 ft Lead $24.99
Weaver Leather Poly Lead Rope with Bull Snap, 10 ft $12.99
+Weaver Leather Cotton Lead Rope with Chain, 7 ft $16.99
Tough-1 Felt Western Saddle Pad, 32 in. x 32 in. $34.99
+Weaver Leather Contoured Wool Blend Saddle Pad $89.99
Weaver Leather Browband Headstall, Brown $39.99
+Tough-1 Stainless Steel Loose Ring Snaffle Bit, 5 in. $19.99
+Weaver Leather Western Split Reins, 7 ft $29.99
Tough-1 Slow Feed Hay Net $17.99
Weatherbeeta ComFiTec Medium Turnout Horse Blanket, {72 in.|78 in.} $129.99
+Tough-1 Mesh Fly Sheet, 75 in. $49.99
CAT horse grooming @ Aisle 4 right
Tough-1 Great Grips Rubber Curry Comb $5.99
+Tough-1 Great Grips Dandy Brush $8.99
+Tough-1 Great Grips Hoof Pick with Brush $3.99
+Decker Manufacturing Aluminum Mane Comb $4.49
+Tough-1 Grooming Tote with 7 pc Grooming Kit $24.99
Absorbine ShowSheen Hair Polish & Detangler, 32 oz $21.99
+Cowboy Magic Detangler & Shine, 16 oz $19.99
+Mane 'n Tail Original Shampoo, 32 oz $11.99
+Absorbine Veterinary Liniment Gel, 20 oz $15.99
+Absorbine Hooflex Thrush Remedy, 16 oz $11.49
CAT fly control @ Aisle 5 left
Farnam Endure Sweat-Resistant Fly Spray for Horses, 32 oz $24.99
+Absorbine UltraShield EX Insecticide & Repellent, 32 oz $27.99
+Pyranha Wipe N' Spray Fly Spray for Horses, 32 oz $14.99
+Farnam Tri-Tec 14 Fly Repellent, 32 oz $26.99
Farnam SWAT Fly Repellent Ointment, Clear, 6 oz $9.99
Cashel Crusader Fly Mask with Ears, {Horse|Pony} $24.99
Durvet Permethrin 10% Livestock Fly Spray Concentrate, 32 oz $29.99
+Ultra Boss Pour-On Insecticide for Cattle, 1 qt $59.99

DEPT animal health
CAT dewormers @ Aisle 5 right
Durvet Ivermectin Paste 1.87% Horse Dewormer $6.99
+Zoetis Quest Gel Horse Dewormer $19.99
+Merck Safe-Guard Paste 10% Horse Dewormer $14.99
+Zoetis Strongid Paste Horse Dewormer $11.99
+Durvet Ivermectin Pour-On for Cattle, {250 ml:29.99|1 L:74.99} $29.99
+Zoetis Cydectin Pour-On for Cattle, 1 L $109.99
+Merck Safe-Guard Goat Dewormer Suspension, 125 ml $24.99
+Zoetis Valbazen Suspension Dewormer for Cattle & Sheep, 500 ml $64.99
CAT wound care @ Aisle 5 right
Vetericyn Plus Wound & Skin Care Spray, {8 oz:24.99|16 oz:34.99} $24.99
+Vetericyn Plus Pinkeye Spray for Livestock, 3 oz $19.99
+Farnam Blu-Kote Wound Dressing, 5 oz $9.99
+Durvet Aluspray Aluminum Wound Dressing, 7.5 oz $12.99
+Neogen Wonder Dust Wound Powder, 4 oz $10.49
+Corona Multi-Purpose Ointment, 14 oz $12.99
+Bag Balm Udder Ointment, 8 oz $10.99
3M Vetrap Bandaging Tape, 4 in., Assorted Colors $3.49
Terramycin Ophthalmic Ointment, 1/8 oz $24.99
CAT vaccines & syringes @ Front Counter
Colorado Serum CD/T Vaccine for Cattle, Sheep & Goats, 50 ml $19.99
+Bar-Vac 7/Somnus Cattle Vaccine, 10 dose $24.99
Ideal Disposable Syringe, {3 cc:0.49|12 cc:0.79|35 cc:1.99} $0.49
+Ideal Disposable Hypodermic Needles, 18 G x 1 in., 100 ct $14.99
+Ideal Reusable Nylon Syringe, 50 ml $17.99
Durvet Vaccine Cooler Box $21.99
Ideal Sharps Disposal Container, 1 qt $4.99
CAT livestock handling @ Aisle 6 left
Allflex Large Cattle Ear Tags, Numbered 1-25, {Yellow|Orange} $34.99
+Z Tags Medium Ear Tags for Sheep & Goats, Blank, 25 pk $24.99
+Allflex Global Ear Tag Applicator $34.99
Ideal Elastrator Castrating Ring Applicator $19.99
+Ideal Elastrator Castrating Rings, 100 ct $7.99
Hot-Shot HS2000 Cattle Prod $69.99
+Weaver Leather Fiberglass Sorting Stick, 48 in. $11.99
+Weaver Leather Livestock Rope Halter, Cattle $9.99
Neogen Ideal Hoof Trimmers, 14 in. $34.99
Premier 1 Drench Gun, 30 ml $24.99
Nasco Livestock Marking Crayon, Red $2.49
CAT pest control @ Aisle 6 left
Tomcat Rat & Mouse Bait Chunx, 4 lb $24.99
+Tomcat Bait Chunx Refillable Bait Station $9.99
Victor Metal Pedal Rat Trap, 2 pk $5.49
+Victor Original Mouse Trap, 4 pk $4.99
Rescue Outdoor Fly Trap, Disposable $7.99
+Catchmaster Fly Ribbon, 10 pk $3.99
Starbar QuickBayt Fly Bait, 5 lb $59.99

DEPT fencing
CAT fence chargers @ Aisle 7 left
Zareba 10-Mile AC Low Impedance Fence Charger $99.99
+Zareba 25-Mile AC Low Impedance Fence Charger $159.99
+Zareba 5-Mile Solar Low Impedance Fence Charger $169.99
+Zareba 2-Mile Battery Operated Fence Charger $84.99
+Parmak Magnum Solar-Pak 12 Fence Charger, 30-Mile $279.99
+Patriot PMX 100 AC Fence Charger, 15-Mile $119.99
+Gallagher S100 Solar Fence Energizer $449.99
Zareba 6 ft Galvanized Ground Rod $19.99
Zareba Digital Electric Fence Volt Meter $39.99
+Zareba 5-Light Fence Tester $9.99
CAT electric fence wire & tape @ Aisle 7 left
Zareba 17 Gauge Aluminum Electric Fence Wire, {1/4 Mile:39.99|1/2 Mile:64.99} $39.99
+Zareba 14 Gauge Galvanized Electric Fence Wire, 1/4 Mile $49.99
+Zareba 1/2 in. Polytape, White, 656 ft $29.99
+Dare Products Polywire, 6 Strand, 1320 ft $34.99
+Zareba Polyrope, White, 656 ft $49.99
Zareba Underground Insulated Hook-Up Wire, 50 ft $22.99
Zareba Spring Gate Handle Kit $19.99
Zareba Electric Fence Warning Sign, 3 pk $5.99
CAT fence insulators @ Aisle 7 right
Zareba Snug T-Post Insulator, {Black|Yellow}, 25 pk $8.99
+Zareba Wood Post Ring Insulator, 25 pk $6.99
+Zareba Nail-On Polytape Insulator, 25 pk $9.99
+Zareba Corner Post Insulator, 10 pk $11.99
+Zareba Screw-In Ring Insulator for Polywire, 25 pk $8.49
+Zareba T-Post Topper Insulator, 10 pk $12.99
CAT fence posts @ Outdoor Yard
CountyLine Studded Steel T-Post, {5 ft:5.49|5.5 ft:5.99|6 ft:6.49|7 ft:7.99|8 ft:9.49} $6.49
+CountyLine Studded Steel T-Post, 6 ft, 5 pk $31.99
+Zareba Plastic Step-In Fence Post, 48 in., White, 10 pk $29.99
+Dare Products Fiberglass Rod Post, 3/8 in. x 48 in., 10 pk $24.99
+CountyLine Treated Wood Fence Post, {4 in. x 7 ft:9.99|5 in. x 8 ft:14.99|6 in. x 8 ft:19.99} $9.99
+CountyLine Treated Round Rail, 3 in. x 8 ft $7.99
CAT fence wire & panels @ Outdoor Yard
Red Brand 12.5 Gauge 4-Point Barbed Wire, 1320 ft $89.99
+CountyLine 15.5 Gauge High Tensile 4-Point Barbed Wire, 1320 ft $69.99
+Red Brand Field Fence, {39 in. x 330 ft:219.99|47 in. x 330 ft:259.99} $219.99
+Red Brand Non-Climb Horse Fence, 48 in. x 200 ft $349.99
+CountyLine Welded Wire Fence, {36 in. x 50 ft:49.99|48 in. x 100 ft:99.99} $49.99
+CountyLine Poultry Netting, 1 in. x 36 in. x 150 ft $54.99
+CountyLine Hardware Cloth, 1/2 in. x 36 in. x 10 ft $24.99
+Tarter Cattle Panel, 52 in. x 16 ft $42.99
+Tarter Hog Panel, 34 in. x 16 ft $32.99
+Tarter Goat & Sheep Panel, 48 in. x 16 ft $44.99
+Premier 1 ElectroNet Poultry Netting Kit, 164 ft $189.99
CAT gates & hardware @ Outdoor Yard
Tarter 1-3/4 in. Heavy Duty Tube Gate, {12 ft:209.99|14 ft:229.99|16 ft:249.99}, Green $209.99
+CountyLine 14 ft Economy Tube Gate, Red $169.99
+Behlen Country Wire-Filled Utility Gate, 16 ft $299.99
+Tarter Walk-Through Gate, 4 ft $99.99
Tarter Gate Hinge Kit $19.99
+CountyLine Gate Latch, Galvanized $12.99
+Speeco Chain Gate Latch with Anchor Plate $14.99
CAT fencing tools & supplies @ Aisle 8 left
Red Brand T-Post Driver $39.99
+CountyLine T-Post Puller $64.99
Red Brand T-Post Clips, 100 pk $9.99
+CountyLine Galvanized Fence Staples, 1-1/2 in., 5 lb $14.99
Channellock 85 Fence Tool Pliers, 10.5 in. $34.99
+Goldenrod Fence Stretcher $64.99
+Speeco Chain Grab Wire Strainer $24.99
+Red Brand Wire Tightener, 5 pk $12.99
+Zareba Handheld Wire Reel with Crank $39.99
Seymour Steel Post Hole Digger $44.99

DEPT pet
CAT dog food @ Aisle 9 left
4health Original Adult Chicken & Rice Formula Dry Dog Food, {5 lb:14.99|35 lb:52.99} $14.99
+4health Original Puppy Formula Dry Dog Food, 30 lb $49.99
+Purina Dog Chow Complete Adult Dry Dog Food, {18.5 lb:22.99|44 lb:42.99} $22.99
+Purina Pro Plan Adult Chicken & Rice Dry Dog Food, 35 lb $74.99
+Purina Pro Plan Sport All Life Stages 30/20 Dry Dog Food, 37.5 lb $79.99
+Retriever Hi-Pro Plus Adult Dry Dog Food, 50 lb $39.99
+Diamond Naturals Large Breed Adult Lamb & Rice Dry Dog Food, 40 lb $56.99
+Blue Buffalo Life Protection Formula Adult Chicken & Brown Rice Dry Dog Food, 30 lb $69.99
+Pedigree Complete Nutrition Adult Dry Dog Food, 30 lb $32.99
+Pedigree Chopped Ground Dinner Wet Dog Food Variety Pack, 12 ct $16.99
CAT cat food @ Aisle 9 right
Meow Mix Original Choice Dry Cat Food, {6.3 lb:10.99|16 lb:21.99} $10.99
+Purina Cat Chow Complete Dry Cat Food, 15 lb $21.99
+4health Indoor Cat Formula Dry Cat Food, 16 lb $34.99
+Retriever Feline Formula Dry Cat Food, 20 lb $19.99
+Purina Kitten Chow Nurture Dry Kitten Food, 14 lb $24.99
+Friskies Pate Wet Cat Food Variety Pack, 32 ct $22.99
CAT cat litter @ Aisle 10 left
Tidy Cats Clumping Cat Litter, Multiple Cat, {20 lb:13.99|35 lb:19.99} $13.99
+Fresh Step Clumping Cat Litter, Scented, 25 lb $17.99
+Arm & Hammer Clump & Seal Cat Litter, 28 lb $18.99
+Feline Pine Original Pine Cat Litter, 20 lb $14.99
Van Ness Large Cat Litter Box $9.99
+Van Ness Litter Scoop $2.99
CAT dog treats & chews @ Aisle 10 left
Milk-Bone Original Dog Biscuits, {24 oz:6.99|10 lb:17.99} $6.99
+Greenies Original Regular Dental Dog Treats, 27 oz $39.99
+Pedigree Dentastix Large Dog Treats, 32 ct $12.99
+Retriever Rawhide Bones, 6 in., 10 pk $12.99
+Redbarn Bully Sticks, 6 in., 5 pk $14.99
+Nylabone Dura Chew Power Chew Bone, Large $9.99
+KONG Classic Dog Toy, Large $13.99
CAT dog supplies @ Aisle 10 right
Retriever Nylon Dog Collar, {Medium|Large}, Blue $7.99
+Retriever Nylon Dog Leash, 6 ft $9.99
+Retriever Tie-Out Cable, 20 ft $14.99
Petmate Vari Kennel Dog Crate, {Medium|Large} $89.99
+Lucky Dog Chain Link Dog Kennel, 10 ft x 10 ft x 6 ft $379.99
+Petmate Indigo Dog House, Large $139.99
+Retriever Orthopedic Dog Bed, 36 in. x 27 in. $39.99
+Retriever Stainless Steel Dog Bowl, 2 qt $5.99
+Retriever Dog Waste Bags, 120 ct $6.99
CAT flea & tick @ Aisle 11 left
Frontline Plus Flea & Tick Treatment for Dogs, 45-88 lb, 3 pk $54.99
+Advantage II Flea Treatment for Large Dogs, 21-55 lb, 4 pk $59.99
+Seresto Flea & Tick Collar for Large Dogs $69.99
+Seresto Flea & Tick Collar for Cats $64.99
+Adams Plus Flea & Tick Spray for Dogs & Cats, 16 oz $14.99
+Adams Plus Flea & Tick Shampoo for Dogs, 12 oz $11.99
+Frontline Plus Flea & Tick Treatment for Cats, 3 pk $49.99

DEPT workwear & boots
CAT work shirts @ Aisle 12 left
Carhartt Men's Loose Fit Heavyweight Pocket T-Shirt, {Black|Heather Gray}, {L|XL|2XL:+2} $19.99
+Carhartt Men's Loose Fit Midweight Sweatshirt Hoodie, {Black|Carhartt Brown}, L $54.99
+Ridgecut Men's Long Sleeve Flannel Work Shirt, Red Plaid, {L|XL} $24.99
+Wrangler Men's Long Sleeve Western Snap Work Shirt, Denim, L $29.99
CAT work pants & jeans @ Aisle 12 left
Wrangler Men's Cowboy Cut Original Fit Jeans 13MWZ, Rigid Indigo, {34x30|34x32|36x32} $37.99
+Carhartt Men's Rugged Flex Relaxed Fit Double Front Utility Work Pants, Carhartt Brown, {34x32|36x32} $59.99
+Dickies Men's 874 Original Fit Work Pants, Khaki, {34x32|36x32} $34.99
+Wrangler Women's Cowboy Cut Slim Fit Jeans, Indigo, 10x32 $39.99
CAT outerwear @ Aisle 12 right
Carhartt Men's Loose Fit Firm Duck Insulated Flannel-Lined Active Jacket, Carhartt Brown, {L|XL} $129.99
+Carhartt Men's Relaxed Fit Duck Detroit Jacket, Carhartt Brown, L $149.99
+Carhartt Men's Loose Fit Firm Duck Insulated Bib Overalls, Carhartt Brown, {34x30|36x30} $129.99
+Walls Men's Insulated Duck Coveralls, Brown, XL $119.99
+Carhartt Women's Rugged Flex Loose Fit Canvas Work Jacket, Black, M $99.99
+Ridgecut Men's Insulated Vest, Brown, L $44.99
+Frogg Toggs Men's Classic All-Sport Rain Suit, L $29.99
CAT work boots @ Aisle 13 left
Ariat Men's WorkHog 11 in. Composite Toe Waterproof Western Work Boots, Brown, {10|11|12} $189.99
+Justin Men's Balusters 11 in. Steel Toe Western Work Boots, {10|11} $169.99
+Wolverine Men's Floorhand 6 in. Waterproof Steel Toe Work Boots, {10|11} $139.99
+Ariat Women's Fatbaby Western Boots, Brown, 8 $119.99
CAT rubber boots @ Aisle 13 right
Muck Boot Co. Men's Chore Classic Tall Rubber Boots, Black, {9|10|11|12} $139.99
+Muck Boot Co. Men's Arctic Sport Insulated Rubber Boots, {10|11} $174.99
+Muck Boot Co. Women's Muckster II Mid Rubber Boots, {7|8} $99.99
+Bogs Men's Classic High Waterproof Rubber Boots, 10 $129.99
+Dryshod Men's Haymaker Hi Rubber Boots, 11 $109.99
+Xtratuf Men's 15 in. Legacy Rubber Boots, Brown, 10 $149.99
+Tingley Rubber Overshoes, L $29.99
CAT work gloves @ Aisle 14 left
Kinco 901 Lined Pigskin Leather Work Gloves, {L|XL} $17.99
+Wells Lamont Men's Cowhide Leather Work Gloves, L $9.99
+Carhartt Men's Insulated Duck Work Gloves, L $24.99
+Ironclad Ranchworx Leather Work Gloves, L $32.99
+Wells Lamont Women's Goatskin Leather Garden Gloves, M $12.99
+Ridgecut Nitrile Coated Work Gloves, L, 3 pk $9.99
+Atlas Fit 300 Rubber Coated Gloves, L $5.99
CAT hats & socks @ Aisle 14 left
Carhartt Knit Cuffed Beanie, {Black|Brown} $19.99
+Carhartt Canvas Mesh-Back Logo Cap, Brown $24.99
+Ridgecut Men's Insulated Trapper Hat, Brown $19.99
+Carhartt Men's Heavyweight Merino Wool Blend Boot Socks, L, 2 pk $24.99
+Ridgecut Men's Cotton Crew Work Socks, L, 6 pk $14.99
+Carhartt Men's Midweight Thermal Base Layer Top, L $34.99

DEPT tools & hardware
CAT hand tools @ Aisle 15 left
Estwing 22 oz Framing Hammer $39.99
+Channellock 10 in. Tongue & Groove Pliers $24.99
+Irwin Vise-Grip 10 in. Curved Jaw Locking Pliers $19.99
+Crescent 10 in. Adjustable Wrench $19.99
+Traveller 148 pc Mechanics Tool Set $99.99
+Stanley 25 ft Tape Measure $14.99
+Stanley Fixed Blade Utility Knife $9.99
+H.K. Porter 24 in. Bolt Cutters $59.99
+Fiskars 32 in. PowerGear Bypass Lopper $49.99
CAT power tools @ Aisle 15 right
DeWalt 20V MAX Cordless Drill/Driver Kit $129.00
+DeWalt 20V MAX Cordless Impact Driver Kit $149.00
+Milwaukee M18 Cordless Drill/Driver Kit $149.00
+DeWalt 20V MAX Cordless Reciprocating Saw, Tool Only $139.00
+DeWalt 20V MAX 4.5 in. Cordless Angle Grinder, Tool Only $119.00
CAT chain & rope @ Aisle 16 left
Koch Grade 30 Proof Coil Chain, 3/16 in. x 20 ft $29.99
+Koch Grade 70 Transport Chain with Clevis Hooks, 3/8 in. x 20 ft $79.99
+Koch Grade 43 Log Chain with Grab Hooks, 5/16 in. x 16 ft $59.99
+Peerless Lever Load Binder, 5/16-3/8 in. $39.99
+Koch Quick Link, 3/8 in. $4.99
Bridon Cordage Sisal Baler Twine, 9000 ft $44.99
+Bridon Cordage Poly Baler Twine, 20000 ft $69.99
+Koch 1/2 in. x 50 ft Twisted Manila Rope $24.99
+Koch 3/8 in. x 100 ft Braided Polypropylene Rope $19.99
CAT barn & shop supplies @ Aisle 16 right
Little Giant Muck Tub, 70 qt $19.99
+Fortiflex Muck Bucket, 18 gal $24.99
Little Giant Muck Fork with Handle $29.99
+Ames Aluminum Grain Scoop, #12 $44.99
+Ames Steel Hay Fork, 4 Tine $39.99
+Ames Square Point Shovel $27.99
+Little Giant Barn Broom, 24 in. $24.99
Traveller Rechargeable LED Work Light, 2000 Lumen $39.99
+Traveller 12 Gauge Outdoor Extension Cord, 100 ft $69.99
Gorilla Heavy Duty Duct Tape, Black, 30 yd $11.99
+Traveller Plastic Storage Tote, 27 gal $12.99

DEPT trailer & towing
CAT hitches & ball mounts @ Aisle 17 left
Curt Chrome Trailer Hitch Ball, {1-7/8 in.:19.99|2 in.:24.99|2-5/16 in.:29.99} $19.99
+Curt Class 3 Trailer Hitch Ball Mount, 2 in. Drop $39.99
+Reese Towpower Adjustable Ball Mount, 6 in. Drop $79.99
+Curt Receiver Hitch Pin & Clip, 5/8 in. $7.99
+Curt 2-5/16 in. Gooseneck Hitch Ball, 30,000 lb $59.99
+Curt Trailer Safety Chain, 35 in. $19.99
+Curt Trailer Coupler Lock $19.99
CAT trailer lights & wiring @ Aisle 17 left
Hopkins 4-Flat Trailer Wiring Connector Kit $24.99
+Hopkins 7-Blade RV Trailer Connector $29.99
+Hopkins 7-Blade to 4-Flat Adapter $12.99
Blazer Submersible LED Trailer Light Kit $39.99
+Optronics LED Clearance Marker Light, {Red|Amber} $5.99
+Tekonsha P3 Electric Trailer Brake Controller $159.99
CAT trailer jacks & parts @ Aisle 17 right
Curt 1,000 lb Swivel Trailer Jack $49.99
+Fulton 2,000 lb Side-Mount Trailer Jack $79.99
Curt A-Frame Trailer Coupler, 2 in. Ball $39.99
+Dexter Trailer Wheel Bearing Kit, 1 in. $24.99
+Dexter Trailer Wheel Bearing Kit, 1-3/8 in. x 1-1/16 in. $29.99
+Bearing Buddy Trailer Bearing Protectors, 1.980 in., 2 pk $29.99
+Carlisle Radial Trail HD Trailer Tire, ST205/75R15 $114.99
+Carlisle Radial Trail HD Trailer Tire Mounted on Wheel, ST205/75R15 $189.99
+Fulton Trailer Winch, 1,500 lb $69.99
CAT tie-downs & straps @ Aisle 18 left
Keeper Ratchet Tie-Down Straps, 1 in. x 15 ft, 4 pk $24.99
+Rhino USA Ratchet Straps, 2 in. x 27 ft, 4 pk $49.99
+Erickson Cam Buckle Tie-Downs, 1 in. x 12 ft, 4 pk $12.99
+Keeper Bungee Cords Assortment, 24 pc $14.99
+Keeper Heavy Duty Poly Tarp, 10 ft x 12 ft $19.99
+Smittybilt Recovery Tow Strap, 2 in. x 20 ft $29.99

DEPT lawn & garden
CAT grass & pasture seed @ Aisle 19 left
Pennington Smart Seed Tall Fescue Grass Seed, {7 lb:39.99|20 lb:79.99} $39.99
+Pennington Bermudagrass Grass Seed, 5 lb $44.99
+Scotts Turf Builder Grass Seed Sun & Shade Mix, 7 lb $49.99
+Pennington Kentucky 31 Tall Fescue Grass Seed, 50 lb $119.99
+BWI Horse Pasture Seed Mix, 25 lb $109.99
+Pennington Annual Ryegrass Seed, 50 lb $59.99
+Whitetail Institute Imperial Clover Food Plot Seed, 4.5 lb $64.99
CAT garden seed @ Aisle 19 left
Burpee Tomato Seeds, {Better Boy|Roma} $3.49
+Burpee Sweet Corn Seeds, Peaches & Cream $4.49
+Ferry-Morse Green Bean Seeds, Bush Blue Lake, 8 oz $7.99
+Ferry-Morse Zucchini Squash Seeds $2.99
+Ferry-Morse Sunflower Seeds, Mammoth Grey Stripe $2.99
CAT fertilizer & lime @ Outdoor Yard
Hi-Yield Triple 13 13-13-13 Fertilizer, 50 lb $27.99
+CountyLine 10-10-10 All Purpose Fertilizer, 50 lb $24.99
+CountyLine 34-0-0 Ammonium Nitrate Fertilizer, 50 lb $34.99
+Scotts Turf Builder Lawn Food, 12.5 lb $34.99
+Miracle-Gro Water Soluble All Purpose Plant Food, 3 lb $14.99
+Espoma Garden-Tone Organic Vegetable Fertilizer, 8 lb $17.99
CountyLine Calcitic Lime Pellets, 40 lb $7.99
+Pennington Fast Acting Lime, 30 lb $11.99
CAT weed & grass killer @ Aisle 19 right
Roundup Weed & Grass Killer III Ready-to-Use, 1.33 gal $24.99
+Roundup Weed & Grass Killer Super Concentrate, 35.2 oz $59.99
+Ortho GroundClear Vegetation Killer Concentrate, 1 gal $44.99
+Compare-N-Save 41% Glyphosate Concentrate, 1 gal $39.99
+Crossbow Specialty Herbicide Brush Killer, 1 qt $39.99
+Southern Ag Amine 2,4-D Weed Killer, 1 gal $44.99
+PastureGard HL Herbicide, 1 qt $84.99
Sevin Insect Killer Dust, 1 lb $9.99
+Sevin Insect Killer Concentrate, 32 oz $21.99
CAT sprayers @ Aisle 20 left
Chapin 1-Gallon Poly Lawn & Garden Sprayer $17.99
+Chapin 2-Gallon Poly Lawn & Garden Sprayer $24.99
+Solo 4-Gallon Backpack Sprayer $99.99
+Fimco 15-Gallon ATV Spot Sprayer, 1 GPM $149.99
+Fimco 25-Gallon Spot Sprayer with Boomless Nozzle $249.99
+Fimco 40-Gallon Trailer Sprayer $499.99
CAT garden tools @ Aisle 20 right
True Temper 6 cu ft Steel Wheelbarrow $119.99
+Ames 4 cu ft Poly Wheelbarrow $79.99
+Ames Round Point Shovel, Fiberglass Handle $29.99
+Ames Bow Rake, 14 Tine $24.99
+Ames Leaf Rake, 24 in. $19.99
+Ames Forged Garden Hoe $24.99
+Fiskars Steel Bypass Pruning Shears $14.99
CAT hoses & watering @ Aisle 20 right
Flexzilla Garden Hose, 5/8 in., {50 ft:44.99|100 ft:79.99} $44.99
+Gilmour Heavy Duty Farm Hose, 3/4 in. x 100 ft $89.99
+Melnor 8-Pattern Hose Nozzle $9.99
+Orbit Metal Impact Sprinkler on Spike $24.99
+Melnor Oscillating Sprinkler $19.99
+Suncast Hose Reel Cart $69.99

DEPT propane & heating
CAT propane @ Outdoor Yard
Blue Rhino Propane Tank Exchange, 15 lb $24.99
+Blue Rhino Full Propane Tank, 15 lb $59.99
+Worthington Empty Propane Tank, 20 lb $49.99
+Coleman Propane Cylinder, 16.4 oz, 2 pk $12.99
Mr. Heater 12 ft Propane Hose Assembly $24.99
+Flame King Propane Tank Gauge $9.99
+Red Dragon Weed Dragon Propane Torch Kit, 100,000 BTU $64.99
CAT heaters @ Aisle 21 left
Mr. Heater Buddy Indoor-Safe Portable Propane Heater, 9,000 BTU $99.99
+Mr. Heater Big Buddy Indoor-Safe Portable Propane Heater, 18,000 BTU $169.99
+Mr. Heater Forced Air Propane Heater, 60,000 BTU $179.99
+Mr. Heater Propane Tank Top Heater, 15,000 BTU $49.99
+Dyna-Glo Kerosene Convection Heater, 23,000 BTU $169.99
+Dyna-Glo Kerosene Forced Air Heater, 75,000 BTU $219.99
+Comfort Zone Ceramic Electric Heater, 1500W $39.99
CAT tank heaters & de-icers @ Aisle 21 right
Allied Precision Heated Bucket, 5 gal $44.99
+Farm Innovators Heated Flat Back Bucket, 5 gal $42.99
+Farm Innovators Floating Stock Tank De-Icer, 1500W $49.99
+K&H Pet Products Stock Tank De-Icer, 1500W $54.99
+Farm Innovators Heated Pet Bowl, 96 oz $29.99
+Farm Innovators Heated Poultry Base for Metal Founts $49.99
+K&H Pet Products Lectro-Kennel Heated Pad, Medium $64.99
CAT stove fuel & fire starters @ Aisle 21 right
Lignetics Premium Wood Pellets, 40 lb $6.99
+Hamer's Hot Ones Premium Hardwood Pellets, 40 lb $7.49
+Klean-Strip K-1 Kerosene, {1 gal:14.99|5 gal:59.99} $14.99
+Lightning Nuggets Fire Starters, 100 ct $24.99

DEPT truck & atv
CAT motor oil & fluids @ Aisle 22 left
Shell Rotella T4 Triple Protection 15W-40 Diesel Engine Oil, {1 gal:24.99|2.5 gal:49.99} $24.99
+Traveller 15W-40 Heavy Duty Diesel Engine Oil, 2.5 gal $36.99
+Valvoline Daily Protection 5W-30 Motor Oil, 5 qt $22.99
+Traveller SAE 30 Small Engine Oil, 48 oz $6.99
+Traveller 2-Cycle Engine Oil, 12.8 oz $5.99
Traveller Universal Tractor Hydraulic Fluid, 5 gal $54.99
+Super S Super Trac 303 Tractor Hydraulic Fluid, 5 gal $64.99
+Peak BlueDEF Diesel Exhaust Fluid, 2.5 gal $14.99
+Power Service Diesel 911, 32 oz $16.99
+Sta-Bil Fuel Stabilizer, 8 oz $12.99
+Oregon Bar & Chain Oil, 1 gal $19.99
Lucas Oil Red "N" Tacky Grease, 14 oz Cartridge $7.99
+Traveller Multi-Purpose Lithium Grease, 14 oz Cartridge, 10 pk $44.99
+Lumax Heavy Duty Pistol Grip Grease Gun $29.99
+WD-40 Multi-Use Product, 12 oz $8.98
CAT batteries @ Aisle 22 right
Traveller Automotive Battery, Group Size {24F:139.99|65:159.99} $139.99
+Traveller Heavy Duty Commercial Battery, Group Size 31 $189.99
+Traveller Lawn & Garden Battery, U1 $39.99
+Traveller Powersport ATV Battery, {ETX14|YTX9-BS} $69.99
+Traveller Marine Deep Cycle Battery, Group Size 27 $129.99
+Traveller 12V Battery Charger & Maintainer, 2A $34.99
+Traveller Jumper Cables, 4 Gauge, 20 ft $39.99
CAT atv & utv accessories @ Aisle 23 left
Traveller 2,500 lb ATV Winch Kit $149.99
+Kolpin ATV Rear Cargo Box $129.99
+Moose Utility UTV Rear View Mirror, 2 pk $49.99
+Traveller LED Light Bar, 20 in. $49.99
+Traveller ATV Cover, X-Large $44.99
+Traveller ATV Drag Harrow, 4 ft x 5 ft $199.99
+Traveller ATV Ramps, Aluminum, 2 pk $199.99
CAT mower parts @ Aisle 23 right
Traveller Lawn Mower Blade for 42 in. Deck, 2 pk $29.99
+Traveller Lawn Mower Blade for 54 in. Deck, 3 pk $44.99
+Traveller Lawn Mower Deck Belt, 1/2 in. x 92 in. $24.99
+Briggs & Stratton Air Filter 5432K $14.99
+Champion Small Engine Spark Plug RC12YC $3.99
+Oregon Gator SpeedCut Trimmer Line, .095 in., 1 lb $19.99
+Briggs & Stratton Oil Filter 492932S $11.99
+Stens Lawn Tractor Tire, 20x8.00-8 $54.99

DEPT wild bird & wildlife
CAT bird seed @ Aisle 24 left
Audubon Park Wild Bird Food, Song Blend, 20 lb $19.99
+Wild Delight Nut N' Berry Wild Bird Food, 20 lb $29.99
+Pennington Classic Wild Bird Feed, 40 lb $24.99
+Royal Wing Black Oil Sunflower Seed, {20 lb:19.99|40 lb:34.99} $19.99
+Royal Wing Nyjer Thistle Seed, 10 lb $24.99
+Wagner's Safflower Seed, 5 lb $14.99
+Pennington Fruit & Nut Seed Cylinder, 3 lb $17.99
CAT bird feeders @ Aisle 24 right
Perky-Pet Panorama Wild Bird Feeder $24.99
+Droll Yankees Tube Bird Feeder, 16 in. $39.99
+Perky-Pet Squirrel-Be-Gone Bird Feeder $39.99
+Perky-Pet Thistle Screen Finch Feeder $14.99
+Stokes Select Double Suet Feeder $12.99
+Perky-Pet Pinch-Waist Glass Hummingbird Feeder, 16 oz $19.99
+Audubon Squirrel Baffle $29.99
+Heath Outdoor Products Cedar Bird House $19.99
CAT suet & nectar @ Aisle 24 right
C&S Suet Cakes, {High Energy|Peanut Delight}, 11.75 oz $1.79
+C&S Suet Cakes, Variety Pack, 12 ct $17.99
+Royal Wing Suet Nuggets, 5 lb $14.99
First Nature Hummingbird Nectar, Red, 32 oz $5.99
+Perky-Pet Clear Hummingbird Nectar Concentrate, 32 oz $7.99
CAT deer & wildlife feed @ Outdoor Yard
Dumor Deer Corn, 40 lb $12.99
+Purina AntlerMax Deer Protein 20, 50 lb $29.99
+Evolved Habitats Deer Cane Mineral Attractant, 6.5 lb $14.99
+Trophy Rock All-Natural Mineral Lick, 4-6 lb $24.99
+Wildlife Champions Ear Corn Squirrel Feed, 10 lb $10.99
+Moultrie 30 Gallon Tripod Deer Feeder $179.99
"""

FEED = r"layer|layena|chick (feed|starter)|flock raiser|scratch"
E_WIRE = r"fence wire|polytape|polywire|polyrope"

QUESTIONS = [
    # plain locate, the way people ask
    ("where is the chicken feed", ["poultry feed"], FEED),
    ("do you have scratch grains", ["poultry feed"], r"scratch grains"),
    ("where are the t-posts", ["fence posts"], r"T-Post"),
    ("mineral block", ["minerals & salt"], r"block|lick|brick"),
    ("salt block for my cows", ["minerals & salt"], r"salt block"),
    ("fly spray", ["fly control"], r"spray|tri-tec|ultrashield"),
    ("electric fence charger", ["fence chargers"], r"charger|energizer"),
    ("where's the chicken wire", ["fence wire & panels"], r"CountyLine Poultry Netting"),
    ("heat lamp for baby chicks", ["brooders & incubators"], r"heat lamp|brooder|heat plate"),
    ("do you carry chicken coops", ["chicken coops & nesting"], r"coop"),
    ("nesting boxes", ["chicken coops & nesting"], r"nesting box,"),
    ("horse wormer", ["dewormers"], r"horse dewormer"),
    ("dewormer for goats", ["dewormers"], r"goat"),
    ("where are the syringes and needles", ["vaccines & syringes"], r"syringe|needle"),
    ("cattle ear tags", ["livestock handling"], r"ear tags"),
    ("castrating bands", ["livestock handling"], r"castrating ring"),
    ("halter for a horse", ["tack"], r"halter"),
    ("saddle pads", ["tack"], r"saddle pad"),
    ("horse feed", ["horse feed"], None),
    ("senior feed for an old horse", ["horse feed"], r"senior"),
    ("goat feed", ["goat & sheep feed"], r"goat"),
    ("hog feed", ["pig feed"], r"hog|sow|show chow"),
    ("rabbit food", ["rabbit & small animal feed"], r"rabbit"),
    ("milk replacer for a bottle calf", ["milk replacers"], r"calf milk replacer"),
    ("dog food", ["dog food"], None),
    ("cat litter", ["cat litter"], r"litter(?! (box|scoop))"),
    ("dog kennel", ["dog supplies"], r"kennel|crate"),
    ("rawhides", ["dog treats & chews"], r"rawhide"),
    ("bib overalls", ["outerwear"], r"bib overalls"),
    ("work boots", ["work boots"], r"work boots"),
    ("work gloves", ["work gloves"], None),
    ("winter hat", ["hats & socks"], r"beanie|trapper"),
    ("hitch ball", ["hitches & ball mounts"], r"hitch ball"),
    ("trailer lights", ["trailer lights & wiring"], r"light"),
    ("wheel bearings for my trailer", ["trailer jacks & parts"], r"bearing kit"),
    ("grass seed", ["grass & pasture seed"], r"grass|fescue|ryegrass|pasture"),
    ("13-13-13 fertilizer", ["fertilizer & lime"], r"13-13-13"),
    ("pump sprayer for the garden", ["sprayers"], r"chapin|backpack"),
    ("garden hose", ["hoses & watering"], r"garden hose|farm hose"),
    ("propane tank exchange", ["propane"], r"exchange"),
    ("kerosene", ["stove fuel & fire starters"], r"kerosene"),
    ("wood pellets for my stove", ["stove fuel & fire starters"], r"pellets"),
    ("battery for my four wheeler", ["batteries"], r"atv|powersport"),
    ("mower blades", ["mower parts"], r"mower blade"),
    ("bird seed", ["bird seed"], None),
    ("hummingbird feeder", ["bird feeders"], r"hummingbird"),
    ("deer corn", ["deer & wildlife feed"], r"deer corn"),
    ("grease gun", ["motor oil & fluids"], r"grease gun"),
    ("baler twine", ["chain & rope"], r"baler twine"),
    ("log chain", ["chain & rope"], r"coil chain|transport chain|log chain"),
    ("stock tank", ["livestock equipment"], r"stock tank(?! float)"),
    ("pine shavings", ["stall bedding"], r"pine"),
    ("mealworms", ["poultry treats & grit"], r"mealworm|larvae"),
    # brand names used for the thing
    ("zareba", ["fence chargers", "electric fence wire & tape", "fence insulators", "fence posts", "fencing tools & supplies"], r"zareba"),
    ("vetericyn", ["wound care"], r"vetericyn"),
    ("blu kote", ["wound care"], r"blu-kote"),
    ("roundup", ["weed & grass killer"], r"roundup"),
    ("rotella", ["motor oil & fluids"], r"rotella"),
    ("muck boots", ["rubber boots"], r"rubber boots"),
    ("mr heater buddy", ["heaters"], r"buddy"),
    # misspellings and sound-alikes
    ("electic fence wire", ["electric fence wire & tape"], E_WIRE),
    ("ivermectin paist", ["dewormers"], r"ivermectin paste"),
    ("chiken feeder", ["poultry feeders & waterers"], r"feeder"),
    ("carhart coat", ["outerwear"], r"carhartt.*jacket"),
    ("barb wire", ["fence wire & panels"], r"barbed wire"),
    ("insolators for t post", ["fence insulators"], r"t-post"),
    ("hydralic oil", ["motor oil & fluids"], r"hydraulic"),
    ("wheel barrel", ["garden tools"], r"wheelbarrow"),
    # needs
    ("something to kill the mice in my barn", ["pest control"], r"mouse|bait chunx|bait station"),
    ("my horse has a cut on his leg", ["wound care"], r"wound|corona|vetrap"),
    ("keep the water trough from freezing", ["tank heaters & de-icers"], r"de-icer"),
    ("something to keep the flies off my cows", ["fly control", "pest control"], r"livestock|cattle|fly trap|fly ribbon|fly bait"),
    ("my dog has fleas", ["flea & tick"], r"dog"),
    ("tool to pull t posts out of the ground", ["fencing tools & supplies"], r"t-post puller"),
    ("bottle to feed a baby goat", ["livestock equipment"], r"bottle|nipple"),
    ("my cow has pink eye", ["wound care"], r"pinkeye|ophthalmic"),
    ("what do i need to hatch eggs", ["brooders & incubators"], r"incubator"),
    # a Spanish word in an English question
    ("where is the alimento for chickens", ["poultry feed"], FEED),
    ("i need rubber botas for the mud", ["rubber boots"], r"rubber boots"),
    ("alambre for the electric fence", ["electric fence wire & tape"], E_WIRE),
    ("comida for my cat", ["cat food"], None),
    ("semilla for the pasture", ["grass & pasture seed"], r"pasture|fescue|ryegrass|bermuda|clover"),
    # price checks
    ("how much is the zareba 10 mile charger", None, r"Zareba 10-Mile", "price"),
    ("price on a 50 lb bag of layena pellets", None, r"Purina Layena Layer Pellets, 50 lb", "price"),
    ("how much are the 6 foot t posts", None, r"CountyLine Studded Steel T-Post, 6 ft", "price"),
    ("what does the big buddy heater cost", None, r"Big Buddy", "price"),
    ("how much for a propane exchange", None, r"Propane Tank Exchange", "price"),
    ("how much is 40 lb of black oil sunflower seed", None, r"Black Oil Sunflower Seed, 40 lb", "price"),
    ("price of the kinco pigskin gloves in large", None, r"Kinco 901 .*, L$", "price"),
    ("how much is a cattle panel", None, r"Tarter Cattle Panel", "price"),
    ("how much does the safe-guard horse paste cost", None, r"Safe-Guard Paste", "price"),
    ("how much is the 16 foot tube gate", None, r"Tube Gate, 16 ft", "price"),
    # stock checks
    ("is the muck chore boot in size 11 in stock", None, r"Chore Classic .*, 11$", "stock"),
    ("do you have the brinsea ecoglow brooder in stock", None, r"EcoGlow", "stock"),
    ("any sav-a-caf milk replacer in stock", None, r"Sav-A-Caf", "stock"),
    ("is the tarter 12 ft gate in stock", None, r"Tube Gate, 12 ft", "stock"),
    ("do you have the parmak solar pak charger in stock", None, r"Parmak", "stock"),
    ("is the little giant egg incubator in stock", None, r"Still Air Egg Incubator", "stock"),
    ("do you have any quest gel wormer left", None, r"Quest Gel", "stock"),
    ("is the carhartt detroit jacket in stock", None, r"Detroit Jacket", "stock"),
    # not carried (the first thirteen share a word or a shelf with something stocked)
    ("do you have baby chicks for sale", None, None, "absent"),
    ("do you sell goats", None, None, "absent"),
    ("do you sell tractors", None, None, "absent"),
    ("i need a saddle", None, None, "absent"),
    ("where are the chainsaws", None, None, "absent"),
    ("horse trailers", None, None, "absent"),
    ("do you have puppies for sale", None, None, "absent"),
    ("square bales of hay", None, None, "absent"),
    ("pellet stove", None, None, "absent"),
    ("push lawn mower", None, None, "absent"),
    ("do you sell guns", None, None, "absent"),
    ("cowboy hats", None, None, "absent"),
    ("log splitter", None, None, "absent"),
    ("a generator for when the power goes out", None, None, "absent"),
    ("fishing poles", None, None, "absent"),
    ("can i get a hunting license here", None, None, "absent"),
    ("do you have a vet clinic", None, None, "absent"),
    ("beekeeping supplies", None, None, "absent"),
    ("pressure washer", None, None, "absent"),
    ("welder", None, None, "absent"),
]

HELDOUT_B = [
    # other names, British and Australian words
    ("where do you keep the wellies", ["rubber boots"], r"rubber boots"),
    ("gumboots size 10", ["rubber boots"], r"rubber boots.*\b10$"),
    ("chook feed", ["poultry feed"], FEED),
    ("star pickets", ["fence posts"], r"T-Post"),
    ("electric fence energiser", ["fence chargers"], r"charger|energizer"),
    ("head collar for my pony", ["tack"], r"halter, pony|rope halter"),
    ("lead rein", ["tack"], r"lead"),
    ("horse rug for the winter", ["tack"], r"blanket"),
    ("sheep drench", ["dewormers", "livestock handling"], r"valbazen|goat dewormer|drench gun"),
    ("spanner set", ["hand tools"], r"tool set"),
    ("secateurs", ["garden tools"], r"pruning shears"),
    ("hosepipe", ["hoses & watering"], r"garden hose|farm hose"),
    ("paraffin heater", ["heaters"], r"kerosene"),
    ("dog biscuits", ["dog treats & chews"], r"biscuit|milk-bone"),
    ("poo bags", ["dog supplies"], r"waste bags"),
    ("dungarees for work", ["outerwear"], r"bib overalls"),
    ("boiler suit", ["outerwear"], r"coveralls"),
    ("tow ball", ["hitches & ball mounts"], r"hitch ball"),
    ("battery for the ute", ["batteries"], r"automotive battery|commercial battery"),
    ("fence strainer", ["fencing tools & supplies"], r"strainer|stretcher|tightener"),
    ("knapsack sprayer", ["sprayers"], r"backpack sprayer"),
    ("weed spray", ["weed & grass killer"], r"weed|vegetation|herbicide|glyphosate"),
    # misspellings
    ("ivermecten for my horse", ["dewormers"], r"ivermectin paste"),
    ("electrick fence tape", ["electric fence wire & tape"], r"polytape"),
    ("chiken waterer", ["poultry feeders & waterers"], r"waterer|fount|drinker"),
    # needs and who-for
    ("something to keep flies off my horse", ["fly control", "tack"], r"fly spray|repellent|ultrashield|wipe n|fly mask|fly sheet|equi-spot"),
    ("my chickens stopped laying", ["poultry feed", "poultry treats & grit"], r"layer|layena|oyster|vitamin"),
    ("we got rats in the feed room", ["pest control"], r"\brat\b|bait chunx|bait station"),
    ("feed for my grandson's 4-h show pig", ["pig feed"], r"show chow|hog grower"),
    ("gloves for my wife to garden in", ["work gloves"], r"women's"),
    # Spanish words
    ("where are the bebederos for chickens", ["poultry feeders & waterers"], r"waterer|fount|drinker"),
    ("alambre de puas", ["fence wire & panels"], r"barbed wire"),
    ("i need comida para perro", ["dog food"], None),
    ("veneno for rats", ["pest control"], r"rat & mouse bait"),
    ("botas de trabajo size 11", ["work boots"], r"\b11$"),
    # price checks
    ("how much is the chore boot in a size 10", None, r"Chore Classic .*, 10$", "price"),
    ("what does a bag of dumor deer corn cost", None, r"Dumor Deer Corn", "price"),
    ("price of the vetericyn pink eye spray", None, r"Pinkeye Spray", "price"),
    ("how much is the 5 mile solar zareba", None, r"Zareba 5-Mile Solar", "price"),
    ("how much for a bag of producer's pride pine shavings", None, r"Producer's Pride Pine Shavings", "price"),
    # stock checks
    ("is the heated poultry drinker in stock", None, r"Heated Poultry Drinker", "stock"),
    ("any mane n tail shampoo left", None, r"Mane 'n Tail", "stock"),
    ("do you have the tekonsha p3 brake controller in stock", None, r"Tekonsha P3", "stock"),
    ("is the brinsea mini incubator in stock", None, r"Brinsea Mini II", "stock"),
    # not carried
    ("point of lay pullets", None, None, "absent"),
    ("do you sell horse floats", None, None, "absent"),
    ("quad bike", None, None, "absent"),
    ("lucerne hay bales", None, None, "absent"),
    ("a rotavator for the vegetable patch", None, None, "absent"),
    ("sheep shears", None, None, "absent"),
]

FORCE_OOS = [r"Parmak", r"Still Air Egg Incubator", r"Quest Gel", r"Detroit Jacket",
             r"Tekonsha P3", r"Brinsea Mini II"]
FORCE_IN = [r"Chore Classic .*, 11$", r"EcoGlow", r"Sav-A-Caf", r"Tube Gate, 12 ft",
            r"Heated Poultry Drinker", r"Mane 'n Tail"]


def _spec(t):
    return (t[0], t[1], t[2], t[3] if len(t) > 3 else None)


if __name__ == '__main__':
    run(CATALOG, [_spec(t) for t in QUESTIONS], 'farm', 'fm', 6607, FORCE_OOS, FORCE_IN,
        heldout_b=[_spec(t) for t in HELDOUT_B])
