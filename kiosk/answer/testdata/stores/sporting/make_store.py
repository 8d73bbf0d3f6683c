#!/usr/bin/env python3
"""Generates the blind4 sporting goods store: catalog.csv + questions.jsonl."""
import sys
sys.path.insert(0, __import__('os').path.join(__import__('os').path.dirname(__file__), '..'))
from blindcommon import run

CATALOG = r"""
DEPT team sports
CAT baseball softball @ Aisle 1 left
Rawlings Official League Recreational Use Baseball, {1 ct:6.99|12 pk:39.99} $6.99
+Wilson A1010 Official League Baseball, 12 pk $69.99
+Dudley Thunder ZN Slowpitch Softball, 12 in., 2 pk $14.99
Rawlings Select Pro Lite {11.5 in.|12 in.} Youth Baseball Glove $69.99
+Wilson A2000 1786 11.5 in. Infield Baseball Glove $349.95
+Rawlings Player Series T-Ball Glove, 9 in. $19.99
+Easton Ghost Flex Fastpitch Softball Glove, 12.5 in. $89.99
+Rawlings Heart of the Hide Catcher's Mitt, 33 in. $279.95
Easton ADV 360 USA Youth Baseball Bat, -11, {28 in.|29 in.|30 in.} $299.95
+Louisville Slugger Omaha BBCOR Baseball Bat, -3, {32 in.|33 in.} $149.95
+Marucci CAT X Connect BBCOR Bat, -3, 33 in. $399.99
+Easton Ghost Double Barrel Fastpitch Softball Bat, -10, 32 in. $349.95
+Louisville Slugger Genuine Series 3X Maple Wood Bat, 33 in. $44.99
Rawlings Mach Batting Helmet, {Junior|Senior}, Black $69.99
Franklin Sports Adult Batting Gloves, {Medium|Large}, Black $24.99
+Franklin Sports CFX Pro Youth Batting Gloves, Medium $19.99
Rawlings Youth Catcher's Gear Set $129.99
SKLZ Hit-A-Way Baseball Swing Trainer $39.99
Rawlings Pro Style Baseball Pants, {Youth Medium|Youth Large|Adult Large}, White $24.99
Champro Baseball Bat Bag, Black $29.99
+Easton Walk-Off Youth Bat Pack Backpack $34.99
Franklin Sports Breakaway Rubber Bases, 3 pc $39.99
Rawlings Glove Care Kit with Oil $14.99
Rawlings Heavy Duty Pitching Net, 7 ft. x 7 ft. $99.99
CAT football @ Aisle 1 right
Wilson NFL Duke Official Game Football $129.99
+Wilson NFL Super Grip Composite Football, {Official|Junior} $24.99
+Nike Vapor 24/7 Football, Official $29.99
+Franklin Sports Grip-Rite 100 Youth Football $14.99
Riddell Speed Youth Football Helmet, {Small|Medium|Large}, White $169.99
Shock Doctor Gel Max Mouthguard, {Youth|Adult} $12.99
Nike Vapor Jet 7.0 Football Gloves, {Medium|Large|X-Large} $40.00
Franklin Sports Youth Flag Football Set, 10 Player $29.99
Champro Football Kicking Tee $6.99
Schutt Youth Varsity AiR Maxx Flex Shoulder Pads, {Small|Medium} $89.99
CAT basketball @ Aisle 2 left
Spalding TF-1000 Legacy Indoor Basketball, {Size 6 (28.5 in.)|Size 7 (29.5 in.)} $69.99
+Wilson Evolution Indoor Game Basketball, {28.5 in.|29.5 in.} $79.95
+Spalding NBA Street Outdoor Basketball, 29.5 in. $24.99
+Wilson NCAA Replica Game Basketball, 29.5 in. $29.99
+Spalding Mini Rubber Basketball, Size 3 $12.99
Spalding Heavy Duty Basketball Net, Red/White/Blue $9.99
+Spalding 180 Degree Breakaway Basketball Rim $89.99
Wilson Ball Pump with Needles $9.99
+Franklin Sports Ball Inflating Needles, 6 pk $3.99
McDavid Hex Shooter Arm Sleeve, {Black|White} $19.99
CAT soccer @ Aisle 2 right
Adidas Tiro League Soccer Ball, {Size 3|Size 4|Size 5} $24.99
+Nike Strike Soccer Ball, {Size 4|Size 5} $29.99
+Select Numero 10 Soccer Ball, Size 5 $44.99
+Adidas Champions League Pro Official Match Ball, Size 5 $165.00
Nike Mercurial Lite Shin Guards, {Small|Medium|Large} $20.00
+Adidas Youth Tiro Club Shin Guards, {Small|Medium} $15.00
Franklin Sports Blackhawk Portable Soccer Goal, 12 ft. x 6 ft. $129.99
+Franklin Sports Pop-Up Soccer Goals, 4 ft., 2 pk $39.99
Nike Academy Over-the-Calf Soccer Socks, {Medium|Large}, Black $14.00
Adidas Predator Training Goalkeeper Gloves, {Size 7|Size 8|Size 9} $30.00
Nike Youth Agility Training Cones, 12 pk $14.99
+SKLZ Agility Ladder, 15 ft. $24.99
CAT volleyball @ Aisle 3 left
Mikasa VLS300 Official Beach Volleyball $44.99
+Wilson AVP Soft Play Volleyball $19.99
+Molten Super Touch Indoor Volleyball $59.99
Park & Sun Sports Spectrum Classic Outdoor Volleyball Set $149.99
Mizuno LR6 Volleyball Knee Pads, {Small|Medium|Large} $19.99
CAT hockey lacrosse @ Aisle 3 right
Franklin Sports NHL Street Hockey Stick, {Youth 40 in.|Senior 58 in.} $24.99
+Bauer Nexus Sync Grip Hockey Stick, Senior, 87 Flex $229.99
Franklin Sports Street Hockey Balls, 2 pk $5.99
Franklin Sports Ice Hockey Puck, 6 pk $9.99
STX Stallion 200 Complete Lacrosse Stick, Men's $49.99
+STX Exult 200 Complete Women's Lacrosse Stick $54.99
Brine Official NOCSAE Lacrosse Balls, White, 4 pk $12.99
Bauer Street Hockey Goal, 54 in. $69.99
Howies Hockey Stick Tape, Black, 3 pk $9.99
CAT team gear @ Aisle 4 left
Champro Deluxe Coach's Clipboard, Soccer $14.99
Fox 40 Classic Official Whistle with Lanyard $7.99
+Fox 40 Electronic Whistle $24.99
Champro Ball Bag, Holds 12 Balls $19.99
+Champro Mesh Equipment Bag with Drawstring $12.99
Under Armour Undeniable 5.0 Duffle Bag, {Small|Medium}, Black $45.00
+Nike Brasilia 9.5 Training Duffel Bag, Medium $40.00
Coleman 5 Gallon Water Cooler Jug with Spigot $29.99
+Gatorade Squeeze Bottle, 32 oz $5.99
+Gatorade Squeeze Bottle Carrier with 6 Bottles $39.99
Franklin Sports Scoreboard Flip Chart $24.99

DEPT fitness
CAT weights @ Aisle 5 left
CAP Barbell Cast Iron Hex Dumbbell, {5 lb:9.99|10 lb:19.99|15 lb:29.99|20 lb:39.99|25 lb:49.99|30 lb:59.99} $9.99
+CAP Barbell Neoprene Dumbbell Pair, {3 lb:14.99|5 lb:19.99|8 lb:29.99} $14.99
+Bowflex SelectTech 552 Adjustable Dumbbells, Pair $429.00
CAP Barbell Cast Iron Kettlebell, {15 lb:29.99|20 lb:39.99|25 lb:49.99|35 lb:69.99} $29.99
+Bowflex SelectTech 840 Adjustable Kettlebell $149.00
CAP Barbell Olympic Weight Plate, {10 lb:24.99|25 lb:54.99|45 lb:89.99} $24.99
CAP Barbell 7 ft. Olympic Barbell $179.99
+CAP Barbell EZ Curl Bar, 47 in. $59.99
Fitness Gear Spring Collars, 2 pk $9.99
Everlast Medicine Ball, {6 lb:24.99|10 lb:34.99|14 lb:44.99} $24.99
+Rogue Echo Slam Ball, 20 lb $39.99
CAP Barbell Ankle Weights, {2 lb|5 lb}, Pair $14.99
CAT fitness accessories @ Aisle 5 right
Gaiam Premium Yoga Mat, 6mm, {Purple|Black|Teal} $29.99
+Manduka PRO Yoga Mat, 6mm, Black $129.00
+Gaiam Essentials Thick Yoga Mat, 10mm $24.99
Gaiam Yoga Block, 2 pk $14.99
+Gaiam Yoga Strap, 6 ft. $9.99
SPRI Resistance Bands Kit, 3 pk $24.99
+Fit Simplify Resistance Loop Exercise Bands, 5 pk $12.99
TriggerPoint GRID Foam Roller, 13 in. $37.99
+Amazon Basics High-Density Round Foam Roller, 18 in. $14.99
Theragun Mini Handheld Percussion Massage Gun $199.00
+Hypervolt Go 2 Massage Gun $149.00
Crossrope Get Lean Jump Rope $69.00
+Everlast Speed Jump Rope $9.99
Perfect Fitness Ab Carver Pro Roller $34.99
Iron Gym Total Upper Body Workout Bar $29.99
Gaiam Exercise Stability Ball, {55 cm|65 cm|75 cm} $24.99
Harbinger Pro Wristwrap Weightlifting Gloves, {Medium|Large} $24.99
Harbinger Weightlifting Belt, 4 in., {Medium|Large} $29.99
Bodylastics Suspension Trainer $59.99
Fitness Gear Push Up Bars $14.99
Gaiam Balance Ball Chair $89.99
CAT exercise equipment @ Fitness Showroom
Schwinn 170 Upright Exercise Bike $699.00
+Schwinn IC4 Indoor Cycling Bike $899.00
+Sunny Health & Fitness Magnetic Recumbent Bike SF-RB4616 $299.99
Sunny Health & Fitness Elliptical Trainer SF-E905 $199.99
Concept2 RowErg Indoor Rower $990.00
Marcy Standard Weight Bench SB-315 $119.99
+Fitness Gear Pro Utility Bench $179.99
Fitness Gear Power Rack $549.99
Bowflex PR1000 Home Gym $549.00
Sunny Health & Fitness Mini Stepper with Resistance Bands $69.99
Rubber-Cal Interlocking Gym Floor Mats, 6 pk $59.99
CAT boxing @ Aisle 6 left
Everlast Pro Style Training Gloves, {12 oz|14 oz|16 oz}, Black $34.99
+Title Boxing Gel World Bag Gloves, {Medium|Large} $59.99
Everlast Cotton Hand Wraps, 180 in., {Black|Red} $9.99
Everlast Speed Bag, 9 in. x 6 in. $29.99
Century Martial Arts Focus Mitts, Pair $39.99
Venum Challenger MMA Gloves, {Small/Medium|Large/XL} $39.99
Shock Doctor Core Supporter with Cup, {Youth|Adult Medium|Adult Large} $24.99
CAT fitness tech @ Aisle 6 right
Garmin Forerunner 165 GPS Running Smartwatch $249.99
+Garmin vivoactive 5 GPS Smartwatch $299.99
+Fitbit Charge 6 Fitness Tracker $159.95
Polar H10 Heart Rate Monitor Chest Strap $89.95
Tribe Running Armband Phone Holder $12.99
+FlipBelt Classic Running Belt, {Small|Medium|Large} $34.99
Shokz OpenRun Bone Conduction Headphones $129.95
+JBL Endurance Peak 3 Wireless Sport Earbuds $99.95

DEPT nutrition
CAT sports nutrition @ Front End
Optimum Nutrition Gold Standard 100% Whey Protein Powder, {Double Rich Chocolate|Vanilla Ice Cream}, {2 lb:39.99|5 lb:84.99} $39.99
+Muscle Milk Pro Series Protein Powder, Knockout Chocolate, 2 lb $34.99
+Orgain Organic Plant Based Protein Powder, Creamy Chocolate Fudge, 2.03 lb $34.99
Gatorade Thirst Quencher Powder, {Lemon-Lime|Orange}, 51 oz $17.99
+Liquid I.V. Hydration Multiplier, Lemon Lime, 16 ct $24.99
+Nuun Sport Electrolyte Tablets, Tropical, 10 ct $7.99
GU Energy Gel, {Salted Caramel|Chocolate Outrage}, 8 pk $14.99
+Honey Stinger Organic Energy Chews, Cherry Blossom, 12 pk $24.99
Clif Bar Energy Bar, {Chocolate Chip|Crunchy Peanut Butter}, 12 ct $19.99
+Quest Nutrition Protein Bar, Chocolate Chip Cookie Dough, 12 ct $27.99
+RXBAR Protein Bar Variety Pack, 12 ct $24.99
C4 Original Pre-Workout Powder, Fruit Punch, 30 Servings $29.99
Optimum Nutrition Micronized Creatine Monohydrate Powder, 300 g $24.99
Optimum Nutrition Instantized BCAA 5000 Powder, Unflavored $24.99
BlenderBottle Classic Shaker Bottle, 28 oz $9.99
+BlenderBottle ProStak Shaker Bottle with Storage, 22 oz $14.99

DEPT camping & hiking
CAT tents @ Aisle 7 left
Coleman Sundome Dome Tent, {2-Person:59.99|4-Person:89.99|6-Person:119.99} $59.99
+Coleman Skydome Camping Tent with Screen Porch, 6-Person $159.99
+Core Equipment Instant Cabin Tent, {6-Person:179.99|9-Person:249.99} $179.99
+REI Co-op Half Dome SL 2+ Backpacking Tent $279.00
+Marmot Tungsten 2P Backpacking Tent $249.00
+Coleman Pop-Up Beach Shade Tent $49.99
Coleman Tent Footprint Ground Tarp, 7 ft. x 7 ft. $14.99
Coghlan's ABS Tent Pegs, 9 in., 10 pk $6.99
+MSR Groundhog Tent Stakes, 6 pk $24.95
Coleman Instant Screen House Canopy, 10 ft. x 10 ft. $199.99
Coghlan's Tent Repair Kit $9.99
CAT sleeping bags @ Aisle 7 right
Coleman Brazos Cold Weather Sleeping Bag, 20F $39.99
+Coleman Kompact 40F Rectangular Sleeping Bag $34.99
+Teton Sports Celsius Youth Sleeping Bag, 20F $54.99
+Kelty Cosmic 20 Down Sleeping Bag, Regular $179.95
+Marmot Trestles Elite Eco 30F Mummy Sleeping Bag $139.00
Coleman Queen Airbed with Built-In Pump $89.99
+Intex Dura-Beam Twin Air Mattress $29.99
Therm-a-Rest NeoAir XLite NXT Sleeping Pad, Regular $219.95
+Klymit Static V Inflatable Sleeping Pad $59.95
+Therm-a-Rest Z Lite SOL Foam Sleeping Pad $54.95
Coleman Battery-Powered Air Pump $19.99
Sea to Summit Aeros Premium Inflatable Camping Pillow $49.95
+Coleman Camping Pillow $12.99
Coleman Cot, Oversized QuadLock $69.99
Sea to Summit Sleeping Bag Liner $39.95
CAT camp kitchen @ Aisle 8 left
Coleman Classic 2-Burner Propane Camping Stove $64.99
+Camp Chef Everest 2X Two Burner Stove $159.99
+Jetboil Flash Cooking System $129.95
+MSR PocketRocket 2 Backpacking Stove $54.95
Coleman Propane Cylinder, 16.4 oz, {1 pk:5.99|2 pk:10.99} $5.99
+Jetboil Jetpower Isobutane Fuel Canister, 100 g $6.95
GSI Outdoors Bugaboo Camper Cookset $69.95
+Stanley Adventure Base Camp Cook Set $49.95
Coleman Enamel Coffee Percolator, 12 Cup $24.99
Lodge Pre-Seasoned Cast Iron Camp Dutch Oven, 6 qt $79.95
Sea to Summit X-Mug Collapsible Cup $14.95
Light My Fire Spork, 4 pk $12.95
Mountain House Beef Stroganoff Freeze-Dried Meal, 2 Servings $11.99
+Mountain House Breakfast Skillet Freeze-Dried Meal, 2 Servings $10.99
+Mountain House Chicken Fried Rice Freeze-Dried Meal, 2 Servings $10.99
Coghlan's Camp Roasting Forks, 4 pk $9.99
Coleman Portable Camping Table, 4 ft. $49.99
Stansport Collapsible Water Container, 5 Gallon $12.99
CAT coolers drinkware @ Aisle 8 right
YETI Tundra 45 Hard Cooler, {White|Tan|Navy} $325.00
+Igloo Max Cold Ice Chest Cooler, 70 qt $69.99
+Coleman Chiller 16 qt Portable Cooler $24.99
+Coleman Xtreme 5-Day Wheeled Cooler, 62 qt $59.99
+YETI Hopper Flip 12 Soft Cooler $250.00
+RTIC Soft Pack Cooler, 20 Can $79.99
YETI Rambler 20 oz Tumbler with MagSlider Lid, {Black|Navy|White} $35.00
+Stanley Quencher H2.0 FlowState Tumbler, 40 oz, {Charcoal|Rose Quartz|Cream} $45.00
Hydro Flask Wide Mouth Water Bottle with Flex Cap, {32 oz:44.95|21 oz:34.95} $44.95
+Nalgene Wide Mouth Sustain Water Bottle, 32 oz $15.99
+CamelBak Chute Mag Water Bottle, 25 oz $18.00
Stanley Classic Legendary Vacuum Insulated Bottle, 1.1 qt $45.00
YETI ICE Ice Pack, 2 lb $22.00
+Arctic Ice Alaskan Series Reusable Ice Pack, Large $14.99
CAT camp furniture @ Aisle 9 left
Coleman Broadband Mesh Quad Camping Chair $24.99
+ALPS Mountaineering King Kong Camp Chair $69.99
+Helinox Chair One Lightweight Camp Chair $109.95
+Coleman Kids Camp Chair, {Blue|Pink} $12.99
+Kelty Low Loveseat Camp Chair $139.95
ENO DoubleNest Hammock, {Charcoal|Royal/Charcoal} $74.95
+ENO Atlas Hammock Suspension Straps $34.95
Coleman Quad Portable Camping Stool $24.99
E-Z UP Vantage Instant Canopy, 10 ft. x 10 ft. $199.99
CAT camp lighting @ Aisle 9 right
Black Diamond Spot 400 Headlamp $49.95
+Petzl Tikkina Headlamp, 300 Lumens $24.95
+Energizer LED Headlamp, 2 pk $19.99
Coleman Deluxe Portable LED Lantern, 1000 Lumens $39.99
+Goal Zero Lighthouse Micro Flash Lantern $39.95
+Coleman Northstar Propane Lantern $59.99
Streamlight ProTac 2L-X Flashlight $59.99
+Energizer Vision HD LED Flashlight $14.99
Coleman Lantern Mantles, 4 pk $5.99
Goal Zero Yeti 500 Portable Power Station $449.95
+Anker 20000mAh Portable Power Bank $39.99
BioLite FirePit+ Smokeless Fire Pit $299.95
Solo Stove Ranger 2.0 Smokeless Fire Pit $229.99
CAT hiking gear @ Aisle 10 left
Osprey Atmos AG 65 Backpacking Pack, {Small/Medium|Large/XL} $340.00
+Osprey Talon 22 Daypack $160.00
+REI Co-op Trail 25 Daypack $69.95
+Deuter Speed Lite 20 Daypack $79.95
CamelBak Crux Reservoir, 3 L $40.00
+CamelBak Rogue Light Hydration Pack, 2 L $70.00
Black Diamond Trail Trekking Poles, Pair $119.95
+Cascade Mountain Tech Carbon Fiber Trekking Poles, Pair $49.95
Sawyer Squeeze Water Filter System $39.95
+LifeStraw Personal Water Filter $19.95
+Katadyn BeFree 1.0 L Water Filter $44.95
Potable Aqua Water Purification Tablets, 50 ct $12.99
Suunto MC-2 Compass $69.99
+Silva Explorer 2.0 Compass $24.99
Garmin inReach Mini 2 Satellite Communicator $399.99
Adventure Medical Kits Mountain Series Hiker First Aid Kit $34.99
Coghlan's Emergency Survival Whistle $3.99
+SOL Emergency Bivvy $19.99
Sea to Summit Lightweight Dry Bag, {8 L:19.95|20 L:27.95} $19.95
Sea to Summit Ultra-Sil Stuff Sack, 8 L $24.95
UCO Stormproof Match Kit $9.99
+Coghlan's Waterproof Matches, 4 pk $4.99
Gerber Bear Grylls Ultimate Fixed Blade Knife $59.99
+Leatherman Wave+ Multi-Tool $119.95
+Opinel No. 8 Folding Knife $19.95
Gerber Gator Folding Saw $29.99
+Fiskars X7 Hatchet, 14 in. $34.99
Counter Assault Bear Spray, 8.1 oz $51.95
+BearVault BV450 Bear Canister $79.95
Sawyer Premium Permethrin Insect Repellent Spray, 24 oz $19.95
+Repel 100 Insect Repellent, 4 oz $7.99
+Thermacell MR450 Portable Mosquito Repeller $29.99
Hand Warmers HotHands, 10 pk $9.99
Sun Bum Original SPF 50 Sunscreen Lotion, 3 oz $9.99

DEPT hunting
CAT hunting gear @ Aisle 11 left
Realtree Edge Camo Hunting Blind, 2-Person $129.99
+Ameristep Doghouse Ground Blind $99.99
Summit Viper SD Climbing Tree Stand $349.99
+Muddy Outdoors Ladder Tree Stand, 15 ft. $179.99
Primos Double Bull Trigger Stick Tripod Shooting Stick $149.99
Hunters Specialties Scent-A-Way Max Odorless Spray, 24 oz $14.99
+Tink's #69 Doe-in-Rut Deer Lure, 1 oz $9.99
Primos Can Deer Call $19.99
+Primos Hook-Up Magnetic Turkey Box Call $34.99
+Duck Commander Wood Duck Call $24.99
Moultrie Edge Cellular Trail Camera $79.99
+Browning Strike Force Pro DCL Trail Camera $159.99
Hunter's Specialties Camo Face Paint Kit $7.99
ScentLok Full Season Elevate Jacket, {Large|X-Large}, Realtree Edge $199.99
Allen Company Orange Safety Vest, One Size $9.99
+Blaze Orange Knit Hunting Beanie $9.99
Outdoor Edge RazorLite EDC Knife $44.99
+Havalon Piranta-Bolt Replaceable Blade Knife $39.99
Hunters Specialties Field Dressing Gloves, 3 pk $5.99
Moultrie 30 Gallon Tripod Deer Feeder $149.99
Ani-Logics Deer Corn, 40 lb $16.99
CAT archery @ Aisle 11 right
Bear Archery Cruzer G3 Compound Bow Package, RTH $399.99
+Diamond Edge XT Compound Bow Package $599.99
+Barnett Whitetail Hunter STR Crossbow $499.99
Easton 6.5mm Hunter Classic Arrows, 6 pk $59.99
+Gold Tip Hunter XT Arrows, 6 pk $69.99
Rage Hypodermic NC Broadheads, 3 pk $49.99
+Muzzy Trocar 100 Grain Broadheads, 3 pk $39.99
Tru-Fire Hardcore Buckle Foldback Bow Release $89.99
Morrell Yellow Jacket Supreme Field Point Archery Target $79.99
+Rinehart 18-1 3D Archery Target $79.99
Allen Company Bow Case, 41 in. $39.99
CAT optics @ Hunting Counter
Vortex Crossfire HD Binoculars, 10x42 $169.99
+Bushnell Legend Binoculars, 10x42 $139.99
+Nikon Prostaff P3 Binoculars, 8x42 $149.95
Vortex Crossfire II Riflescope, 3-9x40 $199.99
+Leupold VX-Freedom Riflescope, 3-9x40 $299.99
Bushnell Prime 1300 Laser Rangefinder $179.99
+Vortex Ranger 1800 Rangefinder $399.99
Vortex Diamondback HD Spotting Scope, 20-60x85 $499.99
CAT ammunition @ Hunting Counter
Federal Champion 22 LR 36 Grain Bullets, 525 Rounds $39.99
+Winchester Super-X 12 Gauge 2-3/4 in. #6 Shot Shells, 25 rds $17.99
+Remington Core-Lokt 30-06 Springfield 150 Grain, 20 rds $34.99
+Hornady American Whitetail .308 Win 150 Grain, 20 rds $31.99
+Federal Top Gun Target 12 Gauge #8 Shot, 25 rds $12.99
+Winchester 9mm Luger 115 Grain FMJ, 50 rds $18.99
Plano Ammo Can, Field Box $9.99
Hoppe's No. 9 Gun Cleaning Kit, 12 Gauge $19.99
+Otis Technology Universal Gun Cleaning Kit $59.99
Hoppe's No. 9 Gun Bore Cleaner, 5 oz $8.99
Allen Company Gun Case, Soft, 46 in. $29.99
+Plano All Weather Hard Rifle Case, 52 in. $89.99
Liberty Safe Dehumidifier Rod $29.99
Champion VisiColor Paper Targets, 12 pk $9.99
+Champion DuraSeal Self-Healing Target $24.99
3M Peltor Sport Earmuffs, NRR 22 dB $19.99
+Walker's Razor Slim Electronic Shooting Earmuffs $59.99
Champion Ballistic Shooting Glasses, Clear $14.99

DEPT fishing
CAT rods reels @ Aisle 12 left
Ugly Stik GX2 Spinning Rod and Reel Combo, {6 ft. 6 in.|7 ft.}, Medium $59.99
+Penn Battle IV Spinning Combo, 7 ft., Medium Heavy $179.99
+Zebco 33 Spincast Reel and Rod Combo, 6 ft. $34.99
+Shakespeare Ugly Stik Spider-Man Kids Spincast Combo $24.99
+Abu Garcia Black Max Baitcasting Combo, 6 ft. 6 in. $89.99
Shimano Sedona FJ Spinning Reel, {1000|2500|3000} $79.99
+Pflueger President Spinning Reel, 30 $69.99
+Abu Garcia Revo SX Baitcast Reel $169.95
St. Croix Triumph Spinning Rod, 7 ft., Medium $139.99
+Ugly Stik Elite Spinning Rod, 6 ft. 6 in., Medium $54.99
+Okuma Fly Fishing Combo, 9 ft., 5 Wt $99.99
CAT fishing line @ Aisle 12 right
Berkley Trilene XL Monofilament Fishing Line, {6 lb:6.99|10 lb:6.99|12 lb:6.99}, 330 yd. $6.99
+PowerPro Spectra Braided Fishing Line, {20 lb:29.99|30 lb:32.99}, 150 yd. $29.99
+Seaguar Red Label Fluorocarbon Fishing Line, 10 lb, 200 yd. $16.99
+Berkley Big Game Monofilament Line, 20 lb, 650 yd. $9.99
CAT fishing tackle @ Aisle 13 left
Eagle Claw Baitholder Hooks, {Size 2|Size 6}, 10 ct $2.99
+Gamakatsu Octopus Circle Hooks, 1/0, 6 ct $5.99
+Eagle Claw Treble Hooks Assortment $4.99
Water Gremlin Removable Split Shot Sinker Assortment $4.99
+Bullet Weights Egg Sinkers, 1/2 oz, 6 pk $3.49
Thill Pro Series Slip Float Assortment $8.99
+Eagle Claw Snap-On Red & White Bobbers, 1 in., 6 pk $2.99
Eagle Claw Barrel Swivels, 12 ct $3.49
Zoom Trick Worm, {Watermelon Seed|Junebug}, 20 pk $5.99
+Berkley PowerBait Power Worms, 7 in., Black Blue Fleck $5.49
+Yum Dinger Stick Bait, Green Pumpkin, 10 pk $5.99
Berkley Gulp! Alive! Minnow, 2.5 in. $12.99
+Berkley PowerBait Trout Bait Dough, {Rainbow|Chartreuse} $5.99
Rapala Original Floating Minnow Lure, {F07|F09} $8.99
+Strike King KVD 1.5 Squarebill Crankbait, Sexy Shad $8.49
+Mepps Aglia Inline Spinner, Size 2, Gold $5.49
+Booyah Blade Spinnerbait, 3/8 oz, White $6.99
+Zoom Horny Toad Frog Lure, 5 pk $5.99
+Heddon Zara Spook Topwater Lure $9.99
+Johnson Silver Minnow Spoon, 1/2 oz $5.49
Z-Man Finesse ShroomZ Jig Heads, 1/6 oz, 5 pk $4.99
Plano 3700 StowAway Tackle Box Utility $5.99
+Plano 3-Tray Tackle Box $24.99
+KastKing Tackle Backpack with 4 Trays $49.99
CAT fishing accessories @ Aisle 13 right
Frabill Conservation Series Landing Net, 20 in. $29.99
Rapala Fish Fillet Knife, 6 in. $19.99
+Rapala Fishing Pliers, 6.5 in. $17.99
Rapala Digital Fish Scale, 50 lb $24.99
Frabill Minnow Bucket with Aerator $19.99
Garmin Striker Vivid 4cv Fish Finder $149.99
+Deeper Pro+ 2 Castable Sonar Fish Finder $219.99
Danco Fishing Rod Holders, 2 pk $14.99
Rod Saver Rod Wraps, 6 pk $7.99
Frogg Toggs Toadz Waders, {Men's 10|Men's 11|Men's 12} $89.99
Buff Original UV Neck Gaiter $25.00
Costa Del Mar Reefton Polarized Sunglasses $169.00
+Flying Fisherman Polarized Sunglasses $19.99
Eskimo Quickfish 3 Ice Fishing Shelter $219.99
+Frabill Ice Fishing Tip-Up $14.99

DEPT water sports
CAT water sports @ Aisle 14 left
Stearns Adult Classic Series Life Vest, {S/M|L/XL}, Red $29.99
+O'Neill Superlite USCG Life Vest, {Men's Medium|Men's Large} $59.99
+Stearns Puddle Jumper Kids Life Jacket $21.99
Carlisle Magic Plus Kayak Paddle, 230 cm $69.99
+Bending Branches Slice Kayak Paddle $99.99
Perception Kayak Seat Cushion $39.99
Speedo Vanquisher 2.0 Swim Goggles, {Clear|Smoke} $21.99
+Speedo Jr. Hydrospex Swim Goggles $12.99
Speedo Silicone Swim Cap $10.99
Speedo Junior Swim Fins $24.99
+Cressi Palau Snorkel Mask & Fins Set, {S/M|L/XL} $59.99
Speedo Swim Kickboard $14.99
Intex River Run I Inflatable Tube $19.99
+Body Glove Boogie Board, 37 in. $39.99
Aqua Leisure Pool Noodle, 3 pk $9.99
Dry Case Waterproof Phone Pouch $14.99

DEPT cycling
CAT bikes @ Bike Shop
Schwinn Adult Hybrid Bike, 700c, {Medium|Large} $379.99
+Trek Marlin 5 Mountain Bike, 29 in., {Medium|Large} $729.99
+Huffy Kids Bike with Training Wheels, {12 in.:99.99|16 in.:119.99|20 in.:139.99} $99.99
+Strider 12 Sport Balance Bike $119.99
+Schwinn Women's Cruiser Bike, 26 in. $299.99
Razor A5 Lux Kick Scooter $79.99
+Razor Kixi Kids Kick Scooter $39.99
CAT bike accessories @ Bike Shop
Giro Register MIPS Bike Helmet, Adult Universal $69.95
+Bell Sidetrack Youth Bike Helmet $39.99
+Bell Toddler Bike Helmet $29.99
Kryptonite Evolution Mini-7 U-Lock $89.95
+Kryptonite KryptoFlex Cable Lock, 4 ft. $24.95
+Bell Combination Cable Bike Lock, 6 ft. $14.99
Planet Bike Blaze 500 XLR Headlight & Superflash Taillight Set $69.99
+Bell Bike Lights, Front & Rear Set $14.99
Bontrager Inner Tube, {26 x 1.75-2.125|700 x 23-25c|29 x 2.0-2.4} $9.99
+Slime Self-Sealing Bike Tube, 26 x 1.75-2.125 $12.99
+Kenda K838 Mountain Bike Tire, 26 x 1.95 $29.99
Topeak JoeBlow Sport III Floor Pump $54.95
+Lezyne Pocket Drive Mini Pump $27.99
Park Tool IB-3 I-Beam Multi-Tool $39.95
+Park Tool TL-1.2 Tire Levers, 3 pk $5.95
+Park Tool Hex Wrench Set, 3 mm - 10 mm $27.95
Park Tool Patch Kit GP-2 $4.95
Bell Bike Kickstand $14.99
Bell Bike Bell, Classic Brass $9.99
Wald Front Handlebar Bike Basket $24.99
Topeak Explorer Rear Bike Rack $44.95
Allen Sports Deluxe 2-Bike Trunk Mount Rack $99.99
+Thule Helium Platform 2-Bike Hitch Rack $599.95
Burley Bee Kids Bike Trailer $379.99
Finish Line Dry Teflon Bike Chain Lube, 4 oz $10.99
Bontrager Bike Water Bottle Cage $9.99
Pearl Izumi Men's Quest Cycling Shorts, {Medium|Large} $55.00
+Pearl Izumi Men's Select Cycling Gloves, {Medium|Large} $30.00
Shimano HG71 8-Speed Bike Chain $19.99
Schwinn Comfort Bike Seat, Wide $24.99

DEPT golf & racquet
CAT golf @ Aisle 15 left
Titleist Pro V1 Golf Balls, 12 pk $54.99
+Callaway Supersoft Golf Balls, {White|Yellow}, 12 pk $24.99
+Srixon Soft Feel Golf Balls, 12 pk $22.99
+TaylorMade Distance+ Golf Balls, 12 pk $19.99
Callaway Paradym Ai Smoke Driver, 10.5 Degree $599.99
+TaylorMade Qi10 Driver, {9 Degree|10.5 Degree} $599.99
Callaway Strata Men's 12-Piece Complete Golf Set $299.99
+Wilson Profile SGI Women's Complete Golf Set $449.99
Odyssey White Hot OG Putter, 34 in. $249.99
Cleveland CBX4 ZipCore Wedge, {52 Degree|56 Degree|60 Degree} $139.99
FootJoy WeatherSof Golf Glove, Men's Left, {Medium|Large|ML} $19.99
+Callaway Women's Opti Grip Golf Glove, Left, Medium $16.99
Pride Professional Tee System Wood Golf Tees, 2-3/4 in., 100 ct $5.99
Sun Mountain 2.5+ Golf Stand Bag $249.99
+Callaway Org 14 Cart Bag $299.99
Bushnell Tour V6 Golf Laser Rangefinder $299.99
Golf Pride Tour Velvet Golf Grip, Standard $9.99
Frogger Amphibian Golf Towel $14.99
SKLZ Quickster Golf Practice Net, 7 ft. $89.99
+Wilson Golf Chipping Net $24.99
FootJoy Men's Fuel Golf Shoes, {10|10.5|11}, White $119.95
CAT tennis pickleball @ Aisle 15 right
Wilson US Open Adult Tennis Racquet $29.99
+Babolat Pure Drive Tennis Racquet, Grip 4 1/4 $249.00
+Head Ti.S6 Tennis Racquet $99.99
Penn Championship Tennis Balls, Extra Duty, {3 ct:4.99|4 Cans:18.99} $4.99
+Wilson US Open Tennis Balls, 3 ct $5.99
Wilson Pro Overgrip, 3 pk $8.99
Franklin Sports Pickleball Paddle Set, 2 Paddles & 4 Balls $49.99
+Selkirk SLK Evo Hybrid Pickleball Paddle $139.99
+JOOLA Ben Johns Hyperion CFS 16 Pickleball Paddle $219.95
Franklin Sports X-40 Outdoor Pickleballs, 3 pk $9.99
+Onix Fuse Indoor Pickleballs, 6 pk $17.99
Franklin Sports Portable Pickleball Net $129.99
Wilson Tennis Ball Hopper $34.99
Yonex Badminton Set, 4 Player $59.99
+Yonex Mavis 350 Nylon Shuttlecocks, 6 pk $21.99
Stiga Table Tennis Paddle Set, 4 Player $39.99
+Stiga 3-Star Table Tennis Balls, 6 pk $9.99
Head Racquetball Racquet, Ti.Radical $39.99

DEPT footwear
CAT running shoes @ Aisle 16 left
Brooks Men's Ghost 16 Running Shoes, {9|10|10.5|11|12} $140.00
+Brooks Women's Adrenaline GTS 23 Running Shoes, {7|8|8.5|9} $140.00
+Hoka Men's Clifton 9 Running Shoes, {9|10|11} $145.00
+Hoka Women's Bondi 8 Running Shoes, {7|8|9} $165.00
+Nike Men's Pegasus 41 Running Shoes, {9|10|11} $140.00
+ASICS Women's GEL-Kayano 31 Running Shoes, {7.5|8.5} $165.00
+Saucony Men's Peregrine 14 Trail Running Shoes, {10|11} $140.00
+New Balance Kids' Fresh Foam 650 Running Shoes, {Youth 1|Youth 3|Youth 5} $59.99
CAT cleats athletic shoes @ Aisle 16 right
Nike Men's Vapor Edge Pro 360 Football Cleats, {10|11|12} $160.00
+Adidas Copa Pure 2 Club Firm Ground Soccer Cleats, {Men's 9|Men's 10|Youth 4} $60.00
+Under Armour Kids' Leadoff Mid RM Baseball Cleats, {Youth 3|Youth 5} $40.00
+Nike Alpha Huarache 4 Keystone Baseball Cleats, Men's 10 $70.00
Nike Men's Giannis Freak 6 Basketball Shoes, {10|11} $120.00
Nike Men's Metcon 9 Training Shoes, {10|11} $150.00
ASICS Women's GEL-Rocket 11 Volleyball Shoes, 8 $75.00
Nike Men's Air Zoom Vapor Pro 2 Tennis Shoes, 10.5 $160.00
Merrell Men's Moab 3 Mid Waterproof Hiking Boots, {9|10|10.5|11|12} $150.00
+Merrell Women's Moab 3 Hiking Shoes, {7|8|9} $120.00
+KEEN Men's Targhee III Waterproof Hiking Boots, {10|11} $175.00
Irish Setter Men's Vaprtrek 8 in. Waterproof Hunting Boots, {10|11} $219.99
+LaCrosse Men's Alphaburly Pro 18 in. Rubber Boots, {10|11} $189.95
Teva Men's Hurricane XLT2 Sandals, {9|10|11} $75.00
+Crocs Classic Clog, {Men's 9|Men's 11|Women's 7} $49.99
Nike Victori One Slide Sandals, {Men's 10|Men's 11} $35.00
Darn Tough Men's Hiker Micro Crew Cushion Socks, {Medium|Large} $25.00
+Balega Hidden Comfort No-Show Running Socks, {Medium|Large} $17.00
+Nike Everyday Cushioned Crew Socks, 6 pk, {Medium|Large} $28.00
Superfeet Green Insoles, {Men's 9-10.5|Men's 11-12.5} $54.95
Sof Sole Athlete Replacement Shoe Laces, 54 in. $4.99

DEPT apparel
CAT activewear @ Aisle 17 left
Under Armour Men's Tech 2.0 Short Sleeve T-Shirt, {Medium|Large|X-Large}, Black $25.00
+Nike Men's Dri-FIT Legend Training T-Shirt, {Medium|Large} $30.00
+Nike Men's Dri-FIT Challenger 7 in. Running Shorts, {Medium|Large} $38.00
+Under Armour Men's HeatGear Compression Shorts, {Medium|Large} $30.00
+Under Armour Women's HeatGear Armour Leggings, {Small|Medium} $50.00
+Nike Women's Swoosh Medium-Support Sports Bra, {Small|Medium|Large} $40.00
+Under Armour Boys' Tech Big Logo T-Shirt, {Youth Medium|Youth Large} $25.00
+Nike Men's Club Fleece Pullover Hoodie, {Medium|Large|X-Large} $60.00
+Adidas Men's Tiro 24 Track Pants, {Medium|Large} $50.00
Under Armour Men's ColdGear Armour Mock Neck, {Medium|Large} $55.00
Carhartt Men's Rain Defender Loose Fit Jacket, {Medium|Large}, Gravel $109.99
+The North Face Men's Alta Vista Rain Jacket, {Medium|Large} $130.00
+Columbia Women's Arcadia II Rain Jacket, {Small|Medium} $90.00
+Columbia Men's Steens Mountain Full Zip Fleece Jacket, {Medium|Large} $55.00
+The North Face Women's Aconcagua 3 Puffer Jacket, {Small|Medium} $229.00
Columbia Men's PFG Bahama II Long Sleeve Fishing Shirt, {Medium|Large} $50.00
+Columbia Men's Silver Ridge Convertible Pants, {32x30|34x32} $65.00
Nike Women's One Dri-FIT Tank Top, {Small|Medium} $35.00
CAT hats gloves @ Aisle 17 right
Nike Dri-FIT Club Featherlight Running Cap $25.00
+Richardson 112 Trucker Hat, {Black|Heather Gray/Black} $18.00
+Columbia Bora Bora Booney Sun Hat $35.00
+The North Face Dock Worker Recycled Beanie $30.00
The North Face Etip Recycled Gloves, {Medium|Large} $45.00
+Seirus Heatwave Ski Mittens, Medium $69.99
Smartwool Merino 250 Neck Gaiter $45.00
Nike Swoosh Wristbands, 2 pk $12.00
+Nike Swoosh Headband, 1 pk $8.00

DEPT winter sports
CAT winter sports @ Seasonal
Smith Squad MAG Snow Goggles, Black $240.00
+Oakley Line Miner M Snow Goggles $156.00
+Giro Chico 2.0 Youth Snow Goggles $29.95
Smith Mission MIPS Snow Helmet, {Medium|Large}, Matte Black $150.00
+Giro Ledge MIPS Snow Helmet, Medium $99.95
Hot Chillys Men's Peachskin Base Layer Top, {Medium|Large} $34.99
+Hot Chillys Women's Micro-Elite Base Layer Bottom, {Small|Medium} $39.99
Arctix Men's Essential Insulated Snow Pants, {Medium|Large} $49.99
+Arctix Kids Insulated Snow Bib Overalls, {Youth Small|Youth Medium} $39.99
Paricon Flexible Flyer Snow Sled, 48 in. $59.99
+Flexible Flyer Round Metal Snow Saucer, 26 in. $39.99
+EMSCO Group Plastic Toboggan, 48 in. $29.99
Wintersport Ski Wax, 2 oz $9.99
Crescent Moon EVA Snowshoes, 25 in. $199.00
Yaktrax Pro Traction Cleats for Snow & Ice, {Medium|Large} $34.99

DEPT outdoor games
CAT outdoor games @ Aisle 18 left
GoSports Regulation Cornhole Set, 4 ft. x 2 ft. $149.99
+GoSports Cornhole Bags, 8 pk $29.99
Franklin Sports Bocce Ball Set $49.99
+GoSports Giant Wooden Toppling Tower Game $59.99
+Spikeball Standard 3 Ball Kit $69.99
+Franklin Sports Ladder Toss Game $39.99
+GoSports Washer Toss Game $49.99
Franklin Sports Horseshoes Set, Steel $49.99
Wham-O Frisbee Ultimate Disc, 175 g $12.99
+Innova DX Disc Golf Starter Set, 3 pk $29.99
+Innova Disc Golf Portable Basket $149.99
Franklin Sports Deluxe Croquet Set, 6 Player $69.99
Franklin Sports Tetherball Set $89.99
+Franklin Sports Badminton & Volleyball Combo Set $59.99
Nerf Pro Grip Football, Green $14.99
Wiffle Ball Bat and Ball Combo, 32 in. $12.99
Franklin Sports Playground Ball, 8.5 in. $6.99
+Franklin Sports Kickball, Size 10 in. $9.99
Waboba Moon Ball Bouncy Ball $12.99
Intex Swim Center Family Lounge Pool $59.99
Dart Board Viper Steel Tip Dartboard Cabinet $129.99
+Viper Steel Tip Darts, 22 g, 3 pk $19.99
Sport Squad Tabletop Air Hockey Table $49.99
"""


QUESTIONS = [
    # plain locate
    ("where are the baseball gloves", ["baseball softball"], "^(?!.*(Batting|Care Kit)).*(glove|mitt)"),
    ("soccer balls", ["soccer"], "soccer ball|match ball"),
    ("do you have basketballs", ["basketball"], "basketball(?! (net|rim|hoop))"),
    ("yoga mat", ["fitness accessories"], "yoga mat"),
    ("dumbbells", ["weights"], "dumbbell"),
    ("kettlebell", ["weights"], "kettlebell"),
    ("where are the tents", ["tents"], "tent(?! (footprint|pegs|stakes|repair))"),
    ("sleeping bag", ["sleeping bags"], "sleeping bag(?! liner)"),
    ("camping stove", ["camp kitchen"], "stove|cooking system"),
    ("propane for my camp stove", ["camp kitchen"], "propane cylinder"),
    ("coolers", ["coolers drinkware"], "cooler|ice chest"),
    ("water bottle", ["coolers drinkware", "team gear"], "bottle"),
    ("camping chairs", ["camp furniture"], "chair"),
    ("hammock", ["camp furniture"], "hammock(?! suspension)"),
    ("fishing line", ["fishing line"], None),
    ("tackle box", ["fishing tackle"], "tackle (box|backpack)"),
    ("fishing pole", ["rods reels"], "rod|combo"),
    ("life jacket", ["water sports"], "life (vest|jacket)"),
    ("bike helmet", ["bike accessories"], "bike helmet"),
    ("bike lock", ["bike accessories"], "lock"),
    ("inner tube for a 26 inch bike", ["bike accessories"], "26 x"),
    ("golf balls", ["golf"], "golf balls"),
    ("tennis balls", ["tennis pickleball"], "tennis balls"),
    ("pickleball paddles", ["tennis pickleball"], "pickleball paddle"),
    ("where are the shin guards", ["soccer"], "shin guard"),
    ("protein powder", ["sports nutrition"], "protein powder"),
    ("binoculars", ["optics"], "binocular"),
    ("hiking boots", ["cleats athletic shoes"], "hiking (boots|shoes)"),
    ("running shoes for women", ["running shoes"], "women's"),
    ("snow sled", ["winter sports"], "sled|saucer|toboggan"),
    ("boxing gloves", ["boxing"], "training gloves|bag gloves"),
    ("shotgun shells", ["ammunition"], "gauge"),
    ("water filter for backpacking", ["hiking gear"], "water filter|squeeze|lifestraw"),
    ("bear spray", ["hiking gear"], "bear spray"),
    ("batting gloves", ["baseball softball"], "batting gloves"),
    ("electrolyte tablets", ["sports nutrition"], "electrolyte|hydration|thirst quencher"),
    # brand-only
    ("yeti", ["coolers drinkware"], "YETI"),
    ("stanley cups", ["coolers drinkware"], "Stanley Quencher|Stanley Classic"),
    ("do you carry hydro flask", ["coolers drinkware"], "Hydro Flask"),
    ("rawlings", ["baseball softball"], "Rawlings"),
    ("garmin", ["fitness tech", "hiking gear", "fishing accessories"], "Garmin"),
    ("under armour", ["activewear", "team gear", "cleats athletic shoes"], "Under Armour"),
    ("osprey", ["hiking gear"], "Osprey"),
    ("coleman", ["team gear", "tents", "sleeping bags", "camp kitchen", "coolers drinkware", "camp furniture", "camp lighting"], "Coleman"),
    ("hoka", ["running shoes"], "Hoka"),
    ("spikeball", ["outdoor games"], "Spikeball"),
    # misspellings
    ("kettelbells", ["weights"], "kettlebell"),
    ("pickelball", ["tennis pickleball"], "pickleball"),
    ("sleeping bagg for kids", ["sleeping bags"], "youth|kids"),
    ("binnoculars", ["optics"], "binocular"),
    ("excercise bike", ["exercise equipment"], "bike"),
    ("lacross stick", ["hockey lacrosse"], "lacrosse stick"),
    ("hammok", ["camp furniture"], "hammock(?! suspension)"),
    ("protien bars", ["sports nutrition"], "protein bar"),
    ("volley ball", ["volleyball"], "volleyball(?! (set|knee))"),
    ("raquetball racket", ["tennis pickleball"], "racquetball"),
    ("snorkle", ["water sports"], "snorkel"),
    # spoken / needs
    ("um do you guys have like the allen wrench thing for my bike", ["bike accessories"], "multi-tool|hex wrench"),
    ("something to keep my coffee hot on a hike", ["coolers drinkware"], "Vacuum|Tumbler|Hydro Flask"),
    ("my kid is starting t ball what glove does she need", ["baseball softball"], "T-Ball Glove|Youth Baseball Glove"),
    ("my bike tire keeps going flat", ["bike accessories"], "tube|patch|pump|tire"),
    ("something to purify water from a stream", ["hiking gear"], "filter|purification|squeeze|lifestraw"),
    ("the mosquitoes are eating us alive at the campsite", ["hiking gear"], "insect|mosquito"),
    ("i need to keep my drinks cold for a tailgate", ["coolers drinkware"], "cooler|ice chest"),
    ("so im going ice fishing this weekend what do you have", ["fishing accessories"], "ice fishing"),
    ("what can i use to work out my abs at home", ["fitness accessories", "weights"], "Ab Carver|Stability Ball|Medicine Ball"),
    ("my hands get cold when i'm in the deer stand", ["hiking gear", "hats gloves"], "warmer|glove|mitten"),
    ("yeah hi, where do you keep the stuff for a birthday party game in the backyard", ["outdoor games"], None),
    ("something to carry my baseball bats", ["baseball softball"], "bat (bag|pack)"),
    ("i need something to hold my phone when i run", ["fitness tech"], "armband|running belt"),
    ("lights so drivers can see me when i ride at night", ["bike accessories"], "light"),
    ("my knees hurt when i play volleyball", ["volleyball"], "knee pads"),
    ("i want to start lifting at home what bench do you have", ["exercise equipment"], "bench"),
    # Spanish-speaking shoppers' English
    ("where are the balls of soccer", ["soccer"], "soccer ball|match ball"),
    ("the shoes for run for man", ["running shoes"], "men's"),
    ("you have the guantes for the baseball for my son", ["baseball softball"], "T-Ball Glove|Youth Baseball Glove"),
    ("the tent for camping for 4 persons", ["tents"], "4-Person"),
    ("where is the caña de pescar, the rod for fish", ["rods reels"], "rod|combo"),
    ("i am looking the weights, the pesas", ["weights"], None),
    ("the bicicleta for my daughter she have 6 years", ["bikes"], "kids bike"),
    ("the chaleco salvavidas for the lake", ["water sports"], "life (vest|jacket)"),
    ("how much cost the cooler yeti tundra 45 white", None, r"YETI Tundra 45 Hard Cooler, White", "price"),
    ("where is the sunscreen for the sun", ["hiking gear"], "sunscreen"),
    # price
    ("how much is a dozen pro v1s", None, r"Titleist Pro V1 Golf Balls", "price"),
    ("price on the merrell moab mid size 10", None, r"Merrell Men's Moab 3 Mid Waterproof Hiking Boots, 10$", "price"),
    ("what's the price of the wilson evolution basketball, the official size", None, r"Wilson Evolution Indoor Game Basketball, 29.5", "price"),
    ("how much for the bowflex 552 dumbbells", None, r"Bowflex SelectTech 552", "price"),
    ("coleman 6 person sundome price", None, r"Coleman Sundome Dome Tent, 6-Person", "price"),
    ("how much is the 40 ounce stanley in cream", None, r"Stanley Quencher .*Cream", "price"),
    ("ugly stik gx2 7 foot combo how much", None, r"Ugly Stik GX2 .*7 ft\.", "price"),
    ("price check on a box of 22 lr", None, r"22 LR", "price"),
    ("how much is the theragun mini", None, r"Theragun Mini", "price"),
    # stock
    ("do you have the garmin forerunner 165 in stock", None, r"Forerunner 165", "stock"),
    ("is the jetboil flash in stock", None, r"Jetboil Flash", "stock"),
    ("any of the 25 pound hex dumbbells left", None, r"Hex Dumbbell, 25 lb", "stock"),
    ("are the hoka clifton 9 size 10 in stock", None, r"Clifton 9 Running Shoes, 10$", "stock"),
    ("is the schwinn ic4 in stock", None, r"Schwinn IC4", "stock"),
    ("do you have the sawyer squeeze in stock", None, r"Sawyer Squeeze", "stock"),
    ("got any penn tennis balls in stock, the 4 can pack", None, r"Penn Championship Tennis Balls, Extra Duty, 4 Cans", "stock"),
    ("is the spikeball kit in stock", None, r"Spikeball Standard", "stock"),
    # absent
    ("do you sell kayaks, like a hard sit on top one", None, None, "absent"),
    ("hunting rifles", None, None, "absent"),
    ("ping pong table", None, None, "absent"),
    ("basketball hoop for the driveway", None, None, "absent"),
    ("treadmill", None, None, "absent"),
    ("ice skates", None, None, "absent"),
    ("a snowboard", None, None, "absent"),
    ("electric scooter", None, None, "absent"),
    ("pool table cues", None, None, "absent"),
    ("heavy punching bag", None, None, "absent"),
    ("wetsuit for surfing", None, None, "absent"),
    ("bowling ball", None, None, "absent"),
    ("trampoline", None, None, "absent"),
    ("golf cart", None, None, "absent"),
    ("can i get a fishing license here", None, None, "absent"),
    ("horse saddle", None, None, "absent"),
    ("paintball gun", None, None, "absent"),
    ("skateboard", None, None, "absent"),
    ("rock climbing harness", None, None, "absent"),
    ("hockey skates", None, None, "absent"),
]

FORCE_OOS = [r"Forerunner 165", r"Schwinn IC4", r"Clifton 9 Running Shoes, 10$", r"Penn Championship Tennis Balls, Extra Duty, 4 Cans"]
FORCE_IN = [r"Jetboil Flash", r"Hex Dumbbell, 25 lb", r"Sawyer Squeeze", r"Spikeball Standard", r"YETI Tundra 45 Hard Cooler, White"]

if __name__ == '__main__':
    qs = [(t[0], t[1], t[2], t[3] if len(t) > 3 else None) for t in QUESTIONS]
    run(CATALOG, qs, 'sporting', 'sp', 4402, FORCE_OOS, FORCE_IN)
